"""100 subtitle edits pushed through a proxy that faults 20% of the requests.

The proxy (tests/support/fault_proxy.py) drops connections before and after
forwarding, answers 502 and stalls requests past the client's timeout. The app
pushes until its outbox is empty; then Payload must hold every intended value
(nothing lost), each product must have been written exactly once (nothing
applied twice) and every edit must be done. Only ``subtitle`` is touched, on
catalog products no other test edits it on, and it is restored afterwards.
"""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from desktop_app.api import PayloadClient
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.e2e.offline.helpers import profile
from tests.support.fault_proxy import FaultProxy
from tests.support.stack import ensure_stack, unique

PRODUCTS = 100
TIMEOUT = 2.0
MAX_PUSHES = 6


def newest_docs(http) -> list[dict]:
    # The newest linked docs: bench/bulk_push.py edits the oldest 1,000 by id.
    resp = http.payload.get("/products", headers=http.payload_headers("editor"), params={
        "limit": str(PRODUCTS), "sort": "-id", "depth": "0",
        "where[medusa_id][exists]": "true", "select[medusa_id]": "true",
        "select[subtitle]": "true"})
    resp.raise_for_status()
    return resp.json()["docs"]


def catalog_docs(http) -> list[dict]:
    docs = newest_docs(http)
    if len(docs) < PRODUCTS:  # a fresh stack has 40 products: seed enough
        ensure_stack("--products", str(PRODUCTS + 40))
        docs = newest_docs(http)
    assert len(docs) == PRODUCTS
    return docs


def subtitles(http, doc_ids: list[int]) -> dict[int, object]:
    resp = http.payload.get("/products", headers=http.payload_headers("editor"), params={
        "limit": "0", "depth": "0", "where[id][in]": ",".join(map(str, doc_ids)),
        "select[subtitle]": "true"})
    resp.raise_for_status()
    return {d["id"]: d.get("subtitle") for d in resp.json()["docs"]}


def restore(http, originals: dict[int, object]) -> None:
    for doc_id, subtitle in originals.items():
        http.payload.patch(f"/products/{doc_id}", json={"subtitle": subtitle},
                           params={"depth": "0", "select[id]": "true"},
                           headers=http.payload_headers("editor")).raise_for_status()


@pytest.mark.timeout(180)
async def test_faulty_network_loses_nothing_and_applies_nothing_twice(stack, stack_http,
                                                                      tmp_path):
    docs = catalog_docs(stack_http)
    originals = {d["id"]: d.get("subtitle") for d in docs}
    ids = [d["medusa_id"] for d in docs]
    doc_of = {d["medusa_id"]: d["id"] for d in docs}
    token = unique("fault")
    intended = {pid: f"{token} subtitle {n}" for n, pid in enumerate(ids)}

    # Fault-free while the store is filled: the push is what is under test.
    proxy = FaultProxy(stack.payload_url, rate=0.0, seed=20261127, stall=TIMEOUT + 0.5).start()
    client = PayloadClient(proxy.url, stack.editor_key, timeout=httpx.Timeout(TIMEOUT))
    shop = Shop(profile(stack.medusa_url, proxy.url), medusa=None, payload=client)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "catalog.sqlite3"), shop)
    try:
        await catalog.refresh(ids)
        for pid in ids:
            catalog.edit(pid, {"subtitle": intended[pid]})
        assert len(catalog.outbox()) == PRODUCTS

        proxy.set_rate(0.2)
        reports = []
        while catalog.outbox() and len(reports) < MAX_PUSHES:
            reports.append(await catalog.push())
        proxy.drain(timeout=30)  # a stalled request lands (or not) before the check
        print("pushes:", [(r.sent, r.already, r.deferred, r.retried) for r in reports],
              "proxy:", dict(proxy.counts), "on writes:", dict(proxy.write_faults))

        faulted = sum(n for k, n in proxy.counts.items() if k not in ("requests", "forwarded"))
        assert faulted >= 0.1 * proxy.counts["requests"], proxy.counts  # faults happened
        assert proxy.counts["drop_after"] and proxy.counts["stall_forward"], proxy.counts
        assert catalog.outbox() == []
        outcomes = Counter(e.outcome for e in catalog.outbox(None))
        assert set(outcomes) <= {"sent", "already"} and sum(outcomes.values()) == PRODUCTS
        # Each write applied but unanswered was found applied on the re-read.
        assert outcomes["already"] >= proxy.write_faults["drop_after"]

        server = subtitles(stack_http, list(doc_of.values()))
        lost = [pid for pid in ids if server[doc_of[pid]] != intended[pid]]
        assert lost == []
        writes = {pid: proxy.writes.get(f"/api/products/{doc_of[pid]}", 0) for pid in ids}
        assert {pid: n for pid, n in writes.items() if n != 1} == {}  # never applied twice
    finally:
        await catalog.aclose()
        proxy.stop()
        restore(stack_http, originals)
