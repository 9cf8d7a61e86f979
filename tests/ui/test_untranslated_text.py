"""No user-visible string literal in desktop_app/ui bypasses the translation system.

An AST scan: a string literal (or an f-string with words in it) given to a call that
shows text (setText, setToolTip, QLabel(...), QPushButton(...), addAction, QMessageBox,
...) must be wrapped in ``translate("Context", ...)``. Modules written before the
interface was translated are listed in NOT_YET_CONVERTED; the list may only shrink:
convert a module (docs/i18n.md), remove it here, and this test keeps it converted.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"

# Module paths under desktop_app/ui still holding English literals. Every module is
# converted (issue 14): this stays empty, a new module is written translated.
NOT_YET_CONVERTED: frozenset[str] = frozenset()

# Methods whose string arguments people read.
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "showMessage",
        "addAction",
        "addItem",
        "addTab",
        "insertTab",
        "setTabText",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setInformativeText",
        "setDetailedText",
        "addButton",
        "setLabelText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "show_message",
    }
)
# Widgets whose constructor's string arguments people read.
TEXT_WIDGETS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QDockWidget",
        "QCommandLinkButton",
    }
)
TEXT_KEYWORDS = frozenset({"text", "placeholderText", "toolTip", "windowTitle", "title"})
# Names and notations that read the same in every language.
SAME_EVERYWHERE = frozenset({"Medusa", "Payload", "Shop Admin", "sk_…", "SEO", "CSV"})
LOGGERS = frozenset({"log", "logger", "logging", "warnings"})
NOT_TEXT = "# not text"  # on a line whose literal is data, not words (a default slug)
WORD = re.compile(r"[^\W\d_]{2,}")


def is_prose(text: str) -> bool:
    """Words people read (not "", "—", "✓", a URL or an address)."""
    if text in SAME_EVERYWHERE or "://" in text or re.fullmatch(r"\S+@\S+", text):
        return False
    return WORD.search(re.sub(r"<[^>]*>", "", text)) is not None  # markup is not words


def literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string cannot be looked up
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.IfExp):  # "a" if x else "b"
        return literal_text(node.body) or literal_text(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return literal_text(node.left) or literal_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for e in node.elts if (t := literal_text(e))), None)
    return None


def call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def module_constants(tree: ast.Module) -> dict[str, str]:
    """NAME = "prose" at module level: shown through a text call it is a literal too."""
    out = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and (text := literal_text(node.value)) is not None
            and is_prose(text)
        ):
            out[node.targets[0].id] = text
    return out


def shown_args(call: ast.Call) -> list[ast.expr]:
    name = call_name(call)
    if (
        isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in LOGGERS
    ):
        return []  # log.warning(...): the log stays English
    args = [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if name == "addItem":
        return call.args[:1] + args  # addItem(text, data): the data is not shown
    if name in TEXT_METHODS or name in TEXT_WIDGETS:
        return list(call.args) + args
    return args


def untranslated(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every shown literal not wrapped in translate()."""
    tree = ast.parse(source)
    lines = source.splitlines()
    constants = module_constants(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for arg in shown_args(node):
            text = constants.get(arg.id) if isinstance(arg, ast.Name) else literal_text(arg)
            if text is None or not is_prose(text) or NOT_TEXT in lines[arg.lineno - 1]:
                continue
            yield arg.lineno, text


def violations(path: Path) -> list[str]:
    return [
        f"{path.relative_to(UI)}:{line}: {text!r}"
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]


def ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def test_converted_modules_show_no_untranslated_literal() -> None:
    found = [
        v
        for p in ui_modules()
        if p.relative_to(UI).as_posix() not in NOT_YET_CONVERTED
        for v in violations(p)
    ]
    assert not found, 'wrap these in translate("Context", ...) (docs/i18n.md):\n' + "\n".join(found)


def test_the_not_yet_converted_list_only_names_modules_still_to_convert() -> None:
    # A converted module leaves the list, so the test guards it from then on.
    stale = [
        name
        for name in sorted(NOT_YET_CONVERTED)
        if not (UI / name).exists() or not violations(UI / name)
    ]
    assert not stale, f"converted (or gone): remove from NOT_YET_CONVERTED: {stale}"


def test_the_scan_finds_literals_and_accepts_translated_ones() -> None:
    flagged = dict(
        untranslated(
            'label.setText("Saved")\n'
            'QPushButton("Push now", objectName="push")\n'
            'box.setToolTip(f"Sent {n} products")\n'
            'edit = QLineEdit(placeholderText="Search products")\n'
            'ok.setText(translate("Ctx", "Saved"))\n'
            'QLabel(objectName="x")\n'
            'url.setPlaceholderText("https://shop.example.com")\n'
            'dash.setText("—")\n'
            'log.warning("no catalog in %s", path)\n'
            'combo.addItem(translate("Ctx", "System"), "system")\n'
            'TITLE = "Welcome"\n'
            "QLabel(TITLE)\n"
            'edit.setText("users")  # not text: a slug\n'
        )
    )
    assert sorted(flagged.values()) == [
        "Push now",
        "Saved",
        "Search products",
        "Sent  products",
        "Welcome",
    ]
