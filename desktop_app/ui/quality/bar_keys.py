"""Choosing a chart's bar by keyboard: Up and Down (Home, End) move a ring from bar to bar,
Enter or Space chooses it, as a click on it does.

Both dashboard charts are pyqtgraph plots, whose bars are not widgets: without this a
keyboard user could reach the chart (it is a Tab stop) and hear it, but not narrow the
list to a rule's failing products from it. The current bar is outlined while the plot has
the focus, and the plot's accessible name says which bar it is, so a screen reader
announces each move (Qt tells it when the name changes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from desktop_app.ui import palette

RING = "accent"  # the palette's focus colour
MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
}
CHOOSE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


@dataclass(frozen=True)
class Spot:
    """Where a bar is drawn (plot units) and what choosing it means."""

    key: str  # what the chart's ruleClicked emits
    row: float  # the bar's centre, down the plot
    thickness: float
    width: float  # along the bottom, 0-100
    spoken: str  # "Description 10% (3 of 30)"


class BarKeys(QObject):
    """The keyboard's current bar of one plot; ``spots`` lists its bars in reading order."""

    def __init__(
        self,
        plot: pg.PlotWidget,
        spots: Callable[[], list[Spot]],
        choose: Callable[[str], None],
        name: Callable[[], str],
    ) -> None:
        super().__init__(plot)
        self.plot, self._spots, self._choose, self._name = plot, spots, choose, name
        self.current: int | None = None
        self._ring: pg.BarGraphItem | None = None
        plot.installEventFilter(self)

    def reset(self) -> None:
        """The bars were drawn again (plot.clear() removed the ring): none is current."""
        self.current = None
        self._ring = None
        self.plot.setAccessibleName(self._name())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._draw()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        spots = self._spots()
        if not spots or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in CHOOSE:
            if self.current is not None:
                self._choose(spots[self.current].key)
            return self.current is not None
        if key == Qt.Key.Key_Home:
            self._move_to(0, spots)
        elif key == Qt.Key.Key_End:
            self._move_to(len(spots) - 1, spots)
        elif key in MOVES:
            self._move_to(self._next(MOVES[key], len(spots)), spots)
        else:
            return False
        return True

    def _next(self, step: int, count: int) -> int:
        """The bar a move lands on: the first (Down) or last (Up) when none is current."""
        if self.current is None:
            return 0 if step > 0 else count - 1
        return min(max(self.current + step, 0), count - 1)

    def _move_to(self, index: int, spots: list[Spot]) -> None:
        self.current = index
        self.plot.setAccessibleName(f"{self._name()}: {spots[index].spoken}")
        self._draw()

    def _draw(self) -> None:
        if self._ring is not None:
            self.plot.removeItem(self._ring)
            self._ring = None
        spots = self._spots()
        if self.current is None or self.current >= len(spots) or not self.plot.hasFocus():
            return
        spot = spots[self.current]
        self._ring = pg.BarGraphItem(
            x0=-0.6,
            y=[spot.row],
            height=spot.thickness + 0.12,
            width=[spot.width + 1.2],
            brush=None,
            pen=pg.mkPen(palette.qcolor(RING), width=2),
        )
        self.plot.addItem(self._ring)
