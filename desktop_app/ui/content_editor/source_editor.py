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

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.content import THUMBNAIL
from desktop_app.ui.content_editor import list_editing as lists
from desktop_app.ui.content_editor import markdown_actions as md
from desktop_app.ui.content_editor.highlighter import MarkdownHighlighter
from desktop_app.ui.content_editor.images_panel import image_paths

# Qt counts positions in UTF-16 units, Python in code points: characters beyond the BMP
# (emoji) take two of Qt's. Edits are computed on Python strings and mapped across.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
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
            translate(
                "ContentEditor",
                "Describe the product in markdown: ## headings, **bold**, *italic*, "
                "- lists, > quotes, [links](https://…)",
            )
        )
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
        return (text_index(text, cursor.selectionStart()), text_index(text, cursor.selectionEnd()))

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
            key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            return self._act(
                lambda text, start, end: lists.indent_items(text, start, end, outdent=True)
            )
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


# (name, text, shortcut, kind, argument); None: a separator.
TOOLBAR = (
    ("bold", "B", "Ctrl+B", "inline", "bold"),
    ("italic", "I", "Ctrl+I", "inline", "italic"),
    ("strike", "S", "Ctrl+Shift+X", "inline", "strike"),
    ("code", "</>", "Ctrl+E", "inline", "code"),
    (None, "", "", "", ""),
    ("heading", "H", "Ctrl+Alt+2", "block", "heading"),
    ("bullet", "• List", "Ctrl+Shift+8", "block", "bullet"),
    ("number", "1. List", "Ctrl+Shift+7", "block", "number"),
    ("check", "☑ Tasks", "Ctrl+Shift+9", "block", "check"),
    ("quote", "❝ Quote", "Ctrl+Shift+.", "block", "quote"),
    (None, "", "", "", ""),
    ("link", "Link", "Ctrl+K", "link", ""),
)
# The buttons with words (B, I, S, H read the same in every language).
LABELS = {
    "bullet": QT_TRANSLATE_NOOP("ContentEditor", "• List"),
    "number": QT_TRANSLATE_NOOP("ContentEditor", "1. List"),
    "check": QT_TRANSLATE_NOOP("ContentEditor", "☑ Tasks"),
    "quote": QT_TRANSLATE_NOOP("ContentEditor", "❝ Quote"),
    "link": QT_TRANSLATE_NOOP("ContentEditor", "Link"),
}
# {key}: the shortcut in the language's key names (QKeySequence's native text: Strg+B).
TIPS = {
    "bold": QT_TRANSLATE_NOOP("ContentEditor", "Bold ({key})"),
    "italic": QT_TRANSLATE_NOOP("ContentEditor", "Italic ({key})"),
    "strike": QT_TRANSLATE_NOOP("ContentEditor", "Strikethrough ({key})"),
    "code": QT_TRANSLATE_NOOP("ContentEditor", "Inline code ({key})"),
    "heading": QT_TRANSLATE_NOOP("ContentEditor", "Heading ({key})"),
    "bullet": QT_TRANSLATE_NOOP("ContentEditor", "Bulleted list ({key})"),
    "number": QT_TRANSLATE_NOOP("ContentEditor", "Numbered list ({key})"),
    "check": QT_TRANSLATE_NOOP("ContentEditor", "Checklist ({key})"),
    "quote": QT_TRANSLATE_NOOP("ContentEditor", "Quote ({key})"),
    "link": QT_TRANSLATE_NOOP("ContentEditor", "Link ({key})"),
}


class FormatToolBar(QToolBar):
    """Actions that act on the editor's selection; ``actions_by_name`` for tests."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(translate("ContentEditor", "Formatting"), parent)
        self.setObjectName("formatToolbar")
        self.setIconSize(QSize(16, 16))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor = editor
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, shortcut, kind, arg in TOOLBAR:
            if name is None:
                self.addSeparator()
                continue
            label = translate("ContentEditor", LABELS[name]) if name in LABELS else text
            action = QAction(label, self)
            keys = QKeySequence(shortcut)
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(translate("ContentEditor", TIPS[name]).format(key=native))
            action.setShortcut(keys)
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
