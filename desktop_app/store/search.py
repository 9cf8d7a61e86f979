"""Instant search over the local catalog: FTS5 prefix match, filters, sorted pages.

A page is ``LIMIT``ed to what the list shows; the total is counted by a separate
query so the UI can size its scroll bar without fetching 100,000 rows.

With search text, filters are FTS tokens too (``facets``), so every count is a
pure FTS5 count. The organise and stock filters (categories, collections, tags,
types, sales channels, stock state) exist only as facet tokens, so a query with
any of them is counted by FTS5 too. Within one kind the values are alternatives
(OR); kinds combine with AND. A row carries the tokens of its categories' ancestors
(``records``), so a category finds the products of every category below it.

A page is found by one of these plans:

1. *ordered scan* (text): walk the sort index (filters applied by it) over at most
   ``SCAN_ROWS`` rows, testing each row's ``search_text`` and ``facets`` (see
   ``tokens``). A word found in a large share of the catalog ("shirt") fills a page
   within a few hundred rows; materialising and sorting 50,000 FTS hits would take
   ~100 ms.
2. *FTS hits, sorted*: few hits (``FTS_SORT_MAX``), or when the scan did not fill the
   page (rare words, or hits that sort late): the FTS index gives the matching
   rowids, which are sorted.
3. *sort index over the hits* (filters without text, when the hits are dense enough
   for the page, ``_walk_pays``): walk the sort index keeping the rows in the FTS hits
   (``_walk_with_hits``); otherwise filters without text take plan 2.

Every plan returns exactly the same rows (tests/store/test_search*.py check it).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.quality.rules import BITS as QUALITY_BITS
from desktop_app.store.tokens import (
    CATEGORY,
    CHANNEL,
    COLLECTION,
    LOW_STOCK,
    STOCK,
    TAG,
    TYPE,
    facet_token,
    id_token,
    needle,
    tokens,
)

__all__ = ["LOW_STOCK", "QUALITY_FILTERS", "SORTS", "STOCK_STATES", "SYNC_STATES", "SearchQuery",
           "SearchRow",
           "count", "page", "rows_by_id", "search"]

# Every sort has an index on catalog_rows and its keys in sort_keys (schema migration 5).
# title_key and sku_key are natural keys ("crash 2" before "crash 10"); sync_rank puts
# what needs the merchant first (store/sort_keys.py).
SORTS = {
    "title": "title_key {dir}, product_id {dir}",
    "updated": "updated_at {dir}, product_id {dir}",
    "handle": "handle {dir}, product_id {dir}",
    "status": "status {dir}, title_key {dir}, product_id {dir}",
    "variants": "variants {dir}, title_key {dir}, product_id {dir}",
    "skus": "sku_key {dir}, product_id {dir}",
    "sync": "sync_rank {dir}, title_key {dir}, product_id {dir}",
    # NULL (no variant's stock is managed) sorts first ascending, as SQLite orders NULLs.
    "stock": "stock {dir}, title_key {dir}, product_id {dir}",
    # The completeness score (schema migration 8); NULL (not scored yet) sorts first.
    "quality": "quality {dir}, title_key {dir}, product_id {dir}",
    "relevance": "bm25(catalog_fts, 10.0, 5.0, 3.0, 5.0, 1.0, 5.0, 0.0) {dir}, r.title_key",
}
SYNC_STATES = ("pending", "conflict", "failed", "linked", "missing", "orphan")
STOCK_STATES = ("out", "low")  # nothing available; 1..LOW_STOCK available
# The completeness filter: every rule passed (score 100), some failed, or one rule
# failed (its name, quality.rules.RULES). Scores are columns, not FTS tokens, so a
# change of the rules re-scores without re-indexing text (schema migration 8).
QUALITY_FILTERS = ("complete", "incomplete", *QUALITY_BITS)
COLUMNS = (
    "product_id", "payload_id", "title", "handle", "subtitle", "status", "skus",
    "variants", "updated_at", "sync_state", "stock", "quality",
)
SCAN_ROWS = 3000  # rows the ordered scan may examine before handing over to FTS
SCAN_FACTOR = 20  # …or this many times the rows up to the page's end, if more
FTS_SORT_MAX = 5000  # up to this many hits, sorting the FTS hits directly is cheapest
WALK_FACTOR = 4  # a sorted hit costs about as much as this many walked index entries


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
    stock: int | None = None  # available; None when no variant's stock is managed
    quality: int | None = None  # completeness score 0-100; None until scored


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    statuses: tuple[str, ...] = ()
    sync_states: tuple[str, ...] = ()
    sort: str = "title"
    descending: bool = False
    # Organise filters, each a tuple of Medusa ids (a category includes those below it).
    categories: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    stock: str | None = None  # None (any) | "out" | "low"
    quality: str | None = None  # None (any) | one of QUALITY_FILTERS
    # The locale whose content the score means (a translation target's code, schema
    # migration 11); None: the default locale's. The Score column, its sort and the
    # completeness filter follow it.
    locale: str | None = None

    @property
    def facet_filtered(self) -> bool:
        """Filters that only the FTS index knows (not columns of catalog_rows)."""
        return bool(self.categories or self.collections or self.tags or self.types
                    or self.channels or self.stock)


def fts_expression(text: str) -> str | None:
    """FTS5 query for free text: every word must match, each as a prefix.

    A word is split like the tokenizer splits (``BULK-00001`` → ``bulk 00001``) and
    kept as a phrase, so a SKU or handle typed with its dashes still matches in order.
    Only token characters reach FTS5, so user input cannot inject query syntax.
    """
    parts = []
    for word in text.split():
        found = tokens(word)
        if found:
            parts.append('"' + " ".join(found) + '"*')
    return " AND ".join(parts) if parts else None


def _validate(query: SearchQuery) -> None:
    if query.sort not in SORTS:
        raise ValueError(f"unknown sort {query.sort!r}; use one of {', '.join(SORTS)}")
    bad = set(query.sync_states) - set(SYNC_STATES)
    if bad:
        raise ValueError(f"unknown sync state(s): {', '.join(sorted(bad))}")
    if query.stock is not None and query.stock not in STOCK_STATES:
        raise ValueError(f"unknown stock filter {query.stock!r}; use one of "
                         f"{', '.join(STOCK_STATES)}")
    if query.quality is not None and query.quality not in QUALITY_FILTERS:
        raise ValueError(f"unknown completeness filter {query.quality!r}; use one of "
                         f"{', '.join(QUALITY_FILTERS)}")
    if query.locale is not None and not _LOCALE.match(query.locale):
        raise ValueError(f"malformed locale code {query.locale!r}")


_LOCALE = re.compile(r"^[A-Za-z0-9_-]{1,35}$")  # as store/locale_fields: no quote can pass


def _score_test(quality: str, prefix: str = "", score: str = "quality",
                fails: str = "quality_fails") -> str:
    if quality == "complete":
        return f"{prefix}{score} = 100"
    if quality == "incomplete":
        return f"{prefix}{score} < 100"
    return f"{prefix}{fails} & {QUALITY_BITS[quality]} != 0"


def _quality_clause(query: SearchQuery, prefix: str = "", table: str | None = None) -> str:
    """The completeness filter as SQL on ``{prefix}quality`` columns ("" without one). For a
    locale: on the score of ``_locale_join``'s ``q``, or with ``table``, a probe of that
    row's score (a plan that walks an index and stops at its page: a join would have SQLite
    build a Bloom filter of every locale row first). Only validated names, codes and
    integer bits reach the text."""
    if query.quality is None:
        return ""
    if not _locale_filtered(query):
        return _score_test(query.quality, prefix)
    test = _score_test(query.quality, "q.", "score", "fails")
    if table is None:
        return test
    return (f"EXISTS (SELECT 1 FROM quality_locales q WHERE q.row = {table}.rowid AND "
            f"q.locale = '{query.locale}' AND {test})")


def _locale_filtered(query: SearchQuery) -> bool:
    return query.locale is not None and query.quality is not None


def _locale_join(query: SearchQuery, table: str) -> str:
    """What a plan's ``FROM {table}`` adds for a locale's completeness filter: its row of
    quality_locales as ``q`` (the key (row, locale): one probe per row the plan walks; sort_keys
    shares catalog_rows' rowids). CROSS JOIN keeps ``table`` the outer loop, so the plan
    still walks the sort's index or the FTS hits as without the filter. Only a validated
    code reaches the text."""
    if not _locale_filtered(query):
        return ""
    return _join_locale(str(query.locale), table)


def _join_locale(locale: str, table: str) -> str:
    return f" CROSS JOIN quality_locales q ON q.row = {table}.rowid AND q.locale = '{locale}'"


def _and_quality(query: SearchQuery, prefix: str = "") -> str:
    clause = _quality_clause(query, prefix)
    return f" AND {clause}" if clause else ""


def _facet_groups(query: SearchQuery) -> list[list[str]]:
    """The organise and stock filters as token groups: any token of a group, every group.
    A row holds the tokens of its categories' ancestors too, so one token per category
    finds the products below it."""
    groups = []
    for kind, ids in ((CATEGORY, query.categories), (COLLECTION, query.collections),
                      (TAG, query.tags), (TYPE, query.types), (CHANNEL, query.channels)):
        groups.append(sorted({id_token(kind, i) for i in ids}))
    if query.stock is not None:
        groups.append([STOCK + query.stock])
    return [g for g in groups if g]


def _full_match(
    query: SearchQuery, groups: list[list[str]] | None = None
) -> str | None:
    """Text and filters as one FTS5 expression (None without text or facet filters)."""
    text = fts_expression(query.text)
    groups = groups or []
    if text is None and not groups:
        return None
    parts = [text] if text is not None else []
    for kind, values in (("zs", query.statuses), ("zy", query.sync_states)):
        if values:
            groups = [*groups, [facet_token(kind, v) for v in values]]
    parts += ["facets : (" + " OR ".join(group) + ")" for group in groups]
    return " AND ".join(parts)


def _facet_tests(groups: list[list[str]]) -> tuple[str, list[str]]:
    """SQL testing a row's ``facets`` for the groups (the ordered scan's test)."""
    clauses, args = [], []
    for group in groups:
        clauses.append("(" + " OR ".join(
            "instr(' ' || facets || ' ', ?) > 0" for _ in group) + ")")
        args += [f" {token} " for token in group]
    return " AND ".join(clauses), args


def _sql_filters(
    query: SearchQuery, walk: bool = False, joined: bool = False
) -> tuple[str, list[Any]]:
    """The filters as SQL. ``walk``: unary ``+`` keeps SQLite off the filters' indexes, so
    it walks the sort's index and tests each row (see ``_walk_sort_index``). ``joined``: the
    caller joins a locale's scores (``_locale_join``), else each row's is probed."""
    hint = "+" if walk else ""
    clauses: list[str] = []
    args: list[Any] = []
    if query.statuses:
        clauses.append(f"{hint}status IN ({','.join('?' * len(query.statuses))})")
        args += list(query.statuses)
    if query.sync_states:
        clauses.append(f"{hint}sync_state IN ({','.join('?' * len(query.sync_states))})")
        args += list(query.sync_states)
    if query.quality is not None:
        clauses.append(_quality_clause(query, hint, None if joined else "catalog_rows"))
    return (" AND ".join(clauses) or "1"), args


def _walk_sort_index(
    conn: sqlite3.Connection, query: SearchQuery, sort: str, rows_needed: int,
    filtered: int | None = None,
) -> bool:
    """Whether a filtered page is found sooner by walking the sort's index than by the
    filter's index. SQLite picks the filter's index whenever there is one, then sorts every
    row it matched: 25,000 drafts sorted by date took ~100 ms for one page. Walking the sort
    index reads about ``rows_needed * all / filtered`` rows; reading the filter's rows reads
    ``filtered``: the cheaper wins. ``filtered`` is the filters' count (no text)."""
    if not (query.statuses or query.sync_states):
        return False
    if sort == "title" or (sort == "status" and not query.sync_states):
        return False  # the filter indexes (status|sync_state, title_key) give this order
    if filtered is None:
        filtered = count(conn, SearchQuery(statuses=query.statuses,
                                           sync_states=query.sync_states))
    # max(rowid) estimates the row count in O(log n); deleted rows only make it generous.
    everything = conn.execute("SELECT max(rowid) FROM catalog_rows").fetchone()[0] or 0
    return filtered > 0 and rows_needed * everything <= filtered * filtered


