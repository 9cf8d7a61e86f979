"""Issue 16, drafts and publishing, on the real stacks (docs/drafts.md).

Editorial stack: a draft written offline (a catalog without the shop's secrets), with a
German title, is pushed as a draft (Payload's published document unchanged in every locale,
its draft holds it), then published (every locale); the
timeline's Payload points are Payload's own version list of the document (ids, statuses,
order); a scheduled publish runs in Payload's job queue. Default stack: every draft and
publishing method refuses with the capability's reason, nothing is queued.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from desktop_app.api.payload import PayloadClient
from desktop_app.publishing import DraftsUnavailable, PublicationState, ScheduleUnavailable
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.timeline.points import Kind
from tests.e2e.editorial.conftest import catalog_for, shop_for
from tests.support.stack import StackHttp, unique, wait_for


async def test_drafts_and_publishing_on_each_configuration(deployment, tmp_path) -> None:
    name, info = deployment
    started = time.perf_counter()
    http = StackHttp(info)
    pid = http.create_product(unique("drafts"), title="Drafts mug")["id"]
    editor = http.payload_headers("editor")
    path = tmp_path / "catalog.sqlite3"
    catalog = catalog_for(info, path)
    try:
        doc = wait_for(lambda: (http.payload_docs_for(pid) or [None])[0], 60, what="its doc")

        def payload_doc(**params: str) -> dict:
            resp = http.payload.get(
                f"/products/{doc['id']}", headers=editor, params={"depth": "0", **params}
            )
            resp.raise_for_status()
            return resp.json()

        caps = await catalog.capabilities()
        await catalog.refresh([pid])
        if name == "default":
            await _refused_with_reasons(catalog, pid, caps)
            return

        await catalog.detect_translations()  # drafts are read with every locale
        await catalog.read_publication([pid])
        assert catalog.publication(pid).state is PublicationState.PUBLISHED
        await catalog.aclose()

        # Offline: a catalog on the same store without the shop's secrets.
        offline = OfflineCatalog(CatalogStore.open(path))
        try:
            await offline.edit_draft(
                pid,
                {
                    "title": "Drafts mug, new glaze",
                    "seo.meta_title": "New glaze",
                    "locales.de.title": "Becher, neue Glasur",
                },
            )
            assert offline.draft_value(pid, "locales.de.title") == "Becher, neue Glasur"
            pub = offline.publication(pid)
            assert pub.state is PublicationState.CHANGED and pub.server_state is (
                PublicationState.PUBLISHED
            )
            assert pub.draft["title"] == "Drafts mug, new glaze"
            assert pub.published["title"] == "Drafts mug"
            assert sorted(pub.pending) == [
                "draft.locales.de.title",
                "draft.seo.meta_title",
                "draft.title",
            ]
        finally:
            await offline.aclose()

        catalog = catalog_for(info, path)
        report = await catalog.push()
        assert report.sent == 3 and catalog.outbox() == []
        assert report.replaced == 0  # read against Payload's versions: no other writer
        published, draft = payload_doc(), payload_doc(draft="true")
        german = {"locale": "de", "fallback-locale": "none"}
        assert payload_doc(**german).get("title") is None  # the published German: none yet
        assert payload_doc(draft="true", **german)["title"] == "Becher, neue Glasur"
        assert published["title"] == "Drafts mug" and published["_status"] == "published"
        assert draft["title"] == "Drafts mug, new glaze" and draft["_status"] == "draft"
        assert draft["seo"]["meta_title"] == "New glaze"
        assert catalog.publication(pid).state is PublicationState.CHANGED

        await catalog.publish(pid)
        await catalog.push()
        published = payload_doc()
        assert (published["title"], published["_status"]) == ("Drafts mug, new glaze", "published")
        assert payload_doc(**german)["title"] == "Becher, neue Glasur"  # every locale
        assert catalog.publication(pid).state is PublicationState.PUBLISHED
        assert catalog.product(pid).server_payload["title"] == "Drafts mug, new glaze"

        # The timeline's Payload points are Payload's version list of the document.
        timeline = await catalog.timeline(pid)
        listed = [p for p in timeline.points if p.kind is Kind.VERSION]
        answer = http.payload.get(
            "/products/versions",
            headers=editor,
            params={
                "where[parent][equals]": str(doc["id"]),
                "sort": "-updatedAt",
                "limit": "100",
                "depth": "0",
            },
        )
        answer.raise_for_status()
        theirs = answer.json()["docs"]
        assert [p.id for p in listed] == [f"v{v['id']}" for v in theirs]
        assert [p.status for p in listed] == [v["version"]["_status"] for v in theirs]
        assert [p.status for p in listed][:2] == ["published", "draft"]  # publish, the draft
        sent = {}  # the app's pushes (settled within 3 s of each other: one point)
        for point in timeline.points:
            if point.kind is Kind.SENT:
                sent.update(point.content)
        assert sent == {
            "draft.title": "Drafts mug, new glaze",
            "draft.seo.meta_title": "New glaze",
            "draft.locales.de.title": "Becher, neue Glasur",
            "publication": "published",
        }

        # A scheduled publish runs in Payload's job queue (every 5 s on the editorial stack).
        await catalog.edit_draft(pid, {"subtitle": "Scheduled"})
        await catalog.schedule(pid, datetime.now(UTC) + timedelta(seconds=2))
        assert (await catalog.push()).replaced == 0  # over a published version this time
        pub = catalog.publication(pid)
        assert pub.state is PublicationState.CHANGED and pub.schedule is not None
        assert pub.label.startswith("Scheduled for ")
        wait_for(lambda: payload_doc().get("subtitle") == "Scheduled", 30, what="the schedule")
        await catalog.read_publication([pid])
        pub = catalog.publication(pid)
        assert (pub.state, pub.schedule) == (PublicationState.PUBLISHED, None)
    finally:
        await catalog.aclose()
        http.delete_product(pid)
        http.close()
    print(f"\n[drafts] {name} stack: {time.perf_counter() - started:.1f}s")


async def _refused_with_reasons(catalog, pid, caps) -> None:
    """The seed's configuration: each method says why, nothing is queued, the state says so."""
    assert not caps.drafts.available and not caps.schedule_publish.available
    calls = [
        catalog.edit_draft(pid, {"title": "x"}),
        catalog.publish(pid),
        catalog.unpublish(pid),
        catalog.read_publication([pid]),
    ]
    for call in calls:
        with pytest.raises(DraftsUnavailable) as refused:
            await call
        assert str(refused.value) == caps.drafts.reason
    with pytest.raises(ScheduleUnavailable):
        await catalog.schedule(pid, datetime.now(UTC) + timedelta(hours=1))
    pub = catalog.publication(pid)
    assert pub.state is PublicationState.UNAVAILABLE and pub.reason == caps.drafts.reason
    assert catalog.outbox() == []


