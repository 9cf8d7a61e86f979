"""The grid's table: frozen Product and Variant columns, spreadsheet keys, painted in
one pass per frame (``painting``).

Typing over a cell replaces it; Enter commits and moves down to the next variant (as
in a spreadsheet), Tab to the right; Escape gives the typing up.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from desktop_app.grid.columns import FROZEN
from desktop_app.ui.grid.delegate import CellDelegate
from desktop_app.ui.grid.frozen_view import FrozenTableView
from desktop_app.ui.grid.painting import CellPainter

VIEW_STYLE = ("QTableView#gridTable { background: #ffffff; border: 1px solid #e1e5ec; "
              "gridline-color: #e6e9ef; outline: 0; }")


class _Overlay(QTableView):
    """The frozen columns' view, painted as the grid paints."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cells = CellPainter(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.cells.paint(event)


class GridView(FrozenTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(FROZEN), parent)
        self.cells = CellPainter(self, first_column=len(FROZEN))
        self.setObjectName("gridTable")
        self.setStyleSheet(VIEW_STYLE)
        # A delegate each: a view warns about commits of editors another view opened.
        self.setItemDelegate(CellDelegate(self))
        self.frozen.setItemDelegate(CellDelegate(self.frozen))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.AnyKeyPressed | triggers.DoubleClicked
                             | triggers.EditKeyPressed)
        self.setTabKeyNavigation(True)
        self.setCornerButtonEnabled(False)

    def make_overlay(self) -> QTableView:
        return _Overlay(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.cells.paint(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_down()

    def move_down(self) -> None:
        """The current cell one variant down (over a product's header line)."""
        current = self.currentIndex()
        model = self.model()
        if not current.isValid():
            return
        line = current.row() + 1
        while line < model.rowCount() and model.row_at(line) is None:  # type: ignore[attr-defined]
            line += 1
        if line >= model.rowCount():
            return
        index = model.index(line, current.column())
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
