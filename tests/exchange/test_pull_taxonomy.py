"""The pull fills the store's taxonomy from Medusa's recorded list replies (over the real
``MedusaStructure`` and client), and a product's organise fields become filters."""

from __future__ import annotations

import pytest

from desktop_app.exchange.pull import Puller, pull
from desktop_app.store import CatalogStore, SearchQuery, taxonomy
from tests.exchange.fakes import fake_pair

TERM_PATHS = ("/admin/product-categories", "/admin/collections", "/admin/product-tags",
              "/admin/product-types", "/admin/sales-channels", "/admin/stock-locations",
              "/admin/stores", "/admin/regions")


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    yield s
    s.close()


def term_requests(fake) -> list[str]:
    return [r.url.path for r in fake.requests if r.url.path in TERM_PATHS]


async def test_a_full_pull_reads_every_kind_once(store):
    medusa, payload = fake_pair(2)
    report = await pull(store, medusa.client(), payload.client())
    result = report.servers["medusa"]
    assert report.ok and result.taxonomy_error is None
    assert sorted(term_requests(medusa)) == sorted(TERM_PATHS)  # one request per kind
    assert set(result.taxonomy_read) == set(taxonomy.KINDS)
    top, sub = sorted(taxonomy.load(store.conn, "category"), key=lambda t: t.parent_id or "")
    assert sub.parent_id == top.id
    assert [t.name for t in taxonomy.load(store.conn, "channel")] == [
        "Default Sales Channel", "Rec channel ac0d3d55"]
    assert [t.id for t in taxonomy.load(store.conn, "currency")] == ["eur"]
    assert len(taxonomy.load(store.conn, "location")) == 2
    [region] = taxonomy.load(store.conn, "region")
    assert region.name.startswith("Rec Europe") and region.currency == "eur"


async def test_a_store_that_never_read_regions_reads_them_at_the_next_pull(store):
    medusa, payload = fake_pair(2)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    with store.transaction():  # as a store whose last taxonomy read predates regions
        store.conn.execute("DELETE FROM taxonomy WHERE kind='region'")
        store.conn.execute("DELETE FROM taxonomy_reads WHERE kind='region'")
    medusa.requests.clear()
    await pull(store, m, p)  # incremental, other kinds fresh
    assert "/admin/regions" in term_requests(medusa)
    assert [t.currency for t in taxonomy.load(store.conn, "region")] == ["eur"]


async def test_incremental_pulls_read_it_when_stale_or_a_new_term_appears(store):
    medusa, payload = fake_pair(3)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    medusa.requests.clear()
    medusa.touch("prod_00001", status="draft")
    await pull(store, m, p)
    assert term_requests(medusa) == []  # fresh: a refresh stays at its 2-3 requests

    [sub] = [t for t in taxonomy.load(store.conn, "category") if t.parent_id]
    medusa.touch("prod_00002", categories=[{"id": sub.id}])
    await pull(store, m, p)
    assert term_requests(medusa) == []  # a known category
    medusa.terms["/admin/product-tags"].append({"id": "ptag_new", "value": "New"})
    medusa.touch("prod_00003", tags=[{"id": "ptag_new"}])
    await pull(store, m, p)
    assert len(term_requests(medusa)) == len(TERM_PATHS)  # a tag made since: read again
    assert taxonomy.names(store.conn, "tag")["ptag_new"] == "New"

    medusa.requests.clear()
    report = await Puller(store, m, p, taxonomy_max_age=0).run()
    assert len(term_requests(medusa)) == len(TERM_PATHS)  # stale
    assert set(report.servers["medusa"].taxonomy_read) == set(taxonomy.KINDS)
    assert store.count(SearchQuery(categories=(sub.parent_id,))) == 1  # prod_00002, below


async def test_a_failed_list_is_reported_and_never_fails_the_product_pull(store):
    medusa, payload = fake_pair(2)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    before = taxonomy.names(store.conn, "tag")
    medusa.terms["/admin/product-tags"] = []
    medusa.terms["/admin/product-types"] = []
    medusa.failing = {"/admin/product-tags"}
    medusa.touch("prod_00001", title="Changed")
    report = await pull(store, m, p, full=True)
    result = report.servers["medusa"]
    assert report.ok and result.error is None and result.changed == 2
    assert result.taxonomy_error is not None
    assert result.taxonomy_error.startswith("Could not read tags from Medusa: "), (
        result.taxonomy_error)
    assert "tag" not in result.taxonomy_read and "type" in result.taxonomy_read
    assert taxonomy.names(store.conn, "tag") == before  # kept as it was
    assert taxonomy.names(store.conn, "type") == {}  # read: now empty


async def test_a_new_subcategory_is_found_under_its_parent_after_an_incremental_pull(store):
    medusa, payload = fake_pair(2)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    [top] = [t for t in taxonomy.load(store.conn, "category") if not t.parent_id]
    medusa.terms["/admin/product-categories"].append(
        {"id": "pcat_new", "name": "New", "handle": "new", "parent_category_id": top.id})
    medusa.touch("prod_00001", categories=[{"id": "pcat_new"}])
    report = await pull(store, m, p)
    assert "prod_00001" in report.changed_ids
    # The row was built before the pull knew where pcat_new sits; it was rebuilt after.
    assert [r.product_id for r in store.search(SearchQuery(categories=(top.id,)))] == [
        "prod_00001"]


async def test_a_full_pull_reads_categories_and_tags_per_page_in_a_request_of_their_own(store):
    """Joined with the variants they cost Medusa 2-3x (bench/pull_fields.py)."""
    medusa, payload = fake_pair(450)
    for n in (1, 250, 450):
        medusa.touch(f"prod_{n:05d}", categories=[{"id": f"pcat_{n}"}], tags=[{"id": "ptag_x"}])
    await pull(store, medusa.client(), payload.client())
    lists = [r.url.params for r in medusa.requests if r.url.path == "/admin/products"]
    main = [p for p in lists if "variants.id" in p.get("fields", "")]
    side = [p for p in lists if p.get("fields") == "id,categories.id,tags.id"]
    assert main and all("categories.id" not in p["fields"] for p in main)
    assert [len(p.get_list("id[]")) for p in side] == [200, 200, 50]
    for n in (1, 250, 450):
        rec = store.medusa(f"prod_{n:05d}")
        assert (rec["categories"], rec["tags"]) == ([f"pcat_{n}"], ["ptag_x"])
    assert store.medusa("prod_00002")["categories"] == []
    assert store.count(SearchQuery(tags=("ptag_x",))) == 3
