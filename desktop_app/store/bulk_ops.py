"""Bulk edits in the store: what a bulk edit changed (for undo) and fast batch reads.

``bulk_ops`` holds one row per bulk edit, ``bulk_changes`` one row per changed field
with the value before and after and the outbox entry that carries it. ``product_states``
reads many products' current values (server copy + pending edits) in a few queries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.store.fields import MEDUSA, PAYLOAD, extract, owner
from desktop_app.store.outbox import now
from desktop_app.store.records import ACTIVE_STATES, overlay

_CHUNK = 500  # ids per query: well below SQLite's bound-parameter limit


@dataclass(frozen=True)
class ProductState:
    """One product as a bulk edit sees it."""

    product_id: str
    title: str
    current: dict[str, Any]  # field -> value the merchant sees (pending edits applied)
    server: dict[str, Any]  # field -> value in the stored server copy
    servers: frozenset[str]  # servers holding a record of the product

    def has(self, field: str) -> bool:
        return owner(field) in self.servers


@dataclass(frozen=True)
class BulkOp:
    id: int
    kind: str
    description: str
    created_at: str
    products: int
    fields: int
    undone_at: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class BulkChange:
    product_id: str
    field: str
    before: Any
    after: Any
    seq: int


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def product_states(
    conn: sqlite3.Connection,
    product_ids: Iterable[str],
    fields: Iterable[str] | Mapping[str, Iterable[str]],
) -> dict[str, ProductState]:
    """Current and server values of ``fields`` for each known, not deleted product;
    ``fields`` may name each product's own (a grid edit names thousands of variant
    fields, each of one product)."""
    ids = list(dict.fromkeys(product_ids))
    per_product = fields if isinstance(fields, Mapping) else None
    names = [] if per_product is not None else list(dict.fromkeys(fields))
    states: dict[str, ProductState] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        medusa = {
            r["id"]: json.loads(r["raw"]) for r in conn.execute(
                f"SELECT id, raw FROM medusa_products WHERE id IN ({marks}) "
                "AND deleted_at IS NULL", part)
        }
        payload: dict[str, dict[str, Any]] = {}
        for r in conn.execute(f"SELECT medusa_id, raw FROM payload_docs WHERE medusa_id IN "
                              f"({marks}) ORDER BY updated_at", part):
            payload[r["medusa_id"]] = json.loads(r["raw"])  # the latest doc wins, as in rows
        edits: dict[str, list[sqlite3.Row]] = {}
        for r in conn.execute(
            f"""SELECT * FROM outbox WHERE product_id IN ({marks}) AND state IN
                ({",".join("?" * len(ACTIVE_STATES))}) ORDER BY seq""",
            (*part, *ACTIVE_STATES),
        ):
            edits.setdefault(r["product_id"], []).append(r)
        for pid in part:
            m, p = medusa.get(pid), payload.get(pid)
            if m is None and p is None:
                continue
            wanted = names if per_product is None else list(per_product.get(pid, ()))
            states[pid] = _state(pid, m, p, edits.get(pid, []), wanted)
    return states


def _state(
    pid: str,
    medusa: dict[str, Any] | None,
    payload: dict[str, Any] | None,
    edits: list[sqlite3.Row],
    fields: list[str],
) -> ProductState:
    merged_m, merged_p = overlay(medusa, payload, edits)
    current, server = {}, {}
    for name in fields:
        mine = owner(name) == MEDUSA
        current[name] = extract(merged_m if mine else merged_p, name)
        server[name] = extract(medusa if mine else payload, name)
    # The list's title: Payload's content over Medusa's stale copy.
    title = (merged_p or {}).get("title") or (merged_m or {}).get("title") or pid
    servers = frozenset(s for s, rec in ((MEDUSA, medusa), (PAYLOAD, payload)) if rec)
    return ProductState(pid, str(title), current, server, servers)


class BulkOps:
    """The remembered bulk edits on one connection; writes join the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def insert(
        self, kind: str, description: str, changes: Sequence[BulkChange]
    ) -> BulkOp:
        """Remember a bulk edit; call inside the transaction that records its outbox edits."""
        stamp = now()
        products = len({c.product_id for c in changes})
        cur = self.conn.execute(
            """INSERT INTO bulk_ops (kind, description, created_at, products, fields)
               VALUES (?,?,?,?,?)""",
            (kind, description, stamp, products, len(changes)),
        )
        bulk_id = int(cur.lastrowid or 0)
        self.conn.executemany(
            """INSERT INTO bulk_changes (bulk_id, product_id, field, before, after, seq)
               VALUES (?,?,?,?,?,?)""",
            [(bulk_id, c.product_id, c.field, _dumps(c.before), _dumps(c.after), c.seq)
             for c in changes],
        )
        return BulkOp(bulk_id, kind, description, stamp, products, len(changes), None)

    def get(self, bulk_id: int) -> BulkOp | None:
        row = self.conn.execute("SELECT * FROM bulk_ops WHERE id=?", (bulk_id,)).fetchone()
        return None if row is None else BulkOp(**dict(row))

    def recent(self, limit: int = 50) -> list[BulkOp]:
        rows = self.conn.execute("SELECT * FROM bulk_ops ORDER BY id DESC LIMIT ?", (limit,))
        return [BulkOp(**dict(r)) for r in rows]

    def changes(self, bulk_id: int) -> list[BulkChange]:
        rows = self.conn.execute(
            """SELECT product_id, field, before, after, seq FROM bulk_changes
               WHERE bulk_id=? ORDER BY seq, product_id, field""",
            (bulk_id,),
        )
        return [BulkChange(r["product_id"], r["field"], json.loads(r["before"]),
                           json.loads(r["after"]), r["seq"]) for r in rows]

    def mark_undone(self, bulk_id: int) -> None:
        self.conn.execute("UPDATE bulk_ops SET undone_at=? WHERE id=?", (now(), bulk_id))
