"""Region prices through the catalog: pulled with their region, pushed with their rule, and
never dropped by an edit of the currency prices (prices replace the list in Medusa)."""

from __future__ import annotations

import json

import pytest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import fake_pair, recorded_terms
from tests.exchange.test_offline_catalog import PROFILE

FIELD = "variants.variant_1_S.prices"


def region() -> str:
    """The region recorded by tests/fixtures/medusa/record_region_prices.py."""
    return recorded_terms()["/admin/regions"][0]["id"]


def medusa_prices(rid: str) -> list[dict]:
    """As Medusa answers with the store's fields (product_read_region_prices_store_fields)."""
    return [{"id": "price_a", "amount": 10, "currency_code": "eur",
             "variant_id": "variant_1_S", "rules": {}},
            {"id": "price_b", "amount": 9, "currency_code": "eur",
             "variant_id": "variant_1_S", "rules": {"region_id": rid}}]


@pytest.fixture
async def env(tmp_path):
    medusa, payload = fake_pair(1)
    variants = medusa.products["prod_00001"]["variants"]
    variants[0]["prices"] = medusa_prices(region())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    await catalog.pull()
    yield catalog, medusa
    await catalog.aclose()


async def test_a_pull_keeps_the_region_and_the_regions_list(env):
    catalog, _medusa = env
    assert catalog.product("prod_00001").value(FIELD) == [
        {"currency_code": "eur", "amount": 10},
        {"currency_code": "eur", "amount": 9, "region_id": region()}]
    [term] = catalog.taxonomy("region")
    assert term.id == region() and term.currency == "eur"


async def test_a_currency_price_edit_keeps_the_region_price(env):
    catalog, medusa = env
    shown = catalog.product("prod_00001").value(FIELD)
    catalog.edit("prod_00001", {FIELD: [
        {**p, "amount": 12} if "region_id" not in p else p for p in shown]})
    await catalog.push()
    [write] = medusa.writes()
    sent = json.loads(write.content)["update"]  # a variants batch
    assert {"currency_code": "eur", "amount": 9, "rules": {"region_id": region()}} in next(
        v["prices"] for v in sent if v["id"] == "variant_1_S")
    held = medusa.products["prod_00001"]["variants"]
    prices = next(v["prices"] for v in held if v["id"] == "variant_1_S")
    assert sorted((p["amount"], (p.get("rules") or {}).get("region_id")) for p in prices) == [
        (9, region()), (12, None)]
    assert catalog.outbox() == []


async def test_a_region_price_made_in_medusa_meanwhile_is_a_conflict_not_dropped(env):
    catalog, medusa = env
    catalog.edit("prod_00001", {FIELD: [{"currency_code": "eur", "amount": 12}]},
                 bases={FIELD: [{"currency_code": "eur", "amount": 10}]})  # what was seen
    await catalog.push()
    [entry] = catalog.outbox()
    assert entry.state == "conflict"
    assert medusa.writes() == []  # Europe's price is still there
