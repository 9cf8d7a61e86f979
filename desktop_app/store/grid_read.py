"""Many products' Medusa records as the merchant sees them, for the variant grid.

One query per chunk of products for the records, their list titles (Payload's content
over Medusa's copy), their active edits and their active operations: the grid loads
thousands of products this way without a query per product.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
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


def sku_owners(conn: sqlite3.Connection) -> dict[str, str]:
    """Every SKU of the shop (pending edits applied) and the product holding it."""
    owners: dict[str, str] = {}
    for pid, skus in conn.execute("SELECT product_id, skus FROM catalog_rows WHERE skus != ''"):
        for sku in skus.split():
            owners.setdefault(sku, pid)
    return owners