def search(
    conn: sqlite3.Connection,
    query: SearchQuery,
    offset: int = 0,
    limit: int = 100,
    *,
    total: int | None = None,
) -> list[SearchRow]:
    """One sorted page. ``total`` is the query's count when the caller has it already.
    With a ``locale``, the rows' scores are that locale's."""
    _validate(query)
    if query.locale is not None:
        if query.sort == "quality":
            return _locale_sorted(conn, query, offset, limit)
        rows = _search(conn, query, offset, limit, total)
        return _locale_scores(conn, rows, query.locale)
    return _search(conn, query, offset, limit, total)


def _search(
    conn: sqlite3.Connection, query: SearchQuery, offset: int, limit: int, total: int | None
) -> list[SearchRow]:
    direction = "DESC" if query.descending else "ASC"  # bm25: ascending = best first
    sort = query.sort
    groups = _facet_groups(query)
    match = _full_match(query, groups)
    if sort == "relevance" and fts_expression(query.text) is None:
        sort = "title"  # nothing to rank by
    order = SORTS[sort].format(dir=direction)
    cols = ", ".join(COLUMNS)
    if match is None:
        walk = _walk_sort_index(conn, query, sort, offset + limit, total)
        where, args = _sql_filters(query, walk)
        sql = f"SELECT {cols} FROM catalog_rows WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        return [SearchRow(*r) for r in conn.execute(sql, [*args, limit, offset])]
    if sort == "relevance":
        rcols = ", ".join(f"r.{c}" for c in COLUMNS)
        sql = (
            f"SELECT {rcols} FROM catalog_fts JOIN catalog_rows r ON r.rowid = catalog_fts.rowid"
            f"{_locale_join(query, 'r')} "
            f"WHERE catalog_fts MATCH ?{_and_quality(query, 'r.')} ORDER BY {order} "
            "LIMIT ? OFFSET ?"
        )
        return [SearchRow(*r) for r in conn.execute(sql, [match, limit, offset])]

    if total is None:
        total = _fts_count(conn, match, query)
    quality = _quality_clause(query)
    keys_join = _locale_join(query, "catalog_fts")
    if not needles_of(query):  # filters only
        if offset < total and _walk_pays(conn, offset + limit, total):
            seek = _stock_range(query) if sort == "stock" else ("", [])
            probe = _quality_clause(query, table="catalog_rows")
            if probe:
                seek = (" AND ".join(filter(None, (seek[0], probe))), seek[1])
            return _walk_with_hits(conn, match, order, offset, limit, seek)
        return _fts_sorted(conn, match, order, offset, limit, quality, keys_join)
    if total <= FTS_SORT_MAX or offset >= total:
        return _fts_sorted(conn, match, order, offset, limit, quality, keys_join)

    # 1. ordered scan over a bounded prefix of the sort order
    needles = needles_of(query)
    facet_tests, facet_args = _facet_tests(groups)
    tests = " AND ".join(["instr(search_text, ?) > 0" for _ in needles]
                         + ([facet_tests] if facet_tests else [])) or "1"
    scan = max(SCAN_ROWS, SCAN_FACTOR * (offset + limit))
    where, args = _sql_filters(query, _walk_sort_index(conn, query, sort, scan))
    # The inner query runs as a co-routine yielding rows in index order; with no outer
    # ORDER BY (which would make SQLite read all ``scan`` rows and sort them) the outer
    # LIMIT stops as soon as the page is full. Order is kept (tests check both plans).
    sql = (
        f"SELECT {cols} FROM (SELECT * FROM catalog_rows WHERE {where} "
        f"ORDER BY {order} LIMIT ?) WHERE {tests} LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [*args, scan, *needles, *facet_args, limit, offset]).fetchall()
    if len(rows) == limit:
        return [SearchRow(*r) for r in rows]
    scanned = conn.execute(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM catalog_rows WHERE {where} LIMIT ?)",
        [*args, scan + 1],
    ).fetchone()[0]
    if scanned <= scan:  # the scan saw every candidate: the short page is the answer
        return [SearchRow(*r) for r in rows]

    # 2. FTS hits (filters included as facet tokens), sorted
    return _fts_sorted(conn, match, order, offset, limit, quality, keys_join)


