"""Push: read-compare-write, conflicts, merges, 423, validation, crash replay."""

from __future__ import annotations

import json
import random

import httpx
import pytest

from desktop_app.api import PayloadClient
from desktop_app.api.http import NO_RETRY
from desktop_app.exchange.connectivity import Connectivity, Reach
from desktop_app.exchange.pull import pull
from desktop_app.exchange.push import Pusher, push
from desktop_app.store import CatalogStore
from tests.api.fakes import SleepRecorder
from tests.exchange.fakes import API_KEY, fake_pair


@pytest.fixture
async def env():
    medusa, payload = fake_pair(3)
    store = CatalogStore.open(":memory:")
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    yield store, medusa, payload, m, p
    store.close()


def edit(store, pid, changes):
    bases = {}
    for name in changes:
        from desktop_app.store.fields import MEDUSA, extract, owner
        rec = store.medusa(pid) if owner(name) == MEDUSA else store.payload(pid)
        bases[name] = extract(rec, name)
    store.outbox.record(pid, changes, bases)


async def test_only_changed_fields_are_sent_to_their_owner(env):
    store, medusa, payload, m, p = env
    edit(store, "prod_00001", {"title": "New title", "status": "draft", "metadata.color": "red"})
    report = await push(store, m, p)
    assert report.sent == 3 and store.outbox.entries() == []
    [mw] = medusa.writes()
    assert json.loads(mw.content) == {"status": "draft", "metadata": {"color": "red"}}
    [pw] = payload.writes()
    assert json.loads(pw.content) == {"title": "New title"}
    assert medusa.products["prod_00001"]["metadata"] == {"payload_id": "1", "color": "red"}


async def test_same_field_changed_on_server_is_a_conflict_nothing_overwritten(env):
    store, _medusa, payload, m, p = env
    edit(store, "prod_00002", {"title": "Mine"})
    payload.touch("prod_00002", title="Theirs")
    report = await push(store, m, p)
    assert report.conflicts == 1 and payload.writes() == []
    [entry] = store.outbox.entries()
    assert (entry.state, entry.base, entry.mine, entry.theirs) == (
        "conflict", "Payload title 2", "Mine", "Theirs")
    assert payload.by_medusa("prod_00002")["title"] == "Theirs"


async def test_different_fields_merge(env):
    store, _medusa, payload, m, p = env
    edit(store, "prod_00002", {"subtitle": "Mine"})
    payload.touch("prod_00002", title="Theirs")
    await push(store, m, p)
    doc = payload.by_medusa("prod_00002")
    assert (doc["title"], doc["subtitle"]) == ("Theirs", "Mine")
    assert json.loads(payload.writes()[0].content) == {"subtitle": "Mine"}


