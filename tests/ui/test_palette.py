"""The declared palette (desktop_app/ui/palette.py): every colour has a light and a dark
variant, every foreground/background pair the windows paint meets WCAG AA in both
(4.5:1 text, 3:1 large text and graphics), and no colour is written anywhere else."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from desktop_app.ui import palette
from desktop_app.ui.palette import COLOURS, EXEMPT, PAIRS, hex_of

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "desktop_app" / "ui"
QSS = REPO / "resources" / "style.qss"
HEX = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
# A colour written as a literal: #rgb / #rrggbb / #rrggbbaa, rgb()/rgba(), Qt's named
# colours, or QColor from numbers (transparent, QColor(0, 0, 0, 0), is no colour).
LITERAL = re.compile(
    r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"
    r"|\brgba?\("
)
CODE_LITERAL = re.compile(
    r"GlobalColor\.(?!transparent)|QColor\((?!0, 0, 0, 0\))\s*\d"
    r"|QColor\(\s*['\"][a-z]"
)


def luminance(colour: str) -> float:
    def channel(value: str) -> float:
        c = int(value, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_of_known_colours() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_pair_is_readable(dark: bool) -> None:
    low = [
        f"{fg} on {bg}: {contrast(hex_of(fg, dark), hex_of(bg, dark)):.2f} < {use.value}"
        for fg, bg, use in PAIRS
        if contrast(hex_of(fg, dark), hex_of(bg, dark)) < use.value
    ]
    assert not low, "\n".join(low)


def test_every_colour_has_both_variants_and_a_duty() -> None:
    paired = {name for fg, bg, _ in PAIRS for name in (fg, bg)}
    for name, colour in COLOURS.items():
        assert HEX.match(colour.light) and HEX.match(colour.dark), name
        assert name in paired or name in EXEMPT, f"{name}: in no contrast pair, not exempt"
    assert paired <= COLOURS.keys()


def _strings_and_code(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    strings, code = [], []
    text_kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    for token in tokens:
        if token.type in text_kinds:
            strings.append((token.start[0], token.string))
        elif token.type != tokenize.COMMENT:
            code.append((token.start[0], token.line))
    return strings, code


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "palette.py")


def test_no_colour_literal_outside_the_palette() -> None:
    found = []
    for path in ui_sources():
        strings, code = _strings_and_code(path)
        found += [
            f"{path.relative_to(REPO)}:{line}: {text.strip()[:70]}"
            for line, text in strings
            if LITERAL.search(text)
        ]
        found += sorted(
            {
                f"{path.relative_to(REPO)}:{line}: {text.strip()[:70]}"
                for line, text in code
                if CODE_LITERAL.search(text)
            }
        )
    qss = re.sub(r"/\*.*?\*/", "", QSS.read_text(encoding="utf-8"), flags=re.S)
    found += [f"resources/style.qss: {m.group(0)}" for m in LITERAL.finditer(qss)]
    assert not found, "colours belong in desktop_app/ui/palette.py:\n" + "\n".join(found)


def test_the_scan_sees_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('STYLE = "color: #a3261c;"\nINK = QColor(31, 38, 51)\n# #ffffff\n')
    strings, code = _strings_and_code(sample)
    assert [line for line, text in strings if LITERAL.search(text)] == [1]
    assert {line for line, text in code if CODE_LITERAL.search(text)} == {2}


def test_every_named_colour_exists() -> None:
    unknown = []
    for path in [*ui_sources(), QSS]:
        for name in palette.TOKEN.findall(path.read_text(encoding="utf-8")):
            if name not in COLOURS and name != "name":  # "@name@" in the docs
                unknown.append(f"{path.relative_to(REPO)}: @{name}@")
    assert not unknown, "\n".join(unknown)


def test_templates_fill_in_the_variant() -> None:
    try:
        palette.set_dark(False)
        assert palette.qss("color: @ink@; x: @selection_tint@") == (
            "color: #1f2633; x: rgba(59, 91, 219, 48)"
        )
        palette.set_dark(True)
        assert palette.qss("color: @ink@") == f"color: {COLOURS['ink'].dark}"
        assert palette.qss("@ICONS@/x.svg") == "@ICONS@/x.svg"  # not a colour: left alone
    finally:
        palette.set_dark(False)
