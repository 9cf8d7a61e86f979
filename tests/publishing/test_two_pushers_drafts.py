"""Two writers push drafts of the same product at once (docs/drafts.md).

Two machines (two stores of one shop) or two processes on one store: each pushes its
draft of the product's title, both in flight together. Payload has no precondition, so
each push re-reads the latest draft just before its write (read-compare-write): the
second to write finds the first's draft and stops with a conflict showing it. Where both
re-read before either writes (no compare can see it), the later writer is told its draft
went over one saved meanwhile, which Payload keeps as a version (exchange/draft_overwrite.py).
Never: a writer told a plain "sent" whose write replaced a draft it had not seen.
"""

from __future__ import annotations

import asyncio
import json

import httpx

from desktop_app.api.http import NO_RETRY
from desktop_app.api.payload import PayloadClient
from desktop_app.exchange.connectivity import Reach
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.fields import PAYLOAD
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import API_KEY, Clock, FakeMedusa
from tests.publishing.fakes import DraftsPayload, KnownCapabilities, capabilities


def shop(medusa: FakeMedusa, payload: DraftsPayload, transport=None) -> Shop:
    client = (
        payload.client()
        if transport is None
        else PayloadClient(
            "http://payload.test", API_KEY, transport=transport, retry_policy=NO_RETRY
        )
    )
    return Shop(
        PROFILE,
        medusa.client(),
        client,
        capability_cache=KnownCapabilities(capabilities(drafts=True)),
    )


async def opened(
    path, medusa: FakeMedusa, payload: DraftsPayload, transport=None
) -> OfflineCatalog:
    catalog = OfflineCatalog(CatalogStore.open(path), shop(medusa, payload, transport))
    await catalog.pull()
    await catalog.read_publication()
    return catalog


def servers() -> tuple[FakeMedusa, DraftsPayload, str, str]:
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), DraftsPayload(clock=clock)
    product = medusa.add(1)
    doc = payload.add(product["id"], "Mug")
    return medusa, payload, product["id"], doc["id"]


def draft_titles(payload: DraftsPayload) -> list[str]:
    return [
        body["title"]
        for request in payload.requests
        if request.method == "PATCH" and request.url.params.get("draft") == "true"
        for body in [json.loads(request.content)]
        if "title" in body
    ]


async def test_two_machines_pushing_drafts_at_once_leave_one_draft_and_one_conflict(
    tmp_path,
) -> None:
    medusa, payload, pid, doc_id = servers()
    first = await opened(tmp_path / "a.db", medusa, payload)
    second = await opened(tmp_path / "b.db", medusa, payload)
    try:
        await first.edit_draft(pid, {"title": "Mug, from the shop floor"})
        await second.edit_draft(pid, {"title": "Mug, from the office"})
        reports = await asyncio.gather(first.push(), second.push())

        on_server = payload.drafts[doc_id]["title"]
        assert sorted((r.sent, r.conflicts) for r in reports) == [(0, 1), (1, 0)]
        winner, loser = (first, second) if reports[0].sent else (second, first)
        assert winner.draft_value(pid, "title") == on_server
        (entry,) = loser.outbox()
        assert (entry.field, entry.state, entry.theirs) == ("draft.title", "conflict", on_server)
        assert draft_titles(payload) == [on_server]  # the loser wrote nothing
        assert payload.docs[doc_id]["title"] == "Mug"  # the live document untouched
    finally:
        await first.aclose()
        await second.aclose()


async def test_two_processes_on_one_store_push_its_drafts_once_in_edit_order(tmp_path) -> None:
    medusa, payload, pid, doc_id = servers()
    path = tmp_path / "shared.db"
    first = await opened(path, medusa, payload)
    second = OfflineCatalog(CatalogStore.open(path), shop(medusa, payload))
    try:
        await first.edit_draft(pid, {"title": "Mug, first words"})
        await second.edit_draft(pid, {"title": "Mug, second words"})
        reports = await asyncio.gather(first.push(), second.push())

        assert sum(r.sent for r in reports) >= 1 and sum(r.conflicts for r in reports) == 0
        assert payload.drafts[doc_id]["title"] == "Mug, second words"  # the later edit wins
        titles = draft_titles(payload)
        assert titles[-1] == "Mug, second words" and len(titles) == len(set(titles))
        assert first.outbox() == [] and second.outbox() == []
    finally:
        await first.aclose()
        await second.aclose()


