"""Opening a profile's catalog database: WAL, versioned migrations, transactions."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.config.paths import data_dir, ensure_dir
from desktop_app.i18n import translate
from desktop_app.store.schema import MIGRATIONS
from desktop_app.store.sort_keys import register

DB_NAME = "catalog.sqlite3"


class StoreError(Exception):
    """The database cannot be used (newer schema than this app, corrupt file…)."""


def _safe_name(profile: str) -> str:
    # Profile names are free text; keep the directory name portable and unambiguous.
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", profile).strip("._") or "profile"
    return cleaned


def store_path(profile: str) -> Path:
    """``<data dir>/profiles/<name>/catalog.sqlite3`` (directories not created)."""
    return data_dir() / "profiles" / _safe_name(profile) / DB_NAME


def migrate(conn: sqlite3.Connection, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Apply the missing migrations in order, each in its own transaction; return the version."""
    register(conn)  # migrations call natural_key() to rebuild sort keys
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(migrations):
        raise StoreError(
            translate(
                "OfflineCatalog",
                "The catalog database has schema version {version}, newer than this app "
                "understands ({known}). Update the app.",
            ).format(version=version, known=len(migrations))
        )
    for number in range(version, len(migrations)):
        # executescript commits implicitly; BEGIN/COMMIT around it keeps the migration and
        # its version bump atomic, so a crash never leaves a half-migrated file.
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{migrations[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
        )
    return len(migrations)


def connect(path: Path | str, migrations: Sequence[str] = MIGRATIONS) -> sqlite3.Connection:
    """Open (creating) the database at ``path``, migrated to the latest schema."""
    if str(path) != ":memory:":
        ensure_dir(Path(path).parent)
    # isolation_level=None: transactions are explicit (see ``transaction``), so nothing
    # is ever committed implicitly behind the outbox's back.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable in WAL mode against process crashes (kill -9); FULL would add
    # an fsync per commit for power-loss safety. Edits are the one thing we must not
    # lose, so outbox commits use FULL explicitly (see Outbox).
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA cache_size=-16000")  # 16 MB page cache: bounded memory at 100k rows
    migrate(conn, migrations)
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[None]:
    """One explicit transaction; commits on success, rolls back on any exception.

    Nested use joins the outer transaction (SQLite has no nested BEGIN).
    """
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
