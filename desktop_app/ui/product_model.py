"""Table model over plain ``CatalogRow`` tuples; filtering and sorting happen here.

No QSortFilterProxyModel: the filter is the service's ``filter_rows`` applied
to the full row list, and sorting re-orders the visible list in place.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.catalog import CatalogRow, filter_rows, sort_key
from desktop_app.ui.formatting import format_timestamp, linked_label, status_label

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TITLE = 0
    HANDLE = 1
    STATUS = 2
    VARIANTS = 3
    UPDATED = 4
    PAYLOAD = 5


HEADERS = {
    Column.TITLE: "Title",
    Column.HANDLE: "Handle",
    Column.STATUS: "Status",
    Column.VARIANTS: "Variants",
    Column.UPDATED: "Updated",
    Column.PAYLOAD: "Payload",
}

# Custom roles: the delegate and tests read the raw values, not display strings.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole CatalogRow
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw cell value (status str, linked bool|None…)



def _sort_value(row: CatalogRow, column: Column) -> Any:
    if column is Column.TITLE:
        return sort_key(row)
    if column is Column.HANDLE:
        return (row.handle.casefold(), sort_key(row))
    if column is Column.STATUS:
        return (row.status, sort_key(row))
    if column is Column.VARIANTS:
        return (-1 if row.variants is None else row.variants, sort_key(row))
    if column is Column.UPDATED:
        stamp = row.updated_at.timestamp() if row.updated_at else float("-inf")
        return (stamp, sort_key(row))
    # Missing first when ascending: those are the ones a merchant wants to fix.
    order = {False: 0, None: 1, True: 2}[row.linked]
    return (order, sort_key(row))


class ProductTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[CatalogRow, ...] = ()
        self._visible: list[CatalogRow] = []
        self._search = ""
        self._status: str | None = None
        self._sort: tuple[Column, Qt.SortOrder] = (Column.TITLE, Qt.SortOrder.AscendingOrder)

    # ----------------------------------------------------------------- data in
    def set_rows(self, rows: Sequence[CatalogRow]) -> None:
        self._all = tuple(rows)
        self._refilter()

    def set_filter(self, search: str, status: str | None) -> None:
        if (search, status) == (self._search, self._status):
            return
        self._search, self._status = search, status
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = filter_rows(self._all, self._search, self._status)
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._visible.sort(
            key=lambda r: _sort_value(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # ------------------------------------------------------------- inspection
    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def visible_rows(self) -> list[CatalogRow]:
        return list(self._visible)

    def row_at(self, row: int) -> CatalogRow:
        return self._visible[row]

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        column = Column(index.column())
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return _raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (Column(column), order)
        self._apply_sort()
        self.layoutChanged.emit()


def _raw(row: CatalogRow, column: Column) -> Any:
    return {
        Column.TITLE: row.title,
        Column.HANDLE: row.handle,
        Column.STATUS: row.status,
        Column.VARIANTS: row.variants,
        Column.UPDATED: row.updated_at,
        Column.PAYLOAD: row.linked,
    }[column]


def _display(row: CatalogRow, column: Column) -> str:
    if column is Column.TITLE:
        return row.title or "(untitled)"
    if column is Column.HANDLE:
        return row.handle or "—"
    if column is Column.STATUS:
        return status_label(row.status)
    if column is Column.VARIANTS:
        return "—" if row.variants is None else str(row.variants)
    if column is Column.UPDATED:
        return format_timestamp(row.updated_at)
    return linked_label(row.linked)


def _tooltip(row: CatalogRow, column: Column) -> str | None:
    if column is Column.TITLE:
        return f"{row.title}\nMedusa id: {row.medusa_id or '—'}"
    if column is Column.PAYLOAD:
        if row.linked is None:
            return "Payload could not be reached, so the link is unknown."
        if row.linked:
            return f"Payload document {row.payload_id}"
        return "No Payload document for this product: content edits are not possible yet."
    if column is Column.UPDATED and row.updated_at is not None:
        return row.updated_at.isoformat()
    return None


def _alignment(column: Column) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column is Column.VARIANTS else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
