"""Each new server error of issue 12 shows on the right field, in the server's words, and
the change stays in the outbox (not lost, not sent as something else)."""

from __future__ import annotations

import pytest

from desktop_app.services.new_product import ProductDraft, VariantDraft
from tests.e2e.offline.helpers import online_catalog
from tests.e2e.products.test_create_e2e import by_handle, location
from tests.support.stack import unique

pytestmark = pytest.mark.timeout(600)


async def test_refused_creates_and_levels_name_their_field_and_stay_queued(
    stack, stack_http, tmp_path
):
    catalog = online_catalog(stack, tmp_path / "c.db")
    try:
        taken = unique("taken")
        sku = unique("SKU").upper()
        first = catalog.create_product(ProductDraft(
            title="Taken", handle=taken, options=[("Size", ["S"])],
            variants=[VariantDraft(options={"Size": "S"}, sku=sku,
                                   prices=[{"currency_code": "eur", "amount": 5}])]))
        assert (await catalog.push()).operations.created == 1

        same_handle = catalog.create_product(ProductDraft(title="Again", handle=taken))
        same_sku = catalog.create_product(ProductDraft(
            title="Same SKU", handle=unique("same-sku"), options=[("Size", ["S"])],
            variants=[VariantDraft(options={"Size": "S"}, sku=sku,
                                   prices=[{"currency_code": "eur", "amount": 5}])]))
        odd_money = catalog.create_product(ProductDraft(
            title="Odd money", handle=unique("odd-money"),
            prices=[{"currency_code": "zzz", "amount": 5}]))
        new_id = catalog.server_id(first)
        vid = catalog.product(new_id).medusa["variants"][0]["id"]
        loc = location(stack_http, unique("Loc"))
        catalog.set_stock([(new_id, vid, loc, -3)])

        report = (await catalog.push()).operations
        assert report.failed == 4 and report.created == 0

        def failure(pid: str, field: str) -> str:
            op = catalog.product(pid).operation_error(field)
            assert op is not None and op.state == "failed", (pid, field)
            return op.message or ""

        assert "already exists" in failure(same_handle, "handle")
        variant = catalog.product(same_sku).medusa["variants"][0]["id"]
        assert sku in failure(same_sku, f"variants.{variant}.sku")
        money = catalog.product(odd_money).medusa["variants"][0]["id"]
        assert "ZZZ" in failure(odd_money, f"variants.{money}.prices")
        assert "too small" in failure(new_id, f"stock.{vid}.{loc}")
        # Nothing was made or set; every change is still there for the merchant.
        assert by_handle(stack_http, taken) and len(by_handle(stack_http, taken)) == 1
        assert {op.state for op in catalog.operations()} == {"failed"}
        assert len(catalog.operations()) == 4

        # Fixing the draft sends it: the refused create was kept, not lost.
        catalog.edit(same_handle, {"handle": unique("fixed")})
        assert (await catalog.push()).operations.created == 1
    finally:
        await catalog.aclose()


async def test_a_category_deleted_meanwhile_fails_the_edit_on_categories(
    stack, stack_http, tmp_path
):
    catalog = online_catalog(stack, tmp_path / "c.db")
    try:
        pid = catalog.create_product(ProductDraft(title="Sorted", handle=unique("sorted")))
        await catalog.push()
        pid = catalog.server_id(pid)
        doomed = await catalog.create_term("category", unique("Doomed"))
        catalog.edit(pid, {"categories": [doomed.id]})
        stack_http.medusa.delete(f"/admin/product-categories/{doomed.id}").raise_for_status()
        await catalog.push()
        edit = catalog.product(pid).edit_of("categories")
        assert edit is not None and edit.state == "failed"
        assert "no longer exists" in (edit.message or "")
        assert edit.mine == [doomed.id]  # kept for the merchant to change
    finally:
        await catalog.aclose()
