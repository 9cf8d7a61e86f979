"""Region prices: a price with Medusa's rule ``region_id`` (issue 12).

Shapes as recorded on Medusa 2.21.2 by tests/fixtures/medusa/record_region_prices.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.exchange.create_body import variant_body
from desktop_app.models.medusa import MedusaProduct
from desktop_app.store.fields import apply, canonical, request_body, same
from desktop_app.store.records import MEDUSA_STORE_FIELDS, medusa_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def record_of(name: str) -> dict[str, Any]:
    raw = recorded(name)["response"]["json"]["product"]
    return medusa_record(MedusaProduct.model_validate(raw))


def region_id() -> str:
    return recorded("regions_list")["response"]["json"]["regions"][0]["id"]


def test_the_stores_read_asks_for_the_rule_and_keeps_it() -> None:
    pair = recorded("product_read_region_prices_store_fields")
    assert pair["request"]["params"]["fields"] == ",".join(MEDUSA_STORE_FIELDS)
    [variant] = record_of("product_read_region_prices_store_fields")["variants"]
    assert variant["prices"] == [{"currency_code": "eur", "amount": 10},
                                 {"currency_code": "eur", "amount": 9, "region_id": region_id()}]


def test_without_the_rule_fields_a_region_price_reads_as_a_currency_price() -> None:
    # Why MEDUSA_STORE_FIELDS names price_rules: ``*variants.prices`` answers rules {}.
    [variant] = record_of("product_read_region_prices_star")["variants"]
    assert all("region_id" not in p for p in variant["prices"])
    assert len(variant["prices"]) == 2


def test_a_create_answer_carries_the_rule() -> None:
    [variant] = record_of("product_create_region_price")["variants"]
    assert {p.get("region_id") for p in variant["prices"]} == {None, region_id()}


def test_prices_compare_as_a_set_of_currency_region_and_amount() -> None:
    rid = region_id()
    field = "variants.v.prices"
    plain = {"currency_code": "eur", "amount": 10}
    regional = {"currency_code": "EUR", "amount": "9.00", "region_id": rid}
    assert same(field, [plain, regional], [{**regional, "amount": 9}, plain])  # order, 9.00
    assert not same(field, [plain, regional], [plain, {**regional, "region_id": "reg_other"}])
    # A region price is not the currency price of the same amount.
    assert not same(field, [plain, {**plain, "amount": 9}], [plain, regional])
    # A record stored before region prices reads as currency prices only.
    assert canonical(field, [plain]) == [("eur", "", "10")]


def test_an_update_sends_region_prices_with_their_rule_as_recorded() -> None:
    """The body equals the request Medusa answered by keeping the region price."""
    pair = recorded("product_update_region_prices")
    record = record_of("product_read_region_prices_store_fields")
    [variant] = record["variants"]
    wanted = [{"currency_code": "eur", "amount": "12"},
              {"currency_code": "eur", "amount": "8", "region_id": region_id()}]
    body = request_body("medusa", record, {f"variants.{variant['id']}.prices": wanted})
    assert body == pair["request"]["json"]
    answer = medusa_record(MedusaProduct.model_validate(pair["response"]["json"]["product"]))
    assert same(f"variants.{variant['id']}.prices", answer["variants"][0]["prices"], wanted)


def test_a_currency_price_edit_sends_the_region_price_along() -> None:
    """Prices replace the list (product_update_prices_without_region): the edit of the EUR
    price made from the variant's prices keeps Europe's in the body and in the answer."""
    lost = recorded("product_update_prices_without_region")
    assert lost["request"]["json"]["variants"][0]["prices"] == [
        {"currency_code": "eur", "amount": 11}]
    assert all(not p["rules"] for p in lost["response"]["json"]["product"]["variants"][0][
        "prices"])  # sent without it, Europe's price is gone
    record = record_of("product_read_region_prices_store_fields")
    [variant] = record["variants"]
    prices = [{**p, "amount": 11} if "region_id" not in p else p for p in variant["prices"]]
    body = request_body("medusa", record, {f"variants.{variant['id']}.prices": prices})
    [sent] = body["variants"]
    assert sent["prices"] == [{"currency_code": "eur", "amount": 11},
                              {"currency_code": "eur", "amount": 9,
                               "rules": {"region_id": region_id()}}]


def test_an_edit_of_another_key_sends_no_prices() -> None:
    record = record_of("product_read_region_prices_store_fields")
    [variant] = record["variants"]
    body = request_body("medusa", record, {f"variants.{variant['id']}.sku": "NEW"})
    assert body["variants"] == [{"id": variant["id"], "sku": "NEW"}]  # Medusa keeps prices


def test_a_variant_add_sends_region_prices_as_the_recorded_batch() -> None:
    pair = recorded("variants_batch_region_prices")
    [create] = pair["request"]["json"]["create"]
    rid = region_id()
    body = variant_body({"id": "local_v1", "title": "M", "sku": create["sku"],
                         "options": {"Size": "M"},
                         "prices": [{"currency_code": "eur", "amount": "6"},
                                    {"currency_code": "eur", "amount": 5, "region_id": rid}]})
    assert body["prices"] == create["prices"]
    assert pair["response"]["status"] == 200


def test_the_overlay_shows_a_region_price_edit() -> None:
    record = record_of("product_read_region_prices_store_fields")
    vid = record["variants"][0]["id"]
    prices = [{"currency_code": "eur", "amount": 10},
              {"currency_code": "eur", "amount": 7, "region_id": region_id()}]
    merged = apply(record, f"variants.{vid}.prices", prices)
    assert merged["variants"][0]["prices"] == prices
