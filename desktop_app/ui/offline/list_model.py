"""A lazily paged table model over ``OfflineCatalog.rows``/``count``.

The row count comes from one SQL ``COUNT``; rows are read in pages of ``PAGE``
only when a view asks for them (what it paints), and kept in a small LRU, so a
100,000-product store opens as fast as a 40-product one. Sorting and filtering
are the façade's (``SearchQuery``): no proxy model, nothing sorted in Python.

The Sync column also tells two moments of a product made here (issue 12): a draft
with a local id is not in Medusa yet ("Not in Medusa"), and a product whose create
went through waits for the Payload document the integration makes ("Waiting for
Payload") rather than reading as one that has no content.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.last_change import last_change
from desktop_app.services.new_product import CREATE_MARKER
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import SearchQuery, SearchRow
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.store.operations import is_local
from desktop_app.store.tokens import stock_state
from desktop_app.ui import palette
from desktop_app.ui.formatting import format_timestamp, last_change_tip, status_label
from desktop_app.ui.offline.row_moves import rows_after
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.quality.score_cell import quality_tip, score_color, score_text
from desktop_app.ui.roles import ROW_ROLE, VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
MAX_PAGES = 32  # ~6,400 rows cached: a few screens either side of the viewport
# Rows move up and down only: Qt keeps one persistent index a selected row, not a cell.
VERTICAL = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"  # PySide6
FOLLOW_EDITED = 64  # an edit of more products: the store counts each chosen row instead


class Col(enum.IntEnum):
    TITLE = 0
    HANDLE = 1
    STATUS = 2
    VARIANTS = 3
    STOCK = 4
    SKUS = 5
    UPDATED = 6
    SYNC = 7
    SCORE = 8  # content completeness (issue 16)


COLUMNS = len(Col)  # Qt asks per index it makes (thousands in a selection's layout change)

HEADERS = {
    Col.TITLE: QT_TRANSLATE_NOOP("CatalogList", "Title"),
    Col.HANDLE: QT_TRANSLATE_NOOP("CatalogList", "Handle"),
    Col.STATUS: QT_TRANSLATE_NOOP("CatalogList", "Status"),
    Col.VARIANTS: QT_TRANSLATE_NOOP("CatalogList", "Variants"),
    Col.STOCK: QT_TRANSLATE_NOOP("CatalogList", "Stock"),
    Col.SKUS: QT_TRANSLATE_NOOP("CatalogList", "SKUs"),
    Col.UPDATED: QT_TRANSLATE_NOOP("CatalogList", "Updated"),
    Col.SYNC: QT_TRANSLATE_NOOP("CatalogList", "Sync"),
    Col.SCORE: QT_TRANSLATE_NOOP("CatalogList", "Score"),
}
# Every column sorts in SQL, each over its own index (store/search.py SORTS).
SORT_KEYS = {Col.TITLE: "title", Col.HANDLE: "handle", Col.STATUS: "status",
             Col.VARIANTS: "variants", Col.STOCK: "stock", Col.SKUS: "skus",
             Col.UPDATED: "updated", Col.SYNC: "sync", Col.SCORE: "quality"}
NUMERIC = frozenset({Col.VARIANTS, Col.STOCK, Col.SCORE})  # right-aligned
STOCK_COLORS = {"out": "@danger@", "low": "@warning@"}  # the badges' failed / conflict text
# A first click sorts these descending: the newest change is what users look for.
NEWEST_FIRST = frozenset({Col.UPDATED})
SYNC_LABELS = {
    "pending": QT_TRANSLATE_NOOP("CatalogList", "Pending"),
    "conflict": QT_TRANSLATE_NOOP("CatalogList", "Conflict"),
    "failed": QT_TRANSLATE_NOOP("CatalogList", "Failed"),
    "linked": QT_TRANSLATE_NOOP("CatalogList", "Linked"),
    "missing": QT_TRANSLATE_NOOP("CatalogList", "No content"),
    "orphan": QT_TRANSLATE_NOOP("CatalogList", "Orphan"),
    # Not search states: what the list shows for products made here (see row_state).
    "draft": QT_TRANSLATE_NOOP("CatalogList", "Not in Medusa"),
    "awaiting": QT_TRANSLATE_NOOP("CatalogList", "Waiting for Payload"),
    # Nor these: a server the store never read (row_state), named in the text.
    "unread_medusa": QT_TRANSLATE_NOOP("CatalogList", "{server} not read yet"),
    "unread_payload": QT_TRANSLATE_NOOP("CatalogList", "{server} not read yet"),
}
UNREAD_SERVERS = {"unread_medusa": "Medusa", "unread_payload": "Payload"}  # product names
SYNC_TIPS = {
    "pending": QT_TRANSLATE_NOOP("CatalogList", "Edited here; waiting to be pushed."),
    "conflict": QT_TRANSLATE_NOOP(
        "CatalogList", "Changed on the server too: open Pending changes to resolve."
    ),
    "failed": QT_TRANSLATE_NOOP(
        "CatalogList", "The server rejected an edit: open the product to fix it."
    ),
    "linked": QT_TRANSLATE_NOOP("CatalogList", "In step with Medusa and Payload."),
    "missing": QT_TRANSLATE_NOOP("CatalogList", "No Payload document: content cannot be edited."),
    "orphan": QT_TRANSLATE_NOOP("CatalogList", "A Payload document whose Medusa product is gone."),
    "draft": QT_TRANSLATE_NOOP(
        "CatalogList", "Made here and not yet created in Medusa: the next push creates it."
    ),
    "awaiting": QT_TRANSLATE_NOOP(
        "CatalogList",
        "Created in Medusa from this app; the Medusa → Payload integration has not "
        "made its Payload document yet (usually within a minute). Content edits wait "
        "for it; if it stays away, Sync → Verify shows why.",
    ),
    "unread_medusa": QT_TRANSLATE_NOOP(
        "CatalogList", "{server} has not been read into this copy yet: whether the product is "
        "there is not known. Refresh once {server} answers."
    ),
}
SYNC_TIPS["unread_payload"] = SYNC_TIPS["unread_medusa"]


def sync_label(state: str) -> str:
    if state in SYNC_LABELS:
        return translate("CatalogList", SYNC_LABELS[state]).format(
            server=UNREAD_SERVERS.get(state, ""))
    return state.capitalize() or "—"


def sync_tip(state: str) -> str | None:
    if state not in SYNC_TIPS:
        return None
    return translate("CatalogList", SYNC_TIPS[state]).format(server=UNREAD_SERVERS.get(state, ""))


def unread_state(sync_state: str, never_read: frozenset[str]) -> str | None:
    """``unread_<server>`` for a record missing from a server the store never read (an
    orphan while Medusa, no content while Payload was never read), else None."""
    if sync_state == "orphan" and MEDUSA in never_read:
        return "unread_medusa"
    if sync_state == "missing" and PAYLOAD in never_read:
        return "unread_payload"
    return None


def row_state(row: SearchRow, made_here: bool = False,
              never_read: frozenset[str] = frozenset()) -> str:
    """What the Sync column says about ``row``: its sync state, or for a product made
    by this app ``draft`` (a local id waiting for its create) or ``awaiting`` (created
    in Medusa, no Payload document yet). A conflict or a rejection shows as such.
    Missing from a server the store never read is ``unread_<server>``, not orphan or
    missing content: nothing is known of that server yet."""
    if is_local(row.product_id) and row.sync_state == "pending":
        return "draft"
    if not made_here and (unread := unread_state(row.sync_state, never_read)):
        return unread
    if row.sync_state == "missing" and made_here:
        return "awaiting"
    return row.sync_state


class StoreListModel(QAbstractTableModel):
    def __init__(self, catalog: OfflineCatalog, parent: Any = None,
                 query: SearchQuery | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._query = query or SearchQuery()
        self._pages: OrderedDict[int, list[SearchRow]] = OrderedDict()
        self._count = catalog.count(self._query)
        # Whether a row without a Payload document is a product this app made (read when
        # such a row is first painted; few rows are ever in that state).
        self._made_here: dict[str, bool] = {}
        self._never_read: frozenset[str] | None = None  # read when a row needs it
        self.pages_fetched = 0  # for tests and the bench: how lazy we really are
        self._unsubscribe = once(catalog.subscribe(self.on_changes))

    def detach(self) -> None:
        """Stop listening to the catalog (the window is closing)."""
        self._unsubscribe()

    # ------------------------------------------------------------ queries
    @property
    def query(self) -> SearchQuery:
        return self._query

    def set_query(self, query: SearchQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._made_here.clear()
        self._never_read = None
        self._count = self.catalog.count(self._query)
        self.endResetModel()

    @property
    def sort_column(self) -> Col:
        """The column the current SQL sort corresponds to (Title for relevance)."""
        for col, key in SORT_KEYS.items():
            if key == self._query.sort:
                return col
        return Col.TITLE

    def row_at(self, row: int) -> SearchRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, product_id: str) -> int | None:
        """Row of a product among the *cached* pages (what the views show)."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.product_id == product_id:
                    return number * PAGE + i
        return None

    def find_row(self, product_id: str, within: int | None = None) -> int | None:
        """Row of a product in the current result (not only the cached pages), if it is
        among the first ``within`` rows (any row when None): counted by the store."""
        found = self.row_of(product_id)
        if found is None:
            found = self.catalog.row_index(self._query, product_id)
        return found if found is None or within is None or found < within else None

    def state_of(self, row: SearchRow) -> str:
        """``row_state`` of a row. A product this app created carries the create's
        marker in its Medusa metadata (``new_product.CREATE_MARKER``), wherever it was
        pushed from; without a Payload document it waits for the integration's."""
        made = False
        if row.sync_state == "missing":
            if row.product_id not in self._made_here:
                detail = self.catalog.product(row.product_id)
                metadata = ((detail.medusa if detail else None) or {}).get("metadata") or {}
                self._made_here[row.product_id] = CREATE_MARKER in metadata
            made = self._made_here[row.product_id]
        if row.sync_state in ("missing", "orphan") and self._never_read is None:
            self._never_read = self.catalog.never_read()
        return row_state(row, made, self._never_read or frozenset())

    def _page(self, number: int) -> list[SearchRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        rows = self.catalog.rows(self._query, number * PAGE, PAGE)
        self.pages_fetched += 1
        self._pages[number] = rows
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    # ------------------------------------------------------------ changes
    def on_changes(self, changes: Changes) -> None:
        for product_id in changes.product_ids:  # a pull may have brought its document
            self._made_here.pop(product_id, None)
        self._never_read = None  # a pull may have read a server at last
        if changes.rows_reset:
            self.reload()
            return
        if not changes.product_ids:
            return
        count = self.catalog.count(self._query)
        if count != self._count:  # an edit moved rows in or out of the filter
            self.reload()
            return
        # An edit may also move a row within the sort order, so every cached page is
        # stale. When no edited product moved, the views repaint the rows in place.
        # Otherwise a layout change: the views re-read lazily, and the selection and
        # current row follow their products (repainted in place they stayed on the row
        # number, on whichever product took it: Edit or Delete then acted on that one).
        moved_from = self._cached_rows(changes.product_ids)
        moved_to = self.catalog.row_indexes(self._query, moved_from) if moved_from else {}
        if moved_to == moved_from and len(moved_from) == len(changes.product_ids):
            self._repaint()
            return
        self.layoutAboutToBeChanged[WITH_HINT].emit([], VERTICAL)
        self._follow(moved_from, moved_to, len(changes.product_ids))
        self.layoutChanged[WITH_HINT].emit([], VERTICAL)

    def _repaint(self) -> None:
        spans = [(n * PAGE, n * PAGE + len(rows) - 1) for n, rows in self._pages.items() if rows]
        self._pages.clear()
        if spans:
            self.dataChanged.emit(self.index(min(s for s, _ in spans), 0),
                                  self.index(max(e for _, e in spans), len(Col) - 1))

    def _follow(self, moved_from: dict[str, int], moved_to: dict[str, int], edited: int) -> None:
        """Moves the persistent indexes (selection, current) with their products. Their
        rows follow from the edited products' moves (row_moves) when every edited
        product was cached and is still in the result; else the store finds them, each
        untouched one at most ``edited`` rows from where it was."""
        kept = self.persistentIndexList()
        ids = self._cached_ids([index.row() for index in kept])
        before = {pid: index.row() for index, pid in zip(kept, ids, strict=True) if pid}
        self._pages.clear()
        if len(moved_from) == edited and moved_to.keys() == moved_from.keys():
            rows = rows_after(before, moved_from, moved_to)
        elif before:
            near = (min(before.values()) - edited, max(before.values()) + edited)
            rows = self.catalog.row_indexes(self._query, before, near)
        else:
            rows = {}
        old, new = [], []
        for index, pid in zip(kept, ids, strict=True):
            if pid is None or rows.get(pid) == index.row():
                continue  # unmoved, or not on screen before: nothing known to follow
            old.append(index)  # dropped when its row is not known, never another product
            new.append(self.createIndex(rows[pid], index.column()) if pid in rows
                       else QModelIndex())
        self.changePersistentIndexList(old, new)

    def _cached_ids(self, rows: list[int]) -> list[str | None]:
        pages = self._pages
        found: list[str | None] = []
        for row in rows:
            page = pages.get(row // PAGE)
            offset = row % PAGE
            found.append(page[offset].product_id if page and offset < len(page) else None)
        return found

    def _cached_rows(self, product_ids: Collection[str]) -> dict[str, int]:
        """Rows of these products in the cached pages (none when an edit touched many:
        the store then counts the chosen rows)."""
        if len(product_ids) > FOLLOW_EDITED:
            return {}
        return {row.product_id: number * PAGE + i for number, rows in self._pages.items()
                for i, row in enumerate(rows) if row.product_id in product_ids}

    # ------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("CatalogList", HEADERS[Col(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Col(section))
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # the header's first click
            return (Qt.SortOrder.DescendingOrder if Col(section) in NEWEST_FIRST
                    else Qt.SortOrder.AscendingOrder)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = Col(index.column())
        if col is Col.SYNC and role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE,
                                        Qt.ItemDataRole.ToolTipRole):
            state = self.state_of(row)
            return {Qt.ItemDataRole.DisplayRole: sync_label(state), VALUE_ROLE: state,
                    Qt.ItemDataRole.ToolTipRole: sync_tip(state)}[role]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, col)
        if role == VALUE_ROLE:
            return _raw(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is Col.SCORE:
                return quality_tip(self.catalog, row, self._query.locale)
            return self._change_tip(row) if col is Col.UPDATED else _tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(col)
        if role == Qt.ItemDataRole.ForegroundRole and col is Col.STOCK:
            return _stock_color(row.stock)
        if role == Qt.ItemDataRole.ForegroundRole and col is Col.SCORE:
            return score_color(row.quality)
        return None

    def _change_tip(self, row: SearchRow) -> str | None:
        # The row keeps only the later time; which server it is from is read on hover.
        detail = self.catalog.product(row.product_id)
        if detail is None:
            return None
        return last_change_tip(last_change((detail.server_medusa or {}).get("updated_at"),
                                           (detail.server_payload or {}).get("updated_at")))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Col(column)) if 0 <= column < len(Col) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        # Only the order changes: the search and every filter stay.
        self.set_query(replace(self._query, sort=key, descending=descending))


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        return None


