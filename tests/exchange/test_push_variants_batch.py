"""Variant field edits go to Medusa as a variants batch of the changed variants (issue 13).

Read-compare-write is the push's as ever; what changes is the write: ``POST
/admin/products/{id}/variants/batch`` with ``update`` rows of only the changed variants,
its answer (asked for in the store's variant fields) stored, and Medusa's refusals landing
on the field they name. Shapes are those recorded on Medusa 2.21.2 by
tests/fixtures/medusa/record_variants_batch.py.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import httpx
import pytest

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.exchange.connectivity import Connectivity
from desktop_app.exchange.pull import pull
from desktop_app.exchange.push import VARIANT_ANSWER_FIELDS, Pusher, push
from desktop_app.models.medusa import MedusaProduct
from desktop_app.store import CatalogStore
from desktop_app.store.fields import extract
from desktop_app.store.records import medusa_record
from tests.api.fakes import SleepRecorder
from tests.exchange.fakes import FIXTURES, SECRET, FakeMedusa, fake_pair

READ = "product_read_store_fields_before_variants_batch"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def _client(handle: Any) -> MedusaClient:
    return MedusaClient("http://medusa.test", SecretKey(SECRET),
                        transport=httpx.MockTransport(handle), retry_policy=NO_RETRY)


class Recorded:
    """Medusa answering from recorded pairs: every read with the recorded re-read of the
    product (``READ``), each write with the next of ``answers`` (status, body)."""

    def __init__(self, answers: list[tuple[int, Any]]) -> None:
        self.read = recorded(READ)["response"]["json"]
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "GET":
            return httpx.Response(200, json=self.read)
        status, body = self.answers.pop(0)
        return httpx.Response(status, json=body)

    def writes(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST"]


def answer_of(name: str) -> tuple[int, Any]:
    response = recorded(name)["response"]
    return response["status"], response["json"]


@pytest.fixture
def store():
    """A store holding the recorded product (S and M manage stock, L does not)."""
    store = CatalogStore.open(":memory:")
    product = recorded(READ)["response"]["json"]["product"]
    store.save_medusa([medusa_record(MedusaProduct.model_validate(product))])
    yield store
    store.close()


def the_product(store: CatalogStore) -> str:
    [pid] = store.medusa_ids()
    return pid


def variant(store: CatalogStore, title: str) -> dict[str, Any]:
    return next(v for v in store.medusa(the_product(store))["variants"] if v["title"] == title)


def edit(store: CatalogStore, changes: dict[str, Any]) -> None:
    """Edits made on what the store shows (their bases)."""
    pid = the_product(store)
    record = store.medusa(pid)
    store.outbox.record(pid, changes, {name: extract(record, name) for name in changes})


def store_prices(prices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prices as the app edits them: a region price names its region (``region_id``)."""
    out = []
    for p in prices:
        price = {"currency_code": p["currency_code"], "amount": p["amount"]}
        if (p.get("rules") or {}).get("region_id"):
            price["region_id"] = p["rules"]["region_id"]
        out.append(price)
    return out


