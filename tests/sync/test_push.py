"""Push: read-compare-write, conflicts, merges, 423, validation, crash replay."""

from __future__ import annotations

import json

import pytest

from desktop_app.store import CatalogStore
from desktop_app.sync.connectivity import Connectivity, Reach
from desktop_app.sync.pull import pull
from desktop_app.sync.push import push
from tests.sync.fakes import fake_pair


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
