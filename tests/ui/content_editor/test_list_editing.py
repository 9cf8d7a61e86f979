"""Lists in the description editor behave as in the markdown editors merchants know.

Enter continues a list (the same bullet, the next number, an empty check box), Enter
on an empty item ends it, Tab / Shift+Tab move items in and out, and the list buttons
start a list on an empty line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.ui.content_editor import list_editing as lists
from desktop_app.ui.content_editor.source_editor import (
    FormatToolBar,
    MarkdownEditor,
    qt_position,
    text_index,
)


@pytest.fixture
def editor(qtbot):
    widget = MarkdownEditor()
    toolbar = FormatToolBar(widget)
    qtbot.addWidget(widget)
    qtbot.addWidget(toolbar)
    return widget, toolbar


def put(widget: MarkdownEditor, text: str) -> None:
    """``text`` with ``|`` where the cursor goes."""
    at = text.index("|")
    widget.setPlainText(text.replace("|", "", 1))
    cursor = widget.textCursor()
    cursor.setPosition(qt_position(widget.toPlainText(), at))
    widget.setTextCursor(cursor)


def shown(widget: MarkdownEditor) -> str:
    """The text with ``|`` at the cursor."""
    text = widget.toPlainText()
    at = text_index(text, widget.textCursor().position())
    return text[:at] + "|" + text[at:]


def press(qtbot, widget: MarkdownEditor, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


@pytest.mark.parametrize(("before", "after"), [
    ("- Soft cotton|", "- Soft cotton\n- |"),
    ("* Soft|", "* Soft\n* |"),
    ("1. One|", "1. One\n2. |"),
    ("- [x] Washed|", "- [x] Washed\n- [ ] |"),
    ("- [ ] Dry|", "- [ ] Dry\n- [ ] |"),
    ("    - Nested|", "    - Nested\n    - |"),
    ("- Soft| cotton", "- Soft\n- | cotton"),
    ("1. One|\n2. Two\n    - sub\n3. Three\n\nAfter",
     "1. One\n2. |\n3. Two\n    - sub\n4. Three\n\nAfter"),
    ("- 😀 Smile|", "- 😀 Smile\n- |"),
])
def test_enter_continues_the_list(qtbot, editor, before, after) -> None:
    widget, _toolbar = editor
    put(widget, before)
    press(qtbot, widget, Qt.Key.Key_Return)
    assert shown(widget) == after


@pytest.mark.parametrize(("before", "after"), [
    ("- One\n- |", "- One\n|"),
    ("1. One\n2. |", "1. One\n|"),
    ("- [ ] One\n- [ ] |", "- [ ] One\n|"),
    ("1. One\n    1. Sub\n    2. |", "1. One\n    1. Sub\n2. |"),
])
def test_enter_on_an_empty_item_ends_the_list(qtbot, editor, before, after) -> None:
    widget, _toolbar = editor
    put(widget, before)
    press(qtbot, widget, Qt.Key.Key_Return)
    assert shown(widget) == after


@pytest.mark.parametrize("before", ["Plain text|", "-|", "|- In the marker", "## Heading|"])
def test_enter_elsewhere_is_a_plain_new_line(qtbot, editor, before) -> None:
    widget, _toolbar = editor
    put(widget, before)
    press(qtbot, widget, Qt.Key.Key_Return)
    assert shown(widget) == before.replace("|", "\n|")


def test_shift_enter_does_not_continue_the_list(qtbot, editor) -> None:
    widget, _toolbar = editor
    put(widget, "- One|")
    press(qtbot, widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert not widget.toPlainText().endswith("- ")


def test_continuing_a_list_is_one_undo_step(qtbot, editor) -> None:
    widget, _toolbar = editor
    put(widget, "1. One|\n2. Two")
    press(qtbot, widget, Qt.Key.Key_Return)
    widget.undo()
    assert widget.toPlainText() == "1. One\n2. Two"


@pytest.mark.parametrize(("before", "after"), [
    ("- One\n- Tw|o", "- One\n    - Tw|o"),
    ("1. One\n2. Tw|o", "1. One\n    1. Tw|o"),
    ("- [x] Done|", "    - [x] Done|"),
])
def test_tab_indents_the_item(qtbot, editor, before, after) -> None:
    widget, _toolbar = editor
    put(widget, before)
    press(qtbot, widget, Qt.Key.Key_Tab)
    assert shown(widget) == after


@pytest.mark.parametrize(("before", "after"), [
    ("- One\n    - Tw|o", "- One\n- Tw|o"),
    ("1. One\n    1. Tw|o", "1. One\n2. Tw|o"),
])
def test_shift_tab_outdents_the_item(qtbot, editor, before, after) -> None:
    widget, _toolbar = editor
    put(widget, before)
    press(qtbot, widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert shown(widget) == after


def test_tab_indents_every_selected_item(qtbot, editor) -> None:
    widget, _toolbar = editor
    widget.setPlainText("- One\n- Two\n- Three")
    cursor = widget.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(len(widget.toPlainText()), QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    press(qtbot, widget, Qt.Key.Key_Tab)
    assert widget.toPlainText() == "- One\n    - Two\n    - Three"


def test_tab_outside_a_list_types_a_tab(qtbot, editor) -> None:
    widget, _toolbar = editor
    put(widget, "Plain|")
    press(qtbot, widget, Qt.Key.Key_Tab)
    assert shown(widget) == "Plain\t|"


@pytest.mark.parametrize(("action", "before", "after"), [
    ("bullet", "Intro\n|", "Intro\n- |"),
    ("number", "|", "1. |"),
    ("number", "1. One\n|", "1. One\n2. |"),
    ("check", "|", "- [ ] |"),
    ("quote", "|", "> |"),
    ("heading", "|", "## |"),
])
def test_list_buttons_on_an_empty_line_insert_the_marker(editor, action, before, after) -> None:
    widget, toolbar = editor
    put(widget, before)
    toolbar.actions_by_name[action].trigger()
    assert shown(widget) == after


def test_typing_after_an_inserted_marker_makes_an_item(qtbot, editor) -> None:
    widget, toolbar = editor
    put(widget, "|")
    toolbar.actions_by_name["bullet"].trigger()
    qtbot.keyClicks(widget, "Soft")
    press(qtbot, widget, Qt.Key.Key_Return)
    qtbot.keyClicks(widget, "Warm")
    press(qtbot, widget, Qt.Key.Key_Return)
    press(qtbot, widget, Qt.Key.Key_Return)
    qtbot.keyClicks(widget, "After")
    assert widget.toPlainText() == "- Soft\n- Warm\nAfter"


def test_the_functions_leave_other_keys_alone() -> None:
    assert lists.continue_list("text", 4) is None
    assert lists.indent_items("text", 0, 0) is None
    assert lists.indent_items("- top", 0, 0, outdent=True) is None
