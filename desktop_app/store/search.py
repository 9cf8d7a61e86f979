"""Instant search over the local catalog: FTS5 prefix match, filters, sorted pages.

A page is ``LIMIT``ed to what the list shows; the total is counted by a separate
query so the UI can size its scroll bar without fetching 100,000 rows.

Two plans, chosen by how many rows the words match (the FTS count, a few ms):

* *sparse* (under ``DENSE_SHARE`` of the catalog): the FTS index gives the matching
  rowids, which are filtered and sorted — cheap because they are few;
* *dense* ("shirt" in half the catalog): walk the sort index in order and test each
  row's ``search_text`` (see ``tokens``), stopping after one page — cheap because
  matches are everywhere. Materialising 50,000 FTS hits and sorting them is not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.store.tokens import needle, tokens

SORTS = {
    "title": "r.title_key {dir}, r.product_id {dir}",
    "updated": "r.updated_at {dir}, r.product_id {dir}",
    "handle": "r.handle {dir}, r.product_id {dir}",
    "status": "r.status {dir}, r.title_key {dir}, r.product_id {dir}",
    "relevance": "bm25(catalog_fts, 10.0, 5.0, 3.0, 5.0, 1.0, 5.0) {dir}, r.title_key",
}
SYNC_STATES = ("pending", "conflict", "failed", "linked", "missing", "orphan")
COLUMNS = (
    "product_id", "payload_id", "title", "handle", "subtitle", "status", "skus",
    "variants", "updated_at", "sync_state",
)

DENSE_SHARE = 0.02


@dataclass(frozen=True)
class SearchRow:
    product_id: str
    payload_id: str | None
    title: str
    handle: str
    subtitle: str
    status: str
    skus: str
    variants: int | None
    updated_at: str
    sync_state: str


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    statuses: tuple[str, ...] = ()
    sync_states: tuple[str, ...] = ()
    sort: str = "title"
    descending: bool = False


def fts_expression(text: str) -> str | None:
    """FTS5 query for free text: every word must match, each as a prefix.

    A word is split like the tokenizer splits (``BULK-00001`` → ``bulk 00001``) and
    kept as a phrase, so a SKU or handle typed with its dashes still matches in order.
    Only word characters reach FTS5, so user input cannot inject query syntax.
    """
    parts = []
    for word in text.split():
        found = tokens(word)
        if found:
            parts.append('"' + " ".join(found) + '"*')
    return " AND ".join(parts) if parts else None


def _needles(text: str) -> list[str]:
    return [n for n in (needle(w) for w in text.split()) if n]


def _fts_count(conn: sqlite3.Connection, match: str) -> int:
    return int(conn.execute(
        "SELECT COUNT(*) FROM catalog_fts WHERE catalog_fts MATCH ?", (match,)).fetchone()[0])


def _dense(conn: sqlite3.Connection, matches: int) -> bool:
    # max(rowid) is O(1) and close enough to the row count for a threshold.
    size = conn.execute("SELECT MAX(rowid) FROM catalog_rows").fetchone()[0] or 0
    return matches >= DENSE_SHARE * size


def _where(query: SearchQuery) -> tuple[str, list[Any], str | None]:
    clauses: list[str] = []
    args: list[Any] = []
    match = fts_expression(query.text)
    if query.statuses:
        clauses.append(f"r.status IN ({','.join('?' * len(query.statuses))})")
        args += list(query.statuses)
    if query.sync_states:
        bad = set(query.sync_states) - set(SYNC_STATES)
        if bad:
            raise ValueError(f"unknown sync state(s): {', '.join(sorted(bad))}")
        clauses.append(f"r.sync_state IN ({','.join('?' * len(query.sync_states))})")
        args += list(query.sync_states)
    return (" AND ".join(clauses) or "1"), args, match


def search(
    conn: sqlite3.Connection, query: SearchQuery, offset: int = 0, limit: int = 100
) -> list[SearchRow]:
    if query.sort not in SORTS:
        raise ValueError(f"unknown sort {query.sort!r}; use one of {', '.join(SORTS)}")
    where, args, match = _where(query)
    sort = query.sort
    if sort == "relevance" and match is None:
        sort = "title"
    direction = "DESC" if query.descending else "ASC"
    # bm25 is lower for better matches, so ascending already means "best first".
    order = SORTS[sort].format(dir=direction)
    cols = ", ".join(f"r.{c}" for c in COLUMNS)
    if match is None:
        sql = f"SELECT {cols} FROM catalog_rows r WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        params = [*args, limit, offset]
    elif sort == "relevance":
        sql = (
            f"SELECT {cols} FROM catalog_fts JOIN catalog_rows r ON r.rowid = catalog_fts.rowid "
            f"WHERE catalog_fts MATCH ? AND {where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        params = [match, *args, limit, offset]
    elif _dense(conn, _fts_count(conn, match)):
        needles = _needles(query.text)
        tests = " AND ".join("instr(r.search_text, ?) > 0" for _ in needles)
        sql = (
            f"SELECT {cols} FROM catalog_rows r WHERE {tests} AND {where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        params = [*needles, *args, limit, offset]
    else:
        sql = (
            f"SELECT {cols} FROM catalog_rows r WHERE r.rowid IN "
            f"(SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?) AND {where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        params = [match, *args, limit, offset]
    return [SearchRow(*row) for row in conn.execute(sql, params)]


def count(conn: sqlite3.Connection, query: SearchQuery) -> int:
    where, args, match = _where(query)
    if match is None:
        sql = f"SELECT COUNT(*) FROM catalog_rows r WHERE {where}"
        params: list[Any] = args
    elif where == "1":
        return _fts_count(conn, match)
    elif _dense(conn, _fts_count(conn, match)):
        needles = _needles(query.text)
        tests = " AND ".join("instr(r.search_text, ?) > 0" for _ in needles)
        sql = f"SELECT COUNT(*) FROM catalog_rows r WHERE {tests} AND {where}"
        params = [*needles, *args]
    else:
        sql = (
            f"SELECT COUNT(*) FROM catalog_rows r WHERE r.rowid IN "
            f"(SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?) AND {where}"
        )
        params = [match, *args]
    return int(conn.execute(sql, params).fetchone()[0])


def row_index(conn: sqlite3.Connection, query: SearchQuery, product_id: str) -> int | None:
    """Position of ``product_id`` in the full sorted result (for keeping a selection)."""
    # Simple and exact; the UI calls it rarely (after a refresh), not per keystroke.
    offset = 0
    while True:
        page = search(conn, query, offset, 5000)
        for i, row in enumerate(page):
            if row.product_id == product_id:
                return offset + i
        if len(page) < 5000:
            return None
        offset += 5000


def rows_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, SearchRow]:
    ids = list(ids)
    cols = ", ".join(COLUMNS)
    out: dict[str, SearchRow] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        sql = f"SELECT {cols} FROM catalog_rows WHERE product_id IN ({','.join('?' * len(part))})"
        for row in conn.execute(sql, part):
            out[row[0]] = SearchRow(*row)
    return out
