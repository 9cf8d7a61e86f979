"""Drafts and publishing through the catalog (docs/drafts.md), over a fake Payload that
does what the editorial stack was recorded doing (tests/publishing/fakes.py)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from desktop_app.api.http import NO_RETRY
from desktop_app.api.payload import PayloadClient
from desktop_app.exchange.publishing_push import NEWER_DRAFT
from desktop_app.publishing import DraftsUnavailable, PublicationState, ScheduleUnavailable
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import API_KEY, Clock, FakeMedusa
from tests.publishing.fakes import (
    NO_DRAFTS,
    DraftsPayload,
    KnownCapabilities,
    capabilities,
    recorded,
)

P = PublicationState


def make(tmp_path, *, drafts: bool = True, schedules: bool = True, transport=None):
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), DraftsPayload(clock=clock)
    product = medusa.add(1)
    doc = payload.add(product["id"], "Mug")
    client = (
        payload.client()
        if transport is None
        else PayloadClient(
            "http://payload.test", API_KEY, transport=transport(payload), retry_policy=NO_RETRY
        )
    )
    shop = Shop(
        PROFILE,
        medusa.client(),
        client,
        capability_cache=KnownCapabilities(capabilities(drafts, schedules)),
    )
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"), shop)
    return catalog, payload, product["id"], doc["id"]


@pytest.fixture
async def shop(tmp_path):
    made = make(tmp_path)
    await made[0].pull()
    await made[0].read_publication()
    yield made
    await made[0].aclose()


def patches(payload: DraftsPayload) -> list[tuple[dict, dict]]:
    return [
        (dict(r.url.params), json.loads(r.content)) for r in payload.requests if r.method == "PATCH"
    ]


def test_the_fake_answers_in_the_recorded_shapes() -> None:
    fake = DraftsPayload()
    doc = fake.add("prod_1", "Mug")
    client = httpx.Client(transport=fake.transport, base_url="http://payload.test/api")
    answer = client.patch(
        f"/products/{doc['id']}", params={"draft": "true"}, json={"title": "Draft"}
    ).json()
    assert answer["message"] == recorded("draft_patch")["response"]["json"]["message"]
    job = client.post(
        "/payload-jobs",
        json={
            "taskSlug": "schedulePublish",
            "waitUntil": "x",
            "input": {"type": "publish", "doc": {"relationTo": "products", "value": "1"}},
        },
    )
    assert set(job.json()["doc"]) == set(recorded("job_create")["response"]["json"]["doc"])
    listed = client.get(
        "/products", params={"draft": "true", "where[_status][equals]": "draft", "limit": "0"}
    ).json()
    assert set(listed) <= set(recorded("drafts_find")["response"]["json"])
    assert [d["title"] for d in listed["docs"]] == ["Draft"]


async def test_a_draft_is_pushed_as_a_draft_and_published_later(shop) -> None:
    catalog, payload, pid, doc_id = shop
    assert catalog.publication(pid).state is P.PUBLISHED
    changes = await catalog.edit_draft(pid, {"title": "Mug, new glaze", "seo.meta_title": "Glaze"})
    assert changes.product_ids == {pid} and changes.outbox
    pub = catalog.publication(pid)
    assert (pub.state, pub.server_state) == (P.CHANGED, P.PUBLISHED)
    assert pub.draft["title"] == "Mug, new glaze" and pub.published["title"] == "Mug"
    assert catalog.draft_value(pid, "seo.meta_title") == "Glaze"

    report = await catalog.push()
    assert report.sent == 2 and catalog.outbox() == []
    ((params, body),) = patches(payload)
    assert params.get("draft") == "true" and body["_status"] == "draft"
    assert body["title"] == "Mug, new glaze" and body["seo"]["meta_title"] == "Glaze"
    assert payload.docs[doc_id]["title"] == "Mug"  # the published document as it was
    assert payload.drafts[doc_id]["title"] == "Mug, new glaze"
    assert catalog.publication(pid).state is P.CHANGED
    assert catalog.product(pid).server_payload["title"] == "Mug"

    await catalog.publish(pid)
    assert catalog.publication(pid).published["title"] == "Mug, new glaze"  # as it will be
    await catalog.push()
    params, body = patches(payload)[-1]
    assert "draft" not in params and body == {"_status": "published"}
    assert payload.docs[doc_id]["title"] == "Mug, new glaze" and doc_id not in payload.drafts
    pub = catalog.publication(pid)
    assert (pub.state, pub.pending) == (P.PUBLISHED, ())
    assert catalog.product(pid).server_payload["title"] == "Mug, new glaze"

    await catalog.unpublish(pid)
    await catalog.push()
    assert payload.docs[doc_id]["_status"] == "draft"
    assert catalog.publication(pid).state is P.DRAFT


async def test_a_plain_edit_names_the_status_and_waits_while_a_newer_draft_exists(shop) -> None:
    catalog, payload, pid, doc_id = shop
    catalog.edit(pid, {"subtitle": "Live"})
    await catalog.push()
    params, body = patches(payload)[-1]
    assert body == {"subtitle": "Live", "_status": "published"} and "draft" not in params

    payload.save_draft(doc_id, title="A colleague's draft")
    catalog.edit(pid, {"subtitle": "Live again"})
    before = len(patches(payload))
    report = await catalog.push()
    assert report.failed == 1 and len(patches(payload)) == before  # nothing was sent
    (entry,) = catalog.outbox()
    assert entry.state == "failed" and entry.message == NEWER_DRAFT
    assert payload.docs[doc_id]["_status"] == "published"  # still live
    assert catalog.publication(pid).server_state is P.CHANGED  # the re-read saw the draft


async def test_a_draft_is_compared_with_the_latest_draft(shop) -> None:
    catalog, payload, pid, doc_id = shop
    await catalog.edit_draft(pid, {"title": "Mine"})
    payload.save_draft(doc_id, title="Theirs")  # a colleague's draft meanwhile
    report = await catalog.push()
    assert report.conflicts == 1
    (entry,) = catalog.outbox()
    assert (entry.field, entry.state, entry.theirs) == ("draft.title", "conflict", "Theirs")
    assert payload.drafts[doc_id]["title"] == "Theirs"


async def test_schedule_and_unschedule(shop) -> None:
    catalog, payload, pid, doc_id = shop
    await catalog.edit_draft(pid, {"title": "Scheduled title"})
    at = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
    await catalog.schedule(pid, at)
    await catalog.push()
    (job,) = payload.jobs
    assert job["waitUntil"] == "2030-01-01T09:00:00.000Z" and job["input"]["type"] == "publish"
    assert job["input"]["doc"] == {"relationTo": "products", "value": str(doc_id)}
    pub = catalog.publication(pid)
    assert pub.schedule is not None and pub.schedule.at == at
    assert pub.label == "Scheduled for 2030-01-01 09:00 UTC (Draft (unpublished changes))"

    later = at + timedelta(days=1)
    await catalog.schedule(pid, later, action="unpublish")  # replaces the upcoming one
    await catalog.push()
    (job,) = payload.jobs
    assert (job["waitUntil"], job["input"]["type"]) == ("2030-01-02T09:00:00.000Z", "unpublish")

    await catalog.unschedule(pid)
    await catalog.push()
    assert payload.jobs == [] and catalog.publication(pid).schedule is None

    await catalog.schedule(pid, at)
    await catalog.push()
    payload.run_due_jobs()  # Payload's runner, when due
    await catalog.read_publication([pid])
    pub = catalog.publication(pid)
    assert (pub.state, pub.schedule) == (P.PUBLISHED, None)
    assert pub.published["title"] == "Scheduled title"


async def test_the_state_is_read_by_a_pull_where_drafts_are_known(shop) -> None:
    catalog, payload, pid, doc_id = shop
    payload.save_draft(doc_id, subtitle="Draft subtitle")
    await catalog.pull()
    assert catalog.publication(pid).state is P.CHANGED
    payload._write(doc_id, {"_status": "draft"}, draft=False)  # unpublished in Payload admin
    await catalog.pull()
    assert catalog.publication(pid).state is P.DRAFT


async def test_without_drafts_every_method_refuses_with_the_reason(tmp_path) -> None:
    catalog, payload, pid, _doc = make(tmp_path, drafts=False)
    try:
        await catalog.pull()
        for call in (
            catalog.edit_draft(pid, {"title": "x"}),
            catalog.publish(pid),
            catalog.unpublish(pid),
            catalog.read_publication(),
        ):
            with pytest.raises(DraftsUnavailable) as refused:
                await call
            assert str(refused.value) == NO_DRAFTS
        with pytest.raises(ScheduleUnavailable, match="needs drafts"):
            await catalog.schedule(pid, datetime.now(UTC))
        pub = catalog.publication(pid)
        assert (pub.state, pub.reason, pub.available) == (P.UNAVAILABLE, NO_DRAFTS, False)
        assert catalog.outbox() == [] and patches(payload) == []
    finally:
        await catalog.aclose()


async def test_scheduling_refused_where_jobs_are_closed(tmp_path) -> None:
    catalog, _payload, pid, _doc = make(tmp_path, schedules=False)
    try:
        await catalog.pull()
        with pytest.raises(ScheduleUnavailable, match="no scheduled publishing"):
            await catalog.schedule(pid, datetime.now(UTC))
        await catalog.publish(pid)  # drafts themselves work
    finally:
        await catalog.aclose()


async def test_offline_drafts_wait_in_the_outbox(shop, tmp_path) -> None:
    catalog, payload, pid, doc_id = shop
    path = catalog.path
    await catalog.aclose()
    offline = OfflineCatalog(CatalogStore.open(path))  # no secrets: nothing can be checked
    try:
        await offline.edit_draft(pid, {"title": "Written offline"})
        await offline.publish(pid)
        assert offline.publication(pid).state is P.PUBLISHED  # once both are sent
        assert [e.field for e in offline.outbox()] == ["draft.title", "publication"]
    finally:
        await offline.aclose()
    online = OfflineCatalog(
        CatalogStore.open(path),
        Shop(
            PROFILE,
            FakeMedusa().client(),
            payload.client(),
            capability_cache=KnownCapabilities(capabilities(True)),
        ),
    )
    try:
        await online.push()
        assert payload.docs[doc_id]["title"] == "Written offline"
        assert payload.docs[doc_id]["_status"] == "published" and online.outbox() == []
        statuses = [v["version"]["_status"] for v in payload.history_of(doc_id)]
        assert statuses[-2:] == ["draft", "published"]
    finally:
        await online.aclose()


async def test_a_store_that_never_read_drafts_refuses_offline(tmp_path) -> None:
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "new.db"))
    try:
        with pytest.raises(DraftsUnavailable, match="Not checked"):
            await catalog.publish("prod_1")
    finally:
        await catalog.aclose()


class Held:
    """A transport whose first matching request is answered at once by the fake but the
    answer handed back only on ``release``: a reply that was on its way while other work
    happened (unlike ``tests.exchange.fakes.Gate``, which delays the request itself)."""

    def __init__(self, match) -> None:
        self.match, self.used = match, False
        self.entered, self.release = asyncio.Event(), asyncio.Event()

    def __call__(self, fake):
        async def handle(request: httpx.Request) -> httpx.Response:
            response = fake.handle(request)
            if not self.used and self.match(request):
                self.used = True
                self.entered.set()
                await self.release.wait()
            return response

        return httpx.MockTransport(handle)


async def test_a_draft_edit_queued_while_the_publish_is_on_the_wire(tmp_path) -> None:
    held = Held(lambda r: r.method == "PATCH" and b'"_status":"published"' in r.content)
    catalog, payload, pid, doc_id = make(tmp_path, transport=held)
    try:
        await catalog.pull()
        await catalog.read_publication()
        await catalog.edit_draft(pid, {"title": "First draft"})
        await catalog.push()
        await catalog.publish(pid)
        pushing = asyncio.ensure_future(catalog.push())
        await held.entered.wait()  # Payload published; the answer is on its way back
        await catalog.edit_draft(pid, {"title": "Second draft"})
        held.release.set()
        report = await pushing  # the push's next sweep takes the edit typed meanwhile
        assert report.sent == 2 and catalog.outbox() == []
        assert payload.docs[doc_id]["title"] == "First draft"  # what was published
        assert payload.docs[doc_id]["_status"] == "published"
        assert payload.drafts[doc_id]["title"] == "Second draft"  # a draft on top of it
        statuses = [v["version"]["_status"] for v in payload.history_of(doc_id)]
        assert statuses[-3:] == ["draft", "published", "draft"]
        pub = catalog.publication(pid)
        assert (pub.state, pub.published["title"], pub.draft["title"]) == (
            P.CHANGED,
            "First draft",
            "Second draft",
        )
    finally:
        await catalog.aclose()


async def test_a_read_that_left_before_a_publish_does_not_undo_it(tmp_path) -> None:
    held = Held(lambda r: r.method == "GET" and r.url.params.get("draft") == "true")
    catalog, payload, pid, doc_id = make(tmp_path, transport=held)
    try:
        await catalog.pull()
        payload.save_draft(doc_id, title="Draft")
        reading = asyncio.ensure_future(catalog.read_publication())
        await held.entered.wait()  # Payload answered "a newer draft"; the answer is late
        await catalog.publish(pid)
        held.used = True
        await catalog.push()  # published meanwhile (its re-read is not held)
        assert catalog.publication(pid).state is P.PUBLISHED
        held.release.set()
        await reading
        assert catalog.publication(pid).state is P.PUBLISHED  # the late answer left it be
        await catalog.read_publication()
        assert catalog.publication(pid).state is P.PUBLISHED
    finally:
        await catalog.aclose()


async def test_a_translation_is_a_live_write_too(shop) -> None:
    """``PATCH ?locale=de`` names the document's status, and waits while a newer draft exists
    (Payload would merge it onto the draft and take its status, as any plain write)."""
    catalog, payload, pid, doc_id = shop
    catalog.edit(pid, {"locales.de.title": "Becher"})
    await catalog.push()
    params, body = patches(payload)[-1]
    assert params.get("locale") == "de" and body == {"title": "Becher", "_status": "published"}

    payload.save_draft(doc_id, title="A colleague's draft")
    catalog.edit(pid, {"locales.de.subtitle": "Steingut"})
    before = len(patches(payload))
    await catalog.push()
    (entry,) = catalog.outbox()
    assert (entry.state, entry.message) == ("failed", NEWER_DRAFT)
    assert len(patches(payload)) == before