async def test_server_already_equal_is_done_without_a_write(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00003", {"status": "draft"})
    medusa.touch("prod_00003", status="draft")
    report = await push(store, m, p)
    assert report.already == 1 and medusa.writes() == []


async def test_crash_after_the_request_is_replayed_exactly_once(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00001", {"metadata.n": 1})
    [entry] = store.outbox.entries()
    # The previous process marked it sending, its request reached the server, then it died.
    store.outbox.set_state([entry.seq], "sending")
    medusa.products["prod_00001"]["metadata"]["n"] = 1
    report = await push(store, m, p)
    assert report.already == 1 and medusa.writes() == []
    # Died before the request: the replay sends it.
    edit(store, "prod_00001", {"metadata.n": 2})
    store.outbox.set_state([e.seq for e in store.outbox.entries()], "sending")
    report = await push(store, m, p)
    assert report.sent == 1 and len(medusa.writes()) == 1


async def test_locked_document_keeps_the_edit_and_retries(env):
    store, _medusa, payload, m, p = env
    edit(store, "prod_00001", {"title": "Mine"})
    payload.locked.add(payload.by_medusa("prod_00001")["id"])
    report = await push(store, m, p)
    assert report.locked == 1
    [entry] = store.outbox.entries()
    assert entry.state == "locked" and "locked" in entry.message
    payload.locked.clear()
    report = await push(store, m, p)
    assert report.sent == 1 and payload.by_medusa("prod_00001")["title"] == "Mine"


async def test_validation_marks_the_named_field_and_sends_the_rest(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00001", {"handle": "Bad Handle", "status": "draft"})
    report = await push(store, m, p)
    [failed] = store.outbox.entries()
    assert (failed.field, failed.state) == ("handle", "failed")
    assert "URL safe" in failed.message
    assert report.sent == 1 and medusa.products["prod_00001"]["status"] == "draft"
    edit(store, "prod_00002", {"title": ""})
    await push(store, m, p)
    failed = next(e for e in store.outbox.entries() if e.field == "title")
    assert failed.state == "failed" and failed.message == "This field is required."


async def test_variant_price_edit_keeps_every_variant(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00001", {"variants.variant_1_S.prices": [
        {"currency_code": "eur", "amount": 12.5}]})
    await push(store, m, p)
    variants = {v["id"]: v for v in medusa.products["prod_00001"]["variants"]}
    assert set(variants) == {"variant_1_S", "variant_1_M"}
    assert variants["variant_1_S"]["prices"][0]["amount"] == 12.5
    assert variants["variant_1_M"]["prices"][0]["amount"] == 10


async def test_unreachable_server_keeps_edits_and_reports_offline(env):
    store, _medusa, payload, m, p = env
    edit(store, "prod_00001", {"title": "Offline", "status": "draft"})
    payload.down = True
    conn = Connectivity()
    report = await push(store, m, p, connectivity=conn)
    assert conn.state("payload") == Reach.UNREACHABLE
    assert conn.state("medusa") == Reach.REACHABLE
    assert report.sent == 1 and report.deferred == 1
    [left] = store.outbox.entries()
    assert (left.field, left.state) == ("title", "queued")
    payload.down = False
    await push(store, m, p, connectivity=conn)
    assert store.outbox.entries() == [] and conn.state("payload") == Reach.REACHABLE


async def test_deleted_product_fails_the_edit(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00003", {"status": "draft"})
    medusa.delete("prod_00003")
    await push(store, m, p)
    [entry] = store.outbox.entries()
    assert entry.state == "failed" and "deleted" in entry.message


# ------------------------------------------------- passing faults on the way
class Faulty:
    """Wraps a fake server: the next requests of ``method`` suffer the planned faults.

    ``drop_before`` / ``timeout``: lost before the server; ``drop_after``: applied,
    then the connection breaks; ``502``: a gateway's HTML answer, not forwarded.
    """

    def __init__(self, fake, method: str, plan: list[str]) -> None:
        self.fake, self.method, self.plan = fake, method, list(plan)

    def handle(self, request: httpx.Request) -> httpx.Response:
        kind = self.plan.pop(0) if request.method == self.method and self.plan else "ok"
        if kind == "drop_before":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if kind == "timeout":
            raise httpx.ReadTimeout("timed out")
        if kind == "502":
            return httpx.Response(502, text="<html><h1>502 Bad Gateway</h1></html>",
                                  headers={"content-type": "text/html"})
        response = self.fake.handle(request)
        if kind == "drop_after":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return response

    def client(self) -> PayloadClient:
        return PayloadClient("http://payload.test", API_KEY,
                             transport=httpx.MockTransport(self.handle), retry_policy=NO_RETRY)


async def run_pusher(store, m, p, **options):
    sleep = SleepRecorder()
    conn = options.pop("connectivity", Connectivity())
    pusher = Pusher(store, m, p, conn, sleep=sleep, rng=random.Random(3), **options)
    return await pusher.run(), sleep, conn


async def test_write_applied_but_unanswered_is_replayed_as_done_not_resent(env):
    store, _medusa, payload, m, _p = env
    edit(store, "prod_00001", {"subtitle": "Mine"})
    faulty = Faulty(payload, "PATCH", ["drop_after"])
    report, sleep, conn = await run_pusher(store, m, faulty.client())
    assert (report.sent, report.already, report.retried, report.deferred) == (0, 1, 1, 0)
    assert len(payload.writes()) == 1 and payload.by_medusa("prod_00001")["subtitle"] == "Mine"
    assert store.outbox.entries() == [] and len(sleep.delays) == 1
    assert conn.state("payload") == Reach.REACHABLE  # one lost answer is not "offline"
    [entry] = store.outbox.entries(("done",))
    assert entry.outcome == "already" and entry.attempts == 2


@pytest.mark.parametrize("fault", ["drop_before", "502", "timeout"])
async def test_write_lost_on_the_way_is_sent_again_in_the_same_push(env, fault):
    store, _medusa, payload, m, _p = env
    edit(store, "prod_00001", {"subtitle": "Mine"})
    edit(store, "prod_00002", {"subtitle": "Other"})
    report, sleep, _ = await run_pusher(store, m, Faulty(payload, "PATCH", [fault]).client())
    assert (report.sent, report.retried, report.deferred, report.errors) == (2, 1, 0, {})
    assert len(payload.writes()) == 2  # the lost one never arrived; each applied once
    assert payload.by_medusa("prod_00001")["subtitle"] == "Mine"
    assert store.outbox.entries() == [] and len(sleep.delays) == 1


async def test_a_lost_re_read_is_retried(env):
    store, _medusa, payload, m, _p = env
    edit(store, "prod_00001", {"subtitle": "Mine"})
    report, _, _ = await run_pusher(store, m,
                                    Faulty(payload, "GET", ["timeout", "502"]).client())
    assert report.sent == 1 and report.retried == 2 and store.outbox.entries() == []


async def test_a_fault_that_persists_keeps_the_edit_queued_for_the_next_push(env):
    store, _medusa, payload, m, _p = env
    edit(store, "prod_00001", {"subtitle": "Mine"})
    faulty = Faulty(payload, "PATCH", ["502"] * 4)
    report, sleep, conn = await run_pusher(store, m, faulty.client())
    assert (report.sent, report.deferred, report.retried) == (0, 1, 3)
    assert "payload" in report.errors and len(sleep.delays) == 3
    [entry] = store.outbox.entries()
    assert entry.state == "queued" and entry.attempts == 4 and payload.writes() == []
    assert conn.state("payload") != Reach.UNREACHABLE
    report = await push(store, m, faulty.client())  # the fault has passed
    assert report.sent == 1 and store.outbox.entries() == []


async def test_an_unreachable_server_defers_everything_at_once(env):
    store, _medusa, payload, m, p = env
    for n in (1, 2, 3):
        edit(store, f"prod_0000{n}", {"subtitle": f"S{n}", "status": "draft"})
    payload.down, before = True, len(payload.requests)
    report, sleep, conn = await run_pusher(store, m, p, concurrency=1)
    assert len(payload.requests) - before == 1 and sleep.delays == []  # no retry passes
    assert (report.sent, report.deferred) == (3, 1)  # Medusa went on; Payload's are kept
    assert conn.state("payload") == Reach.UNREACHABLE
    assert {e.field for e in store.outbox.entries()} == {"subtitle"}
    assert all(e.state == "queued" for e in store.outbox.entries())


async def test_a_server_failing_every_request_is_given_up_after_down_after(env):
    store, _medusa, payload, m, _p = env
    for n in (1, 2, 3):
        edit(store, f"prod_0000{n}", {"subtitle": f"S{n}"})
    faulty = Faulty(payload, "GET", ["drop_before"] * 100)
    report, _, conn = await run_pusher(store, m, faulty.client(), down_after=4, concurrency=1)
    assert 100 - len(faulty.plan) == 4  # three passing faults, the fourth means "down"
    assert conn.state("payload") == Reach.UNREACHABLE
    assert report.sent == 0 and report.deferred == 3
    assert [e.state for e in store.outbox.entries()] == ["queued"] * 3


async def test_re_reads_are_batched_in_pass_order():
    medusa, payload = fake_pair(7)
    store = CatalogStore.open(":memory:")
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    before_m, before_p = len(medusa.requests), len(payload.requests)
    for n in range(1, 8):
        edit(store, f"prod_{n:05d}", {"subtitle": f"S{n}", "status": "draft"})
    report, _, _ = await run_pusher(store, m, p, read_batch=3)
    assert report.sent == 14 and store.outbox.entries() == []
    reads_p = [r for r in payload.requests[before_p:] if r.method == "GET"]
    reads_m = [r for r in medusa.requests[before_m:] if r.method == "GET"]
    assert len(reads_p) == 3 and len(reads_m) == 3  # 7 products, 3 per read
    assert reads_p[0].url.params["where[medusa_id][in]"] == "prod_00001,prod_00002,prod_00003"
    assert medusa.products["prod_00007"]["status"] == "draft"
    assert [payload.by_medusa(f"prod_{n:05d}")["subtitle"] for n in (1, 7)] == ["S1", "S7"]
    store.close()


async def test_a_lost_batch_read_retries_all_its_products(env):
    store, _medusa, payload, m, _p = env
    for n in (1, 2, 3):
        edit(store, f"prod_0000{n}", {"subtitle": f"S{n}"})
    faulty = Faulty(payload, "GET", ["timeout"])
    report, sleep, _ = await run_pusher(store, m, faulty.client(), read_batch=2)
    assert (report.sent, report.retried, report.deferred) == (3, 2, 0)
    assert len(payload.writes()) == 3 and len(sleep.delays) == 1


def _row(store, pid):
    from desktop_app.store.search import SearchQuery

    return next(r for r in store.search(SearchQuery(), limit=1000) if r.product_id == pid)


async def test_the_list_row_shows_what_the_push_stored(env):
    store, _medusa, payload, m, p = env
    edit(store, "prod_00002", {"subtitle": "Mine"})
    payload.touch("prod_00002", title="Theirs")
    await push(store, m, p)
    row = _row(store, "prod_00002")
    assert (row.title, row.subtitle) == ("Theirs", "Mine")


async def test_a_push_cancelled_midway_leaves_the_row_showing_what_was_stored(env, monkeypatch):
    import asyncio

    store, medusa, _payload, m, p = env
    edit(store, "prod_00001", {"status": "draft"})
    edit(store, "prod_00001", {"title": "Mine"})  # Medusa's unit first, then Payload's
    pusher = Pusher(store, m, p)
    read = pusher._read

    async def read_then_cancel(server, product_id):
        if server == "payload":
            raise asyncio.CancelledError  # the user cancels while Payload is re-read
        return await read(server, product_id)

    monkeypatch.setattr(pusher, "_read", read_then_cancel)
    with pytest.raises(asyncio.CancelledError):
        await pusher.run()
    written = medusa.products["prod_00001"]
    assert written["status"] == "draft"  # Medusa's write landed …
    row = _row(store, "prod_00001")  # … and the row shows its answer (the newest stamp)
    assert (row.status, row.updated_at) == ("draft", written["updated_at"])


async def test_a_malformed_document_fails_its_own_edit_and_the_batch_goes_on(env):
    store, _medusa, payload, m, p = env
    for n in (1, 2, 3):
        edit(store, f"prod_0000{n}", {"title": f"Mine {n}"})
    payload.by_medusa("prod_00002")["description"] = "plain text, not Lexical"
    report = await push(store, m, p)
    assert report.sent == 2 and report.failed == 1
    assert [payload.by_medusa(f"prod_0000{n}")["title"] for n in (1, 3)] == ["Mine 1", "Mine 3"]
    [left] = store.outbox.entries()
    assert (left.product_id, left.state) == ("prod_00002", "failed")
    assert "cannot read" in left.message and "Lexical" in left.message


async def test_refused_credentials_stop_pushing_to_that_server_for_the_run(env):
    store, _medusa, _payload, _m, p = env
    from desktop_app.api import MedusaClient, SecretKey
    from tests.exchange.fakes import SECRET, _json

    refused = []

    def handle(request: httpx.Request) -> httpx.Response:
        refused.append(request)
        return _json(401, {"type": "unauthorized", "message": "Unauthorized"})

    wrong = MedusaClient("http://medusa.test", SecretKey(SECRET),
                         transport=httpx.MockTransport(handle), retry_policy=NO_RETRY)
    for n in (1, 2, 3):
        edit(store, f"prod_0000{n}", {"status": "draft", "title": f"Mine {n}"})
    report = await Pusher(store, wrong, p, read_batch=1).run()
    assert len(refused) == 1  # one refusal, not one per product (no account lockout)
    assert report.sent == 3  # Payload's edits still went
    assert {e.state for e in store.outbox.entries()} == {"queued"}
    assert "medusa" in report.errors


async def test_the_rest_of_a_refused_write_is_compared_again_before_it_is_sent(env):
    store, medusa, _payload, _m, p = env
    from desktop_app.api import MedusaClient, SecretKey
    from tests.exchange.fakes import SECRET

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and not medusa.writes():
            medusa.touch("prod_00001", status="archived")  # a colleague, meanwhile
        return medusa.handle(request)

    client = MedusaClient("http://medusa.test", SecretKey(SECRET),
                          transport=httpx.MockTransport(handle), retry_policy=NO_RETRY)
    edit(store, "prod_00001", {"handle": "Bad Handle", "status": "draft"})
    report = await push(store, client, p)
    assert medusa.products["prod_00001"]["status"] == "archived"  # not overwritten
    states = {e.field: e.state for e in store.outbox.entries()}
    assert states == {"handle": "failed", "status": "conflict"}
    assert report.conflicts == 1 and report.sent == 0


async def test_the_rest_of_a_refused_write_fails_plainly_when_the_product_is_gone(env):
    store, medusa, _payload, _m, p = env
    from desktop_app.api import MedusaClient, SecretKey
    from tests.exchange.fakes import SECRET

    def handle(request: httpx.Request) -> httpx.Response:
        response = medusa.handle(request)
        if request.method == "POST":
            medusa.delete("prod_00001")  # deleted in Medusa's admin meanwhile
        return response

    client = MedusaClient("http://medusa.test", SecretKey(SECRET),
                          transport=httpx.MockTransport(handle), retry_policy=NO_RETRY)
    edit(store, "prod_00001", {"handle": "Bad Handle", "status": "draft"})
    await push(store, client, p)
    status = next(e for e in store.outbox.entries() if e.field == "status")
    assert status.state == "failed" and "deleted in Medusa" in status.message


# ------------------------------------------------------- organise, images, variant details
async def test_organise_images_go_in_a_product_update_variant_details_in_a_batch(env):
    store, medusa, _payload, m, p = env
    edit(store, "prod_00001", {
        "categories": ["pcat_b", "pcat_a"], "tags": ["ptag_1"], "sales_channels": ["sc_1"],
        "collection_id": "pcol_1", "type_id": "ptyp_1", "medusa_thumbnail": "http://i/1.png",
        "medusa_images": ["http://i/1.png", "http://i/2.png"],
        "variants.variant_1_S.barcode": "4006381333931", "variants.variant_1_M.weight": 250,
        "variants.variant_1_M.manage_inventory": True,
    })
    report = await push(store, m, p)
    assert report.sent == 10 and store.outbox.entries() == []
    update, batch = medusa.writes()
    assert json.loads(update.content) == {
        "categories": [{"id": "pcat_b"}, {"id": "pcat_a"}], "tags": [{"id": "ptag_1"}],
        "sales_channels": [{"id": "sc_1"}], "collection_id": "pcol_1", "type_id": "ptyp_1",
        "thumbnail": "http://i/1.png", "images": [{"url": "http://i/1.png"},
                                                  {"url": "http://i/2.png"}]}
    assert batch.url.path == "/admin/products/prod_00001/variants/batch"
    assert json.loads(batch.content) == {"update": [
        {"id": "variant_1_S", "barcode": "4006381333931"},
        {"id": "variant_1_M", "weight": 250, "manage_inventory": True}]}
    stored = store.medusa("prod_00001")  # the answer, stored in the record's shape
    assert stored["categories"] == ["pcat_a", "pcat_b"]
    assert stored["medusa_images"] == ["http://i/1.png", "http://i/2.png"]
    # A second push finds everything in place: nothing is sent twice.
    assert (await push(store, m, p)).total == 0 and len(medusa.writes()) == 2


async def test_a_category_order_change_on_the_server_is_no_conflict(env):
    store, medusa, _payload, m, p = env
    medusa.touch("prod_00002", categories=[{"id": "pcat_a"}, {"id": "pcat_b"}])
    await pull(store, m, p)
    edit(store, "prod_00002", {"categories": ["pcat_b", "pcat_a", "pcat_c"]})
    medusa.touch("prod_00002", categories=[{"id": "pcat_b"}, {"id": "pcat_a"}])  # same set
    report = await push(store, m, p)
    assert (report.sent, report.conflicts) == (1, 0)


async def test_a_category_deleted_meanwhile_fails_its_edit_naming_it(env):
    """Medusa answers 200 and drops the id (recorded); the edit must not be marked done."""
    from desktop_app.store import taxonomy

    store, medusa, _payload, m, p = env
    taxonomy.save_all(store.conn, "category", [{"id": "pcat_gone", "name": "Summer sale"},
                                               {"id": "pcat_kept", "name": "Shirts"}])
    medusa.categories = {"pcat_kept"}  # Summer sale was deleted in Medusa meanwhile
    edit(store, "prod_00001", {"categories": ["pcat_kept", "pcat_gone"], "status": "draft"})
    report = await push(store, m, p)
    assert (report.sent, report.failed) == (1, 1)
    [entry] = store.outbox.entries()
    assert (entry.field, entry.state) == ("categories", "failed")
    assert entry.message == "Category 'Summer sale' no longer exists in Medusa."
    assert medusa.products["prod_00001"]["status"] == "draft"  # the rest was done
    edit(store, "prod_00002", {"categories": ["pcat_x", "pcat_y"]})  # unknown to the store
    await push(store, m, p)
    failed = [e for e in store.outbox.entries() if e.product_id == "prod_00002"]
    assert failed[0].message == "Categories pcat_x, pcat_y no longer exist in Medusa."
