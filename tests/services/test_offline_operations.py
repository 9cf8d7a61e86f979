"""The catalog's whole-product methods, offline: what they record and what they notify."""

from __future__ import annotations

import pytest

from desktop_app.services.new_product import ProductDraft, VariantDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore, SearchQuery


@pytest.fixture
def catalog(tmp_path):
    cat = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"))
    yield cat
    cat.close_now()


def shirt(handle: str = "shirt") -> ProductDraft:
    return ProductDraft(title="Shirt", handle=handle, options=[("Size", ["S", "M"])],
                        prices=[{"currency_code": "eur", "amount": 5}])


def test_a_created_product_is_notified_found_and_placed(catalog):
    seen = []
    catalog.subscribe(seen.append)
    pid = catalog.create_product(shirt())
    assert seen[-1].product_ids == {pid} and seen[-1].outbox
    query = SearchQuery("shirt")
    assert catalog.row_index(query, pid) == 0
    assert catalog.row_index(query, "prod_nope") is None
    assert catalog.outbox_counts() == {"queued": 1}


def test_discarding_an_unsent_create_drops_the_draft(catalog):
    pid = catalog.create_product(shirt())
    [op] = catalog.operations()
    catalog.discard_operation(op.seq)
    assert catalog.product(pid) is None and catalog.operations() == []


def test_content_typed_into_a_draft_waits_for_payload_and_shows(catalog):
    pid = catalog.create_product(shirt())
    catalog.edit(pid, {"handle": "shirt-2", "seo.meta_title": "Shirts"})
    detail = catalog.product(pid)
    assert detail.draft and detail.medusa["handle"] == "shirt-2"
    assert [e.field for e in detail.edits] == ["seo.meta_title"]


def test_stock_must_be_a_whole_number(catalog):
    pid = catalog.create_product(shirt())
    vid = catalog.product(pid).medusa["variants"][0]["id"]
    with pytest.raises(ValueError, match="whole number"):
        catalog.set_stock([(pid, vid, "sloc_1", 2.5)])
    catalog.set_stock([(pid, vid, "sloc_1", 4)])
    assert catalog.product(pid).medusa["variants"][0]["levels"]["sloc_1"]["stocked"] == 4


def test_a_variant_added_to_a_draft_is_part_of_it(catalog):
    pid = catalog.create_product(shirt())
    vid = catalog.add_variant(pid, VariantDraft(options={"Size": "L"}, sku="SH-L"))
    assert vid in {v["id"] for v in catalog.product(pid).medusa["variants"]}
    assert [op.kind for op in catalog.operations()] == ["create"]  # no separate operation