def _locale_scores(conn: sqlite3.Connection, rows: list[SearchRow],
                   locale: str) -> list[SearchRow]:
    """``rows`` with their scores in ``locale`` (None where it has none yet)."""
    if not rows:
        return rows
    ids = [r.product_id for r in rows]
    found = dict(conn.execute(
        f"SELECT pid, score FROM quality_locales WHERE locale = ? AND pid IN "
        f"({','.join('?' * len(ids))})", [locale, *ids]).fetchall())
    return [replace(r, quality=found.get(r.product_id)) for r in rows]


def _locale_sorted(
    conn: sqlite3.Connection, query: SearchQuery, offset: int, limit: int
) -> list[SearchRow]:
    """Sorted by the score in ``query.locale``: the page's rowids, then its rows. With text
    or facet filters, the FTS hits (statuses and sync states are facets there too) joined
    to their locale rows and sorted; else a walk of quality_locales' sort index (locale,
    score, title, row), joined to each row only to test statuses and sync states, stopping
    at the page."""
    direction = "DESC" if query.descending else "ASC"
    tests = ["q.locale = ?"]
    if query.quality is not None:
        tests.append(_score_test(query.quality, "q.", "score", "fails"))
    match = _full_match(query, _facet_groups(query))
    if match is not None:
        source = f"catalog_fts{_join_locale(str(query.locale), 'catalog_fts')}"
        tests = ["catalog_fts MATCH ?", *tests[1:]]
        args: list[Any] = [match]
    else:
        where, args = _sql_filters(replace(query, quality=None, locale=None))
        source = "quality_locales q"
        if where != "1":
            source += " CROSS JOIN catalog_rows r ON r.rowid = q.row"
            tests.append(where)
        args = [query.locale, *args]
    keys: list[tuple[int, int | None]] = [(r[0], r[1]) for r in conn.execute(
        f"SELECT q.row, q.score FROM {source} WHERE {' AND '.join(tests)} "
        f"ORDER BY q.score {direction}, q.tkey {direction}, q.row {direction} "
        "LIMIT ? OFFSET ?", [*args, limit, offset])]
    if len(keys) < limit and query.quality is None and _unscored_in(conn, str(query.locale)):
        # Past the scored rows: those with no score in the locale yet follow (a store from
        # before migration 11 until its upkeep), as the count and the other sorts have them.
        scored = offset + len(keys) if keys else int(conn.execute(
            f"SELECT count(*) FROM {source} WHERE {' AND '.join(tests)}", args).fetchone()[0])
        keys += _unscored_rows(conn, query, max(0, offset - scored), limit - len(keys))
    if not keys:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        f"SELECT rowid, {', '.join(COLUMNS[:-1])} FROM catalog_rows "
        f"WHERE rowid IN ({','.join('?' * len(keys))})", [k for k, _ in keys])}
    return [SearchRow(*rows[k], score) for k, score in keys if k in rows]


