"""Toolbar actions act on the selection; the highlighter formats markdown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from desktop_app.ui.content_editor import markdown_actions as md
from desktop_app.ui.content_editor.codec import LOSSLESS
from desktop_app.ui.content_editor.source_editor import FormatToolBar, MarkdownEditor


@pytest.fixture
def editor(qtbot):
    widget = MarkdownEditor()
    toolbar = FormatToolBar(widget)
    qtbot.addWidget(widget)
    qtbot.addWidget(toolbar)
    return widget, toolbar


def select(widget: MarkdownEditor, start: int, end: int) -> None:
    cursor = widget.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)


@pytest.mark.parametrize(("action", "expected"), [
    ("bold", "Soft **cotton** tee"),
    ("italic", "Soft *cotton* tee"),
    ("strike", "Soft ~~cotton~~ tee"),
    ("code", "Soft `cotton` tee"),
    ("link", "Soft [cotton](https://) tee"),
])
def test_inline_actions_wrap_the_selection(editor, action, expected) -> None:
    widget, toolbar = editor
    widget.setPlainText("Soft cotton tee")
    select(widget, 5, 11)
    toolbar.actions_by_name[action].trigger()
    assert widget.toPlainText() == expected
    selected = widget.textCursor().selectedText()
    assert selected == ("https://" if action == "link" else "cotton")
    toolbar.actions_by_name[action].trigger() if action != "link" else None
    if action != "link":
        assert widget.toPlainText() == "Soft cotton tee"  # toggles back


def test_toolbar_edit_is_one_undo_step(editor) -> None:
    widget, toolbar = editor
    widget.setPlainText("Soft cotton tee")
    select(widget, 5, 11)
    toolbar.actions_by_name["bold"].trigger()
    widget.undo()
    assert widget.toPlainText() == "Soft cotton tee"


@pytest.mark.parametrize(("action", "expected"), [
    ("heading", "## One\n## Two"),
    ("bullet", "- One\n- Two"),
    ("number", "1. One\n2. Two"),
    ("check", "- [ ] One\n- [ ] Two"),
    ("quote", "> One\n> Two"),
])
def test_block_actions_prefix_the_selected_lines(editor, action, expected) -> None:
    widget, toolbar = editor
    widget.setPlainText("One\nTwo\nThree")
    select(widget, 1, 5)
    toolbar.actions_by_name[action].trigger()
    assert widget.toPlainText() == expected + "\nThree"
    toolbar.actions_by_name[action].trigger()
    assert widget.toPlainText() == "One\nTwo\nThree"


def test_block_action_replaces_another_marker(editor) -> None:
    widget, toolbar = editor
    widget.setPlainText("- One")
    select(widget, 0, 0)
    toolbar.actions_by_name["number"].trigger()
    assert widget.toPlainText() == "1. One"


def test_empty_selection_inserts_a_placeholder(editor) -> None:
    widget, toolbar = editor
    widget.setPlainText("Tee ")
    select(widget, 4, 4)
    toolbar.actions_by_name["bold"].trigger()
    assert widget.toPlainText() == "Tee **bold text**"
    assert widget.textCursor().selectedText() == "bold text"


def test_bold_italic_avoids_the_triple_star_payload_misparses() -> None:
    text = "a **b** c"
    edit = md.toggle_inline(text, 4, 5, "italic")
    assert edit.apply(text) == "a _**b**_ c"


def _formats(widget: MarkdownEditor, line: int) -> list[tuple[int, int, object]]:
    block = widget.document().findBlockByNumber(line)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def _format_at(widget: MarkdownEditor, line: int, pos: int):
    for start, length, fmt in _formats(widget, line):
        if start <= pos < start + length:
            return fmt
    return None


def test_highlighter_formats_markdown(editor) -> None:
    widget, _toolbar = editor
    widget.setPlainText(
        "## Heading\n"
        "Some **bold** and *italic* and ~~gone~~ and `code` and [link](https://x.y)\n"
        "- item\n"
        "> quote\n"
        "plain text"
    )
    heading = _format_at(widget, 0, 5)
    assert heading.fontWeight() == QFont.Weight.Bold
    line = widget.document().findBlockByNumber(1).text()
    assert _format_at(widget, 1, line.index("bold")).fontWeight() == QFont.Weight.Bold
    assert _format_at(widget, 1, line.index("italic")).fontItalic()
    assert _format_at(widget, 1, line.index("gone")).fontStrikeOut()
    assert "monospace" in _format_at(widget, 1, line.index("code")).fontFamilies()
    link = _format_at(widget, 1, line.index("link"))
    assert link.foreground().color().name() == "#3b5bdb"
    marker = _format_at(widget, 1, line.index("**"))
    assert marker.foreground().color().name() == "#9aa3b2"  # markers are muted
    assert _format_at(widget, 2, 0).fontWeight() == QFont.Weight.Bold  # list marker
    assert _format_at(widget, 3, 3).fontItalic()  # quote
    assert _formats(widget, 4) == []  # plain text untouched


def test_nested_markup_keeps_both_formats(editor) -> None:
    widget, _toolbar = editor
    widget.setPlainText("**bold *both* bold**")
    fmt = _format_at(widget, 0, widget.toPlainText().index("both"))
    assert fmt.fontWeight() == QFont.Weight.Bold and fmt.fontItalic()


def test_word_count_counts_words_not_markup() -> None:
    assert md.word_count("Organic cotton, pre-shrunk; don't wash hot.") == 6


@pytest.mark.skipif(not LOSSLESS, reason="needs the lossless editor markdown")
def test_extension_tokens_are_visible(editor) -> None:
    widget, _toolbar = editor
    widget.setPlainText("Plain <u>underlined</u> text")
    text = widget.toPlainText()
    tag = _format_at(widget, 0, text.index("<u>"))
    assert tag.background().color().name() == "#f3e8ff"
    assert _format_at(widget, 0, 0) is None  # plain markdown stays unformatted


LINES = [
    "## Heading with **bold** and a [link **x**](https://x.y)",
    "Some **bold *both* bold** and ~~gone~~, `co*de*` and _under_ and *it*",
    "- [x] done `c` [a](b) **c** ~~d~~ *e*",
    "> quote with **bold** inside",
    "1. one [two](three) four",
    "---",
    "Plain <u>under</u> and <!-- lexical:upload @k --> text",
    "plain text",
]


def test_highlighter_runs_equal_the_per_character_definition(editor, monkeypatch) -> None:
    """Each character's format merges the spans over it in paint order; runs of equal
    characters share one format range (the span-based flush must give exactly that)."""
    from desktop_app.ui.content_editor.highlighter import FORMATS, MarkdownHighlighter

    widget, _toolbar = editor
    spans: list[list[tuple[int, int, str]]] = []
    real = MarkdownHighlighter._flush

    def recording(self, found):
        spans.append(list(found))
        real(self, found)

    monkeypatch.setattr(MarkdownHighlighter, "_flush", recording)
    widget.setPlainText("\n".join(LINES))
    assert len(spans) >= len(LINES)
    nested = False
    for number, (text, found) in enumerate(zip(LINES, spans[-len(LINES):], strict=True)):
        layers = [tuple(n for s, e, n in found if s <= i < e) for i in range(len(text))]
        expected = []
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or layers[i] != layers[start]:
                if layers[start]:
                    expected.append((start, i - start, layers[start]))
                start = i
        got = [(s, n) for s, n, _fmt in _formats(widget, number)]
        assert got == [(s, n) for s, n, _names in expected], text
        for (s, _n, names), (_s, _l, fmt) in zip(expected, _formats(widget, number),
                                                  strict=True):
            reference = QTextCharFormat()
            for name in names:
                reference.merge(FORMATS[name])
            assert fmt == reference, (text, s, names)
        nested = nested or any(len(layer) > 1 for layer in layers)
    assert nested  # characters under several spans were exercised


def test_actions_keep_their_place_after_an_emoji(editor) -> None:
    # Qt counts an emoji as two positions, Python as one character.
    widget, toolbar = editor
    widget.setPlainText("😀 Soft cotton tee")
    select(widget, 8, 14)  # "cotton" in Qt positions
    toolbar.actions_by_name["bold"].trigger()
    assert widget.toPlainText() == "😀 Soft **cotton** tee"
    assert widget.textCursor().selectedText() == "cotton"
