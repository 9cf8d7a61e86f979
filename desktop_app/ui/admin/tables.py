"""One look for the panels' read-only tables (the offline catalog's table settings)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """A read-only table over ``self.rows``; subclasses say what each cell shows (``cell``)."""

    def __init__(self, headers: Mapping[int, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = dict(headers)
        self.rows: list[Any] = []

    def item(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        return None if item is None else self.cell(item, index.column(), role)

    def cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError


def read_only_table(
    name: str, model: QAbstractItemModel, widths: dict[int, int], stretch: int
) -> QTableView:
    """Row selection, fixed row height, no grid; column ``stretch`` takes the spare width."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(32)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for col, width in widths.items():
        header.resizeSection(col, max(width, header_width(table, col)))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


HEADER_PAD = 8 + 4  # the QSS header padding per side, and a little air


def header_width(table: QTableView, column: int) -> int:
    """The width column ``column``'s title needs (demi-bold, as the style draws it): the
    set widths fit English; a translation may need more."""
    text = table.model().headerData(column, Qt.Orientation.Horizontal) or ""
    font = QFont(table.horizontalHeader().font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font).horizontalAdvance(str(text)) + 2 * HEADER_PAD


class WrappedRows:
    """Rows as tall as one column's longest texts need, that column word-wrapped.

    Per-row heights (``ResizeToContents``) ask every cell of every row for its size
    hint: seconds for a few hundred findings through a Python model. One height that
    fits the longest texts costs a few measurements however many rows there are, and
    is measured again when the column's width changes.
    """

    SAMPLE = 25  # the longest texts measured (wrapping depends on words, not only length)
    PAD_X = 8 + 4  # the QSS ``::item`` padding plus the style's text margin, per side
    PAD_Y = 6
    MAX_LINES = 6  # longer texts are cut; the details pane and tooltip show them whole

    def __init__(self, table: QTableView, column: int) -> None:
        self.table = table
        self.column = column
        self.min_height = table.verticalHeader().defaultSectionSize()
        self._longest: list[str] = []
        table.setWordWrap(True)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def set_texts(self, texts: Iterable[str]) -> None:
        self._longest = heapq.nlargest(self.SAMPLE, texts, key=len)
        self.fit()

    def _resized(self, section: int, _old: int, new: int) -> None:
        if section == self.column:
            # The new width, not columnWidth(): a stretched section reports its old one
            # while the signal is delivered.
            self.fit(new)

    def fit(self, column_width: int | None = None) -> None:
        column_width = column_width or self.table.columnWidth(self.column)
        width = max(40, column_width - 2 * self.PAD_X)
        font = self.table.font()
        text = max(
            (_wrapped_height(t, font, width, self.MAX_LINES) for t in self._longest), default=0.0
        )
        height = math.ceil(text) + 2 * self.PAD_Y
        self.table.verticalHeader().setDefaultSectionSize(max(self.min_height, height))


def _wrapped_height(text: str, font: QFont, width: int, max_lines: int) -> float:
    """Height of ``text`` word-wrapped at ``width`` as an item view lays it out (QTextLayout;
    QFontMetrics.boundingRect counts lines a pixel shorter), at most ``max_lines`` lines."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height, lines = 0.0, 0
    while lines < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
        lines += 1
    layout.endLayout()
    return height
