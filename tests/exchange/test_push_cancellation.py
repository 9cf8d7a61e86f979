"""A push cancelled at any of its requests (the app quits, ``aclose`` cancels it), before a
request reaches the server or once it has been applied with its answer not yet back, and
maybe with the fields typed again first; then another process pushes the same store.

Right after the cancel every edit is on the server or active in the outbox with its last
value; after the second push every last value is on the server and in the store, nothing
is left (no row stuck ``sending``) and no conflict was made of the app's own writes. The
push here makes eight requests (Payload and Medusa re-reads and writes, a variants batch,
for two products at once); ``at`` counts them in the order they leave. Likewise a new
product's create, renamed before or while its request is on the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx
import pytest

from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.services.new_product import CREATE_MARKER, ProductDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.fields import extract, same
from tests.exchange.fake_creates import FakeCreates
from tests.exchange.fakes import API_KEY, SECRET, FakeMedusa, FakePayload, fake_pair
from tests.exchange.test_interleavings import PROFILE

EDITS = {
    "prod_00001": {"title": "T1", "status": "draft", "variants.variant_1_S.sku": "K1"},
    "prod_00002": {"subtitle": "S2", "variants.variant_2_M.sku": "K2", "handle": "h-2"},
}
TYPED_AGAIN = {"prod_00001": {"title": "T1b", "variants.variant_1_S.sku": "K1b"},
               "prod_00002": {"handle": "h-2b"}}
REQUESTS = 8  # of the push above, when nothing is cancelled


class Stop:
    """Stops the ``at``-th request of both servers: before it reaches the fake, or (after)
    once the fake applied it; the request then never ends (until cancelled)."""

    def __init__(self, after: bool) -> None:
        self.after = after
        self.at = 0  # 0: none (the pull before)
        self.count = 0
        self.hit = asyncio.Event()

    def transport(self, fake: FakeMedusa | FakePayload | FakeCreates) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            self.count += 1
            stopped = self.count == self.at
            if stopped and not self.after:
                self.hit.set()
                await asyncio.Event().wait()
            response: httpx.Response = fake.handle(request)
            if stopped:
                self.hit.set()
                await asyncio.Event().wait()
            return response

        return httpx.MockTransport(handle)


def _on_server(medusa: FakeMedusa, payload: FakePayload, pid: str, name: str) -> Any:
    if name in ("title", "subtitle"):
        return payload.by_medusa(pid)[name]
    return extract(medusa.products[pid], name)


@pytest.mark.parametrize("typed_again", [False, True], ids=["", "typed-again"])
@pytest.mark.parametrize("after", [False, True], ids=["before", "applied"])
@pytest.mark.parametrize("at", range(1, REQUESTS + 1))
async def test_a_push_cancelled_at_any_request_loses_nothing(tmp_path, at, after, typed_again):
    medusa, payload = fake_pair(2)
    stop = Stop(after)
    clients = (MedusaClient("http://medusa.test", SecretKey(SECRET), retry_policy=NO_RETRY,
                            transport=stop.transport(medusa)),
               PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                             transport=stop.transport(payload)))
    quitting = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"), Shop(PROFILE, *clients))
    await quitting.pull()
    for pid, changes in EDITS.items():
        quitting.edit(pid, changes)
    stop.count, stop.at = 0, at
    push = asyncio.ensure_future(quitting.push())
    await asyncio.wait([push, asyncio.ensure_future(stop.hit.wait())],
                       return_when=asyncio.FIRST_COMPLETED)
    assert not push.done(), "the push made fewer requests than REQUESTS"
    want = {pid: dict(changes) for pid, changes in EDITS.items()}
    if typed_again:  # while the request is on the wire
        for pid, changes in TYPED_AGAIN.items():
            quitting.edit(pid, changes)
            want[pid].update(changes)
    await quitting.aclose()  # cancels the push
    assert push.cancelled()

    restarted = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"),
                               Shop(PROFILE, medusa.client(), payload.client()))
    rows = restarted.outbox()
    for pid, changes in want.items():
        for name, value in changes.items():
            kept = [e for e in rows if (e.product_id, e.field) == (pid, name)]
            assert (kept and same(name, kept[-1].mine, value)) or same(
                name, _on_server(medusa, payload, pid, name), value), (pid, name, kept)
    report = await restarted.push()
    assert (report.conflicts, report.failed, report.errors) == (0, 0, {})
    assert restarted.outbox() == []
    for pid, changes in want.items():
        for name, value in changes.items():
            assert same(name, _on_server(medusa, payload, pid, name), value), (pid, name)
            assert same(name, restarted.product(pid).value(name), value), (pid, name)
            assert same(name, restarted.product(pid).server_value(name), value), (pid, name)
    await restarted.aclose()


async def test_the_push_above_makes_REQUESTS_requests(tmp_path):
    """Keeps ``at`` covering every request of the push if it changes."""
    medusa, payload = fake_pair(2)
    stop = Stop(after=False)
    clients = (MedusaClient("http://medusa.test", SecretKey(SECRET), retry_policy=NO_RETRY,
                            transport=stop.transport(medusa)),
               PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                             transport=stop.transport(payload)))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"), Shop(PROFILE, *clients))
    await catalog.pull()
    for pid, changes in EDITS.items():
        catalog.edit(pid, changes)
    stop.count = 0
    with contextlib.suppress(Exception):
        await catalog.push()
    assert stop.count == REQUESTS
    await catalog.aclose()


@pytest.mark.parametrize("renamed", ["", "before", "meanwhile"])
@pytest.mark.parametrize("after", [False, True], ids=["before", "applied"])
@pytest.mark.parametrize("at", [1, 2])
async def test_a_create_cancelled_at_any_request_is_made_once_with_the_last_handle(
        tmp_path, at, after, renamed):
    """A draft's push (the store's currencies read, then the create) cancelled at request
    ``at``; the draft maybe renamed before (in place), or while the request is on the wire
    (then an edit of the product the create may have made). Another process pushes: Medusa
    holds one product of the draft, with the last handle, and nothing is left."""
    medusa = FakeCreates()
    stop = Stop(after)
    client = MedusaClient("http://medusa.test", SecretKey(SECRET), retry_policy=NO_RETRY,
                          transport=stop.transport(medusa))
    quitting = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"), Shop(PROFILE, client, None))
    draft = quitting.create_product(ProductDraft(
        title="Mug", handle="mug-1", options=[("Size", ["S", "M"])],
        prices=[{"currency_code": "eur", "amount": 3}]))
    marker = quitting.product(draft).medusa["metadata"][CREATE_MARKER]
    last = "mug-1"
    if renamed == "before":
        quitting.edit(draft, {"handle": "mug-2"})
        last = "mug-2"
    stop.at = at
    push = asyncio.ensure_future(quitting.push())
    await asyncio.wait([push, asyncio.ensure_future(stop.hit.wait())],
                       return_when=asyncio.FIRST_COMPLETED)
    if not push.done() and renamed == "meanwhile":
        quitting.edit(quitting.server_id(draft), {"handle": "mug-3"})
        last = "mug-3"
    await quitting.aclose()

    restarted = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"),
                               Shop(PROFILE, medusa.client(), None))
    await restarted.push()
    made = [p for p in medusa.live() if (p.get("metadata") or {}).get(CREATE_MARKER) == marker]
    assert len(made) == 1 and made[0]["handle"] == last, (made, last)
    assert restarted.outbox() == [] and restarted.operations() == []
    assert restarted.server_id(draft) == made[0]["id"]
    assert restarted.product(made[0]["id"]).value("handle") == last
    await restarted.aclose()
