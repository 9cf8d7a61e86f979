"""Organise and stock filters, and the Stock column: facet tokens in the FTS index.

Ids look like Medusa's (``pcat_01…``: the ``_`` is where unicode61 splits a token).
"""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, SearchQuery, taxonomy
from desktop_app.store.search import LOW_STOCK

SHIRTS, TEES, POLOS, MUGS = ("pcat_01SHIRTS", "pcat_01TEES", "pcat_01POLOS", "pcat_01MUGS")
SUMMER, WINTER = "pcol_01SUMMER", "pcol_01WINTER"
SALE, NEW = "ptag_01SALE", "ptag_01NEW"
CLOTHING = "ptyp_01CLOTHING"
WEB, POS = "sc_01WEB", "sc_01POS"


def variant(vid: str, *, managed: bool = True, **levels: tuple[int, int]) -> dict:
    return {"id": vid, "title": vid, "sku": f"SKU-{vid}", "prices": [], "options": {},
            "manage_inventory": managed, "inventory_item_id": f"iitem_{vid}" if managed else None,
            "levels": {loc: {"stocked": s, "reserved": r} for loc, (s, r) in levels.items()}}


def product(n: int, title: str, variants: list[dict], **organise) -> dict:
    rec = {"id": f"prod_{n:03d}", "handle": f"p-{n}", "title": title, "subtitle": None,
           "status": "published", "description": "", "metadata": None, "deleted_at": None,
           "updated_at": f"2026-12-01T05:00:{n:02d}.000Z", "variants": variants,
           "categories": [], "tags": [], "sales_channels": [], "collection_id": None,
           "type_id": None}
    rec.update(organise)
    return rec


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    taxonomy.save_all(s.conn, "category", [
        {"id": SHIRTS, "name": "Shirts", "parent_category_id": None},
        {"id": TEES, "name": "Tees", "parent_category_id": SHIRTS},
        {"id": POLOS, "name": "Polos", "parent_category_id": TEES},
        {"id": MUGS, "name": "Mugs", "parent_category_id": None},
    ])
    s.save_medusa([
        product(1, "Plain Shirt", [variant("v1", a=(20, 0))], categories=[SHIRTS],
                collection_id=SUMMER, tags=[SALE], type_id=CLOTHING, sales_channels=[WEB]),
        product(2, "Tee", [variant("v2", a=(3, 1))], categories=[TEES], collection_id=SUMMER,
                tags=[SALE, NEW], sales_channels=[WEB, POS]),
        product(3, "Polo", [variant("v3a", a=(2, 2)), variant("v3b")], categories=[POLOS],
                collection_id=WINTER, tags=[NEW], sales_channels=[POS]),
        product(4, "Mug", [variant("v4", managed=False, a=(50, 0))], categories=[MUGS],
                type_id=CLOTHING),
        # Pulled before this release: none of the new keys.
        {"id": "prod_005", "handle": "old", "title": "Old Shirt", "status": "published",
         "updated_at": "2026-12-01T05:00:05.000Z", "deleted_at": None,
         "variants": [{"id": "v5", "title": "S", "sku": "OLD-5", "prices": []}]},
    ])
    yield s
    s.close()


def ids(rows) -> list[str]:
    return [r.product_id[-1] for r in rows]


def both(store: CatalogStore, query: SearchQuery) -> tuple[list[str], int]:
    found = ids(store.search(query, 0, 100))
    total = store.count(query)
    assert total == len(found)  # the pure-FTS count agrees with the rows
    return found, total


def test_a_category_includes_every_category_below_it(store):
    assert both(store, SearchQuery(categories=(SHIRTS,))) == (["1", "3", "2"], 3)
    assert both(store, SearchQuery(categories=(TEES,))) == (["3", "2"], 2)
    assert both(store, SearchQuery(categories=(POLOS,))) == (["3"], 1)
    # A category the store does not know (not pulled yet) still filters by itself.
    assert both(store, SearchQuery(categories=("pcat_01UNKNOWN",))) == ([], 0)


def test_values_of_one_kind_are_alternatives_kinds_combine(store):
    assert both(store, SearchQuery(tags=(SALE, NEW))) == (["1", "3", "2"], 3)
    assert both(store, SearchQuery(tags=(NEW,), collections=(SUMMER,))) == (["2"], 1)
    assert both(store, SearchQuery(channels=(POS,), categories=(TEES,))) == (["3", "2"], 2)
    assert both(store, SearchQuery(types=(CLOTHING,))) == (["4", "1"], 2)
    assert both(store, SearchQuery(collections=(WINTER, SUMMER), types=(CLOTHING,))) == (
        ["1"], 1)


def test_filters_with_text_and_status(store):
    assert both(store, SearchQuery("shirt", categories=(SHIRTS,))) == (["1"], 1)
    assert both(store, SearchQuery("shirt")) == (["5", "1"], 2)  # the old record is found
    assert both(store, SearchQuery(tags=(SALE,), statuses=("draft",))) == ([], 0)
    assert both(store, SearchQuery(tags=(SALE,), statuses=("published",))) == (["1", "2"], 2)


def test_stock_states_and_the_stock_column(store):
    rows = {r.product_id[-1]: r.stock for r in store.search(SearchQuery())}
    # 1: 20; 2: 3-1; 3: (2-2)+0 (a managed variant never stocked); 4 and 5 are untracked.
    assert rows == {"1": 20, "2": 2, "3": 0, "4": None, "5": None}
    assert both(store, SearchQuery(stock="out")) == (["3"], 1)
    assert both(store, SearchQuery(stock="low")) == (["2"], 1)
    assert both(store, SearchQuery(stock="low", tags=(NEW,))) == (["2"], 1)
    with pytest.raises(ValueError, match="stock"):
        store.search(SearchQuery(stock="plenty"))
    assert LOW_STOCK == 5