class BothReadFirst:
    """Holds each draft write until both pushes have re-read the draft: the interleaving
    read-compare-write cannot see (no server precondition)."""

    def __init__(self, payload: DraftsPayload) -> None:
        self.payload = payload
        self.armed = False
        self.readers: set[int] = set()
        self.both_read = asyncio.Event()

    def transport(self, reader: int) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            drafts = request.url.params.get("draft") == "true"
            if self.armed and request.method == "PATCH" and drafts:
                await asyncio.wait_for(self.both_read.wait(), 5)
            response = self.payload.handle(request)
            if self.armed and request.method == "GET" and drafts:
                self.readers.add(reader)
                if len(self.readers) == 2:
                    self.both_read.set()
            return response

        return httpx.MockTransport(handle)


async def test_a_draft_written_over_one_saved_unseen_meanwhile_says_so(tmp_path) -> None:
    medusa, payload, pid, doc_id = servers()
    gate = BothReadFirst(payload)
    first = await opened(tmp_path / "a.db", medusa, payload, gate.transport(1))
    second = await opened(tmp_path / "b.db", medusa, payload, gate.transport(2))
    gate.armed = True  # both pushes re-read "Mug" before either writes
    try:
        await first.edit_draft(pid, {"title": "Mug, from the shop floor", "subtitle": "Kept"})
        await second.edit_draft(pid, {"title": "Mug, from the office"})
        reports = await asyncio.gather(first.push(), second.push())

        titles = draft_titles(payload)
        assert len(titles) == 2  # no compare could refuse: both wrote
        earlier, later = titles
        assert payload.drafts[doc_id]["title"] == later
        assert payload.drafts[doc_id]["subtitle"] == "Kept"  # Payload merged the rest
        by_title = {
            c.draft_value(pid, "title"): (c, r)
            for c, r in zip((first, second), reports, strict=True)
        }
        _, told_plain = by_title[earlier]
        _, told_over = by_title[later]
        assert (told_plain.sent, told_plain.replaced) in ((2, 0), (1, 0))
        assert (told_over.sent, told_over.replaced) == (1, 1)
        versions = [v["version"]["title"] for v in payload.history_of(doc_id)]
        assert earlier in versions  # the replaced draft is in the timeline
    finally:
        await first.aclose()
        await second.aclose()


async def test_a_draft_written_over_nothing_new_is_plainly_sent(tmp_path) -> None:
    medusa, payload, pid, doc_id = servers()
    catalog = await opened(tmp_path / "a.db", medusa, payload)
    try:
        payload.save_draft(doc_id, subtitle="A colleague's subtitle")  # before our re-read
        await catalog.edit_draft(pid, {"title": "Mug, glazed"})
        report = await catalog.push()
        assert (report.sent, report.replaced, report.conflicts) == (1, 0, 0)
        assert payload.drafts[doc_id]["subtitle"] == "A colleague's subtitle"
    finally:
        await catalog.aclose()


async def test_a_versions_read_that_fails_leaves_the_draft_sent_and_payload_up(tmp_path) -> None:
    medusa, payload, pid, doc_id = servers()
    catalog = await opened(tmp_path / "a.db", medusa, payload)
    try:
        await catalog.edit_draft(pid, {"title": "Mug, glazed"})
        catalog.edit(pid, {"status": "draft"})  # a Medusa edit in the same push
        payload.versions_on = False  # Payload 3.90 answers 500 on the versions route then
        report = await catalog.push()
        assert (report.sent, report.replaced, report.failed, report.deferred) == (2, 0, 0, 0)
        assert payload.drafts[doc_id]["title"] == "Mug, glazed"
        assert catalog.outbox() == []
        assert catalog.connectivity.state(PAYLOAD) is Reach.REACHABLE
    finally:
        await catalog.aclose()
