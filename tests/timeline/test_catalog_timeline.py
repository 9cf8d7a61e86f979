"""A product's timeline through its catalog, over recorded-shape fake servers: pulls and pushes
make its points, Payload's versions come in only where the shop keeps them, and a restore is
an edit in the outbox that the push sends read-compare-write."""

from __future__ import annotations

import pytest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.timeline import diff, restore
from desktop_app.timeline.points import Kind
from desktop_app.timeline.versions import VersionsState
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import Clock, FakeMedusa
from tests.timeline.fakes import NO_VERSIONS, FixedCapabilities, VersionedPayload, capabilities


def make(tmp_path, *, versions: bool):
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), VersionedPayload(clock=clock,
                                                                versions_on=versions)
    product = medusa.add(1)
    doc = payload.add(product["id"], "First title")
    if versions:
        payload._add(doc["id"], dict(doc), draft=False, autosave=False)  # as Medusa's create
    shop = Shop(PROFILE, medusa.client(), payload.client(),
                capability_cache=FixedCapabilities(capabilities(versions)))
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"), shop)
    return catalog, medusa, payload, product["id"], doc["id"]


@pytest.fixture
async def editorial(tmp_path):
    made = make(tmp_path, versions=True)
    yield made
    await made[0].aclose()


@pytest.fixture
async def seed_stack(tmp_path):
    made = make(tmp_path, versions=False)
    yield made
    await made[0].aclose()


def titles(timeline, kind):
    return [timeline.state(p.id).get("title") for p in timeline.points if p.kind is kind]


async def test_pulls_and_pushes_make_the_points(seed_stack):
    catalog, _medusa, payload, pid, _doc = seed_stack
    await catalog.pull()
    payload.touch(pid, title="Second title")
    await catalog.pull()
    payload.touch(pid, subtitle=None)  # nothing the app edits moved: no new state
    await catalog.pull()
    catalog.edit(pid, {"title": "Mine"})
    await catalog.push()

    timeline = await catalog.timeline(pid)
    assert [p.kind for p in timeline.points] == [
        Kind.NOW, Kind.SENT, Kind.PULLED, Kind.PULLED, Kind.PULLED, Kind.PULLED]
    # The oldest: Medusa's first copy, before Payload's was read (its title unknown then).
    assert titles(timeline, Kind.PULLED) == ["Mine", "Second title", "First title", None]
    assert not timeline.knows(timeline.points[-1].id, "payload")
    sent = timeline.points[1]
    assert dict(sent.content) == {"title": "Mine"} and sent.server == "payload"
    assert timeline.state("now")["title"] == "Mine"
    # The seed's configuration: no versions, and why; the route was never asked.
    assert timeline.versions.state is VersionsState.UNAVAILABLE
    assert timeline.versions.reason == NO_VERSIONS
    assert not any(r.url.path.endswith("/versions") for r in payload.requests)


async def test_payload_versions_are_listed_as_payload_lists_them(editorial):
    catalog, _medusa, payload, pid, doc_id = editorial
    await catalog.pull()
    payload.version(doc_id, draft=True, title="Draft one")
    payload.version(doc_id, draft=True, autosave=True, title="Draft two")
    payload.version(doc_id, title="Published")

    timeline = await catalog.timeline(pid)
    listed = [p for p in timeline.points if p.kind is Kind.VERSION]
    newest_first = sorted(payload.history_of(doc_id), key=lambda v: v["updatedAt"],
                          reverse=True)
    assert [p.id for p in listed] == [f"v{v['id']}" for v in newest_first]
    assert [timeline.state(p.id)["title"] for p in listed] == [
        "Published", "Draft two", "Draft one", "First title"]
    assert [p.status for p in listed] == ["published", "draft", "draft", "published"]
    assert listed[1].autosave and listed[1].note == "draft, autosave"
    assert timeline.versions.state is VersionsState.READ and timeline.versions.total == 4
    assert timeline.versions.summary == ""  # every version shown

    quick = await catalog.timeline(pid, versions=False)
    assert not [p for p in quick.points if p.kind is Kind.VERSION]


async def test_versions_that_cannot_be_read_say_why(editorial):
    catalog, _medusa, payload, pid, _doc = editorial
    await catalog.pull()
    payload.down = True
    timeline = await catalog.timeline(pid)
    assert timeline.versions.state is VersionsState.FAILED
    assert timeline.versions.summary.startswith("Payload versions could not be read: ")
    assert [p.kind for p in timeline.points][:1] == [Kind.NOW]  # the store's part is there


async def test_a_restore_is_an_edit_the_push_sends(seed_stack):
    catalog, _medusa, payload, pid, _doc = seed_stack
    await catalog.pull()
    payload.touch(pid, title="Colleague's title", subtitle="Colleague's subtitle")
    await catalog.pull()
    timeline = await catalog.timeline(pid, versions=False)
    first = [p for p in timeline.points if p.kind is Kind.PULLED and p.server == "payload"][-1]

    change = diff.compare(timeline, first.id, "now").field("title")
    assert (change.before, change.after, change.changed) == (
        "First title", "Colleague's title", True)
    planned = restore.plan(timeline, first.id, ["title"])
    assert planned.changes == {"title": "First title"}
    catalog.edit(pid, planned.changes)
    [entry] = catalog.outbox()
    assert (entry.field, entry.base, entry.mine) == ("title", "Colleague's title", "First title")

    await catalog.push()
    [write] = payload.writes()
    assert write.read().decode().count("First title") == 1
    assert payload.by_medusa(pid)["title"] == "First title"
    assert payload.by_medusa(pid)["subtitle"] == "Colleague's subtitle"  # only what was asked
    after = await catalog.timeline(pid, versions=False)
    assert after.points[1].kind is Kind.SENT and after.state("now")["title"] == "First title"


async def test_a_restore_never_overwrites_a_change_made_since(seed_stack):
    catalog, _medusa, payload, pid, _doc = seed_stack
    await catalog.pull()
    payload.touch(pid, title="Second")
    await catalog.pull()
    timeline = await catalog.timeline(pid, versions=False)
    first = [p for p in timeline.points if p.server == "payload"][-1]
    catalog.edit(pid, restore.plan(timeline, first.id, ["title"]).changes)
    payload.touch(pid, title="Third, by a colleague meanwhile")
    await catalog.push()
    [entry] = catalog.outbox()
    assert entry.state == "conflict" and entry.theirs == "Third, by a colleague meanwhile"
    assert payload.by_medusa(pid)["title"] == "Third, by a colleague meanwhile"


async def test_restore_all_brings_back_every_field_that_differs(seed_stack):
    catalog, medusa, payload, pid, _doc = seed_stack
    await catalog.pull()
    payload.touch(pid, title="New title", subtitle="New subtitle")
    medusa.touch(pid, handle="new-handle")
    await catalog.pull()
    timeline = await catalog.timeline(pid, versions=False)
    oldest = timeline.points[-1].id
    payload_first = [p for p in timeline.points if p.server == "payload"][-1].id
    assert timeline.state(payload_first)["handle"] == "item-1"  # Medusa's first copy then
    planned = restore.plan(timeline, payload_first)
    assert planned.changes == {"title": "First title", "subtitle": None, "handle": "item-1"}
    assert planned.skipped == {}
    assert restore.plan(timeline, oldest, ["title"]).skipped == {"title": restore.UNKNOWN}
    catalog.edit(pid, planned.changes)
    await catalog.push()
    assert payload.by_medusa(pid)["title"] == "First title"
    assert medusa.products[pid]["handle"] == "item-1"
