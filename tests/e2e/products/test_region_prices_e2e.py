"""Region prices on the real stack (issue 12): a variant's price for one region, set through
the catalog and pushed, is in Medusa with its rule ``region_id``; a later edit of the
currency price keeps it (Medusa replaces a variant's prices with the list it is sent)."""

from __future__ import annotations

import pytest

from desktop_app.store.fields import MEDUSA
from tests.e2e.offline.helpers import online_catalog
from tests.support.stack import unique

pytestmark = pytest.mark.timeout(120)

# Read straight from Medusa: the rules come back only when both are asked for.
PRICE_FIELDS = ("id,variants.id,variants.prices.amount,variants.prices.currency_code,"
                "variants.prices.price_rules.attribute,variants.prices.price_rules.value")


def medusa_prices(http, product_id: str, variant_id: str) -> list[tuple[str, float, str | None]]:
    resp = http.medusa.get(f"/admin/products/{product_id}", params={"fields": PRICE_FIELDS})
    resp.raise_for_status()
    [variant] = [v for v in resp.json()["product"]["variants"] if v["id"] == variant_id]
    return sorted((p["currency_code"], p["amount"], (p.get("rules") or {}).get("region_id"))
                  for p in variant["prices"])


async def test_a_region_price_is_pushed_and_kept_by_a_currency_price_edit(
    stack, stack_http, tmp_path
):
    resp = stack_http.medusa.post("/admin/regions", json={
        "name": unique("Europe"), "currency_code": "eur"})
    resp.raise_for_status()
    region = resp.json()["region"]["id"]
    product = stack_http.create_product(unique("region-mug"))
    pid = product["id"]
    vid = sorted(v["id"] for v in product["variants"])[0]
    field = f"variants.{vid}.prices"
    catalog = online_catalog(stack, tmp_path / "c.db")
    try:
        await catalog.refresh([pid], servers=(MEDUSA,))
        assert catalog.product(pid).value(field) == [{"currency_code": "eur", "amount": 10}]

        catalog.edit(pid, {field: [{"currency_code": "eur", "amount": 10},
                                   {"currency_code": "eur", "amount": 8, "region_id": region}]})
        await catalog.push()
        assert catalog.outbox() == []
        assert medusa_prices(stack_http, pid, vid) == [("eur", 8, region), ("eur", 10, None)]
        # The store read it back with its region.
        assert {p.get("region_id") for p in catalog.product(pid).server_value(field)} == {
            None, region}

        # The merchant changes the EUR price only, from the prices they see.
        seen = catalog.product(pid).value(field)
        catalog.edit(pid, {field: [p if p.get("region_id") else {**p, "amount": 12}
                                   for p in seen]})
        await catalog.push()
        assert catalog.outbox() == []
        assert medusa_prices(stack_http, pid, vid) == [("eur", 8, region), ("eur", 12, None)]
    finally:
        await catalog.aclose()
        stack_http.delete_product(pid)
        stack_http.medusa.delete(f"/admin/regions/{region}")
