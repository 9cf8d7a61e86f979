"""A product's life through the app on the real stack (issue 12): duplicate, add a variant,
stock at two locations, organise, delete; each step read back from the servers directly."""

from __future__ import annotations

import pytest

from desktop_app.services.new_product import ProductDraft, VariantDraft
from tests.e2e.offline.helpers import online_catalog
from tests.e2e.products.test_create_e2e import by_handle, location, medusa_read
from tests.support.stack import unique, wait_for

pytestmark = pytest.mark.timeout(600)


def payload_variants(http, product_id: str) -> list[dict]:
    docs = http.payload_docs_for(product_id)
    return docs[0].get("variants") or [] if docs else []


async def test_duplicate_add_variant_stock_and_delete_reach_both_servers(
    stack, stack_http, tmp_path
):
    catalog = online_catalog(stack, tmp_path / "c.db")
    try:
        source = catalog.create_product(ProductDraft(
            title="Life Mug", handle=unique("life-mug"), options=[("Size", ["S", "M"])],
            prices=[{"currency_code": "eur", "amount": 12}]))
        await catalog.push()
        source = catalog.server_id(source)
        wait_for(lambda: stack_http.payload_docs_for(source), 60, what="the source's doc")
        await catalog.refresh([source])
        catalog.edit(source, {"seo.meta_title": "Mugs that last"})
        await catalog.push()

        # Duplicate: commerce and content, under a new handle.
        handle = unique("life-mug-copy")
        copy = catalog.duplicate(source, handle)
        await catalog.push()
        copy = catalog.server_id(copy)
        assert [p["id"] for p in by_handle(stack_http, handle)] == [copy]
        copied = medusa_read(stack_http, copy)
        assert sorted(v["title"] for v in copied["variants"]) == ["M", "S"]
        doc = wait_for(lambda: stack_http.payload_docs_for(copy), 60, what="the copy's doc")[0]
        # The copy's content is sent once its Payload document exists.
        await catalog.refresh([copy])
        await catalog.push()
        doc = stack_http.payload_docs_for(copy)[0]
        assert doc["seo"]["meta_title"] == "Mugs that last"

        # Add a variant (a new option value first) with stock at two locations: one given
        # with the variant, one set while it is still being added; all in one push.
        near, far = location(stack_http, unique("Near")), location(stack_http, unique("Far"))
        size = catalog.product(copy).medusa["options"][0]
        catalog.change_option_values(copy, size["id"], add=["L"])
        vid = catalog.add_variant(copy, VariantDraft(options={"Size": "L"}, sku=unique("L"),
                                                      prices=[{"currency_code": "eur",
                                                               "amount": 14}],
                                                      levels={near: 5}))
        catalog.set_stock([(copy, vid, far, 8)])
        assert len(catalog.product(copy).medusa["variants"]) == 3  # shown before the push
        await catalog.push()
        vid = catalog.server_id(vid)
        assert vid.startswith("variant_")
        after = medusa_read(stack_http, copy)
        assert sorted(v["title"] for v in after["variants"]) == ["L", "M", "S"]
        wait_for(lambda: len(payload_variants(stack_http, copy)) == 3, 60,
                 what="Payload's copy of the new variant")

        levels = {lv["location_id"]: lv["stocked_quantity"]
                  for v in medusa_read(stack_http, copy)["variants"] if v["id"] == vid
                  for item in v["inventory_items"]
                  for lv in item["inventory"]["location_levels"]}
        assert levels == {near: 5, far: 8}

        # Organise: a category, collection, tag and sales channel made in the app, assigned.
        category = await catalog.create_term("category", unique("Mugs"))
        collection = await catalog.create_term("collection", unique("Kitchen"))
        tag = await catalog.create_term("tag", unique("ceramic"))
        channel = await catalog.create_term("channel", unique("Market"))
        catalog.edit(copy, {"categories": [category.id], "collection_id": collection.id,
                            "tags": [tag.id], "sales_channels": [channel.id]})
        await catalog.push()
        resp = stack_http.medusa.get(f"/admin/products/{copy}", params={
            "fields": "id,collection_id,*categories,*tags,*sales_channels"})
        organised = resp.json()["product"]
        assert [c["id"] for c in organised["categories"]] == [category.id]
        assert organised["collection_id"] == collection.id
        assert [t["id"] for t in organised["tags"]] == [tag.id]
        assert [c["id"] for c in organised["sales_channels"]] == [channel.id]
        assert catalog.search(categories=(category.id,)).total == 1

        # Delete: gone in Medusa, and the integration removes the Payload document.
        catalog.delete([copy])
        assert copy not in {r.product_id for r in catalog.search(limit=1000).rows}
        report = await catalog.push()
        assert report.operations.deleted == 1
        assert by_handle(stack_http, handle) == []
        wait_for(lambda: stack_http.payload_docs_for(copy) == [], 60,
                 what="the integration to remove the Payload document")
        assert catalog.outbox_counts() == {}
    finally:
        await catalog.aclose()
