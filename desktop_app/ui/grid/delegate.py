"""Edits a grid cell with a plain line edit over it, showing the cell's text as shown
(the view paints the cells itself: ``painting``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui import theme
from desktop_app.ui.grid.cell_look import Look

Index = QModelIndex | QPersistentModelIndex
EDITOR_STYLE = ("QLineEdit#gridEditor { border: 2px solid @accent@; border-radius: 0; "
                "padding: 0 5px; background: @surface@; min-height: 0; }")


class CellDelegate(QStyledItemDelegate):
    def _look(self, index: Index) -> Look:
        return index.model().look(index.row(), index.column())  # type: ignore[attr-defined]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent, objectName="gridEditor")
        editor.setFrame(False)
        theme.style(editor, EDITOR_STYLE)
        _text, _state, _tip, numeric = self._look(index)
        if numeric:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(self._look(index)[0])  # the text as shown

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        shown = self._look(index)[0]
        if editor.text() != shown:  # Enter on an untouched cell: no step
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect)
