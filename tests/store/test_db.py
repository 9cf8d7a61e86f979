"""Schema versioning and durability of the catalog database."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.store import CatalogStore, StoreError, store_path
from desktop_app.store.db import connect, migrate
from desktop_app.store.schema import SCHEMA_VERSION


def test_new_database_is_at_latest_version_in_wal_mode(tmp_path):
    conn = connect(tmp_path / "c.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_run_in_order_and_only_once(tmp_path):
    path = tmp_path / "m.sqlite3"
    first = ("CREATE TABLE a (x INTEGER);",)
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, first) == 1
    conn.execute("INSERT INTO a VALUES (1)")
    # A second release appends a migration that depends on the first one's table.
    second = (*first, "ALTER TABLE a ADD COLUMN y TEXT; UPDATE a SET y = 'migrated';")
    assert migrate(conn, second) == 2
    assert conn.execute("SELECT x, y FROM a").fetchall() == [(1, "migrated")]
    assert migrate(conn, second) == 2  # re-running does not re-apply (would fail: dup column)


def test_a_failing_migration_leaves_the_previous_version(tmp_path):
    conn = sqlite3.connect(tmp_path / "f.sqlite3", isolation_level=None)
    migrations = ("CREATE TABLE a (x);", "CREATE TABLE b (x); CREATE TABLE a (x);")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, migrations)
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "b" not in tables  # the half-applied migration was rolled back


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "n.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        connect(path)


def test_store_path_is_per_profile_in_the_data_dir(app_dirs):
    path = store_path("My shop/1")
    assert path.parent.parent == app_dirs.data / "profiles"
    assert path.name == "catalog.sqlite3"
    assert "/" not in path.parent.name
    store = CatalogStore.for_profile("My shop/1")
    store.close()
    assert path.exists()


def test_version_1_database_with_rows_migrates_to_latest(tmp_path):
    """A store written by the first release keeps its rows and becomes searchable by filters."""
    from desktop_app.store import SearchQuery
    from desktop_app.store.schema import MIGRATIONS

    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        """INSERT INTO catalog_rows (product_id, payload_id, title, title_key, handle, subtitle,
               status, skus, description, search_text, variants, updated_at, sync_state)
           VALUES ('prod_1', '1', 'Blue Shirt', 'blue shirt', 'blue-shirt', '', 'draft',
                   'SKU-1', 'soft', ' blue shirt | blue shirt | | sku 1 | soft | prod 1 ', 1,
                   '2026-11-27T05:00:00.000Z', 'pending')""")
    conn.close()
    store = CatalogStore.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    q = SearchQuery("shirt", statuses=("draft",), sync_states=("pending",))
    assert [r.product_id for r in store.search(q)] == ["prod_1"] and store.count(q) == 1
    assert store.count(SearchQuery("shirt", statuses=("published",))) == 0
    assert [tuple(r) for r in store.conn.execute("SELECT title_key FROM sort_keys")] == [
        ("blue shirt",)]
    store.close()


def test_version_4_store_gets_natural_title_keys_and_every_sort(tmp_path):
    """A store written before natural order re-keys its rows when it opens.

    Fails on the old main: the titles kept their plain-text keys ("crash 10" first) and
    the Variants/SKUs/Sync sorts did not exist.
    """
    from desktop_app.store import SearchQuery
    from desktop_app.store.schema import MIGRATIONS
    from desktop_app.store.sort_keys import SYNC_ORDER, sync_rank

    path = tmp_path / "v4.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:4])
    for n, (title, state) in enumerate(zip(["crash 10", "Crash 2", "crash 1"], SYNC_ORDER,
                                           strict=False)):
        conn.execute(
            """INSERT INTO catalog_rows (product_id, payload_id, title, title_key, handle,
                   subtitle, status, skus, description, search_text, variants, updated_at,
                   sync_state)
               VALUES (?, NULL, ?, ?, '', '', 'draft', ?, '', ' crash |', ?, '', ?)""",
            (f"prod_{n}", title, title.casefold(), f"SKU-{10 - n * 4}", 3 - n, state))
    conn.close()

    store = CatalogStore.open(path)
    titles = [r.title for r in store.search(SearchQuery())]
    assert titles == ["crash 1", "Crash 2", "crash 10"]
    assert [r.title for r in store.search(SearchQuery("crash"))] == titles  # the FTS plan too
    assert [r.skus for r in store.search(SearchQuery(sort="skus"))] == ["SKU-2", "SKU-6",
                                                                         "SKU-10"]
    assert [r.variants for r in store.search(SearchQuery(sort="variants"))] == [1, 2, 3]
    ranks = store.conn.execute("SELECT r.sync_state, k.sync_rank FROM catalog_rows r "
                               "JOIN sort_keys k ON k.rowid = r.rowid").fetchall()
    assert ranks and all(rank == sync_rank(state) for state, rank in ranks)
    store.close()


def test_version_6_store_gets_the_stock_column_and_a_full_medusa_pull(tmp_path):
    """Rows written before migration 7 stay searchable; the Stock sort exists; the next
    Medusa pull is a full one (stored records lack organise, variant details and stock)."""
    from desktop_app.store import SearchQuery
    from desktop_app.store.schema import MIGRATIONS

    path = tmp_path / "v6.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:6])
    conn.execute(
        """INSERT INTO catalog_rows (product_id, payload_id, title, title_key, handle,
               subtitle, status, skus, description, search_text, facets, variants, updated_at,
               sync_state, sku_key, sync_rank)
           VALUES ('prod_1', NULL, 'Blue Shirt', 'blue shirt', 'blue-shirt', '', 'draft', '',
                   '', ' blue shirt |', 'zsdraft zylinked', 1, '', 'linked', '', 5)""")
    for server, cursor in (("medusa", "2026-12-01T00:00:00.000Z"),
                           ("payload", "2026-12-01T00:00:01.000Z")):
        conn.execute("INSERT INTO sync_cursors (server, cursor) VALUES (?, ?)", (server, cursor))
    conn.close()

    store = CatalogStore.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.cursor("medusa").cursor is None  # fails without migration 7's reset
    assert store.cursor("payload").cursor == "2026-12-01T00:00:01.000Z"
    [row] = store.search(SearchQuery("shirt", sort="stock", statuses=("draft",)))
    assert (row.product_id, row.stock) == ("prod_1", None)
    store.save_medusa([{"id": "prod_2", "title": "Mug", "updated_at": "2026-12-02T00:00:00Z",
                        "variants": [{"id": "v", "manage_inventory": True,
                                      "levels": {"l": {"stocked": 3, "reserved": 0}}}]}])
    assert [(r.product_id, r.stock) for r in store.search(SearchQuery(sort="stock"))] == [
        ("prod_1", None), ("prod_2", 3)]
    assert [r[0] for r in store.conn.execute("SELECT stock FROM sort_keys ORDER BY rowid")] == [
        None, 3]  # the trigger keeps the narrow copy in step
    assert store.count(SearchQuery(stock="low")) == 1
    store.close()


def test_version_12_store_gets_the_push_marker_with_its_rows_unmarked(tmp_path):
    """Migration 13: products stored before it were never marked as pushed, so any pull
    stores over them and may mark them deleted as before."""
    from desktop_app.store import records
    from desktop_app.store.schema import MIGRATIONS

    path = tmp_path / "v12.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:12])
    conn.execute("INSERT INTO medusa_products (id, raw) VALUES ('prod_1', '{}')")
    conn.close()
    store = CatalogStore.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("SELECT pushed_at FROM medusa_products").fetchone()[0] is None
    records.mark_medusa_deleted(store.conn, ["prod_1"], "2026-12-07T10:00:00.000Z",
                                "2026-12-07T09:00:00.000Z")
    assert store.conn.execute("SELECT deleted_at FROM medusa_products").fetchone()[0]
    store.close()
