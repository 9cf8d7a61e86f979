"""The shop's organising terms in the store: categories, collections, tags, types, sales
channels, stock locations, currencies and regions (table ``taxonomy``, schema migration 6).

A pull reads each kind whole from Medusa and replaces the stored rows of that kind
(``save_all``), so the list can name and filter what products refer to by id, offline.
Raw items are taken as Medusa sends them (``MedusaStructure``): category ``{id, name,
handle, parent_category_id}`` (a tree's ``category_children`` are flattened),
collection ``{id, title, handle}``, tag and type ``{id, value}``, sales channel and
stock location ``{id, name}``, region ``{id, name, currency_code}`` (its currency is the
term's ``currency``; a region price is a price with the rule ``region_id``); currencies
are lower-case codes.

Writes join the caller's transaction; the catalog is the only writer (the pull is one
of its operations). A product's row carries filter tokens for its categories and all
their ancestors (``with_ancestors``), so when categories move (``moved``) the rows of
their products are rebuilt (``records.refresh_category_rows``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.store.db import transaction
from desktop_app.store.outbox import now
from desktop_app.text import natural_key

CATEGORY, COLLECTION, TAG, TYPE = "category", "collection", "tag", "type"
CHANNEL, LOCATION, CURRENCY, REGION = "channel", "location", "currency", "region"
KINDS = (CATEGORY, COLLECTION, TAG, TYPE, CHANNEL, LOCATION, CURRENCY, REGION)
# The record field that refers to each kind (products name terms by id).
RECORD_FIELDS = {"categories": CATEGORY, "tags": TAG, "sales_channels": CHANNEL,
                 "collection_id": COLLECTION, "type_id": TYPE}
# Where each kind keeps its display name in Medusa's reply.
_NAME_KEYS = {CATEGORY: "name", COLLECTION: "title", TAG: "value", TYPE: "value",
              CHANNEL: "name", LOCATION: "name", REGION: "name"}


@dataclass(frozen=True)
class Term:
    kind: str
    id: str
    name: str
    parent_id: str | None = None  # categories: the parent category
    handle: str | None = None
    currency: str | None = None  # regions: the lower-case code of its currency


def _check(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown taxonomy kind {kind!r}; use one of {', '.join(KINDS)}")


def _flatten(items: Iterable[Any]) -> Iterator[Any]:
    """Every item, and the ``category_children`` of a category tree below it."""
    for item in items:
        yield item
        if isinstance(item, Mapping):
            yield from _flatten(item.get("category_children") or ())


def term_of(kind: str, raw: Any) -> Term | None:
    """The term of one item as Medusa sends it; None for an item without an id."""
    if kind == CURRENCY:
        code = raw.get("currency_code") if isinstance(raw, Mapping) else raw
        return Term(kind, str(code).lower(), str(code).upper()) if code else None
    if not isinstance(raw, Mapping) or not raw.get("id"):
        return None
    name = raw.get(_NAME_KEYS[kind])
    parent = raw.get("parent_category_id") if kind == CATEGORY else None
    currency = raw.get("currency_code") if kind == REGION else None
    return Term(kind, str(raw["id"]), str(name) if name else str(raw["id"]),
                str(parent) if parent else None, raw.get("handle") or None,
                str(currency).lower() if currency else None)


def save_all(conn: sqlite3.Connection, kind: str, items: Iterable[Any]) -> list[Term]:
    """Replace every stored term of ``kind`` with ``items`` (raw, see the module doc)."""
    _check(kind)
    rows: dict[str, tuple[Term, Any]] = {}
    for raw in _flatten(items):
        term = term_of(kind, raw)
        if term is not None:
            rows[term.id] = (term, raw)  # a tree lists a category once; a repeat is the same
    with transaction(conn):
        conn.execute("DELETE FROM taxonomy WHERE kind=?", (kind,))
        conn.executemany(
            "INSERT INTO taxonomy (kind, id, name, parent_id, handle, raw) VALUES (?,?,?,?,?,?)",
            [(t.kind, t.id, t.name, t.parent_id, t.handle,
              json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str))
             for t, raw in rows.values()],
        )
        conn.execute(
            """INSERT INTO taxonomy_reads (kind, read_at) VALUES (?, ?)
               ON CONFLICT(kind) DO UPDATE SET read_at=excluded.read_at""",
            (kind, now()),
        )
    return [t for t, _ in rows.values()]


def _term(row: sqlite3.Row) -> Term:
    currency = row["currency"]
    return Term(row["kind"], row["id"], row["name"], row["parent_id"], row["handle"],
                str(currency).lower() if currency else None)


def load(conn: sqlite3.Connection, kind: str) -> list[Term]:
    """The stored terms of ``kind`` by name, in natural order ("Size 2" before "Size 10")."""
    _check(kind)
    rows = conn.execute(
        """SELECT kind, id, name, parent_id, handle, CASE WHEN kind = 'region' THEN
           json_extract(raw, '$.currency_code') END AS currency FROM taxonomy WHERE kind=?""",
        (kind,))
    return sorted((_term(r) for r in rows), key=lambda t: (natural_key(t.name), t.id))


def names(conn: sqlite3.Connection, kind: str) -> dict[str, str]:
    """``{id: name}`` of the stored terms of ``kind``."""
    _check(kind)
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM taxonomy WHERE kind=?",
                                            (kind,))}


def category_tree(conn: sqlite3.Connection) -> list[tuple[int, Term]]:
    """Every category as ``(depth, term)``, depth first, siblings by name; a category whose
    parent is not stored is shown at the top (depth 0). A cycle cannot loop forever."""
    terms = load(conn, CATEGORY)
    known = {t.id for t in terms}
    children: dict[str | None, list[Term]] = {}
    for term in terms:  # already in name order, so each child list is too
        parent = term.parent_id if term.parent_id in known else None
        children.setdefault(parent, []).append(term)
    out: list[tuple[int, Term]] = []
    seen: set[str] = set()

    def walk(parent: str | None, depth: int) -> None:
        for term in children.get(parent, ()):
            if term.id not in seen:
                seen.add(term.id)
                out.append((depth, term))
                walk(term.id, depth + 1)

    walk(None, 0)
    # Categories only reachable through a cycle: shown at the top rather than lost.
    for term in terms:
        if term.id not in seen:
            seen.add(term.id)
            out.append((0, term))
            walk(term.id, 1)
    return out


def parents(conn: sqlite3.Connection) -> dict[str, str | None]:
    """``{category id: parent id}`` of every stored category."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT id, parent_id FROM taxonomy WHERE kind = 'category'")}


