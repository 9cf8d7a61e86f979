"""apply: one durable batch in the outbox, remembered; undo: the whole bulk edit at once."""

from __future__ import annotations

import pytest

from desktop_app import bulk
from desktop_app.services.offline import Changes
from desktop_app.store.bulk_ops import BulkOps

IDS = [f"prod_0000{n}" for n in range(1, 6)]


def seo_values(payload, field="meta_title"):
    return {pid: (payload.by_medusa(pid)["seo"] or {}).get(field) for pid in IDS}


async def test_apply_records_every_edit_and_the_bulk_edit(env):
    catalog, _medusa, payload = env
    seen: list[Changes] = []
    catalog.subscribe(seen.append)
    plan = bulk.plan(catalog, bulk.SetSeo(meta_title="T {title}"), IDS)
    result = bulk.apply(catalog, plan)
    entries = catalog.outbox()
    assert [(e.product_id, e.field, e.mine) for e in entries] == [
        (pid, "seo.meta_title", f"T Payload title {pid[-1]}") for pid in IDS]
    assert entries[1].base == "Old SEO 2"  # the stored server value
    assert (result.op.products, result.op.fields, result.op.undone_at) == (5, 5, None)
    assert bulk.history(catalog)[0] == result.op
    assert [c.seq for c in BulkOps(catalog._store.conn).changes(result.op.id)] == [
        e.seq for e in entries]
    assert catalog.search(sync_states=("pending",)).total == 5
    assert seen[-1].rows_reset and seen[-1].outbox
    assert payload.writes() == []  # nothing sent before push


async def test_apply_refuses_plans_with_errors_or_nothing(env):
    catalog, *_ = env
    with pytest.raises(bulk.BulkError, match="Nothing to change"):
        bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("published"), IDS))
    bad = bulk.BulkPlan("csv", "x", errors=(bulk.RowError("bad", 2),))
    with pytest.raises(bulk.BulkError, match="Fix the error before applying"):
        bulk.apply(catalog, bad)
    assert catalog.outbox() == []


async def test_fields_changed_since_the_preview_are_left_alone(env):
    catalog, *_ = env
    plan = bulk.plan(catalog, bulk.SetStatus("draft"), IDS[:2])
    catalog.edit("prod_00001", {"status": "proposed"})  # after the preview
    result = bulk.apply(catalog, plan)
    assert [s.product_id for s in result.skipped] == ["prod_00001"]
    assert catalog.product("prod_00001").value("status") == "proposed"
    assert catalog.product("prod_00002").value("status") == "draft"


async def test_undo_before_push_discards_and_restores_earlier_pending_values(env):
    catalog, _medusa, payload = env
    catalog.edit("prod_00001", {"seo.meta_title": "My own pending value"})
    op = bulk.apply(catalog, bulk.plan(catalog, bulk.SetSeo(meta_title="Bulk"), IDS)).op
    report = bulk.undo(catalog, op.id)
    assert (report.discarded, report.reverted, report.kept) == (5, 0, [])
    assert [(e.product_id, e.mine) for e in catalog.outbox()] == [
        ("prod_00001", "My own pending value")]
    assert catalog.product("prod_00002").value("seo.meta_title") == "Old SEO 2"
    assert bulk.history(catalog)[0].undone_at is not None
    with pytest.raises(bulk.BulkError, match="already undone"):
        bulk.undo(catalog, op.id)
    await catalog.push()
    assert seo_values(payload)["prod_00001"] == "My own pending value"
    assert len(payload.writes()) == 1


async def test_undo_after_push_writes_the_old_values_back(env):
    catalog, _medusa, payload = env
    before = seo_values(payload)
    op = bulk.apply(catalog, bulk.plan(catalog, bulk.SetSeo(meta_title="Bulk {title}"), IDS)).op
    assert (await bulk.push(catalog)).sent == 5
    assert seo_values(payload) == {pid: f"Bulk Payload title {pid[-1]}" for pid in IDS}
    report = bulk.undo(catalog, op.id)
    assert (report.discarded, report.reverted) == (0, 5)
    assert {(e.base, e.mine) for e in catalog.outbox() if e.product_id == "prod_00002"} == {
        ("Bulk Payload title 2", "Old SEO 2")}
    assert (await bulk.push(catalog)).sent == 5
    assert seo_values(payload) == before


async def test_undo_keeps_fields_changed_since(env):
    catalog, _medusa, payload = env
    op = bulk.apply(catalog, bulk.plan(catalog, bulk.SetSeo(meta_title="Bulk"), IDS)).op
    await bulk.push(catalog)
    catalog.edit("prod_00001", {"seo.meta_title": "Edited locally later"})
    payload.touch("prod_00002", seo={"meta_title": "Edited in Payload later",
                                     "meta_description": None, "meta_keywords": None})
    report = bulk.undo(catalog, op.id)
    assert report.kept == ["prod_00001 seo.meta_title"] and report.reverted == 4
    push = await bulk.push(catalog)
    assert (push.sent, push.conflicts) == (4, 1)  # Payload's later value is not overwritten
    values = seo_values(payload)
    assert values["prod_00001"] == "Edited locally later"
    assert values["prod_00002"] == "Edited in Payload later"
    assert values["prod_00003"] is None


async def test_undo_drops_a_conflicted_bulk_value_and_keeps_the_server_value(env):
    catalog, _medusa, payload = env
    op = bulk.apply(catalog, bulk.plan(catalog, bulk.SetSeo(meta_title="Bulk"), IDS[:2])).op
    payload.touch("prod_00001", seo={"meta_title": "Theirs", "meta_description": None,
                                     "meta_keywords": None})
    assert (await bulk.push(catalog)).conflicts == 1
    report = bulk.undo(catalog, op.id)
    assert (report.discarded, report.reverted) == (1, 1)
    assert catalog.outbox(("conflict",)) == []
    assert (await bulk.push(catalog)).sent == 1
    assert seo_values(payload)["prod_00001"] == "Theirs"
    assert seo_values(payload)["prod_00002"] == "Old SEO 2"


async def test_undo_of_an_unknown_bulk_edit(env):
    catalog, *_ = env
    with pytest.raises(bulk.BulkError, match="no bulk edit #42"):
        bulk.undo(catalog, 42)


async def test_bulk_edits_of_one_field_undo_in_reverse_order(env):
    catalog, *_ = env
    first = bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("draft"), IDS)).op
    second = bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("proposed"), IDS)).op
    bulk.undo(catalog, second.id)
    assert {catalog.product(p).value("status") for p in IDS} == {"draft"}
    bulk.undo(catalog, first.id)
    assert {catalog.product(p).value("status") for p in IDS} == {"published"}
    assert catalog.outbox() == []


async def test_undo_of_an_earlier_bulk_edit_keeps_a_later_one(env):
    catalog, *_ = env
    first = bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("draft"), IDS)).op
    bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("proposed"), IDS))
    assert len(bulk.undo(catalog, first.id).kept) == 5
    assert {catalog.product(p).value("status") for p in IDS} == {"proposed"}