def _unscored_in(conn: sqlite3.Connection, locale: str) -> bool:
    """Whether some rows have no score in ``locale`` (two index counts, no scan)."""
    scored = conn.execute("SELECT count(*) FROM quality_locales WHERE locale = ?",
                          (locale,)).fetchone()[0]
    return bool(scored < conn.execute("SELECT count(*) FROM catalog_rows").fetchone()[0])


def _unscored_rows(conn: sqlite3.Connection, query: SearchQuery, offset: int,
                   limit: int) -> list[tuple[int, int | None]]:
    """The rows of ``query`` without a score in its locale, in title order."""
    missing = ("NOT EXISTS (SELECT 1 FROM quality_locales q WHERE q.row = r.rowid AND "
               "q.locale = ?)")
    match = _full_match(query, _facet_groups(query))
    if match is not None:
        source, where, args = ("catalog_fts JOIN catalog_rows r ON r.rowid = catalog_fts.rowid",
                               "catalog_fts MATCH ?", [match])
    else:
        where, args = _sql_filters(replace(query, quality=None, locale=None))
        source = "catalog_rows r"
    return [(r[0], None) for r in conn.execute(
        f"SELECT r.rowid FROM {source} WHERE {where} AND {missing} "
        "ORDER BY r.title_key, r.rowid LIMIT ? OFFSET ?",
        [*args, query.locale, limit, offset])]


