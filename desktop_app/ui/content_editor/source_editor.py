"""The markdown source editor and its formatting toolbar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolBar, QWidget

from desktop_app.services.content import THUMBNAIL
from desktop_app.ui.content_editor import list_editing as lists
from desktop_app.ui.content_editor import markdown_actions as md
from desktop_app.ui.content_editor.highlighter import MarkdownHighlighter
from desktop_app.ui.content_editor.images_panel import image_paths

# Qt counts positions in UTF-16 units, Python in code points: characters beyond the BMP
# (emoji) take two of Qt's. Edits are computed on Python strings and mapped across.
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def qt_position(text: str, index: int) -> int:
    """The Qt cursor position of ``text[index]``."""
    return index + len(_ASTRAL.findall(text, 0, index))


def text_index(text: str, position: int) -> int:
    """The index in ``text`` of Qt cursor ``position`` (the inverse of ``qt_position``)."""
    index = position
    for seen, match in enumerate(_ASTRAL.finditer(text)):
        if match.start() + seen >= position:
            break
        index -= 1
    return index


class MarkdownEditor(QPlainTextEdit):
    imagesDropped = Signal(list, str)  # [Path], target: images never become markdown text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(
            "Describe the product in markdown: ## headings, **bold**, *italic*, "
            "- lists, > quotes, [links](https://…)")
        self.highlighter = MarkdownHighlighter(self.document())

    # --------------------------------------------------------------- actions
    def apply_edit(self, edit: md.Edit, text: str | None = None) -> None:
        """Replace one span as a single undo step and select what the action chose.

        ``text``: the text the edit was computed on (``toPlainText()`` by default).
        """
        old = self.toPlainText() if text is None else text
        new = edit.apply(old)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(qt_position(old, edit.start))
        cursor.setPosition(qt_position(old, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        cursor.setPosition(qt_position(new, edit.sel_start))
        cursor.setPosition(qt_position(new, edit.sel_end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def selection(self, text: str | None = None) -> tuple[int, int]:
        """The selection as indices into ``text`` (``toPlainText()`` by default)."""
        text = self.toPlainText() if text is None else text
        cursor = self.textCursor()
        return (text_index(text, cursor.selectionStart()),
                text_index(text, cursor.selectionEnd()))

    def _act(self, action: Callable[[str, int, int], md.Edit | None]) -> bool:
        """Apply ``action(text, start, end)``; False when it had nothing to do."""
        text = self.toPlainText()
        edit = action(text, *self.selection(text))
        if edit is None:
            return False
        self.apply_edit(edit, text)
        return True

    def inline(self, kind: str) -> None:
        self._act(lambda text, start, end: md.toggle_inline(text, start, end, kind))

    def block(self, kind: str) -> None:
        self._act(lambda text, start, end: md.toggle_block(text, start, end, kind))

    def link(self) -> None:
        self._act(md.insert_link)

    # ----------------------------------------------------------------- lists
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._list_key(event):
            super().keyPressEvent(event)

    def _list_key(self, event: QKeyEvent) -> bool:
        """Enter, Tab and Shift+Tab in list items (``list_editing``); False: not handled."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key in _ENTER and plain and not self.textCursor().hasSelection():
            return self._act(lambda text, start, _end: lists.continue_list(text, start))
        if key == Qt.Key.Key_Tab and plain:
            return self._act(lists.indent_items)
        if key == Qt.Key.Key_Backtab or (
                key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier):
            return self._act(lambda text, start, end: lists.indent_items(
                text, start, end, outdent=True))
        return False

    # ------------------------------------------------------------ drag & drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths: list[Path] = image_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        # Payload's markdown has no images (lexical-format.md §4): an image dropped on
        # the text becomes the product's thumbnail instead of dead "![](…)" text.
        event.acceptProposedAction()
        self.imagesDropped.emit(paths, THUMBNAIL)


# (name, text, tooltip, shortcut, kind, argument)
TOOLBAR = (
    ("bold", "B", "Bold (Ctrl+B)", "Ctrl+B", "inline", "bold"),
    ("italic", "I", "Italic (Ctrl+I)", "Ctrl+I", "inline", "italic"),
    ("strike", "S", "Strikethrough (Ctrl+Shift+X)", "Ctrl+Shift+X", "inline", "strike"),
    ("code", "</>", "Inline code (Ctrl+E)", "Ctrl+E", "inline", "code"),
    (None, "", "", "", "", ""),
    ("heading", "H", "Heading (Ctrl+Alt+2)", "Ctrl+Alt+2", "block", "heading"),
    ("bullet", "• List", "Bulleted list (Ctrl+Shift+8)", "Ctrl+Shift+8", "block", "bullet"),
    ("number", "1. List", "Numbered list (Ctrl+Shift+7)", "Ctrl+Shift+7", "block", "number"),
    ("check", "☑ Tasks", "Checklist (Ctrl+Shift+9)", "Ctrl+Shift+9", "block", "check"),
    ("quote", "❝ Quote", "Quote (Ctrl+Shift+.)", "Ctrl+Shift+.", "block", "quote"),
    (None, "", "", "", "", ""),
    ("link", "Link", "Link (Ctrl+K)", "Ctrl+K", "link", ""),
)


class FormatToolBar(QToolBar):
    """Actions that act on the editor's selection; ``actions_by_name`` for tests."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__("Formatting", parent)
        self.setObjectName("formatToolbar")
        self.setIconSize(QSize(16, 16))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor = editor
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, tip, shortcut, kind, arg in TOOLBAR:
            if name is None:
                self.addSeparator()
                continue
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self._handler(kind, arg))
            if name in ("bold", "italic", "strike"):
                font = action.font()
                font.setBold(name == "bold")
                font.setItalic(name == "italic")
                font.setStrikeOut(name == "strike")
                action.setFont(font)
            editor.addAction(action)  # shortcuts work while typing
            self.addAction(action)
            self.actions_by_name[name] = action

    def _handler(self, kind: str, arg: str) -> Callable[[], None]:
        if kind == "inline":
            return lambda: self.editor.inline(arg)
        if kind == "block":
            return lambda: self.editor.block(arg)
        return self.editor.link