class ColleagueFirst(httpx.AsyncBaseTransport):
    """Lets a colleague save a draft between the push's re-read and its draft write: the
    window read-compare-write cannot close (Payload has no precondition)."""

    def __init__(self, colleague: Callable[[], None]) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.colleague: Callable[[], None] | None = colleague

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if (
            self.colleague is not None
            and request.method == "PATCH"
            and request.url.params.get("draft") == "true"
        ):
            self.colleague, colleague = None, self.colleague
            colleague()
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_draft_written_over_a_colleagues_unseen_draft_says_so(
    editorial_stack, tmp_path
) -> None:
    info = editorial_stack
    http = StackHttp(info)
    pid = http.create_product(unique("overdraft"), title="Overdraft mug")["id"]
    editor = http.payload_headers("editor")
    doc = wait_for(lambda: (http.payload_docs_for(pid) or [None])[0], 60, what="its doc")

    def colleague() -> None:
        http.payload.patch(
            f"/products/{doc['id']}",
            headers=editor,
            params={"draft": "true"},
            json={"title": "Overdraft mug, the colleague's", "_status": "draft"},
        ).raise_for_status()

    shop = shop_for(info)
    await shop.payload.aclose()
    shop.payload = PayloadClient(
        info.payload_url, info.editor_key, transport=ColleagueFirst(colleague)
    )
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    try:
        await catalog.refresh([pid])
        await catalog.read_publication([pid])
        await catalog.edit_draft(pid, {"title": "Overdraft mug, mine"})
        report = await catalog.push()
        assert (report.sent, report.replaced, report.conflicts) == (1, 1, 0)
        versions = http.payload.get(
            "/products/versions",
            headers=editor,
            params={"where[parent][equals]": str(doc["id"]), "sort": "-updatedAt", "limit": "2"},
        ).json()["docs"]
        assert [v["version"]["title"] for v in versions] == [
            "Overdraft mug, mine",
            "Overdraft mug, the colleague's",  # kept, for the timeline to restore
        ]
    finally:
        await catalog.aclose()