def _locale_count(conn: sqlite3.Connection, query: SearchQuery) -> int | None:
    """A locale's completeness filter counted on quality_locales' index (None: the query
    has more than that filter to it)."""
    if (query.locale is None or query.quality is None or query.statuses or query.sync_states
            or _full_match(query, _facet_groups(query)) is not None):
        return None
    return int(conn.execute(
        f"SELECT count(*) FROM quality_locales WHERE locale = ? AND "
        f"{_score_test(query.quality, '', 'score', 'fails')}", (query.locale,)).fetchone()[0])


def needles_of(query: SearchQuery) -> list[str]:
    return [n for n in (needle(w) for w in query.text.split()) if n]


def _walk_pays(conn: sqlite3.Connection, rows_needed: int, hits: int) -> bool:
    """Whether walking the sort index over the hits beats sorting them. The walk reads about
    ``rows_needed * all / hits`` index entries, the sort looks up and orders ``hits`` rows, a
    few times dearer each (measured: a first page of 100,000 rows breaks even near 1,500)."""
    everything = conn.execute("SELECT max(rowid) FROM catalog_rows").fetchone()[0] or 0
    return rows_needed * everything <= WALK_FACTOR * hits * hits


def _stock_range(query: SearchQuery) -> tuple[str, list[Any]]:
    """The stock filter as a range of the Stock column (tokens.stock_state), so a list
    sorted by stock starts its walk where the range starts instead of at the untracked."""
    if query.stock == "out":
        return "stock <= 0", []
    if query.stock == "low":
        return "stock BETWEEN 1 AND ?", [LOW_STOCK]
    return "", []


