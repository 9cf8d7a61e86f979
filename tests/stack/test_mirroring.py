"""Medusa's payload module mirrors product lifecycle events into Payload (real stack)."""

from __future__ import annotations

import pytest

from tests.support.stack import StackHttp, unique, wait_for

pytestmark = pytest.mark.e2e


def _single_doc(http: StackHttp, medusa_id: str):
    docs = http.payload_docs_for(medusa_id)
    return docs[0] if len(docs) == 1 else None


def test_created_product_gets_payload_doc_and_payload_id(stack_http: StackHttp) -> None:
    product = stack_http.create_product(
        unique("mirror"), subtitle="Sub", description="**Bold** text"
    )

    doc = wait_for(lambda: _single_doc(stack_http, product["id"]), 5, what="Payload doc")

    assert doc["medusa_id"] == product["id"]
    assert doc["title"] == product["title"]
    assert doc["subtitle"] == "Sub"
    assert doc["description"]["root"]["children"][0]["type"] == "paragraph"
    assert {o["medusa_id"]: o["title"] for o in doc["options"]} == {
        o["id"]: o["title"] for o in product["options"]
    }
    medusa_variants = {v["id"]: v for v in product["variants"]}
    assert {v["medusa_id"] for v in doc["variants"]} == set(medusa_variants)
    for row in doc["variants"]:
        expected = {
            (o["id"], o["option_id"], o["value"])
            for o in medusa_variants[row["medusa_id"]]["options"]
        }
        got = {
            (ov["medusa_id"], ov["medusa_option_id"], ov["value"]) for ov in row["option_values"]
        }
        assert got == expected
    payload_id = wait_for(
        lambda: (stack_http.medusa_product(product["id"])["metadata"] or {}).get("payload_id"),
        5,
        what="metadata.payload_id",
    )
    assert str(payload_id) == str(doc["id"])


def test_deleted_product_loses_its_payload_doc(stack_http: StackHttp) -> None:
    product = stack_http.create_product(unique("delete"))
    wait_for(lambda: _single_doc(stack_http, product["id"]), 5, what="Payload doc")

    stack_http.medusa.delete(f"/admin/products/{product['id']}").raise_for_status()

    wait_for(lambda: stack_http.payload_docs_for(product["id"]) == [], 5, what="doc deletion")


def test_added_variant_updates_payload_variants(stack_http: StackHttp) -> None:
    product = stack_http.create_product(unique("variant"), sizes=("S", "M", "L"))
    doc = wait_for(lambda: _single_doc(stack_http, product["id"]), 5, what="Payload doc")
    assert len(doc["variants"]) == 2

    created = stack_http.medusa.post(
        f"/admin/products/{product['id']}/variants",
        json={
            "title": "L / Red",
            "sku": f"{product['handle']}-L".upper(),
            "options": {"Size": "L", "Color": "Red"},
            "prices": [{"currency_code": "eur", "amount": 12}],
            "manage_inventory": False,
        },
    )
    created.raise_for_status()
    new_variant = next(v for v in created.json()["product"]["variants"] if v["title"] == "L / Red")

    def has_new_variant():
        current = _single_doc(stack_http, product["id"])
        ids = {v["medusa_id"] for v in (current or {}).get("variants", [])}
        return current if new_variant["id"] in ids else None

    updated = wait_for(has_new_variant, 5, what="new variant in Payload")
    assert len(updated["variants"]) == 3
    kept = {v["medusa_id"]: v["id"] for v in doc["variants"]}
    for row in updated["variants"]:
        if row["medusa_id"] in kept:
            assert row["id"] == kept[row["medusa_id"]], "existing Payload rows keep their ids"
