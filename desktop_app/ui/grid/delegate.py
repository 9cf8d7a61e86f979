"""Paints grid cells from their ``Look`` and edits them with a plain line edit.

Painting reads the model's cached look directly (text, state, tooltip) rather than a
dozen data roles per cell: scrolling 20,000 variants stays within a frame. A changed
cell is bold on blue, a bad one red with a corner mark, a server conflict orange with
a corner mark, a read-only cell grey; the selection tints over those colours so they
stay visible, and the current cell has a frame, as in a spreadsheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.grid.cell_look import (
    BOLD,
    CURRENT,
    MARKED,
    SELECTION,
    Look,
    background,
    foreground,
)

Index = QModelIndex | QPersistentModelIndex
PAD = 8
MARK = 7  # the corner mark's size in pixels
EDITOR_STYLE = ("QLineEdit#gridEditor { border: 2px solid #3b5bdb; border-radius: 0; "
                "padding: 0 5px; background: #ffffff; min-height: 0; }")


class CellDelegate(QStyledItemDelegate):
    def _look(self, index: Index) -> Look:
        return index.model().look(index.row(), index.column())  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = self._look(index)
        rect = option.rect
        painter.save()
        painter.fillRect(rect, background(look.state))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTION)
        if look.state in MARKED:
            corner = QPolygonF([QPointF(rect.right() - MARK, rect.top()),
                                QPointF(rect.right() + 1, rect.top()),
                                QPointF(rect.right() + 1, rect.top() + MARK + 1)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(foreground(look.state))
            painter.drawPolygon(corner)
        if look.text:
            font = QFont(option.font)
            font.setBold(look.state in BOLD)
            painter.setFont(font)
            painter.setPen(foreground(look.state))
            area = rect.adjusted(PAD, 0, -PAD, 0)
            align = ((Qt.AlignmentFlag.AlignRight if look.numeric else Qt.AlignmentFlag.AlignLeft)
                     | Qt.AlignmentFlag.AlignVCenter)
            text = painter.fontMetrics().elidedText(look.text, Qt.TextElideMode.ElideRight,
                                                    area.width())
            painter.drawText(area, int(align), text)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(CURRENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    # ------------------------------------------------------------- editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent, objectName="gridEditor")
        editor.setFrame(False)
        editor.setStyleSheet(EDITOR_STYLE)
        if self._look(index).numeric:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(self._look(index).text)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text() != self._look(index).text:  # Enter on an untouched cell: no step
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect)
