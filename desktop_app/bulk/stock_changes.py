"""Stock levels in a bulk edit (the grid's): recorded as stock operations and undone.

A level's ``BulkChange`` has the field ``stock.<variant id>.<location id>`` and the seq
of the stock operation that carries it (0 for a product not yet in Medusa, whose draft
holds its levels). Undo mirrors field undo: a level not yet sent (or refused) is dropped,
or set back to the earlier pending value it replaced; a sent one is set back to
"before" by a new operation whose base is the grid's value, so a level someone changed
in Medusa since becomes a conflict instead of being overwritten; a level set again since
is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_app.bulk.model import RowError
from desktop_app.i18n import translate
from desktop_app.store import operations as ops
from desktop_app.store import structure
from desktop_app.store.bulk_ops import BulkChange
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.grid_read import grid_products
from desktop_app.store.operations import Operation, Operations

PREFIX = "stock."
UNSENT_STATES = ("queued", "failed", "conflict", "locked")


def field_name(variant_id: str, location_id: str) -> str:
    return f"{PREFIX}{variant_id}.{location_id}"


def split_field(field: str) -> tuple[str, str]:
    variant_id, _, location_id = field[len(PREFIX):].partition(".")
    return variant_id, location_id


def levels_now(store: CatalogStore, product_ids: Iterable[str]
               ) -> dict[tuple[str, str, str], int | None]:
    """Each variant's stocked quantity per location as the merchant sees it now."""
    now: dict[tuple[str, str, str], int | None] = {}
    for product in grid_products(store.conn, list(product_ids)):
        for variant in product.medusa.get("variants") or ():
            for loc, level in (variant.get("levels") or {}).items():
                now[(product.product_id, str(variant.get("id")), loc)] = int(
                    (level or {}).get("stocked") or 0)
    return now


def record(store: CatalogStore, changes: Sequence[Any]
           ) -> tuple[list[BulkChange], list[RowError]]:
    """Queue the ``StockChange``s still as the merchant saw them; call in the transaction."""
    now = levels_now(store, {c.product_id for c in changes})
    fresh, skipped = [], []
    for c in changes:
        if now.get((c.product_id, c.variant_id, c.location_id)) != c.before:
            skipped.append(RowError(translate("BulkOperations", "stock changed since the "
                                              "preview; left as it is"),
                                    product_id=c.product_id))
        else:
            fresh.append(c)
    structure.set_stock(store, [(c.product_id, c.variant_id, c.location_id, c.after)
                                for c in fresh])
    seqs = _stock_seqs(store, {c.product_id for c in fresh})
    return [BulkChange(c.product_id, field_name(c.variant_id, c.location_id), c.before,
                       c.after, seqs.get((c.product_id, c.variant_id, c.location_id), 0))
            for c in fresh], skipped


def _stock_seqs(store: CatalogStore, product_ids: set[str]
                ) -> dict[tuple[str, str, str], int]:
    seqs = {}
    for pid in product_ids:
        for op in Operations(store.conn).entries(ops.ACTIVE, pid):
            if op.kind == ops.STOCK:
                seqs[(pid, op.args["variant_id"], op.args["location_id"])] = op.seq
    return seqs


def undo(store: CatalogStore, bulk_id: int, changes: Sequence[BulkChange], report: Any) -> None:
    """Revert the bulk edit's stock levels (see the module docstring)."""
    now = levels_now(store, {c.product_id for c in changes})
    operations = Operations(store.conn)
    back = []
    for change in changes:
        vid, loc = split_field(change.field)
        name = f"{change.product_id} {change.field}"
        if now.get((change.product_id, vid, loc)) != change.after:
            report.kept.append(name)  # set again since (or the variant went)
            continue
        op = _op(operations, change.seq)
        if op is not None and op.state in UNSENT_STATES and op.base == change.before:
            operations.discard([op.seq], translate("BulkOperations", "Undone with bulk edit "
                                                   "#{id}").format(id=bulk_id))
            report.discarded += 1
            continue
        back.append((change.product_id, vid, loc, change.before))
    settable = [b for b in back if b[3] is not None]
    report.kept += [f"{p} {field_name(v, loc)}" for p, v, loc, q in back if q is None]
    structure.set_stock(store, settable)
    report.reverted += len(settable)


def _op(operations: Operations, seq: int) -> Operation | None:
    row = operations.conn.execute("SELECT * FROM operations WHERE seq=?", (seq,)).fetchone()
    return None if row is None else Operation.from_row(row)
