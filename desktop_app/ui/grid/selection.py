"""The grid's selection in the session's terms: a rectangle of variant positions.

The session's moves (copy, paste, fill down) take ``view_rows`` (the variants shown,
in view order), ``view_cols`` (the shown columns' keys) and a rectangle in those
positions. Product header lines inside a selection are skipped; a selection of
several ranges (Ctrl+click) counts as the rectangle around them, as spreadsheets
copy it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel

from desktop_app.grid.session import Rect
from desktop_app.ui.grid.model import GridModel


@dataclass(frozen=True)
class Block:
    lines: tuple[int, int]  # first and last line (model rows), both included
    columns: tuple[int, int]  # first and last column
    rect: Rect  # (top, left, height, width) in the session's view positions

    @property
    def cells(self) -> int:
        return self.rect[2] * self.rect[3]


def selected_block(model: GridModel, selection: QItemSelectionModel) -> Block | None:
    """The rectangle around the selection (else the current cell); None when it holds
    no variant (a product header alone, or nothing)."""
    ranges = list(selection.selection())
    if ranges:
        top = min(r.top() for r in ranges)
        bottom = max(r.bottom() for r in ranges)
        left = min(r.left() for r in ranges)
        right = max(r.right() for r in ranges)
    else:
        current = selection.currentIndex()
        if not current.isValid():
            return None
        top = bottom = current.row()
        left = right = current.column()
    return block_of(model, top, bottom, left, right)


def block_of(model: GridModel, top: int, bottom: int, left: int, right: int) -> Block | None:
    first, count = model.arrangement.span(top, bottom)
    if count == 0:
        return None
    return Block((top, bottom), (left, right), (first, left, count, right - left + 1))


def cursor_block(model: GridModel, selection: QItemSelectionModel) -> Block | None:
    """Where a paste lands: the selection, or from the current cell (on a header line:
    from the variant after it)."""
    block = selected_block(model, selection)
    if block is not None:
        return block
    current = selection.currentIndex()
    if not current.isValid():
        return None
    first, _ = model.arrangement.span(current.row(), current.row())
    if first >= len(model.arrangement.rows):
        return None
    line = model.arrangement.line_of(model.arrangement.rows[first])
    assert line is not None
    return Block((line, line), (current.column(), current.column()),
                 (first, current.column(), 1, 1))
