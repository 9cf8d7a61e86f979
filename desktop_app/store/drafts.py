"""Products made on this machine and not yet on Medusa: local drafts.

A draft is a row of ``medusa_products`` with ``local=1`` and a local id, in the shape
of a stored Medusa record, so search, detail and editing treat it like any product.
Pulls never see it (``CatalogStore.medusa_ids`` leaves drafts out); the push of its
``create`` operation replaces it by the record Medusa answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from desktop_app.i18n import translate
from desktop_app.store import records
from desktop_app.store.outbox import now


def save_draft(conn: sqlite3.Connection, record: Mapping[str, Any]) -> None:
    """Store (or replace) a draft; the caller refreshes its row."""
    rec = dict(record)
    conn.execute(
        """INSERT INTO medusa_products (id, handle, title, subtitle, status, description,
               metadata, variants, updated_at, deleted_at, raw, local)
           VALUES (?,?,?,?,?,?,?,?,NULL,NULL,?,1)
           ON CONFLICT(id) DO UPDATE SET handle=excluded.handle, title=excluded.title,
             subtitle=excluded.subtitle, status=excluded.status,
             description=excluded.description, metadata=excluded.metadata,
             variants=excluded.variants, raw=excluded.raw
           WHERE medusa_products.local=1""",
        (rec["id"], rec.get("handle"), rec.get("title"), rec.get("subtitle"), rec.get("status"),
         rec.get("description"), _dumps(rec.get("metadata")), _dumps(rec.get("variants")),
         _dumps(rec)),
    )


def drop_draft(conn: sqlite3.Connection, product_id: str) -> None:
    conn.execute("DELETE FROM medusa_products WHERE id=? AND local=1", (product_id,))


def is_draft(conn: sqlite3.Connection, product_id: str) -> bool:
    row = conn.execute("SELECT local FROM medusa_products WHERE id=?", (product_id,)).fetchone()
    return row is not None and bool(row[0])


def set_levels(
    conn: sqlite3.Connection, levels: Mapping[tuple[str, str, str], int]
) -> set[str]:
    """Write stock levels Medusa confirmed into the stored records.

    ``levels`` maps ``(product id, variant id, location id)`` to the stocked quantity;
    the record's ``updated_at`` is left alone (a level is not a product change).
    Returns the products changed.
    """
    by_product: dict[str, dict[tuple[str, str], int]] = {}
    for (pid, vid, loc), qty in levels.items():
        by_product.setdefault(pid, {})[(vid, loc)] = qty
    for pid, wanted in by_product.items():
        record = records.load_medusa(conn, pid)
        if record is None:
            continue
        for variant in record.get("variants") or ():
            for (vid, loc), qty in wanted.items():
                if variant.get("id") == vid:
                    level = dict((variant.get("levels") or {}).get(loc) or {"reserved": 0})
                    level["stocked"] = qty
                    # No stamp of Medusa's moves with a level: a pull's read that left
                    # before this must not put the old one back (records.PUSHED_AT).
                    level[records.PUSHED_AT] = now()
                    variant["levels"] = {**(variant.get("levels") or {}), loc: level}
        conn.execute("UPDATE medusa_products SET raw=?, variants=? WHERE id=?",
                     (_dumps(record), _dumps(record.get("variants")), pid))
    return set(by_product)


def set_inventory_items(
    conn: sqlite3.Connection, product_id: str, items: Mapping[str, str]
) -> None:
    """Remember each variant's inventory item (``{variant id: item id}``)."""
    record = records.load_medusa(conn, product_id)
    if record is None:
        return
    for variant in record.get("variants") or ():
        if variant.get("id") in items:
            variant["inventory_item_id"] = items[variant["id"]]
    conn.execute("UPDATE medusa_products SET raw=?, variants=? WHERE id=?",
                 (_dumps(record), _dumps(record.get("variants")), product_id))


# A draft's own fields: sent in its create (the integration copies title and subtitle).
_DRAFT_FIELDS = ("title", "subtitle")


def fold_queued_edits(conn: sqlite3.Connection, product_id: str) -> None:
    """Medusa refused the draft's create, so nothing was made: the changes typed while it
    was on the wire (queued as edits of what it would make) go into the draft itself."""
    from desktop_app.store.fields import MEDUSA, apply, owner

    record = records.load_medusa(conn, product_id)
    if record is None or not is_draft(conn, product_id):
        return
    rows = conn.execute(
        "SELECT seq, field, mine FROM outbox WHERE product_id=? AND state IN "
        "('queued','failed','conflict','locked') ORDER BY seq", (product_id,)).fetchall()
    folded = []
    for row in rows:
        if owner(row["field"]) == MEDUSA or row["field"] in _DRAFT_FIELDS:
            record = apply(record, row["field"], json.loads(row["mine"]))
            folded.append(row["seq"])
    if folded:
        save_draft(conn, record)
        note = translate("OfflineCatalog",
                         "Taken into the new product before its create was sent.")
        conn.executemany(
            "UPDATE outbox SET state='done', outcome='discarded', message=? WHERE seq=?",
            [(note, seq) for seq in folded])


# What the integration writes into the Payload document it makes for a new product:
# Medusa's title, subtitle and description (integration-behaviour.md §2), or nothing.
_COPIED = ("title", "subtitle", "description")


def expect_copies(conn: sqlite3.Connection, product_id: str, draft: Mapping[str, Any]) -> None:
    """Content edits made before the product existed are sent over what the integration
    puts in the new Payload document: those values count as the app's own (``inflight``),
    not as somebody else's change to keep."""
    rows = conn.execute(
        "SELECT seq, field, inflight FROM outbox WHERE product_id=? AND server='payload' "
        "AND state IN ('queued','sending','locked')", (product_id,)).fetchall()
    for row in rows:
        ours = json.loads(row["inflight"]) if row["inflight"] else []
        copied = draft.get(row["field"]) if row["field"] in _COPIED else None
        for value in (copied, None, "", []):
            if value not in ours:
                ours.append(value)
        conn.execute("UPDATE outbox SET inflight=? WHERE seq=?", (_dumps(ours), row["seq"]))


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
