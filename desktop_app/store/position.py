"""Where products are in a sorted, filtered result, without reading the rows before them.

A product's row is the number of the result's rows that sort before it. Every sort but
relevance orders by a tuple of columns ending in ``product_id`` (``search.SORTS``), so
"before" is exact, ties included, and each of its parts (``k1 < v1``, ``k1 = v1 AND
k2 < v2``, ...) is a range of that sort's index: one query of index counts, never the
rows themselves (a product at row 99,000 of 100,000: a few ms, not 20 reads of 5,000).
With text or facet filters the count runs over the FTS hits (``sort_keys``, as the
pages sort them).

Relevance (bm25) and a locale's Score sort have no such key: their products are looked
for among the first ``SCAN_ROWS`` rows only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop_app.store.search import (
    SORTS,
    SearchQuery,
    _facet_groups,
    _full_match,
    _quality_clause,
    _sql_filters,
    _validate,
    fts_expression,
    search,
)
from desktop_app.store.sort_keys import sync_rank

__all__ = ["FEW", "SCAN_ROWS", "row_of", "rows_of"]

SCAN_ROWS = 1000  # sorts without a key: how far a product is looked for (one page read)
FEW = 16  # up to this many products, one count each; more: one read of their span
NULLABLE = frozenset({"variants", "stock", "quality"})  # NULL sorts first ascending


def row_of(conn: sqlite3.Connection, query: SearchQuery, product_id: str) -> int | None:
    """Row of ``product_id`` in ``query``'s result (None: not in it)."""
    return rows_of(conn, query, [product_id]).get(product_id)


def rows_of(
    conn: sqlite3.Connection,
    query: SearchQuery,
    ids: Iterable[str],
    near: tuple[int, int] | None = None,
) -> dict[str, int]:
    """Rows of the products of ``ids`` that are in ``query``'s result. ``near``: the
    rows (first, last) most of them are expected within (a list whose selection an
    edit shifted): those are read in one window, the others counted one by one."""
    _validate(query)
    wanted = list(dict.fromkeys(ids))
    sort = _sort_of(query)
    if sort is None:
        return _scanned(conn, query, set(wanted))
    result = _Result(query, sort)
    found: dict[str, int] = {}
    if near is not None and len(wanted) > FEW:
        found = result.window(conn, max(0, near[0]), near[1], set(wanted))
        wanted = [pid for pid in wanted if pid not in found]
    if len(wanted) <= FEW:
        rows = {pid: result.row(conn, pid) for pid in wanted}
        return found | {pid: row for pid, row in rows.items() if row is not None}
    return found | result.span(conn, wanted)


def _sort_of(query: SearchQuery) -> str | None:
    """The sort the pages use, if it has a key (see the module's docstring)."""
    sort = query.sort
    if sort == "relevance":
        if fts_expression(query.text) is not None:
            return None
        sort = "title"  # nothing to rank by: search() sorts by title
    if sort == "quality" and query.locale is not None:
        return None
    return sort


def _indexed(query: SearchQuery, sort: str) -> bool:
    """Whether one index holds both the filters and the sort's keys (see _Result)."""
    if query.quality is not None:
        return False
    if not (query.statuses or query.sync_states):
        return True
    if sort == "title":  # (status|sync_state, title_key, product_id)
        return not (query.statuses and query.sync_states)
    return sort == "status" and not query.sync_states


def _keys_filters(query: SearchQuery) -> tuple[str, list[Any]]:
    """The statuses, sync states and completeness filters on sort_keys' columns."""
    clauses, args = [], []
    if query.statuses:
        clauses.append(f"status IN ({','.join('?' * len(query.statuses))})")
        args += list(query.statuses)
    if query.sync_states:
        clauses.append(f"sync_rank IN ({','.join('?' * len(query.sync_states))})")
        args += [sync_rank(state) for state in query.sync_states]
    quality = _quality_clause(query, table="sort_keys")
    if quality:
        clauses.append(quality)
    return " AND ".join(clauses) or "1", args


def _scanned(conn: sqlite3.Connection, query: SearchQuery, wanted: set[str]) -> dict[str, int]:
    return {
        row.product_id: n
        for n, row in enumerate(search(conn, query, 0, SCAN_ROWS))
        if row.product_id in wanted
    }


