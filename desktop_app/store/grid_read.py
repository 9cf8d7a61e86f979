"""Many products' Medusa records as the merchant sees them, for the variant grid.

One query per chunk of products for the records, their list titles (Payload's content
over Medusa's copy), their active edits and their active operations: the grid loads
thousands of products this way without a query per product.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.store.records import ACTIVE_STATES, active_operations, overlay

CHUNK = 500  # ids per query: well below SQLite's bound-parameter limit


@dataclass(frozen=True)
class GridProduct:
    product_id: str
    title: str
    medusa: dict[str, Any]  # pending edits and operations applied


def grid_products(conn: sqlite3.Connection, product_ids: Sequence[str]) -> list[GridProduct]:
    """The products of ``product_ids`` that have a Medusa record, in the order given."""
    found: dict[str, GridProduct] = {}
    ids = list(dict.fromkeys(product_ids))
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        found.update(_chunk(conn, part))
    return [found[pid] for pid in ids if pid in found]


def _chunk(conn: sqlite3.Connection, part: list[str]) -> dict[str, GridProduct]:
    marks = ",".join("?" * len(part))
    rows = conn.execute(
        f"""SELECT m.id, m.raw, r.title FROM medusa_products m
            LEFT JOIN catalog_rows r ON r.product_id = m.id
            WHERE m.id IN ({marks}) AND m.deleted_at IS NULL""", part).fetchall()
    edits: dict[str, list[sqlite3.Row]] = {}
    for e in conn.execute(
        f"""SELECT * FROM outbox WHERE product_id IN ({marks}) AND server='medusa'
            AND state IN ({",".join("?" * len(ACTIVE_STATES))}) ORDER BY seq""",
        (*part, *ACTIVE_STATES),
    ):
        edits.setdefault(e["product_id"], []).append(e)
    operations = active_operations(conn, part)
    out = {}
    for row in rows:
        pid = row["id"]
        record, _ = overlay(json.loads(row["raw"]), None, edits.get(pid, ()),
                            operations.get(pid, ()))
        if record is None or record.get("deleted_at"):
            continue
        out[pid] = GridProduct(pid, row["title"] or record.get("title") or pid, record)
    return out


def sku_holders(conn: sqlite3.Connection, skus: Iterable[str],
                ignore: Collection[str] = ()) -> dict[str, set[str]]:
    """The products holding each of ``skus`` (pending edits applied), but those of
    ``ignore`` (the caller has their rows): whole SKUs, so ``AB 12`` is held by none that
    holds ``AB`` and ``12`` apart.

    catalog_rows keeps a product's SKUs space separated (searched and sorted as words),
    which cannot tell where a SKU with a space ends: its words only find the candidates
    (a phrase in catalog_fts, an index lookup), whose records then say what they hold.
    Nothing is read for the whole shop, so asking costs only the SKUs asked for."""
    wanted: dict[str, set[str]] = {}  # candidate product -> the SKUs it may hold
    for sku in dict.fromkeys(s for s in skus if s):
        for pid in _candidates(conn, sku):
            if pid not in ignore:
                wanted.setdefault(pid, set()).add(sku)
    holders: dict[str, set[str]] = {}
    for product in grid_products(conn, list(wanted)):
        held = {v.get("sku") for v in product.medusa.get("variants") or ()}
        for sku in wanted[product.product_id] & held:
            holders.setdefault(sku, set()).add(product.product_id)
    return holders


def _candidates(conn: sqlite3.Connection, sku: str) -> list[str]:
    """Products whose SKU words contain ``sku``'s (a superset of its holders)."""
    if any(ch.isalnum() for ch in sku):
        phrase = 'skus : "' + sku.replace('"', '""') + '"'
        rows = conn.execute(
            """SELECT r.product_id FROM catalog_fts f JOIN catalog_rows r ON r.rowid = f.rowid
               WHERE catalog_fts MATCH ?""", (phrase,))
    else:  # no word to look up (``---``): the SKU text itself, row by row
        rows = conn.execute("SELECT product_id FROM catalog_rows WHERE instr(skus, ?) > 0",
                            (sku,))
    return [pid for (pid,) in rows]
