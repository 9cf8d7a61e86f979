"""StoreListModel: lazy pages over the façade, SQL sort/filter, repaint on changes."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import SearchQuery, SearchRow
from desktop_app.store.catalog_store import Cursor
from desktop_app.ui.offline.list_model import PAGE, Col, StoreListModel
from desktop_app.ui.roles import ROW_ROLE, VALUE_ROLE


class BigFakeCatalog:
    """``rows``/``count`` of a 100,000-product store, made up on demand."""

    def __init__(self, total: int = 100_000) -> None:
        self.total = total
        self.calls: list[tuple[int, int]] = []
        self.observers: list = []

    def count(self, query: SearchQuery) -> int:
        return self.total

    def rows(self, query: SearchQuery, offset: int, limit: int) -> list[SearchRow]:
        self.calls.append((offset, limit))
        end = min(offset + limit, self.total)
        return [SearchRow(f"prod_{n:08d}", str(n), f"Title {n}", f"bulk-{n}", "", "draft",
                          f"SKU-{n}-S SKU-{n}-M", 2, "2026-11-27T05:00:00.000Z", "linked")
                for n in range(offset, end)]

    def subscribe(self, cb):
        self.observers.append(cb)
        return lambda: self.observers.remove(cb)


def test_100k_rows_fetch_only_the_pages_asked_for(qtbot):
    fake = BigFakeCatalog()
    model = StoreListModel(fake)  # type: ignore[arg-type]
    assert model.rowCount() == 100_000 and model.columnCount() == len(Col)
    assert fake.calls == []  # nothing read until a view asks
    assert model.index(0, Col.TITLE).data() == "Title 0"
    assert model.index(PAGE - 1, Col.HANDLE).data() == f"bulk-{PAGE - 1}"
    assert fake.calls == [(0, PAGE)]
    assert model.index(99_999, Col.TITLE).data() == "Title 99999"
    assert model.index(99_999, Col.SKUS).data() == "SKU-99999-S, SKU-99999-M"
    assert fake.calls[-1] == (99_999 // PAGE * PAGE, PAGE)
    assert len(fake.calls) == 2
    model.detach()
    assert fake.observers == []


def test_lru_keeps_a_bounded_number_of_pages(qtbot):
    from desktop_app.ui.offline.list_model import MAX_PAGES

    fake = BigFakeCatalog()
    model = StoreListModel(fake)  # type: ignore[arg-type]
    for page in range(MAX_PAGES + 5):
        model.index(page * PAGE, 0).data()
    assert len(model._pages) == MAX_PAGES
    model.index(0, 0).data()  # evicted: read again
    assert fake.calls.count((0, PAGE)) == 2


def test_columns_roles_and_sql_sort(qtbot, catalog: OfflineCatalog):
    model = StoreListModel(catalog)
    assert model.rowCount() == 30
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Col] == [
        "Title", "Handle", "Status", "Variants", "Stock", "SKUs", "Updated", "Sync", "Score"]
    first = model.index(0, Col.TITLE)
    assert first.data() == "Product 001"
    assert first.data(ROW_ROLE).product_id == "prod_001"
    assert model.index(0, Col.STATUS).data() == "Published"
    assert model.index(0, Col.VARIANTS).data() == "2"
    assert model.index(0, Col.SYNC).data(VALUE_ROLE) == "linked"
    assert model.index(0, Col.UPDATED).data() not in ("", "—")
    model.sort(Col.TITLE, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "title" and model.query.descending
    assert model.index(0, Col.TITLE).data() == "Product 030"
    model.sort(Col.SKUS)
    assert model.query.sort == "skus" and not model.query.descending
    for server in ("medusa", "payload"):  # as a pull that read both would leave them
        catalog._store.save_cursor(Cursor(server, None, "2026-11-27T06:00:01", None, 0))
    catalog._notify(Changes(rows_reset=True))
    missing = [model.index(r, Col.SYNC).data(VALUE_ROLE) for r in range(30)]
    assert missing.count("missing") == 1


def test_search_and_filters_go_to_sql(qtbot, catalog: OfflineCatalog):
    model = StoreListModel(catalog)
    model.set_query(SearchQuery("product 01"))
    assert model.rowCount() == 10
    model.set_query(SearchQuery("", sync_states=("missing",)))
    assert model.rowCount() == 1 and model.index(0, Col.TITLE).data() == "Product 030"


def test_edit_emits_data_or_layout_changed_and_filter_change_resets(
    qtbot, catalog: OfflineCatalog
):
    model = StoreListModel(catalog)
    model.index(0, 0).data()  # the first page is on screen
    layouts: list[object] = []
    model.layoutChanged.connect(lambda *args: layouts.append(args))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    catalog.edit("prod_002", {"status": "draft"})  # sorted by title: nothing moves
    assert changed and changed[-1][0] <= 1 <= changed[-1][1] and not layouts
    assert model.index(1, Col.STATUS).data() == "Draft"
    assert model.index(1, Col.SYNC).data() == "Pending"
    with qtbot.waitSignal(model.layoutChanged, timeout=1000):  # a row moves
        catalog.edit("prod_002", {"title": "Zebra print scarf"})
    assert model.index(29, Col.TITLE).data() == "Zebra print scarf"

    model.set_query(SearchQuery("", sync_states=("pending",)))
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        catalog.edit("prod_003", {"handle": "new-handle"})
    assert model.rowCount() == 2


def test_rows_reset_requeries(qtbot, catalog: OfflineCatalog):
    model = StoreListModel(catalog)
    catalog._store.save_medusa([{"id": "prod_999", "handle": "late", "title": "Late",
                                "subtitle": None, "status": "draft", "description": "",
                                "metadata": None, "deleted_at": None, "variants": [],
                                "updated_at": "2026-11-28T00:00:00.000Z"}])
    assert model.rowCount() == 30  # not told yet
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        catalog._notify(Changes(rows_reset=True))
    assert model.rowCount() == 31


def test_a_chosen_row_follows_its_product_anywhere_and_is_never_given_to_another(
    qtbot, catalog: OfflineCatalog
):
    model = StoreListModel(catalog)
    assert model.index(1, Col.TITLE).data() == "Product 002"  # on screen
    moved = QPersistentModelIndex(model.index(1, Col.TITLE))
    stays = QPersistentModelIndex(model.index(4, Col.TITLE))
    catalog.edit("prod_002", {"title": "Zebra print scarf"})
    assert moved.row() == 29 and moved.data() == "Zebra print scarf"  # not Product 003
    assert stays.row() == 3 and stays.data() == "Product 005"  # moved up one
    catalog.edit("prod_005", {"title": "Aardvark mug"})  # and back to the top
    assert stays.row() == 0 and stays.data() == "Aardvark mug"
    assert moved.row() == 29


def test_a_row_the_store_cannot_place_is_dropped_not_given_to_another(
    qtbot, catalog: OfflineCatalog, monkeypatch
):
    model = StoreListModel(catalog)
    assert model.index(1, Col.TITLE).data() == "Product 002"
    moved = QPersistentModelIndex(model.index(1, Col.TITLE))
    monkeypatch.setattr(catalog, "row_indexes", lambda query, ids, near=None: {})  # no row known
    catalog.edit("prod_002", {"title": "Zebra print scarf"})
    assert not moved.isValid()