class _Result:
    """The query's rows as SQL (``source``, ``where``) and its sort's key columns."""

    def __init__(self, query: SearchQuery, sort: str) -> None:
        direction = "DESC" if query.descending else "ASC"
        self.order = SORTS[sort].format(dir=direction)
        self.keys = [part.split()[0] for part in SORTS[sort].split(",")]
        self.descending = query.descending
        match = _full_match(query, _facet_groups(query))
        # Counted on the sort's index (a sum of range counts) when it or a filter's index
        # orders the result; else one scan of the narrow sort_keys copy (~9 ms at 100,000:
        # SQLite would take a filter's index and read thousands of wide rows, 50-80 ms).
        self.indexed = match is None and _indexed(query, sort)
        if self.indexed:
            self.source = "catalog_rows"
            self.where, self.args = _sql_filters(query)
        elif match is None:
            self.source = "sort_keys"
            self.where, self.args = _keys_filters(query)
        else:  # the FTS hits; statuses and sync states are facet tokens there
            self.source = "sort_keys"
            quality = _quality_clause(query, table="sort_keys")
            self.where = "rowid IN (SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?)" + (
                f" AND {quality}" if quality else ""
            )
            self.args = [match]

    def row(self, conn: sqlite3.Connection, product_id: str) -> int | None:
        found = conn.execute(
            f"SELECT rowid, {', '.join(self.keys)} FROM catalog_rows WHERE product_id = ?",
            (product_id,),
        ).fetchone()
        if found is None or not self._holds(conn, found[0]):
            return None
        parts = self._before(list(found[1:]))
        if not parts:
            return 0
        if not self.indexed:  # one pass testing each row
            test = " OR ".join(f"({test})" for test, _ in parts)
            args = [*self.args, *(a for _, values in parts for a in values)]
            return int(
                conn.execute(
                    f"SELECT count(*) FROM {self.source} WHERE {self.where} AND ({test})", args
                ).fetchone()[0]
            )
        sql = " + ".join(
            f"(SELECT count(*) FROM {self.source} WHERE {self.where} AND {test})"
            for test, _ in parts
        )
        args = [a for _, values in parts for a in (*self.args, *values)]
        return int(conn.execute(f"SELECT {sql}", args).fetchone()[0])

    def _holds(self, conn: sqlite3.Connection, rowid: int) -> bool:
        return (
            conn.execute(
                f"SELECT 1 FROM {self.source} WHERE rowid = ? AND {self.where}", [rowid, *self.args]
            ).fetchone()
            is not None
        )

    def _before(self, values: list[Any]) -> list[tuple[str, list[Any]]]:
        """Disjoint tests whose union is "sorts before ``values``", each a range of the
        sort's index: equal on the first keys, before on the next (NULL is SQLite's
        smallest value: first ascending, last descending)."""
        parts: list[tuple[str, list[Any]]] = []
        for i, (key, value) in enumerate(zip(self.keys, values, strict=True)):
            equal = [f"{k} IS ?" for k in self.keys[:i]]
            for test, args in self._less(key, value):
                parts.append((" AND ".join([*equal, test]), [*values[:i], *args]))
        return parts

    def _less(self, key: str, value: Any) -> list[tuple[str, list[Any]]]:
        if self.descending:
            return [(f"{key} IS NOT NULL", [])] if value is None else [(f"{key} > ?", [value])]
        if value is None:
            return []
        nulls = [(f"{key} IS NULL", [])] if key in NULLABLE else []
        return [*nulls, (f"{key} < ?", [value])]

    def span(self, conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
        """Many products: the rows of the first and the last, then the ids between them
        in one ordered read (a 6,000-row selection reads about 6,000 ids)."""
        chosen = json.dumps(ids)
        ends = []
        for order in (self.order, self._reversed()):
            found = conn.execute(
                f"SELECT product_id FROM {self.source} WHERE {self.where} AND product_id IN "
                f"(SELECT value FROM json_each(?)) ORDER BY {order} LIMIT 1",
                [*self.args, chosen],
            ).fetchone()
            if found is None:
                return {}
            ends.append(found[0])
        first, last = (self.row(conn, pid) for pid in ends)
        if first is None or last is None:
            return {}
        return self.window(conn, first, last, set(ids))

    def window(
        self, conn: sqlite3.Connection, first: int, last: int, wanted: set[str]
    ) -> dict[str, int]:
        """Rows of those of ``wanted`` that are in rows ``first``..``last``."""
        cursor = conn.execute(
            f"SELECT product_id FROM {self.source} WHERE {self.where} ORDER BY {self.order} "
            "LIMIT ? OFFSET ?",
            [*self.args, last - first + 1, first],
        )
        return {pid: first + n for n, (pid,) in enumerate(cursor) if pid in wanted}

    def _reversed(self) -> str:
        return self.order.replace(" ASC", " _D").replace(" DESC", " ASC").replace(" _D", " DESC")
