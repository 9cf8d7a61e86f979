"""The store side of bulk edits: migration 3, batch outbox writes, the bulk-edit record."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.store import CatalogStore
from desktop_app.store.bulk_ops import BulkChange, BulkOps
from desktop_app.store.db import connect, migrate
from desktop_app.store.schema import MIGRATIONS, SCHEMA_VERSION


def test_migration_3_adds_bulk_tables_to_an_existing_store(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:2])  # a store written by the previous release
    conn.execute("""INSERT INTO outbox (product_id, server, field, base, mine, state,
                    created_at, updated_at) VALUES ('p', 'medusa', 'status', '"draft"',
                    '"published"', 'queued', 'now', 'now')""")
    conn.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
    assert conn.execute("SELECT mine FROM outbox").fetchone()[0] == '"published"'
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"bulk_ops", "bulk_changes"} <= tables


@pytest.fixture
def store(tmp_path):
    s = CatalogStore.open(tmp_path / "c.sqlite3")
    yield s
    s.close()


def test_record_batch_is_all_or_nothing(store):
    edits = [("p1", {"status": "draft"}, {"status": "published"}),
             ("p2", {"not_a_field": 1}, {})]
    with pytest.raises(ValueError, match="not an editable field"):
        store.outbox.record_batch(edits)
    assert store.outbox.entries() == []
    seqs = store.outbox.record_batch([*edits[:1], ("p2", {"title": "T"}, {"title": "Old"})])
    entries = store.outbox.entries()
    assert seqs == {("p1", "status"): entries[0].seq, ("p2", "title"): entries[1].seq}
    assert [(e.base, e.mine) for e in entries] == [("published", "draft"), ("Old", "T")]
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to NORMAL


def test_record_batch_merges_into_pending_edits_like_record(store):
    [first] = store.outbox.record("p1", {"title": "Mine"}, {"title": "Server"})
    seqs = store.outbox.record_batch([("p1", {"title": "Bulk"}, {"title": "ignored"})])
    assert seqs == {("p1", "title"): first}
    [entry] = store.outbox.entries()
    assert (entry.base, entry.mine) == ("Server", "Bulk")  # the first base is kept


def test_a_failure_inside_the_bulk_transaction_rolls_the_edits_back(store):
    with pytest.raises(RuntimeError), store.outbox.durable_transaction():
        store.outbox.record_batch([("p1", {"status": "draft"}, {})])
        raise RuntimeError("crash before the bulk edit is remembered")
    assert store.outbox.entries() == []


def test_bulk_ops_remember_before_and_after(store):
    ops = BulkOps(store.conn)
    with store.outbox.durable_transaction():
        op = ops.insert("seo", "Set SEO meta title", [
            BulkChange("p1", "seo.meta_title", None, "A", 7),
            BulkChange("p2", "seo.meta_title", "Old", "B", 8)])
    assert (op.products, op.fields) == (2, 2)
    assert ops.get(op.id) == op and ops.recent() == [op]
    assert [(c.product_id, c.before, c.after, c.seq) for c in ops.changes(op.id)] == [
        ("p1", None, "A", 7), ("p2", "Old", "B", 8)]
    ops.mark_undone(op.id)
    assert ops.get(op.id).undone_at is not None


def test_latest_active_and_get_many(store):
    seqs = store.outbox.record_batch([(f"p{n}", {"status": "draft"}, {}) for n in range(600)])
    store.outbox.set_state([seqs[("p1", "status")]], "done", outcome="sent")
    keys = [(f"p{n}", "status") for n in range(600)]
    latest = store.outbox.latest_active(keys)
    assert len(latest) == 599 and ("p1", "status") not in latest
    assert len(store.outbox.get_many(seqs.values())) == 600