def with_ancestors(category_ids: Iterable[str], parent_of: Mapping[str, str | None]) -> set[str]:
    """The categories and every category above them (a product in "Tees" is in "Shirts"
    too, so filtering by a category finds the products of those below it)."""
    out: set[str] = set()
    for category in category_ids:
        while category and category not in out:  # a cycle ends where it began
            out.add(category)
            category = parent_of.get(category)  # type: ignore[assignment]
    return out


def moved(before: Mapping[str, str | None], after: Mapping[str, str | None]) -> set[str]:
    """Categories whose place in the tree changed (new under a parent, moved, removed):
    the rows of their products hold the wrong ancestors until rebuilt."""
    return {c for c in before.keys() | after.keys() if before.get(c) != after.get(c)}


def descendants(conn: sqlite3.Connection, category_id: str) -> set[str]:
    """The ids of every category below ``category_id`` (not itself); empty when unknown."""
    rows = conn.execute(
        """WITH RECURSIVE below(id) AS (
               SELECT id FROM taxonomy WHERE kind = 'category' AND parent_id = ?
               UNION
               SELECT t.id FROM taxonomy t JOIN below b ON t.parent_id = b.id
               WHERE t.kind = 'category')
           SELECT id FROM below""",
        (category_id,),
    )
    return {r[0] for r in rows} - {category_id}


def read_at(conn: sqlite3.Connection, kind: str) -> str | None:
    """When ``kind`` was last read from Medusa (local clock, ISO), None if never."""
    row = conn.execute("SELECT read_at FROM taxonomy_reads WHERE kind=?", (kind,)).fetchone()
    return None if row is None else row[0]


def age(conn: sqlite3.Connection, kinds: Iterable[str] = KINDS) -> float | None:
    """Seconds since the oldest of ``kinds`` was read; None when one was never read."""
    oldest: datetime | None = None
    for kind in kinds:
        stamp = read_at(conn, kind)
        if stamp is None:
            return None
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        oldest = when if oldest is None or when < oldest else oldest
    if oldest is None:
        return None
    return (datetime.now(UTC) - oldest).total_seconds()


def unknown_refs(conn: sqlite3.Connection, recs: Iterable[Mapping[str, Any]]) -> bool:
    """Whether the records refer to a term the store does not hold (one made since the
    last read): then the next read is worth its requests."""
    wanted: dict[str, set[str]] = {}
    for rec in recs:
        for name, kind in RECORD_FIELDS.items():
            value = rec.get(name)
            ids = value if isinstance(value, list) else [value] if value else []
            wanted.setdefault(kind, set()).update(str(i) for i in ids)
    for kind, ids in wanted.items():
        if ids and not ids <= set(names(conn, kind)):
            return True
    return False
