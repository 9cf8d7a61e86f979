"""The store records a product's states where it saves server copies: only on change, bounded."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, timeline_states
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.timeline.content import content_hash, content_of
from tests.timeline.helpers import PID, medusa, payload, stamp


@pytest.fixture
def store():
    store = CatalogStore.open(":memory:")
    yield store
    store.close()


def states(store: CatalogStore, server: str | None = None) -> list[timeline_states.SeenState]:
    return [s for s in timeline_states.load(store.conn, PID) if server in (None, s.server)]


def test_a_new_copy_is_a_state_and_the_same_content_again_is_not(store):
    store.save_medusa([medusa(0)])
    store.save_payload([payload(0)])
    assert [s.server for s in states(store)] == [MEDUSA, PAYLOAD]
    first = states(store, PAYLOAD)[0]
    assert first.content == content_of(PAYLOAD, payload(0))
    assert first.server_at == stamp(0) and first.doc_id == "1"

    store.save_payload([payload(0)])  # a pull that found nothing new
    store.save_payload([payload(5)])  # only updatedAt moved (Medusa's sync PATCHes do that)
    store.save_medusa([medusa(5, variants=[{**medusa()["variants"][0],
                                            "levels": {"loc": {"stocked": 3}}}])])  # stock
    assert len(states(store)) == 2

    store.save_payload([payload(6, title="Big mug")])
    assert [s.content["title"] for s in states(store, PAYLOAD)] == ["Mug", "Big mug"]


def test_an_unchanged_copy_writes_nothing(store):
    store.save_payload([payload(0)])
    before = store.conn.total_changes
    with store.transaction():
        added = timeline_states.remember(store.conn, PAYLOAD, [payload(1)])
    assert added == 0
    assert store.conn.total_changes == before  # one lookup, no write


def test_values_the_push_takes_for_equal_are_one_state(store):
    store.save_medusa([medusa(0)])
    variant = {**medusa()["variants"][0], "prices": [{"currency_code": "EUR", "amount": 10.0}]}
    store.save_medusa([medusa(1, variants=[variant], metadata={"color": "blue",
                                                               "payload_id": "1"})])
    store.save_payload([payload(0, subtitle=None)])
    store.save_payload([payload(1, subtitle="")])  # "" and null: the same text
    assert len(states(store)) == 2


def test_an_older_copy_stored_late_is_not_a_state(store):
    store.save_payload([payload(5, title="New")])
    store.save_payload([payload(1, title="Old")])  # a read that left before the push
    assert [s.content["title"] for s in states(store)] == ["New"]
    assert store.payload(PID)["title"] == "New"  # the upsert kept the newer copy too


def test_drafts_made_here_are_no_server_state(store):
    with store.transaction():
        timeline_states.remember(store.conn, MEDUSA, [medusa(0, id="local_abc")])
    assert store.conn.execute("SELECT COUNT(*) FROM timeline_states").fetchone()[0] == 0


def test_the_states_of_a_product_stay_bounded_with_a_note(store, monkeypatch):
    monkeypatch.setattr(timeline_states, "KEEP", 5)
    for n in range(8):
        store.save_payload([payload(n, title=f"Title {n}")])
    kept = states(store)
    assert [s.content["title"] for s in kept] == [f"Title {n}" for n in range(3, 8)]
    [gone] = timeline_states.dropped(store.conn, PID)
    assert (gone.server, gone.count) == (PAYLOAD, 3)
    assert gone.until is not None
    store.save_medusa([medusa(0)])  # the other server keeps its own five
    assert len(states(store, MEDUSA)) == 1


def test_the_hash_ignores_key_order_in_rich_text():
    doc = payload(0)["description"]
    shuffled = {"root": dict(reversed(list(doc["root"].items())))}  # as Postgres' jsonb does
    a = content_of(PAYLOAD, payload(0))
    b = content_of(PAYLOAD, payload(0, description=shuffled))
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(content_of(PAYLOAD, payload(0, markdown="Other.")))


def test_editable_content_is_flat_field_names_as_edit_takes_them():
    found = content_of(MEDUSA, medusa(0))
    assert found["status"] == "published" and found["handle"] == "mug"
    assert found["metadata.color"] == "blue"
    assert found["variants.var_s.sku"] == "MUG-S"
    assert found["variants.var_s.prices"] == [{"currency_code": "eur", "amount": 10}]
    assert "title" not in found  # Medusa's copy of Payload's title is not edited there
    content = content_of(PAYLOAD, payload(0, thumbnail={"id": 7, "url": "/x.png"},
                                          images=[{"id": "row", "image": 8}]))
    assert content["thumbnail"] == 7 and content["images"] == [8]
    assert content["seo.meta_title"] is None


def test_a_late_copy_the_store_refused_is_not_a_state_even_after_unchanged_reads(store):
    store.save_payload([payload(5, title="New")])
    store.save_payload([payload(7, title="New")])  # unchanged: no state, no write
    store.save_payload([payload(6, title="Old")])  # older than the stored copy
    assert [s.content["title"] for s in states(store)] == ["New"]
