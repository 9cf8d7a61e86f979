"""Pushing a bulk edit: progress reported; a cancelled push loses nothing."""

from __future__ import annotations

import asyncio
import json

import httpx

from desktop_app import bulk
from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store.outbox import PUSHABLE
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import SECRET

IDS = [f"prod_0000{n}" for n in range(1, 6)]


async def test_progress_is_reported_per_product(env):
    catalog, *_ = env
    bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("draft"), IDS))
    seen = []
    report = await bulk.push(catalog, seen.append)
    assert report.sent == 5
    assert (seen[0].done, seen[0].total) == (0, 5) and (seen[-1].done, seen[-1].total) == (5, 5)


async def test_cancelled_push_leaves_every_edit_pending_or_done(env):
    catalog, medusa, _payload = env
    bulk.apply(catalog, bulk.plan(catalog, bulk.SetStatus("draft"), IDS))
    gate = asyncio.Event()
    handle = medusa.handle
    writes = 0

    async def slow(request):
        nonlocal writes
        if request.method == "POST":
            writes += 1
            if writes > 2:
                await gate.wait()  # the third write hangs until the push is cancelled
        return handle(request)

    slow_shop = Shop(PROFILE, MedusaClient("http://medusa.test", SecretKey(SECRET),
                                           transport=httpx.MockTransport(slow),
                                           retry_policy=NO_RETRY), catalog.shop.payload)
    catalog = OfflineCatalog(catalog._store, slow_shop)  # the same store, a slow Medusa
    task = asyncio.ensure_future(bulk.push(catalog))
    while writes < 3:
        await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert task.cancelled()
    states = {e.product_id: e.state for e in catalog.outbox(None)}
    assert set(states) == set(IDS)
    assert set(states.values()) <= {"done", *PUSHABLE}
    assert list(states.values()).count("done") >= 2
    gate.set()
    report = await bulk.push(catalog)  # the next push finishes the job, once each
    assert catalog.outbox() == [] and report.sent + report.already == 5 - 2
    assert {medusa.products[p]["status"] for p in IDS} == {"draft"}
    statuses = [json.loads(r.content).get("status") for r in medusa.writes()]
    assert len(statuses) <= 5 + 1  # at most the one interrupted request is repeated