def test_low_means_one_to_five_available(store):
    for n, available in enumerate((1, LOW_STOCK, LOW_STOCK + 1), start=10):
        store.save_medusa([product(n, f"Edge {available}", [variant(f"e{n}", a=(available, 0))])])
    assert [r.title for r in store.search(SearchQuery("edge", stock="low"))] == [
        "Edge 1", "Edge 5"]


def test_sort_by_stock_both_ways(store):
    assert [r.stock for r in store.search(SearchQuery(sort="stock"))] == [None, None, 0, 2, 20]
    down = store.search(SearchQuery(sort="stock", descending=True))
    assert [r.stock for r in down] == [20, 2, 0, None, None]
    assert [r.stock for r in store.search(SearchQuery("shirt", sort="stock"))] == [None, 20]


def test_a_pending_stock_or_organise_edit_shows_in_filters(store):
    store.outbox.record("prod_004", {"categories": [SHIRTS]}, {"categories": [MUGS]})
    store.refresh_rows(["prod_004"])
    assert both(store, SearchQuery(categories=(SHIRTS,))) == (["4", "1", "3", "2"], 4)
    assert both(store, SearchQuery(categories=(MUGS,))) == ([], 0)


def test_user_text_cannot_name_a_facet(store):
    """Ids are hashed into the facet tokens: typing an id's letters finds nothing extra."""
    assert both(store, SearchQuery("pcat")) == ([], 0)
    assert both(store, SearchQuery("01tees")) == ([], 0)


@pytest.mark.parametrize("query", [
    SearchQuery(categories=(SHIRTS,)),
    SearchQuery(categories=(SHIRTS,), sort="stock", descending=True),
    SearchQuery(tags=(SALE, NEW), sort="updated"),
    SearchQuery("shirt", channels=(WEB,), sort="handle"),
    SearchQuery(stock="out", statuses=("published",), sort="sync"),
    SearchQuery(stock="out", sort="stock"),
    SearchQuery(stock="low", sort="stock", descending=True),
    SearchQuery(types=(CLOTHING,), sort="relevance"),
])
@pytest.mark.parametrize(("offset", "limit"), [(0, 100), (1, 1)])
def test_every_plan_agrees_on_facet_filters(store, monkeypatch, query, offset, limit):
    import desktop_app.store.search as search_module

    monkeypatch.setattr(search_module, "FTS_SORT_MAX", 10**9)  # few hits: sorted
    monkeypatch.setattr(search_module, "WALK_FACTOR", 0)
    by_sort = store.search(query, offset, limit)
    monkeypatch.setattr(search_module, "FTS_SORT_MAX", -1)  # many hits: walk or scan
    monkeypatch.setattr(search_module, "WALK_FACTOR", 10**9)
    monkeypatch.setattr(search_module, "SCAN_ROWS", 0)
    monkeypatch.setattr(search_module, "SCAN_FACTOR", 0)  # a text scan sees nothing
    by_fallback = store.search(query, offset, limit)
    monkeypatch.setattr(search_module, "SCAN_ROWS", 10**9)  # a text scan sees everything
    by_walk = store.search(query, offset, limit)
    assert by_sort == by_fallback == by_walk
    assert by_sort or offset  # every query finds something on its first page


def test_rows_follow_a_category_moved_in_the_tree(store):
    from desktop_app.store import records

    before = taxonomy.parents(store.conn)
    taxonomy.save_all(store.conn, "category", [  # Polos now under Mugs, a new top above
        {"id": SHIRTS, "name": "Shirts"}, {"id": TEES, "name": "Tees", "parent_category_id":
                                           SHIRTS},
        {"id": POLOS, "name": "Polos", "parent_category_id": MUGS},
        {"id": MUGS, "name": "Mugs", "parent_category_id": "pcat_01HOME"},
        {"id": "pcat_01HOME", "name": "Home"},
    ])
    moved = taxonomy.moved(before, taxonomy.parents(store.conn))
    assert moved == {POLOS, MUGS}
    assert both(store, SearchQuery(categories=(SHIRTS,))) == (["1", "3", "2"], 3)  # stale
    assert records.refresh_category_rows(store.conn, moved) == {"prod_003", "prod_004"}
    assert both(store, SearchQuery(categories=(SHIRTS,))) == (["1", "2"], 2)
    assert both(store, SearchQuery(categories=("pcat_01HOME",))) == (["4", "3"], 2)


def test_a_pending_stock_operation_or_new_variant_counts_in_the_stock_column(store):
    from desktop_app.store import operations
    from desktop_app.store.operations import Operations

    ops = Operations(store.conn)
    ops.add("prod_002", operations.STOCK, {"variant_id": "v2", "location_id": "a",
                                           "quantity": 0})
    ops.add("prod_004", operations.VARIANT_ADD, {"variant": variant("v4b", b=(2, 0))})
    store.refresh_rows(["prod_002", "prod_004"])
    rows = {r.product_id[-1]: (r.stock, r.sync_state) for r in store.search(SearchQuery())}
    assert rows["2"] == (-1, "pending")  # 0 stocked, 1 still reserved
    assert rows["4"] == (2, "pending")  # the new variant manages stock; the old one does not
    assert both(store, SearchQuery(stock="out")) == (["3", "2"], 2)
    assert both(store, SearchQuery(stock="low")) == (["4"], 1)