def _walk_with_hits(
    conn: sqlite3.Connection, match: str, order: str, offset: int, limit: int,
    seek: tuple[str, list[Any]] = ("", []),
) -> list[SearchRow]:
    """Filters without text, many hits: walk the sort's index and keep the rows among the
    FTS hits. The unary ``+`` keeps SQLite on the sort index; the hits become one in-memory
    set it probes per index entry, reading no table row until one is kept. A top category
    (10% of 100,000) took 4 ms for its first page; sorting its hits, ~20 ms. ``seek``: a
    condition on the sort's leading column, where the index can start."""
    cols = ", ".join(COLUMNS)
    where, args = seek
    sql = (f"SELECT {cols} FROM catalog_rows WHERE {where + ' AND ' if where else ''}"
           f"+rowid IN (SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?) "
           f"ORDER BY {order} LIMIT ? OFFSET ?")
    return [SearchRow(*r) for r in conn.execute(sql, [*args, match, limit, offset])]


def _fts_sorted(
    conn: sqlite3.Connection, match: str, order: str, offset: int, limit: int,
    quality: str = "", join: str = "",
) -> list[SearchRow]:
    # Sort the hits on the narrow ``sort_keys`` copy (cached, ~50 bytes a row), then read
    # only the page's wide rows: about twice as fast as sorting catalog_rows directly.
    # ``quality``: the completeness filter (sort_keys holds the score columns too). ``join``:
    # a locale's scores joined to each hit (``_locale_join`` on catalog_fts), the hits the
    # outer loop (measured 4 ms where sort_keys' rowid IN (hits) took 18).
    if join:
        keyed = ", ".join(f"k.{part.strip()}" for part in order.split(","))
        sql = (f"SELECT k.rowid FROM catalog_fts{join} CROSS JOIN sort_keys k "
               f"ON k.rowid = catalog_fts.rowid WHERE catalog_fts MATCH ? AND {quality} "
               f"ORDER BY {keyed} LIMIT ? OFFSET ?")
    else:
        sql = (f"SELECT rowid FROM sort_keys WHERE {quality + ' AND ' if quality else ''}rowid IN "
               f"(SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?) "
               f"ORDER BY {order} LIMIT ? OFFSET ?")
    keys = [r[0] for r in conn.execute(sql, [match, limit, offset])]
    if not keys:
        return []
    rows = {r[0]: SearchRow(*r[1:]) for r in conn.execute(
        f"SELECT rowid, {', '.join(COLUMNS)} FROM catalog_rows "
        f"WHERE rowid IN ({','.join('?' * len(keys))})",
        keys,
    )}
    return [rows[k] for k in keys if k in rows]


