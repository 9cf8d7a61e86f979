"""Paints the grid's visible cells in one pass, straight from their cached ``Look``.

QTableView paints cell by cell: a style option, the stylesheet's row panel and a
delegate call for each, then a dozen data roles when the delegate is Qt's; from
Python that is about 0.1 ms a cell, 40 ms a screen, and scrolling stutters. Here the
view's paint event walks the visible lines and columns once, a line's looks fetched
together: the background is white (the viewport is opaque: nothing under it is painted
first), only coloured cells are filled, a text drawn again is drawn from its kept layout,
grid lines are filled as whole lines. A changed cell is bold on blue, a bad one red with
a corner mark, a server conflict orange with a corner mark, a read-only cell grey; the
selection tints over those colours so they stay visible, and the current cell has a
frame, as in a spreadsheet. Between frames the view lays out the texts of the lines it
will scroll to next (``prepare``), so a page of new rows is drawn from kept layouts.
"""

from __future__ import annotations

from functools import cache
from itertools import islice
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygon,
    QStaticText,
)
from PySide6.QtWidgets import QTableView

from desktop_app.ui import palette
from desktop_app.ui.grid.cell_look import (
    BOLD,
    CURRENT,
    GRID_LINE,
    MARKED,
    SELECTION,
    Look,
    State,
    background,
    foreground,
)

PAD = 8
MARK = 7  # the corner mark's size in pixels
WHITE = palette.live("surface")
UNFILLED = frozenset({State.PLAIN, State.MUTED})  # white: the background already is
# Texts kept laid out: some ten screens. Each is an object the garbage collector walks in
# a full collection (which runs between two frames), so not more.
LAID_KEPT = 6_000
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _styles() -> dict[str, tuple[QColor | None, QColor, bool, bool]]:
    return _styles_in(palette.is_dark())


@cache
def _styles_in(dark: bool) -> dict[str, tuple[QColor | None, QColor, bool, bool]]:
    """Per state: its fill (None: white, as the background), text colour, bold, and
    corner mark."""
    return {state.value: (None if state in UNFILLED else background(state),
                          foreground(state), state in BOLD, state in MARKED)
            for state in State}


