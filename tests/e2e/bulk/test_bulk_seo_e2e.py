"""Bulk edit of 1,000 products' SEO fields against the real stack: preview, apply, undo.

The server state is read back from Payload's REST API after each step. Only the SEO
group is touched (other suites change titles and subtitles of stack products).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from desktop_app import bulk
from desktop_app.store import SearchQuery
from desktop_app.store.fields import same
from tests.e2e.offline.helpers import online_catalog
from tests.support.stack import StackHttp, ensure_stack, unique

COUNT = 1000
FIELDS = ("meta_title", "meta_description")


def server_seo(http: StackHttp, ids: list[str]) -> dict[str, tuple[Any, Any]]:
    """``medusa_id -> (meta_title, meta_description)`` as Payload returns them now."""
    resp = http.payload.get("/products", headers=http.payload_headers("editor"), params={
        "limit": "0", "depth": "0", "select[medusa_id]": "true", "select[seo]": "true"})
    resp.raise_for_status()
    wanted = set(ids)
    return {d["medusa_id"]: tuple((d.get("seo") or {}).get(f) for f in FIELDS)
            for d in resp.json()["docs"] if d.get("medusa_id") in wanted}


def linked_ids(catalog) -> list[str]:
    """Products linked to a Payload document (only their SEO group is touched, then restored)."""
    rows = catalog.rows(SearchQuery(sort="handle"), 0, catalog.count(SearchQuery()))
    return [r.product_id for r in rows if r.sync_state == "linked"][:COUNT]


def assert_matches(actual: dict[str, tuple], expected: dict[str, tuple], what: str) -> None:
    wrong = [pid for pid in expected
             if not all(same("seo." + f, a, e) for f, a, e in
                        zip(FIELDS, actual.get(pid, (None, None)), expected[pid], strict=True))]
    assert not wrong, f"{len(wrong)} products differ from {what}, e.g. {wrong[:3]}"


def restore(http: StackHttp, before: dict[str, tuple], ids: list[str]) -> None:
    """Last resort if the test failed half-way: put the SEO values back directly."""
    resp = http.payload.get("/products", headers=http.payload_headers("editor"), params={
        "limit": "0", "depth": "0", "select[medusa_id]": "true", "select[seo]": "true"})
    docs = {d["medusa_id"]: d for d in resp.json()["docs"] if d.get("medusa_id") in set(ids)}
    for pid, doc in docs.items():
        seo = doc.get("seo") or {}
        if not all(same("seo." + f, seo.get(f), v) for f, v in zip(FIELDS, before[pid],
                                                                       strict=True)):
            http.payload.patch(f"/products/{doc['id']}", headers=http.payload_headers("editor"),
                               json={"seo": {**seo, **dict(zip(FIELDS, before[pid],
                                                               strict=True))}})


@pytest.mark.timeout(900)
async def test_bulk_seo_edit_of_1000_products_preview_apply_undo(stack, stack_http, tmp_path):
    catalog = online_catalog(stack, tmp_path / "catalog.sqlite3")
    started = time.monotonic()
    await catalog.pull()
    ids = linked_ids(catalog)
    if len(ids) < COUNT:  # a fresh stack has 40 products: seed enough (stack/up --products)
        live = stack_http.medusa.get("/admin/products",
                                     params={"limit": 0, "fields": "id"}).json()["count"]
        ensure_stack("--products", str(live + COUNT - len(ids)))
        await catalog.pull()
        ids = linked_ids(catalog)
    assert len(ids) == COUNT, f"only {len(ids)} products linked to Payload after seeding"
    before = server_seo(stack_http, ids)
    assert len(before) == COUNT
    token = unique("seo")
    op = bulk.SetSeo(meta_title="{title} | " + token, meta_description=token + ": {handle}")
    timings = {"pull": time.monotonic() - started}
    print(f"pull {timings['pull']:.1f}s", flush=True)
    try:
        # 1. Preview: a diff for every product, nothing written anywhere.
        t = time.monotonic()
        plan = bulk.plan(catalog, op, ids)
        timings["plan"] = time.monotonic() - t
        assert len(plan.diffs) == COUNT and plan.field_count == 2 * COUNT and plan.ok
        after = {d.product_id: tuple(c.after for c in d.changes) for d in plan.diffs}
        first = plan.diffs[0]
        assert first.changes[0].after == f"{first.title} | {token}"
        assert catalog.outbox() == []
        assert_matches(server_seo(stack_http, ids), before, "the state before (preview)")

        # 2. Apply: durable in the outbox first, then pushed with progress.
        t = time.monotonic()
        applied = bulk.apply(catalog, plan)
        timings["apply"] = time.monotonic() - t
        assert (applied.op.products, applied.op.fields) == (COUNT, 2 * COUNT)
        assert len(catalog.outbox()) == 2 * COUNT
        assert_matches(server_seo(stack_http, ids), before, "the state before (recorded only)")
        print(f"apply {timings['apply']:.2f}s", flush=True)
        progress: list[Any] = []
        t = time.monotonic()
        report = await bulk.push(catalog, progress.append)
        timings["push"] = time.monotonic() - t
        print(f"push {timings['push']:.1f}s", flush=True)
        assert (report.sent, report.conflicts, report.failed, report.deferred) == (
            2 * COUNT, 0, 0, 0), report.errors
        assert (progress[-1].done, progress[-1].total) == (COUNT, COUNT)
        assert catalog.outbox() == []
        assert_matches(server_seo(stack_http, ids), after, "the bulk values")

        # 3. Undo in one step, then push: every product is back to its old values.
        t = time.monotonic()
        undo = bulk.undo(catalog, applied.op.id)
        timings["undo"] = time.monotonic() - t
        assert (undo.reverted, undo.discarded, undo.kept) == (2 * COUNT, 0, [])
        assert_matches(server_seo(stack_http, ids), after, "the bulk values (undo recorded)")
        t = time.monotonic()
        report = await bulk.push(catalog)
        timings["undo push"] = time.monotonic() - t
        assert report.conflicts == 0 and report.failed == 0 and report.deferred == 0
        assert report.sent + report.already == 2 * COUNT
        assert_matches(server_seo(stack_http, ids), before, "the state before (undone)")
        assert bulk.history(catalog)[0].undone_at is not None
        print("bulk e2e timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in timings.items()))
    finally:
        await catalog.aclose()
        restore(stack_http, before, ids)
