"""The outbox: durable, coalescing, per-field entries."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore


def test_edits_are_committed_and_survive_reopening(tmp_path):
    path = tmp_path / "o.sqlite3"
    store = CatalogStore.open(path)
    seqs = store.outbox.record("prod_1", {"title": "Mine", "status": "draft"},
                               {"title": "Theirs", "status": "published"})
    # No close(), no commit call: a crash right now must not lose the edit.
    other = CatalogStore.open(path)
    entries = other.outbox.entries()
    assert [(e.seq, e.field, e.server, e.base, e.mine, e.state) for e in entries] == [
        (seqs[0], "title", "payload", "Theirs", "Mine", "queued"),
        (seqs[1], "status", "medusa", "published", "draft", "queued"),
    ]
    other.close()
    store.close()


def test_second_edit_of_unsent_field_keeps_first_base():
    store = CatalogStore.open(":memory:")
    first = store.outbox.record("p", {"title": "A"}, {"title": "Server"})
    second = store.outbox.record("p", {"title": "B"}, {"title": "A"})
    assert first == second
    [entry] = store.outbox.entries()
    assert (entry.base, entry.mine) == ("Server", "B")


def test_an_edit_in_flight_is_a_newer_version_that_the_settle_keeps_pending():
    store = CatalogStore.open(":memory:")
    [seq] = store.outbox.record("p", {"title": "A"}, {"title": "Server"})
    [claimed] = store.outbox.claim("p", "payload", "run-1")
    assert (claimed.state, claimed.mine, claimed.version) == ("sending", "A", 1)
    [again] = store.outbox.record("p", {"title": "B"}, {"title": "Server"})
    assert again == seq
    assert store.outbox.get(seq).version == 2
    # The push sent "A" and it landed: not done, since "B" is newer; "A" is the new base.
    assert store.outbox.settle(claimed, "done", outcome="sent") is False
    entry = store.outbox.get(seq)
    assert (entry.state, entry.base, entry.mine, entry.claim) == ("queued", "A", "B", None)


def test_a_settle_with_the_current_version_finishes_the_row():
    store = CatalogStore.open(":memory:")
    [seq] = store.outbox.record("p", {"title": "A"}, {"title": "Server"})
    [claimed] = store.outbox.claim("p", "payload", "run-1")
    assert store.outbox.settle(claimed, "done", outcome="sent") is True
    entry = store.outbox.get(seq)
    assert (entry.state, entry.outcome, entry.inflight) == ("done", "sent", ())


def test_a_row_claimed_by_another_run_is_not_settled_by_the_first():
    store = CatalogStore.open(":memory:")
    [seq] = store.outbox.record("p", {"title": "A"}, {"title": "Server"})
    [first] = store.outbox.claim("p", "payload", "run-1")
    [second] = store.outbox.claim("p", "payload", "run-2")  # run-1 was given up for dead
    assert store.outbox.settle(first, "done", outcome="sent") is False
    assert store.outbox.get(seq).state == "sending"
    assert store.outbox.settle(second, "done", outcome="sent") is True


def test_values_that_may_have_landed_are_remembered_across_claims():
    store = CatalogStore.open(":memory:")
    [seq] = store.outbox.record("p", {"title": "A"}, {"title": "Server"})
    store.outbox.claim("p", "payload", "run-1")  # then the process died mid-request
    store.outbox.record("p", {"title": "B"}, {})
    [claimed] = store.outbox.claim("p", "payload", "run-2")
    assert claimed.inflight == ("A", "B")
    assert claimed.base == "Server"
    assert store.outbox.get(seq).attempts == 2


def test_re_editing_a_conflict_rebases_on_theirs():
    store = CatalogStore.open(":memory:")
    [seq] = store.outbox.record("p", {"title": "Mine"}, {"title": "Base"})
    store.outbox.set_state([seq], "conflict", theirs="Theirs")
    store.outbox.record("p", {"title": "Merged"}, {"title": "ignored"})
    entry = store.outbox.get(seq)
    assert (entry.state, entry.base, entry.mine, entry.theirs) == (
        "queued", "Theirs", "Merged", None)


def test_unknown_field_is_rejected_before_anything_is_written():
    store = CatalogStore.open(":memory:")
    with pytest.raises(ValueError, match="not an editable field"):
        store.outbox.record("p", {"title": "ok", "medusa_id": "x"}, {})
    assert store.outbox.entries(None) == []


def test_pushable_products_follow_the_oldest_edit():
    store = CatalogStore.open(":memory:")
    store.outbox.record("b", {"title": "1"}, {})
    store.outbox.record("a", {"title": "2"}, {})
    store.outbox.record("b", {"status": "draft"}, {})
    [done] = store.outbox.record("c", {"title": "x"}, {})
    store.outbox.set_state([done], "done", outcome="sent")
    assert store.outbox.pushable_products() == ["b", "a"]
    assert store.outbox.counts() == {"queued": 3}
