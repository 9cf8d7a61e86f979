"""Sort keys the list orders by in SQL: natural text order and the urgency of a sync state.

SQLite compares text byte by byte, so "crash 10" would sort before "crash 2";
``title_key`` and ``sku_key`` hold ``natural_key`` of the text (desktop_app.text), so
a plain ``ORDER BY`` (and its index) puts numbers in value order.
"""

from __future__ import annotations

import sqlite3

from desktop_app.text import natural_key

__all__ = ["SYNC_ORDER", "natural_key", "register", "sync_rank"]

# Ascending order of the Sync column: what needs the merchant first, in step last.
SYNC_ORDER = ("conflict", "failed", "pending", "missing", "orphan", "linked")
SYNC_RANK = {state: n for n, state in enumerate(SYNC_ORDER)}


def sync_rank(state: str) -> int:
    return SYNC_RANK.get(state, len(SYNC_ORDER))


def register(conn: sqlite3.Connection) -> None:
    """Make ``natural_key(text)`` callable from SQL (migrations rebuild keys with it)."""
    conn.create_function("natural_key", 1, natural_key, deterministic=True)