def _raw(row: SearchRow, col: Col) -> Any:
    return {
        Col.TITLE: row.title, Col.HANDLE: row.handle, Col.STATUS: row.status,
        Col.VARIANTS: row.variants, Col.STOCK: row.stock, Col.SKUS: row.skus,
        Col.UPDATED: row.updated_at, Col.SYNC: row.sync_state, Col.SCORE: row.quality,
    }[col]


def _display(row: SearchRow, col: Col) -> str:
    if col is Col.TITLE:
        return row.title or translate("CatalogList", "(untitled)")
    if col is Col.HANDLE:
        return row.handle or "—"
    if col is Col.STATUS:
        return status_label(row.status)
    if col is Col.VARIANTS:
        return "—" if row.variants is None else str(row.variants)
    if col is Col.STOCK:  # blank, not 0, when no variant's stock is managed
        return "" if row.stock is None else QLocale().toString(row.stock)
    if col is Col.SKUS:
        return row.skus.replace(" ", ", ") if row.skus else "—"
    if col is Col.UPDATED:
        return format_timestamp(_parse_time(row.updated_at))
    if col is Col.SCORE:
        return score_text(row.quality)
    return sync_label(row.sync_state)


def _tooltip(row: SearchRow, col: Col) -> str | None:
    if col is Col.TITLE:
        if is_local(row.product_id):
            return f"{row.title}\n" + translate(
                "CatalogList", "Not in Medusa yet (local id {id})").format(id=row.product_id)
        return f"{row.title}\n" + translate("CatalogList", "Medusa id: {id}").format(
            id=row.product_id)
    if col is Col.STOCK:
        return (translate("CatalogList", "No variant's stock is managed by Medusa.")
                if row.stock is None else
                translate("CatalogList",
                          "Available: stocked minus reserved, over every location and variant."))
    return None


def _stock_color(stock: int | None) -> QColor | None:
    """Out of stock in red, low stock in amber: what needs restocking stands out."""
    state = stock_state(stock)
    return palette.qcolor(STOCK_COLORS[state]) if state in STOCK_COLORS else None


def _alignment(col: Col) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if col in NUMERIC else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
