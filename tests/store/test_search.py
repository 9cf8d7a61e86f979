"""Local search: FTS5 prefix matching, filters, sorting, paging and counts."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, SearchQuery
from desktop_app.store.search import fts_expression


def medusa_rec(n: int, **extra):
    rec = {
        "id": f"prod_{n:03d}", "handle": f"handle-{n}", "title": f"Medusa {n}", "subtitle": None,
        "status": "published", "description": "", "metadata": None, "deleted_at": None,
        "updated_at": f"2026-11-27T05:00:{n:02d}.000Z",
        "variants": [{"id": f"variant_{n}", "title": "S", "sku": f"SKU-{n:03d}-S",
                      "prices": [{"currency_code": "eur", "amount": 10}]}],
    }
    rec.update(extra)
    return rec


def lexical(text: str):
    return {"root": {"type": "root", "children": [
        {"type": "paragraph", "children": [{"type": "text", "text": text}]}]}}


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    s.save_medusa([
        medusa_rec(1, title="Blue Shirt"),
        medusa_rec(2, title="Red Shirt", status="draft"),
        medusa_rec(3, title="Green Mug", handle="green-mug"),
        medusa_rec(4, title="Café Crème"),
    ])
    s.save_payload([
        {"id": "1", "medusa_id": "prod_001", "title": "Azure Shirt", "subtitle": "Cotton",
         "description": lexical("Soft organic cotton tee"), "seo": None,
         "updated_at": "2026-11-27T06:00:00.000Z"},
        {"id": "3", "medusa_id": "prod_003", "title": "Green Mug", "subtitle": None,
         "description": None, "seo": None, "updated_at": "2026-11-27T06:00:01.000Z"},
    ])
    yield s
    s.close()


def titles(rows):
    return [r.title for r in rows]


def test_payload_title_wins_over_medusas_stale_copy(store):
    assert titles(store.search(SearchQuery("azure"))) == ["Azure Shirt"]
    assert store.search(SearchQuery("blue")) == []  # Medusa's stale title is not shown


def test_prefix_search_over_title_handle_sku_description(store):
    assert titles(store.search(SearchQuery("shi"))) == ["Azure Shirt", "Red Shirt"]
    assert titles(store.search(SearchQuery("green-m"))) == ["Green Mug"]
    assert titles(store.search(SearchQuery("sku-002"))) == ["Red Shirt"]
    assert titles(store.search(SearchQuery("organic"))) == ["Azure Shirt"]
    assert titles(store.search(SearchQuery("cotton shirt"))) == ["Azure Shirt"]  # all words
    assert titles(store.search(SearchQuery("cafe creme"))) == ["Café Crème"]  # diacritics


def test_query_syntax_cannot_be_injected():
    assert fts_expression('a" OR title:*') == '"a"* AND "or"* AND "title"*'
    assert fts_expression("  ") is None


def test_status_and_sync_state_filters_and_counts(store):
    q = SearchQuery("shirt", statuses=("draft",))
    assert titles(store.search(q)) == ["Red Shirt"]
    assert store.count(q) == 1
    assert store.count(SearchQuery(sync_states=("missing",))) == 2  # 2 and 4 have no doc
    assert store.count(SearchQuery(sync_states=("linked",))) == 2
    with pytest.raises(ValueError):
        store.search(SearchQuery(sync_states=("bogus",)))


def test_sorts_and_paging(store):
    all_titles = titles(store.search(SearchQuery()))
    assert all_titles == sorted(all_titles, key=str.casefold)
    desc = titles(store.search(SearchQuery(descending=True)))
    assert desc == list(reversed(all_titles))
    by_updated = store.search(SearchQuery(sort="updated", descending=True))
    assert by_updated[0].product_id == "prod_003"  # Payload's later updatedAt counts
    page = store.search(SearchQuery(), offset=1, limit=2)
    assert titles(page) == all_titles[1:3]
    assert store.count(SearchQuery()) == 4
    with pytest.raises(ValueError):
        store.search(SearchQuery(sort="price"))


def test_soft_deleted_product_leaves_the_list(store):
    store.save_medusa([medusa_rec(2, title="Red Shirt", deleted_at="2026-11-27T07:00:00.000Z")])
    assert titles(store.search(SearchQuery("shirt"))) == ["Azure Shirt"]
    assert store.count(SearchQuery()) == 3


def test_pending_edit_overlays_the_row_and_state(store):
    store.outbox.record("prod_003", {"title": "Big Mug"}, {"title": "Green Mug"})
    store.refresh_rows(["prod_003"])
    rows = store.search(SearchQuery("big"))
    assert [(r.title, r.sync_state) for r in rows] == [("Big Mug", "pending")]
    assert "Green Mug" not in titles(store.search(SearchQuery()))
    # A pull that brings a new server copy keeps the local edit in view.
    store.save_payload([{"id": "3", "medusa_id": "prod_003", "title": "Server Mug",
                         "subtitle": None, "description": None, "seo": None,
                         "updated_at": "2026-11-27T08:00:00.000Z"}])
    assert titles(store.search(SearchQuery("mug"))) == ["Big Mug"]


@pytest.mark.parametrize("text", ["shi", "cotton shirt", "sku-00", "green-m", "cafe", "prod_00",
                                  "Crème", "mug 3", "zzz"])
@pytest.mark.parametrize("statuses", [(), ("draft",), ("published",)])
@pytest.mark.parametrize("sort", ["title", "updated", "handle", "variants", "skus", "sync"])
@pytest.mark.parametrize(("offset", "limit"), [(0, 100), (1, 1), (0, 2)])
def test_scan_and_fts_plans_agree(store, monkeypatch, text, statuses, sort, offset, limit):
    import desktop_app.store.search as search_module

    query = SearchQuery(text, statuses=statuses, sort=sort)
    monkeypatch.setattr(search_module, "FTS_SORT_MAX", -1)  # never skip the scan
    monkeypatch.setattr(search_module, "SCAN_ROWS", 0)
    monkeypatch.setattr(search_module, "SCAN_FACTOR", 0)  # the scan sees nothing: FTS plan
    by_fts = (store.search(query, offset, limit), store.count(query))
    monkeypatch.setattr(search_module, "SCAN_ROWS", 10**9)  # the scan sees everything
    by_scan = (store.search(query, offset, limit), store.count(query))
    expected = [r for r in store.search(SearchQuery(statuses=statuses, sort=sort), 0, 1000)
                if r.product_id in {x.product_id for x in store.search(query, 0, 1000)}]
    assert by_fts == by_scan
    assert by_fts[0] == expected[offset : offset + limit]
    assert by_fts[1] == len(expected)  # the FTS count with facet tokens == the rows


def test_titles_and_skus_sort_in_natural_order():
    """Fails on the old main: "crash 10" sorted before "crash 2" (plain casefolded text)."""
    s = CatalogStore.open(":memory:")
    names = ["Crash 10", "crash 2", "Crash 1", "crash 2b", "Crash 100", "Crash"]
    skus = ["SKU-10", "SKU-2", "sku-1", "SKU-2B", "SKU-100", "SKU"]
    s.save_medusa([
        medusa_rec(n, title=title, variants=[{"id": f"v{n}", "title": "S", "sku": sku,
                                              "prices": []}])
        for n, (title, sku) in enumerate(zip(names, skus, strict=True), 1)])
    assert titles(s.search(SearchQuery())) == [
        "Crash", "Crash 1", "crash 2", "crash 2b", "Crash 10", "Crash 100"]
    assert titles(s.search(SearchQuery("crash", descending=True)))[:2] == ["Crash 100", "Crash 10"]
    assert [r.skus for r in s.search(SearchQuery(sort="skus"))] == [
        "SKU", "sku-1", "SKU-2", "SKU-2B", "SKU-10", "SKU-100"]
    s.close()


def test_variants_skus_and_sync_sort(store):
    """Fails on the old main: those sorts were unknown (ValueError)."""
    store.save_medusa([medusa_rec(5, title="Many", variants=[
        {"id": f"v5{i}", "title": str(i), "sku": f"A-{i}", "prices": []} for i in range(3)])])
    store.outbox.record("prod_002", {"title": "Red Shirt!"}, {"title": "Red Shirt"})
    store.refresh_rows(["prod_002"])
    by_variants = store.search(SearchQuery(sort="variants", descending=True))
    assert [r.variants for r in by_variants] == [3, 1, 1, 1, 1]
    assert titles(store.search(SearchQuery(sort="skus")))[0] == "Many"  # A-0 before SKU-…
    # Sync sorts by urgency: pending edits first, products in step last.
    states = [r.sync_state for r in store.search(SearchQuery(sort="sync"))]
    assert states == ["pending", "missing", "missing", "linked", "linked"]
    assert [r.sync_state for r in store.search(SearchQuery("shirt", sort="sync"))] == [
        "pending", "linked"]