def edits_of(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The field edits that make the push send the variants batch ``rows``."""
    return {f"variants.{row['id']}.{key}": store_prices(value) if key == "prices" else value
            for row in rows for key, value in row.items() if key != "id"}


# ------------------------------------------------------------------- the route and body
async def test_variant_edits_go_as_a_variants_batch_of_the_changed_variants_only():
    medusa, _payload = fake_pair(1)
    medusa.products["prod_00001"]["variants"].append(
        {"id": "variant_1_L", "title": "L", "sku": "SKU-1-L", "prices": []})
    store = CatalogStore.open(":memory:")
    m = medusa.client()
    await pull(store, m, None)
    store.outbox.record("prod_00001", {"variants.variant_1_M.prices": [
        {"currency_code": "eur", "amount": 12}], "variants.variant_1_M.sku": "NEW-M"},
        {"variants.variant_1_M.prices": [{"currency_code": "eur", "amount": 10}],
         "variants.variant_1_M.sku": "SKU-1-M"})
    report = await push(store, m, None)
    assert report.sent == 2 and store.outbox.entries() == []
    [write] = medusa.writes()
    assert write.url.path == "/admin/products/prod_00001/variants/batch"
    assert json.loads(write.content) == {"update": [
        {"id": "variant_1_M", "prices": [{"currency_code": "eur", "amount": 12}],
         "sku": "NEW-M"}]}  # neither S nor L is named
    assert write.url.params["fields"] == ",".join(VARIANT_ANSWER_FIELDS)
    held = {v["id"]: v for v in medusa.products["prod_00001"]["variants"]}
    assert (held["variant_1_M"]["sku"], held["variant_1_S"]["sku"]) == ("NEW-M", "SKU-1-S")
    store.close()


async def test_the_answer_is_stored_with_region_prices_and_stock_as_medusa_holds_them(store):
    pair = recorded("variants_batch_update_store_fields")
    rows = copy.deepcopy(pair["request"]["json"]["update"])
    del rows[1]["barcode"]  # null already: read-compare-write finds it done, never sends it
    edit(store, edits_of(rows))
    server = Recorded([answer_of("variants_batch_update_store_fields")])
    report = await Pusher(store, _client(server.handle), None).run()
    assert report.sent == 3 and report.requests == 2  # the re-read and one batch
    [write] = server.writes()
    assert write.url.path == pair["request"]["path"]
    assert json.loads(write.content) == {"update": rows}  # the request Medusa answered
    assert write.url.params["fields"] == pair["request"]["params"]["fields"]
    small, medium, large = (variant(store, t) for t in ("S", "M", "L"))
    region = pair["request"]["json"]["update"][0]["prices"][1]["rules"]["region_id"]
    assert small["prices"] == [{"currency_code": "eur", "amount": 12},
                               {"currency_code": "eur", "amount": 11, "region_id": region}]
    answered = pair["response"]["json"]["updated"][0]["inventory_items"][0]
    assert small["inventory_item_id"] == answered["inventory_item_id"]
    [level] = answered["inventory"]["location_levels"]
    assert small["levels"] == {level["location_id"]: {"stocked": 7, "reserved": 0}}
    assert (medium["sku"], medium["weight"]) == (rows[1]["sku"], 250)
    assert large["prices"][0]["amount"] == 10  # not named: as it was read
    assert store.outbox.entries() == []


async def test_an_inventory_item_made_by_manage_inventory_is_stored(store):
    pair = recorded("variants_batch_update_manage_inventory")
    assert variant(store, "L")["inventory_item_id"] is None
    edit(store, edits_of(pair["request"]["json"]["update"]))
    server = Recorded([answer_of("variants_batch_update_manage_inventory")])
    await Pusher(store, _client(server.handle), None).run()
    [write] = server.writes()
    assert json.loads(write.content) == pair["request"]["json"]
    [item] = pair["response"]["json"]["updated"][0]["inventory_items"]
    large = variant(store, "L")
    assert (large["manage_inventory"], large["inventory_item_id"]) == (
        True, item["inventory_item_id"])  # the stock push can set its levels at once


# ------------------------------------------------------------------------- refusals
async def test_a_taken_sku_fails_that_field_in_medusas_words_and_the_rest_is_sent(store):
    pair = recorded("variants_batch_update_duplicate_sku_error")
    rows = pair["request"]["json"]["update"]
    edit(store, edits_of(rows))
    small = variant(store, "S")["id"]
    resent = copy.deepcopy(recorded("variants_batch_update_store_fields")["response"]["json"])
    resent["updated"] = [v for v in resent["updated"] if v["id"] == small]
    resent["updated"][0]["prices"] = [{**resent["updated"][0]["prices"][0], "amount": 20}]
    server = Recorded([answer_of("variants_batch_update_duplicate_sku_error"), (200, resent)])
    report = await Pusher(store, _client(server.handle), None).run()
    assert (report.sent, report.failed) == (1, 1)
    [failed] = store.outbox.entries()
    taken = next(r["sku"] for r in rows if "sku" in r)
    assert failed.field == f"variants.{variant(store, 'M')['id']}.sku"
    assert failed.state == "failed"
    assert failed.message == f"Product variant with sku: {taken}, already exists."
    first, second = server.writes()
    assert json.loads(first.content) == pair["request"]["json"]
    # Medusa applied none of the refused batch (product_read_after_refused_update_batch),
    # so the price, compared again with a fresh read, goes once more on its own.
    assert json.loads(second.content) == {"update": [
        {"id": small, "prices": [{"currency_code": "eur", "amount": 20}]}]}
    assert variant(store, "S")["prices"] == [{"currency_code": "eur", "amount": 20}]


async def test_one_sku_given_to_two_variants_fails_both(store):
    pair = recorded("variants_batch_update_same_sku_twice_error")
    edit(store, edits_of(pair["request"]["json"]["update"]))
    server = Recorded([answer_of("variants_batch_update_same_sku_twice_error")])
    report = await Pusher(store, _client(server.handle), None).run()
    [write] = server.writes()
    assert report.failed == 2 and json.loads(write.content) == pair["request"]["json"]
    message = pair["response"]["json"]["message"]
    assert {(e.field.rsplit(".", 1)[1], e.state, e.message)
            for e in store.outbox.entries()} == {("sku", "failed", message)}


async def test_a_refusal_by_path_lands_on_that_rows_variant(store):
    """'update, 1, weight' names the second row of the batch sent, whichever variant."""
    pair = recorded("variants_batch_update_weight_error")
    small, medium = variant(store, "S")["id"], variant(store, "M")["id"]
    edit(store, {f"variants.{small}.title": "Small", f"variants.{medium}.weight": 12})
    answered = copy.deepcopy(recorded("variants_batch_update_store_fields")["response"]["json"])
    answered["updated"] = [{**v, "title": "Small"} for v in answered["updated"]
                           if v["id"] == small]
    server = Recorded([answer_of("variants_batch_update_weight_error"), (200, answered)])
    report = await Pusher(store, _client(server.handle), None).run()
    assert (report.sent, report.failed) == (1, 1)
    [failed] = store.outbox.entries()
    assert (failed.field, failed.state) == (f"variants.{medium}.weight", "failed")
    assert failed.message == "Field 'update, 1, weight' is required"
    assert json.loads(server.writes()[1].content) == {"update": [
        {"id": small, "title": "Small"}]}
    assert pair["request"]["json"]["update"][1]["weight"] == "12"  # what Medusa refused


async def test_a_variant_deleted_meanwhile_fails_only_its_own_edits():
    """A barcode set where there was none: the re-read (no variant, no barcode) does not
    make it a conflict, so it reaches the write, where the variant is missing."""
    medusa, _payload = fake_pair(1)
    store = CatalogStore.open(":memory:")
    m = medusa.client()
    await pull(store, m, None)
    store.outbox.record("prod_00001", {
        "variants.variant_1_S.prices": [{"currency_code": "eur", "amount": 12}],
        "variants.variant_1_M.barcode": "4006381333931"},
        {"variants.variant_1_S.prices": [{"currency_code": "eur", "amount": 10}],
         "variants.variant_1_M.barcode": None})
    medusa.products["prod_00001"]["variants"] = [
        v for v in medusa.products["prod_00001"]["variants"] if v["id"] != "variant_1_M"]
    report = await push(store, m, None)
    assert (report.sent, report.failed) == (1, 1)
    [failed] = store.outbox.entries()
    assert failed.field == "variants.variant_1_M.barcode"
    assert failed.message == "Cannot send: variant variant_1_M no longer exists."
    assert medusa.products["prod_00001"]["variants"][0]["prices"][0]["amount"] == 12
    store.close()


# ------------------------------------------------------- mixed units, lost answers
async def pulled_with_a_status_and_prices_edit() -> tuple[FakeMedusa, CatalogStore]:
    """One product pulled, and an edit of its status and of a variant's prices waiting."""
    medusa, _payload = fake_pair(1)
    store = CatalogStore.open(":memory:")
    await pull(store, medusa.client(), None)
    store.outbox.record("prod_00001", {
        "status": "draft", "variants.variant_1_S.prices": [{"currency_code": "eur",
                                                              "amount": 12}]},
        {"status": "published",
         "variants.variant_1_S.prices": [{"currency_code": "eur", "amount": 10}]})
    return medusa, store


async def test_a_variant_made_in_medusa_during_the_push_survives_a_mixed_push():
    """The product update no longer lists every variant: Medusa deletes one it leaves out
    (product_update_variants_removes_unlisted), as the fake does."""
    medusa, store = await pulled_with_a_status_and_prices_edit()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and not medusa.writes():  # after the re-read
            medusa.products["prod_00001"]["variants"].append(
                {"id": "variant_1_XL", "title": "XL", "sku": "SKU-1-XL", "prices": []})
        return medusa.handle(request)

    report = await push(store, _client(handle), None)
    assert report.sent == 2
    held = medusa.products["prod_00001"]
    assert {v["id"] for v in held["variants"]} == {"variant_1_S", "variant_1_M", "variant_1_XL"}
    assert held["status"] == "draft"
    update, batch = medusa.writes()
    assert json.loads(update.content) == {"status": "draft"}
    assert batch.url.path.endswith("/variants/batch")
    store.close()


async def test_a_product_update_refused_naming_no_field_fails_only_its_own_edits():
    """The variants batch is a request of its own: a refusal of the product update that
    names no field says nothing of the prices (they failed with the status's message)."""
    medusa, store = await pulled_with_a_status_and_prices_edit()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and not request.url.path.endswith("/variants/batch"):
            return httpx.Response(400, json={"type": "invalid_data",
                                             "message": "Products cannot be drafts today"})
        return medusa.handle(request)

    report = await push(store, _client(handle), None)
    assert (report.sent, report.failed) == (1, 1)
    [failed] = store.outbox.entries()
    assert (failed.field, failed.message) == ("status", "Products cannot be drafts today")
    assert medusa.products["prod_00001"]["variants"][0]["prices"][0]["amount"] == 12
    store.close()


async def test_a_lost_answer_is_found_done_by_the_re_read_not_sent_twice():
    medusa, _payload = fake_pair(1)
    store = CatalogStore.open(":memory:")
    await pull(store, medusa.client(), None)
    field = "variants.variant_1_S.prices"
    store.outbox.record("prod_00001", {field: [{"currency_code": "eur", "amount": 12}]},
                        {field: [{"currency_code": "eur", "amount": 10}]})
    lost = []

    def handle(request: httpx.Request) -> httpx.Response:
        response = medusa.handle(request)
        if request.method == "POST" and not lost:
            lost.append(request)  # applied; the connection breaks before the answer
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response

    sleep = SleepRecorder()
    report = await Pusher(store, _client(handle), None, Connectivity(), sleep=sleep,
                          rng=random.Random(3)).run()
    assert (report.sent, report.already, report.retried) == (0, 1, 1)
    assert [w.url.path for w in medusa.writes()] == ["/admin/products/prod_00001/variants/batch"]
    assert len(sleep.delays) == 1
    [entry] = store.outbox.entries(("done",))
    assert entry.outcome == "already"
    assert extract(store.medusa("prod_00001"), field)[0]["amount"] == 12
    store.close()
