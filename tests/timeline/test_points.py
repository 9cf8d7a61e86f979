"""The three sources merged in time order, and the whole product rebuilt at every point."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, timeline_states
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.store.outbox import OutboxEntry
from desktop_app.timeline.content import content_of
from desktop_app.timeline.points import History, Kind, Point, assemble, pick
from desktop_app.timeline.versions import VersionsRead, VersionsState
from tests.timeline.helpers import PID, medusa, payload, stamp


def entry(seq: int, field: str, mine: object, at: str, *, server: str = PAYLOAD,
          state: str = "done", outcome: str | None = "sent") -> OutboxEntry:
    return OutboxEntry(seq, PID, server, field, None, mine, None, state, outcome, None, 1,
                       at, at)


def version(n: int, minute: int, title: str, status: str = "draft") -> Point:
    content = content_of(PAYLOAD, payload(minute, title=title))
    return Point(f"v{n}", Kind.VERSION, PAYLOAD, stamp(minute, 30), content, status=status,
                 note=status)


def history_of(store: CatalogStore, entries: tuple[OutboxEntry, ...] = ()) -> History:
    return History(tuple(timeline_states.load(store.conn, PID)), entries,
                   tuple(timeline_states.dropped(store.conn, PID)))


@pytest.fixture
def store():
    store = CatalogStore.open(":memory:")
    store.save_medusa([medusa(0)])
    store.save_payload([payload(1)])
    store.save_payload([payload(10, title="Pulled title")])
    yield store
    store.close()


def test_pulled_sent_and_versions_merge_newest_first_after_now(store):
    entries = (entry(1, "subtitle", "Sent subtitle", stamp(12)),
               entry(2, "seo.meta_title", "Meta", stamp(12, 1)),  # the same push
               entry(3, "title", "Waiting", stamp(13), state="queued", outcome=None),
               entry(4, "title", "Dropped", stamp(14), outcome="discarded"),
               entry(5, "handle", "mug-2", stamp(20), server=MEDUSA))
    versions = VersionsRead(VersionsState.READ, points=(version(7, 5, "Draft A"),
                                                        version(8, 11, "Draft B")), total=2)
    timeline = assemble(PID, history_of(store, entries), current={}, stored={},
                        versions=versions, now_at=stamp(30))
    assert [(p.kind, p.at) for p in timeline.points] == [
        (Kind.NOW, stamp(30)),
        (Kind.SENT, stamp(20)),  # the handle, to Medusa
        (Kind.SENT, stamp(12, 1)),  # subtitle and meta title: one push, one point
        (Kind.VERSION, stamp(11, 30)),
        (Kind.PULLED, stamp(10)),
        (Kind.VERSION, stamp(5, 30)),
        (Kind.PULLED, stamp(1)),
        (Kind.PULLED, stamp(0)),
    ]
    sent = timeline.points[2]
    assert sent.id == "s1" and dict(sent.content) == {"subtitle": "Sent subtitle",
                                                      "seo.meta_title": "Meta"}
    assert sent.who == "this app" and sent.note == "2 fields"


def test_each_point_is_the_whole_product_as_it_was(store):
    entries = (entry(1, "subtitle", "Sent subtitle", stamp(12)),)
    versions = VersionsRead(VersionsState.READ, points=(version(7, 11, "Draft"),))
    timeline = assemble(PID, history_of(store, entries), current={}, stored={},
                        versions=versions)
    first_medusa, first_payload, pulled = [p.id for p in reversed(timeline.points)][:3]
    assert not timeline.knows(first_medusa, PAYLOAD)  # Payload not read yet then
    assert timeline.state(first_medusa)["handle"] == "mug"
    assert timeline.state(first_payload)["title"] == "Mug"
    assert timeline.state(first_payload)["handle"] == "mug"  # Medusa's side carried along
    assert timeline.state(pulled)["title"] == "Pulled title"
    assert timeline.state("v7")["title"] == "Draft"
    after_push = timeline.state("s1")
    assert after_push["subtitle"] == "Sent subtitle"
    assert after_push["title"] == "Draft"  # the last whole copy of Payload, the push on top


def test_now_is_what_the_merchant_sees():
    merged_m, merged_p = medusa(0, handle="typed"), payload(0, title="Typed")
    timeline = assemble(PID, History(), current={MEDUSA: merged_m, PAYLOAD: merged_p},
                        stored={}, waiting=2)
    now = timeline.now
    assert now.id == "now" and now.note == "2 edits waiting to be sent"
    assert timeline.state("now")["handle"] == "typed"
    assert timeline.state("now")["title"] == "Typed"


def test_a_copy_stored_before_states_were_kept_is_a_point_of_its_own():
    timeline = assemble(PID, History(), current={}, stored={MEDUSA: medusa(3), PAYLOAD: None})
    [_now, stored] = timeline.points
    assert stored.id == f"stored-{MEDUSA}" and stored.kind is Kind.STORED
    assert stored.at == stamp(3) and timeline.state(stored.id)["handle"] == "mug"


def test_a_variant_change_that_keeps_medusas_stamp_is_placed_when_it_was_seen(store):
    variant = {**medusa()["variants"][0], "prices": [{"currency_code": "eur", "amount": 12}]}
    store.save_medusa([medusa(0, variants=[variant])])  # updated_at unchanged (variants batch)
    [first, second] = [s for s in timeline_states.load(store.conn, PID) if s.server == MEDUSA]
    assert second.server_at == first.server_at
    timeline = assemble(PID, history_of(store), current={}, stored={})
    point = timeline.point(f"p{second.id}")
    assert point.at == second.seen_at  # not at the old stamp: after the first state
    assert timeline.state(point.id)["variants.var_s.prices"][0]["amount"] == 12


def test_points_are_named_by_id_or_place(store):
    timeline = assemble(PID, history_of(store), current={}, stored={})
    assert pick(timeline, "1").id == "now"
    assert pick(timeline, "2") is timeline.points[1]
    assert pick(timeline, timeline.points[2].id.upper()) is timeline.points[2]
    with pytest.raises(KeyError):
        pick(timeline, "p999")


def test_the_notes_say_what_is_left_out(store, monkeypatch):
    monkeypatch.setattr(timeline_states, "KEEP", 1)
    store.save_payload([payload(20, title="Newest")])
    versions = VersionsRead(VersionsState.UNAVAILABLE, "turn on versions in the collection.")
    timeline = assemble(PID, history_of(store), current={}, stored={}, versions=versions)
    notes = timeline.notes()
    assert any("2 older states of Payload let go" in n for n in notes)
    assert "Payload versions are not available: turn on versions in the collection." in notes
