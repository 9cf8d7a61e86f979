"""Offline-first edits against the real stack: durable, pushed once, conflict-safe."""

from __future__ import annotations

import pytest

from desktop_app.exchange.connectivity import Reach
from desktop_app.services.transports import Transports
from tests.e2e.offline.helpers import (
    CountingTransport,
    linked_product,
    lock_doc,
    offline_catalog,
    online_catalog,
    payload_doc,
    payload_patch,
    unlock,
)
from tests.support.stack import unique


@pytest.fixture
def db(tmp_path):
    return tmp_path / "catalog.sqlite3"


async def test_offline_edit_survives_restart_and_is_pushed_exactly_once(stack, stack_http, db):
    product, doc = linked_product(stack_http, unique("offline"))
    pid = product["id"]
    catalog = online_catalog(stack, db)
    await catalog.refresh([pid])
    await catalog.aclose()

    # Offline: both servers unreachable. The edit is durable, the push keeps it.
    catalog = offline_catalog(stack, db)
    catalog.edit(pid, {"title": "Edited offline", "metadata.offline_note": "kept"})
    report = await catalog.push()
    assert report.deferred == 2 and report.sent == 0
    assert catalog.connectivity.state("payload") == Reach.UNREACHABLE
    assert catalog.connectivity.state("medusa") == Reach.UNREACHABLE
    assert catalog.product(pid).value("title") == "Edited offline"
    await catalog.aclose()  # "restart"

    medusa_t, payload_t = CountingTransport(), CountingTransport()
    catalog = online_catalog(stack, db, Transports(medusa_t, payload_t))
    assert [e.field for e in catalog.outbox()] == ["title", "metadata.offline_note"]
    report = await catalog.push()
    assert report.sent == 2 and catalog.outbox() == []
    assert (medusa_t.writes(), payload_t.writes()) == (1, 1)
    report = await catalog.push()  # nothing left: nothing sent again
    assert report.total == 0 and (medusa_t.writes(), payload_t.writes()) == (1, 1)
    await catalog.aclose()

    assert payload_doc(stack_http, pid)["title"] == "Edited offline"
    meta = stack_http.medusa_product(pid)["metadata"]
    assert meta["offline_note"] == "kept" and meta["payload_id"] == str(doc["id"])


async def test_same_field_changed_on_server_is_a_conflict_and_not_overwritten(
    stack, stack_http, db
):
    product, doc = linked_product(stack_http, unique("conflict"))
    pid = product["id"]
    catalog = online_catalog(stack, db)
    await catalog.refresh([pid])
    base = catalog.product(pid).value("title")
    catalog.edit(pid, {"title": "Mine"})
    payload_patch(stack_http, doc["id"], {"title": "Theirs"})  # someone in Payload admin

    report = await catalog.push()
    assert report.conflicts == 1 and report.sent == 0
    [entry] = catalog.outbox()
    assert (entry.state, entry.base, entry.mine, entry.theirs) == (
        "conflict", base, "Mine", "Theirs")
    assert payload_doc(stack_http, pid)["title"] == "Theirs"
    assert catalog.search(sync_states=("conflict",)).rows[0].product_id == pid

    from desktop_app.services.offline import Resolution

    catalog.resolve(entry.seq, Resolution.KEEP_MINE)
    assert (await catalog.push()).sent == 1
    assert payload_doc(stack_http, pid)["title"] == "Mine"
    await catalog.aclose()


async def test_different_fields_merge(stack, stack_http, db):
    product, doc = linked_product(stack_http, unique("merge"))
    pid = product["id"]
    catalog = online_catalog(stack, db)
    await catalog.refresh([pid])
    catalog.edit(pid, {"subtitle": "Local subtitle", "status": "published"})
    payload_patch(stack_http, doc["id"], {"title": "Remote title"})
    stack_http.medusa.post(f"/admin/products/{pid}",
                           json={"metadata": {"remote": "yes"}}).raise_for_status()

    report = await catalog.push()
    assert report.sent == 2 and report.conflicts == 0
    server_doc = payload_doc(stack_http, pid)
    assert (server_doc["title"], server_doc["subtitle"]) == ("Remote title", "Local subtitle")
    medusa_p = stack_http.medusa_product(pid, "id,status,metadata")
    assert medusa_p["status"] == "published" and medusa_p["metadata"]["remote"] == "yes"
    await catalog.aclose()


async def edit_then_lock(stack, stack_http, db, tag: str, subtitle: str):
    """A subtitle edit queued for a fresh product, whose Payload doc is then locked."""
    product, doc = linked_product(stack_http, unique(tag))
    catalog = online_catalog(stack, db)
    await catalog.refresh([product["id"]])
    catalog.edit(product["id"], {"subtitle": subtitle})
    return catalog, product["id"], lock_doc(stack_http, doc["id"])


async def test_locked_document_keeps_the_edit_and_retries_later(stack, stack_http, db):
    catalog, pid, lock_id = await edit_then_lock(stack, stack_http, db, "locked",
                                                 "after the lock")
    try:
        report = await catalog.push()
        assert report.locked == 1
        [entry] = catalog.outbox()
        assert entry.state == "locked" and "locked" in entry.message
        assert payload_doc(stack_http, pid)["subtitle"] != "after the lock"
    finally:
        unlock(stack_http, lock_id)
    report = await catalog.push()
    assert report.sent == 1 and catalog.outbox() == []
    assert payload_doc(stack_http, pid)["subtitle"] == "after the lock"
    await catalog.aclose()


async def test_override_lock_sends_the_locked_edit_and_removes_the_lock(stack, stack_http, db):
    catalog, pid, lock_id = await edit_then_lock(stack, stack_http, db, "override",
                                                 "sent over the lock")
    try:
        assert (await catalog.push()).locked == 1
        await catalog.push_product(pid, override_lock=True)
        assert catalog.outbox() == []
        assert payload_doc(stack_http, pid)["subtitle"] == "sent over the lock"
        lock = stack_http.payload.get(f"/payload-locked-documents/{lock_id}",
                                      headers=stack_http.payload_headers("admin"))
        assert lock.status_code == 404  # Payload removed the editor's lock (§7)
    finally:
        unlock(stack_http, lock_id)
        await catalog.aclose()


async def test_validation_errors_land_on_the_field_and_keep_the_edit(stack, stack_http, db):
    product, _ = linked_product(stack_http, unique("invalid"))
    pid = product["id"]
    catalog = online_catalog(stack, db)
    await catalog.refresh([pid])
    catalog.edit(pid, {"title": "", "subtitle": "valid subtitle",
                       "handle": "Not A Handle", "status": "proposed"})
    report = await catalog.push()
    failed = {e.field: e for e in catalog.outbox()}
    assert set(failed) == {"title", "handle"}
    assert failed["title"].state == "failed" and "required" in failed["title"].message
    assert failed["handle"].state == "failed" and "URL safe" in failed["handle"].message
    assert report.sent == 2  # the valid fields went through on the retry
    assert payload_doc(stack_http, pid)["subtitle"] == "valid subtitle"
    assert stack_http.medusa_product(pid, "id,status")["status"] == "proposed"
    # The edits are kept: fixing the value re-queues it.
    catalog.edit(pid, {"handle": unique("fixed")})
    assert (await catalog.push()).sent == 1
    await catalog.aclose()
