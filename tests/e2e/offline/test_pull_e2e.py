"""Pulling the real stack: full pull, cheap incremental refresh, deletions."""

from __future__ import annotations

from desktop_app.services.transports import Transports
from tests.e2e.offline.helpers import CountingTransport, linked_product, online_catalog
from tests.support.stack import unique, wait_for


async def test_full_then_incremental_pull_and_deletions(stack, stack_http, tmp_path):
    keep, keep_doc = linked_product(stack_http, unique("pull-keep"))
    gone, _ = linked_product(stack_http, unique("pull-gone"))
    medusa_t, payload_t = CountingTransport(), CountingTransport()
    catalog = online_catalog(stack, tmp_path / "c.sqlite3", Transports(medusa_t, payload_t))
    report = await catalog.pull()
    assert report.ok and report.servers["medusa"].full
    ids = {r.product_id for r in catalog.search(limit=1_000_000).rows}
    assert {keep["id"], gone["id"]} <= ids
    assert catalog.search(keep["handle"]).rows[0].title == keep_doc["title"]

    # One product changed on each server: a refresh costs at most 3 requests per server.
    stack_http.medusa.post(f"/admin/products/{keep['id']}",
                           json={"status": "published"}).raise_for_status()
    resp = stack_http.payload.patch(f"/products/{keep_doc['id']}",
                                    json={"title": "Pulled title"},
                                    headers=stack_http.payload_headers("editor"))
    resp.raise_for_status()
    medusa_t.counts.clear()
    payload_t.counts.clear()
    report = await catalog.pull()
    assert report.ok and not report.servers["medusa"].full
    assert medusa_t.total() <= 3 and payload_t.total() <= 3, (medusa_t.counts, payload_t.counts)
    [row] = catalog.search(keep["handle"]).rows
    assert (row.title, row.status) == ("Pulled title", "published")

    # A soft delete in Medusa; Medusa's subscriber then hard-deletes the Payload doc.
    stack_http.medusa.delete(f"/admin/products/{gone['id']}").raise_for_status()
    wait_for(lambda: not stack_http.payload_docs_for(gone["id"]), 60, what="Payload delete")
    report = await catalog.pull()
    assert report.servers["medusa"].deleted >= 1
    assert catalog.search(gone["handle"]).total == 0
    assert catalog.product(gone["id"]) is None or catalog.product(gone["id"]).server_payload is None
    await catalog.aclose()
