"""Markdown syntax highlighting for the description source.

Extension tokens of the lossless editor markdown (``<u>…</u>``, node placeholders,
attribute comments) get a tinted background, so a merchant sees which parts are
not plain markdown.

Only what Payload's importer understands is coloured (lexical-format.md §4), so a
merchant sees at a glance which markup will become formatting: ATX headings,
bold, italic, strikethrough, inline code, links, list and check markers, quotes,
``---`` rules. Markers themselves are drawn muted so the words stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop_app.ui import palette, theme
from desktop_app.ui.content_editor.codec import extensions

MUTED = "@disabled@"


def _fmt(color: str | None = None, *, bold: bool = False, italic: bool = False,
         strike: bool = False, mono: bool = False, background: str | None = None,
         size_delta: float = 0.0) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(palette.qcolor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if strike:
        fmt.setFontStrikeOut(True)
    if mono:
        fmt.setFontFamilies(["monospace"])
    if background:
        fmt.setBackground(palette.qcolor(background))
    return fmt


# name -> format (in the theme's colours); exposed so tests can ask which format a span got.
_SPECS: dict[str, Callable[[], QTextCharFormat]] = {
    "heading": lambda: _fmt("@accent_strong@", bold=True),
    "marker": lambda: _fmt(MUTED),
    "bold": lambda: _fmt(bold=True),
    "italic": lambda: _fmt(italic=True),
    "strike": lambda: _fmt("@muted@", strike=True),
    "code": lambda: _fmt("@danger@", mono=True, background="@code_bg@"),
    "link_text": lambda: _fmt("@accent@"),
    "link_url": lambda: _fmt("@link_url@"),
    "list": lambda: _fmt("@accent@", bold=True),
    "quote": lambda: _fmt("@muted@", italic=True),
    "rule": lambda: _fmt(MUTED, bold=True),
    # Extension tokens of the lossless editor markdown: visibly not plain markdown.
    "extension": lambda: _fmt("@extension_fg@", background="@extension_bg@"),
    "placeholder": lambda: _fmt("@muted@", background="@placeholder_bg@", italic=True),
    "escape": lambda: _fmt(MUTED),
}


@cache
def _formats(dark: bool) -> dict[str, QTextCharFormat]:
    return {name: make() for name, make in _SPECS.items()}


class _Formats(Mapping[str, QTextCharFormat]):
    """The formats of the variant in use (light or dark)."""

    def __getitem__(self, name: str) -> QTextCharFormat:
        return _formats(palette.is_dark())[name]

    def __iter__(self) -> Iterator[str]:
        return iter(_SPECS)

    def __len__(self) -> int:
        return len(_SPECS)


FORMATS = _Formats()
_EXTENSION_LAYER = {"placeholder": "placeholder", "attributes": "placeholder",
                    "escape": "escape"}

_HEADING = re.compile(r"^(#{1,6})([ \t].*)$")
_RULE = re.compile(r"^---\s*$")
_LIST = re.compile(r"^(\s*)([-*+] \[[ xX]\]|[-*+]|\d+\.)(?=[ \t])")
_QUOTE = re.compile(r"^>.*$")
# Inline spans, in precedence order; code first because nothing nests inside it.
_INLINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("code", re.compile(r"`[^`\n]+`")),
    ("link", re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)")),
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    ("strike", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")),
    ("italic", re.compile(r"(?<![*\w])\*(?![\s*])(.+?)(?<![\s*])\*(?![*\w])")),
    ("italic", re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")),
)


class MarkdownHighlighter(QSyntaxHighlighter):
    """Spans are collected as (start, end, name); each stretch between span edges gets
    the merged format of the spans over it, in paint order, so nested markup (bold
    inside a link) keeps both looks. Work is per span, not per character: this runs
    on the GUI thread for every key press, on lines of any length."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._combined: dict[tuple[str, ...], QTextCharFormat] = {}
        theme.theme_changes.changed.connect(self._recolour)

    def _recolour(self) -> None:
        self._combined.clear()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        spans: list[tuple[int, int, str]] = []

        def paint(start: int, length: int, name: str) -> None:
            start, end = max(start, 0), min(start + length, len(text))
            if start < end:
                spans.append((start, end, name))

        heading = _HEADING.match(text)
        if heading:
            paint(0, len(text), "heading")
            paint(0, len(heading.group(1)), "marker")
        elif _RULE.match(text):
            paint(0, len(text), "rule")
        else:
            if _QUOTE.match(text):
                paint(0, len(text), "quote")
                paint(0, 1, "marker")
            listing = _LIST.match(text)
            if listing:
                paint(listing.start(2), len(listing.group(2)), "list")
            self._inline(text, paint)
        for start, end, kind in extensions(text):
            paint(start, end - start, _EXTENSION_LAYER.get(kind, "extension"))
        self._flush(spans)

    @staticmethod
    def _inline(text: str, paint: Callable[[int, int, str], None]) -> None:
        taken: list[tuple[int, int]] = []  # code spans: nothing else inside them

        def free(start: int, end: int) -> bool:
            return all(end <= a or start >= b for a, b in taken)

        for name, pattern in _INLINE:
            for m in pattern.finditer(text):
                start, end = m.span()
                if not free(start, end):
                    continue
                if name == "link":
                    paint(start, m.end(1) + 1 - start, "link_text")
                    paint(m.end(1) + 1, end - m.end(1) - 1, "link_url")
                    paint(start, 1, "marker")
                    paint(m.end(1), 1, "marker")
                    continue
                width = {"bold": 2, "strike": 2}.get(name, 1)
                paint(start, end - start, name)
                paint(start, width, "marker")
                paint(end - width, width, "marker")
                if name == "code":
                    taken.append((start, end))

    def _flush(self, spans: list[tuple[int, int, str]]) -> None:
        edges = sorted({edge for start, end, _ in spans for edge in (start, end)})
        run: tuple[str, ...] = ()
        run_start = 0
        for left in edges:  # the names over the stretch from this edge to the next
            names = tuple(name for start, end, name in spans if start <= left < end)
            if names == run:
                continue
            if run:
                self.setFormat(run_start, left - run_start, self._format(run))
            run, run_start = names, left

    def _format(self, names: tuple[str, ...]) -> QTextCharFormat:
        fmt = self._combined.get(names)
        if fmt is None:
            fmt = QTextCharFormat()
            for name in names:  # later layers win: markers stay muted
                fmt.merge(FORMATS[name])
            self._combined[names] = fmt
        return fmt