class CellPainter:
    """Paints one view's cells; fonts, pens and elided texts are kept between paints."""

    def __init__(self, view: QTableView, first_column: int = 0) -> None:
        self.view = view
        # The main view leaves the frozen columns to the overlay that covers them.
        self.first_column = first_column
        # (text, room, bold) -> the text elided to the room (seen once), then laid out
        # with its size (seen again: see _draw_text).
        self._laid: dict[tuple[str, int, bool], str | tuple[QStaticText, float, float]] = {}
        self._fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None

    def _font(self) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        if self._fonts is None or self._fonts[0] != self.view.font():
            plain = QFont(self.view.font())
            bold = QFont(plain)
            bold.setBold(True)
            self._fonts = (plain, bold, QFontMetrics(plain), QFontMetrics(bold))
            self._laid.clear()
        return self._fonts

    def _layout(self, key: tuple[str, int, bool]) -> str:
        """``key``'s text elided to its room, kept (laid out when drawn again:
        _draw_text)."""
        if len(self._laid) > LAID_KEPT:
            # The oldest tenth goes: freeing thousands of layouts at once takes longer
            # than a frame (their C++ objects), a few hundred at a time does not.
            for old in list(islice(self._laid, LAID_KEPT // 10)):
                del self._laid[old]
        text, room, bold = key
        _plain, _bold, plain_metrics, bold_metrics = self._font()
        metrics = bold_metrics if bold else plain_metrics
        elided = self._laid[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        return elided

    def _laid_out(self, key: tuple[str, int, bool], elided: str
                  ) -> tuple[QStaticText, float, float]:
        plain, heavy, _, _ = self._font()
        shown = QStaticText(elided)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.prepare(font=heavy if key[2] else plain)
        size = shown.size()
        found = self._laid[key] = (shown, size.width(), size.height())
        return found

    def _draw_text(self, painter: QPainter, text: str, x: int, y: int, width: int,
                   height: int, bold: bool, numeric: bool) -> None:
        """``text`` elided to the cell. A text seen before is drawn from its layout
        (a QStaticText: half the cost of drawText, which lays it out every time); one
        seen the first time is drawn plainly, so a screen of new texts (a jump of the
        scroll bar) costs no more than drawText would."""
        room = width - 2 * PAD
        key = (text, room, bold)
        found = self._laid.get(key)
        if found is None:
            elided = self._layout(key)
            painter.drawText(QRect(x + PAD, y, room, height), RIGHT if numeric else LEFT,
                             elided)
            return
        if isinstance(found, str):  # the second time: laid out once and for all
            found = self._laid_out(key, found)
        shown, text_width, text_height = found
        left = x + width - PAD - text_width if numeric else x + PAD
        painter.drawStaticText(QPointF(left, y + (height - text_height) / 2), shown)

    def rooms(self) -> list[tuple[int, int]]:
        """(column, room for its text) of the columns in view."""
        view = self.view
        model: Any = view.model()
        if model is None or not model.columnCount():
            return []
        return [(c, view.columnWidth(c) - 2 * PAD)
                for c in self._visible_columns(view.viewport().rect())]

    def lay_out(self, looks: tuple[Look, ...], rooms: list[tuple[int, int]]) -> None:
        """Lay out a line's texts in the columns ``rooms`` names, before it is painted
        (the view does it between frames for the lines it will scroll to next)."""
        laid = self._laid
        for col, room in rooms:
            text, state = looks[col][0], looks[col][1]
            if not text:
                continue
            key = (text, room, state in BOLD)
            found = laid.get(key)
            if found.__class__ is not tuple:
                self._laid_out(key, self._layout(key) if found is None else found)

    def paint(self, event: QPaintEvent) -> None:
        view = self.view
        model: Any = view.model()
        area = event.rect()
        painter = QPainter(view.viewport())
        painter.fillRect(area, WHITE)
        rows = model.rowCount() if model is not None else 0
        first = view.rowAt(area.top())
        if first < 0 or not model.columnCount():
            painter.end()
            return
        last = view.rowAt(area.bottom())
        last = rows - 1 if last < 0 else last
        columns = self._visible_columns(area)
        height = view.rowHeight(first)
        top = view.rowViewportPosition(first)
        places = [(c, view.columnViewportPosition(c), view.columnWidth(c)) for c in columns]
        if not places:
            painter.end()
            return
        right = places[-1][1] + places[-1][2]
        selection = [(r.top(), r.bottom(), r.left(), r.right())
                     for r in view.selectionModel().selection()]
        plain, bold, _, _ = self._font()
        is_bold = None
        pen = None
        lines = model.arrangement.lines
        line_looks = model.line_looks
        laid = self._laid
        styles = _styles()
        for line in range(first, last + 1):
            y = top + (line - first) * height
            looks = line_looks(line)
            header = lines[line] < 0
            if header:
                painter.fillRect(places[0][1], y, right - places[0][1], height,
                                 background(State.HEADER))
                chosen = None
            else:  # the selected columns' ranges on this line
                chosen = [(le, ri) for t, b, le, ri in selection if t <= line <= b] or None
            for col, x, width in places:
                text, state, _tip, numeric = looks[col]
                fill, color, wants_bold, marked = styles[state]
                if fill is not None and not header:
                    painter.fillRect(x, y, width, height, fill)
                if chosen is not None and any(le <= col <= ri for le, ri in chosen):
                    painter.fillRect(x, y, width, height, SELECTION)
                if marked:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(color)
                    painter.drawPolygon(QPolygon([QPoint(x + width - 1 - MARK, y),
                                                  QPoint(x + width, y),
                                                  QPoint(x + width, y + MARK + 1)]))
                    pen = None
                if text:
                    if wants_bold is not is_bold:
                        painter.setFont(bold if wants_bold else plain)
                        is_bold = wants_bold
                    if color is not pen:
                        painter.setPen(color)
                        pen = color
                    found = laid.get((text, width - 2 * PAD, wants_bold))
                    if found.__class__ is tuple:  # laid out: drawn here, the common case
                        shown, text_width, text_height = found  # type: ignore[misc]
                        painter.drawStaticText(
                            QPointF(x + width - PAD - text_width if numeric else x + PAD,
                                    y + (height - text_height) / 2), shown)
                    else:
                        self._draw_text(painter, text, x, y, width, height, wants_bold,
                                        numeric)
        self._grid_lines(painter, places, top, height, last - first + 1, right)
        self._current(painter, view, places, first, last, top, height)
        painter.end()

    def _visible_columns(self, area: QRect) -> list[int]:
        view = self.view
        count = view.model().columnCount()
        left = view.columnAt(area.left())
        right = view.columnAt(area.right())
        left = max(self.first_column, 0 if left < 0 else left)
        right = count - 1 if right < 0 else right
        return [c for c in range(left, right + 1) if not view.isColumnHidden(c)]

    @staticmethod
    def _grid_lines(painter: QPainter, places: list[tuple[int, int, int]], top: int,
                    height: int, count: int, right: int) -> None:
        # Filled one pixel wide: the same pixels as drawLine, a twentieth of its cost.
        left = places[0][1]
        for _col, x, width in places:
            painter.fillRect(x + width - 1, top, 1, count * height, GRID_LINE)
        for n in range(count):
            painter.fillRect(left, top + (n + 1) * height - 1, right - left, 1, GRID_LINE)

    @staticmethod
    def _current(painter: QPainter, view: QTableView, places: list[tuple[int, int, int]],
                 first: int, last: int, top: int, height: int) -> None:
        current = view.currentIndex()
        if not current.isValid() or not first <= current.row() <= last:
            return
        if view.model().arrangement.lines[current.row()] < 0:
            return  # a product's header line holds no cell to type in: no frame
        for col, x, width in places:
            if col == current.column():
                painter.setPen(QPen(CURRENT, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(x + 1, top + (current.row() - first) * height + 1,
                                 width - 2, height - 2)
