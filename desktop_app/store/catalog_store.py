"""``CatalogStore``: one profile's database and the operations on it (no network)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.store import records
from desktop_app.store.db import connect, store_path, transaction
from desktop_app.store.outbox import Outbox, now
from desktop_app.store.search import SearchQuery, SearchRow, count, page, search


@dataclass(frozen=True)
class Cursor:
    server: str
    cursor: str | None
    full_pull_at: str | None
    reconciled_at: str | None
    pulls_since_reconcile: int


class CatalogStore:
    """The local catalog of one profile. Not thread-safe: use it from one thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self.outbox = Outbox(conn)

    @classmethod
    def open(cls, path: Path | str) -> CatalogStore:
        return cls(connect(path), None if str(path) == ":memory:" else Path(path))

    @classmethod
    def for_profile(cls, profile: str) -> CatalogStore:
        return cls.open(store_path(profile))

    def close(self) -> None:
        self.conn.close()

    def transaction(self) -> AbstractContextManager[None]:
        return transaction(self.conn)

    # ----------------------------------------------------------- search
    def search(self, query: SearchQuery, offset: int = 0, limit: int = 100) -> list[SearchRow]:
        return search(self.conn, query, offset, limit)

    def count(self, query: SearchQuery) -> int:
        return count(self.conn, query)

    def page(
        self, query: SearchQuery, offset: int = 0, limit: int = 100
    ) -> tuple[list[SearchRow], int]:
        return page(self.conn, query, offset, limit)

    def product_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM catalog_rows").fetchone()[0])

    # ---------------------------------------------------------- records
    def medusa(self, product_id: str) -> dict[str, Any] | None:
        return records.load_medusa(self.conn, product_id)

    def payload(self, product_id: str) -> dict[str, Any] | None:
        return records.load_payload(self.conn, product_id)

    def medusa_ids(self, *, include_deleted: bool = False) -> set[str]:
        sql = "SELECT id FROM medusa_products WHERE local=0"  # drafts are not on Medusa
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return {r[0] for r in self.conn.execute(sql)}

    def payload_ids(self) -> dict[str, str | None]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT id, medusa_id FROM payload_docs")}

    def save_medusa(
        self, recs: Iterable[dict[str, Any]], *, refresh: bool = True,
        read_since: str | None = None,
    ) -> set[str]:
        """Store Medusa records; ``refresh=False`` leaves the rows to a later refresh_rows;
        ``read_since``: when their read began (``records.upsert_medusa``)."""
        with transaction(self.conn):
            ids = records.upsert_medusa(self.conn, recs, read_since)
            if refresh:
                records.refresh_rows(self.conn, ids)
        return ids

    def save_payload(self, recs: Iterable[dict[str, Any]], *, refresh: bool = True) -> set[str]:
        """Store Payload records; returns the medusa ids whose rows depend on them."""
        with transaction(self.conn):
            ids = records.upsert_payload(self.conn, recs)
            if refresh:
                records.refresh_rows(self.conn, ids)
        return ids

    def refresh_rows(self, ids: Iterable[str]) -> None:
        with transaction(self.conn):
            records.refresh_rows(self.conn, ids)

    # ---------------------------------------------------------- cursors
    def cursor(self, server: str) -> Cursor:
        row = self.conn.execute("SELECT * FROM sync_cursors WHERE server=?", (server,)).fetchone()
        if row is None:
            return Cursor(server, None, None, None, 0)
        return Cursor(
            server, row["cursor"], row["full_pull_at"], row["reconciled_at"],
            row["pulls_since_reconcile"],
        )

    def save_cursor(self, cursor: Cursor) -> None:
        with transaction(self.conn):
            self.conn.execute(
                """INSERT INTO sync_cursors (server, cursor, full_pull_at, reconciled_at,
                       pulls_since_reconcile) VALUES (?,?,?,?,?)
                   ON CONFLICT(server) DO UPDATE SET cursor=excluded.cursor,
                     full_pull_at=excluded.full_pull_at, reconciled_at=excluded.reconciled_at,
                     pulls_since_reconcile=excluded.pulls_since_reconcile""",
                (cursor.server, cursor.cursor, cursor.full_pull_at, cursor.reconciled_at,
                 cursor.pulls_since_reconcile),
            )

    # ------------------------------------------------------------- runs
    def start_run(self, kind: str, server: str) -> int:
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO runs (kind, server, started_at) VALUES (?,?,?)", (kind, server, now())
            )
        return int(cur.lastrowid or 0)

    def finish_run(
        self, run_id: int, *, ok: bool, changed: int = 0, deleted: int = 0, message: str = ""
    ) -> None:
        with transaction(self.conn):
            self.conn.execute(
                """UPDATE runs SET finished_at=?, ok=?, changed=?, deleted=?, message=?
                   WHERE id=?""",
                (now(), int(ok), changed, deleted, message or None, run_id),
            )

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(r) for r in rows]
