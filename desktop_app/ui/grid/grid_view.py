"""The grid's table: frozen Product and Variant columns, spreadsheet keys, painted in
one pass per frame (``painting``).

After a scroll has been painted, the lines two pages beyond the screen in its direction
get their looks computed and their texts laid out, the nearest first, a millisecond or
two a turn of the event loop, so the frame that shows them only draws. (Started from
the paint, not the scroll: a timer started on the scroll fires before the loop's next
turn and would lengthen the frame it should follow.)

Typing over a cell replaces it; Enter commits and moves down to the next variant (as
in a spreadsheet), Tab to the right; Escape gives the typing up.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from desktop_app.grid.columns import FROZEN
from desktop_app.ui import theme
from desktop_app.ui.grid import gc_freeze
from desktop_app.ui.grid.delegate import CellDelegate
from desktop_app.ui.grid.frozen_view import FrozenTableView
from desktop_app.ui.grid.painting import CellPainter

AHEAD_S = 0.0005  # seconds per turn of the loop spent on the lines scrolled to next
AHEAD_PAGES = 2  # how far: a page step uses one, the next is then being prepared
VIEW_STYLE = ("QTableView#gridTable { background: @surface@; border: 1px solid @line@; "
              "gridline-color: @grid_line@; outline: 0; }")


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
        theme.style(self, VIEW_STYLE)
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
        # Each paint fills its whole area: what lies under a viewport (the window, the
        # table's frame, the other view) is not painted first.
        for view in (self, self.frozen):
            view.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._ahead = QTimer(self, singleShot=True, interval=0)
        self._ahead.timeout.connect(self._prepare_ahead)
        self._down = True  # the way it scrolled last
        self._was = 0
        self._scrolled_since = False  # scrolled since the lines ahead were prepared
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def make_overlay(self) -> QTableView:
        return _Overlay(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.cells.paint(event)
        if self._scrolled_since:  # the next lines, once this frame is out
            self._scrolled_since = False
            self._ahead.start()

    def _scrolled(self, value: int) -> None:
        self._down = value >= self._was
        self._was = value
        self._scrolled_since = True

    def _prepare_ahead(self) -> None:
        """The next ``AHEAD_PAGES`` pages' looks and texts, the nearest lines first, in
        turns of ``AHEAD_S``."""
        model: Any = self.model()
        count = model.rowCount() if model is not None else 0
        first = self.rowAt(0)
        if not count or first < 0:
            return
        last = self.rowAt(self.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        ahead = (last - first + 1) * AHEAD_PAGES
        lines = (range(last + 1, min(count, last + 1 + ahead)) if self._down
                 else range(first - 1, max(-1, first - 1 - ahead), -1))
        until = time.perf_counter() + AHEAD_S
        overlay: Any = self.frozen
        painters = [(p, p.rooms()) for p in (overlay.cells, self.cells)]
        for line in lines:
            looks = model.line_looks(line)
            for painter, rooms in painters:
                painter.lay_out(looks, rooms)
            if time.perf_counter() >= until:
                self._ahead.start()  # the rest in the next turn
                return
        gc_freeze.settle()  # what scrolling made stays out of the next collections

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