def page(
    conn: sqlite3.Connection, query: SearchQuery, offset: int = 0, limit: int = 100
) -> tuple[list[SearchRow], int]:
    """A page and the total, counting once (what the list does per keystroke)."""
    total = count(conn, query)
    return search(conn, query, offset, limit, total=total), total


def _fts_count(conn: sqlite3.Connection, match: str, query: SearchQuery) -> int:
    quality = _quality_clause(query)
    if quality:  # the score is not in the FTS index: count the hits that have it
        if _locale_filtered(query):  # the hits, each joined to its locale row
            sql = (f"SELECT COUNT(*) FROM catalog_fts{_locale_join(query, 'catalog_fts')} "
                   f"WHERE catalog_fts MATCH ? AND {quality}")
        else:
            sql = (f"SELECT COUNT(*) FROM sort_keys WHERE {quality} AND rowid IN "
                   "(SELECT rowid FROM catalog_fts WHERE catalog_fts MATCH ?)")
    else:
        sql = "SELECT COUNT(*) FROM catalog_fts WHERE catalog_fts MATCH ?"
    return int(conn.execute(sql, [match]).fetchone()[0])


def count(conn: sqlite3.Connection, query: SearchQuery) -> int:
    _validate(query)
    found = _locale_count(conn, query)
    if found is not None:
        return found
    match = _full_match(query, _facet_groups(query))
    if match is not None:
        return _fts_count(conn, match, query)
    where, args = _sql_filters(query, joined=True)
    join = _locale_join(query, "catalog_rows")
    sql = f"SELECT COUNT(*) FROM catalog_rows{join} WHERE {where}"
    return int(conn.execute(sql, args).fetchone()[0])


def handle_holders(conn: sqlite3.Connection, handle: str) -> list[str]:
    """The products whose handle is exactly ``handle`` (its index: any catalog size)."""
    return [r[0] for r in conn.execute(
        "SELECT product_id FROM catalog_rows WHERE handle=? ORDER BY product_id", (handle,))]


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
