"""Recording whole-product changes: create, delete, variants, options, stock.

Each function is one durable transaction on the store (committed, fsynced, before it
returns) and is called only by the shop's catalog (``services/offline.py``).

A product that is still a local draft is changed in place: its create is sent with
whatever the draft holds when the push runs. A product on Medusa gets an operation
(``operations.py``) that the push replays exactly once.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.i18n import translate
from desktop_app.store import drafts, records
from desktop_app.store import operations as ops
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.fields import MEDUSA, apply, extract, owner
from desktop_app.store.operations import Operation, Operations
from desktop_app.store.outbox import ACTIVE as EDIT_STATES
from desktop_app.store.outbox import now

# Fields a draft takes itself: they go to Medusa in the create (the integration copies
# title and subtitle into the Payload document it makes).
DRAFT_FIELDS = ("title", "subtitle")


class NotEditable(ValueError):
    """The change cannot be recorded (unknown product or variant, create on the wire)."""


def _no_variant(variant_id: str, product_id: str) -> str:
    return translate("OfflineCatalog", "No variant {variant} in {product}.").format(
        variant=variant_id, product=product_id)


def _durable(store: CatalogStore) -> Any:
    return store.outbox.durable_transaction()


def _record(store: CatalogStore, product_id: str) -> dict[str, Any]:
    record = store.medusa(product_id)
    if record is None or record.get("deleted_at"):
        raise NotEditable(
            translate("OfflineCatalog", "No Medusa product {id} is stored; pull first.")
            .format(id=product_id))
    return record


def _requeue_create(store: CatalogStore, product_id: str) -> None:
    """The draft changed: a create Medusa refused is tried again with it."""
    for op in Operations(store.conn).entries(("failed",), product_id):
        if op.kind == ops.CREATE:
            Operations(store.conn).requeue(op.seq)


def _save(store: CatalogStore, record: dict[str, Any]) -> None:
    drafts.save_draft(store.conn, record)
    _requeue_create(store, record["id"])
    records.refresh_rows(store.conn, [record["id"]])


# ----------------------------------------------------------------- products
def create(store: CatalogStore, record: dict[str, Any]) -> str:
    """Store a draft record (``new_product.draft_record``) and queue its create."""
    with _durable(store):
        drafts.save_draft(store.conn, record)
        Operations(store.conn).add(record["id"], ops.CREATE, {})
        records.refresh_rows(store.conn, [record["id"]])
    return str(record["id"])


def edit_draft(
    store: CatalogStore, product_id: str, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Apply the draft's own fields in place; return the rest (queued as edits).

    Content for Payload waits in the outbox for the document the integration makes.
    Once a create may have reached Medusa (sent, answer not yet seen) the draft is
    frozen as sent: a replay finds the product by what was sent, and every change
    after that is an edit of the product Medusa made, based on the value sent.
    """
    in_place: dict[str, Any] = {}
    queued: dict[str, Any] = {}
    with _durable(store):
        record = _record(store, product_id)
        frozen = _create_may_have_landed(store, product_id)
        for name, value in changes.items():
            if not frozen and (owner(name) == MEDUSA or name in DRAFT_FIELDS):
                in_place[name] = value
            else:
                queued[name] = value
        if in_place:
            for name, value in in_place.items():
                record = apply(record, name, value)
            _discard_edits(store, product_id, in_place)  # older queued values of these
            _save(store, record)
        if queued:
            bases = {name: extract(record, name) if owner(name) == MEDUSA or
                     name in DRAFT_FIELDS else None for name in queued}
            store.outbox.record(product_id, queued, bases)
            records.refresh_rows(store.conn, [product_id])
    return queued


def _discard_edits(store: CatalogStore, product_id: str, names: Iterable[str]) -> None:
    names = list(names)
    store.conn.execute(
        f"""UPDATE outbox SET state='done', outcome='discarded', updated_at=?
            WHERE product_id=? AND field IN ({",".join("?" * len(names))}) AND state IN
            ({",".join("?" * len(EDIT_STATES))})""",
        (now(), product_id, *names, *EDIT_STATES))


def delete(store: CatalogStore, product_ids: Iterable[str]) -> set[str]:
    """Queue deletes; a draft Medusa never saw is simply dropped.

    What else was pending for a product on Medusa (stock, variants, options, edits) has
    nothing left to change once it goes: it is discarded with the delete.
    """
    changed: set[str] = set()
    operations = Operations(store.conn)
    with _durable(store):
        for pid in product_ids:
            changed.add(pid)
            if _in_place(store, pid):
                _drop(store, pid)
                continue
            _record(store, pid)
            if not drafts.is_draft(store.conn, pid):  # a draft's create must happen first
                _discard_pending(store, pid, keep=(ops.DELETE,))
            operations.add(pid, ops.DELETE, {})
        records.refresh_rows(store.conn, changed)
    return changed


def _create_may_have_landed(store: CatalogStore, product_id: str) -> bool:
    return any(op.kind == ops.CREATE and (op.sent or op.state == "sending")
               for op in Operations(store.conn).entries(product_id=product_id))


def _in_place(store: CatalogStore, product_id: str) -> bool:
    """A draft whose create cannot have reached Medusa: changed in place, sent whole."""
    return drafts.is_draft(store.conn, product_id) and not _create_may_have_landed(
        store, product_id)


def _drop(store: CatalogStore, product_id: str) -> None:
    drafts.drop_draft(store.conn, product_id)
    _discard_pending(store, product_id)


def _discard_pending(store: CatalogStore, product_id: str, keep: Iterable[str] = ()) -> None:
    """Settle a product's active edits and operations (but ``keep`` kinds) as discarded."""
    stamp = now()
    operations = Operations(store.conn)
    operations.discard([op.seq for op in operations.entries(product_id=product_id)
                        if op.kind not in keep and op.state != "sending"])
    store.conn.execute(
        f"""UPDATE outbox SET state='done', outcome='discarded', updated_at=?
            WHERE product_id=? AND state IN ({",".join("?" * len(EDIT_STATES))})
            AND state != 'sending'""",
        (stamp, product_id, *EDIT_STATES))


def _discard_variant(store: CatalogStore, product_id: str, variant_id: str) -> None:
    """A variant went: its stock levels and field edits have nothing left to change."""
    operations = Operations(store.conn)
    operations.discard([op.seq for op in operations.entries(product_id=product_id)
                        if op.kind == ops.STOCK and op.args.get("variant_id") == variant_id
                        and op.state != "sending"])
    store.conn.execute(
        f"""UPDATE outbox SET state='done', outcome='discarded', updated_at=?
            WHERE product_id=? AND field LIKE ? AND state IN
            ({",".join("?" * len(EDIT_STATES))}) AND state != 'sending'""",
        (now(), product_id, f"variants.{variant_id}.%", *EDIT_STATES))


# ----------------------------------------------------------------- variants
def add_variant(store: CatalogStore, product_id: str, variant: dict[str, Any]) -> str:
    """Add a variant record (``new_product.variant_record``); returns its local id."""
    with _durable(store):
        record = _record(store, product_id)
        if _in_place(store, product_id):
            record["variants"] = [*(record.get("variants") or ()), variant]
            _save(store, record)
        else:
            Operations(store.conn).add(product_id, ops.VARIANT_ADD, {"variant": variant})
            records.refresh_rows(store.conn, [product_id])
    return str(variant["id"])


def _unsent(store: CatalogStore, product_id: str, kind: str, key: str,
            value: str) -> Operation | None:
    """The pending, never sent operation of ``kind`` whose ``args[key]`` is ``value``."""
    for op in Operations(store.conn).entries(product_id=product_id):
        if op.kind != kind:
            continue
        found = op.args["variant"]["id"] if key == "variant.id" else op.args.get(key)
        if found == value and not op.sent and op.state != "sending":
            return op
    return None


def edit_variants_being_added(
    store: CatalogStore, product_id: str, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Edits of a variant whose add is not sent yet change that add (queued again if
    Medusa refused it, a duplicate SKU say); returns the other changes."""
    rest: dict[str, Any] = {}
    operations = Operations(store.conn)
    with _durable(store):
        for name, value in changes.items():
            head, _, tail = name.partition(".")
            vid, _, key = tail.partition(".")
            op = (_unsent(store, product_id, ops.VARIANT_ADD, "variant.id", vid)
                  if head == "variants" and key else None)
            if op is None:
                rest[name] = value  # a variant in Medusa, or maybe there already
                continue
            variant = {**op.args["variant"], key: value}
            operations.update_args(op.seq, {**op.args, "variant": variant})
        if len(rest) != len(changes):
            records.refresh_rows(store.conn, [product_id])
    return rest


def remove_variant(store: CatalogStore, product_id: str, variant_id: str) -> None:
    with _durable(store):
        record = _record(store, product_id)
        if _in_place(store, product_id):
            record["variants"] = [v for v in record.get("variants") or ()
                                  if v.get("id") != variant_id]
            _save(store, record)
            return
        operations = Operations(store.conn)
        unsent = _unsent(store, product_id, ops.VARIANT_ADD, "variant.id", variant_id)
        known = any(v.get("id") == variant_id for v in record.get("variants") or ()) or any(
            op.kind == ops.VARIANT_ADD and op.args["variant"]["id"] == variant_id
            for op in operations.entries(product_id=product_id))
        if not known:
            raise NotEditable(_no_variant(variant_id, product_id))
        if unsent is not None:  # never sent: nothing to remove on the server
            operations.discard([unsent.seq])
        else:
            operations.add(product_id, ops.VARIANT_REMOVE, {"variant_id": variant_id})
        _discard_variant(store, product_id, variant_id)
        records.refresh_rows(store.conn, [product_id])


# ------------------------------------------------------------------ options
def change_options(store: CatalogStore, product_id: str, kind: str, args: dict[str, Any]) -> None:
    """Add, rename or remove an option, or add/remove its values (``operations.OPTION_*``).

    A change of an option whose add is not sent yet changes that add instead.
    """
    with _durable(store):
        record = _record(store, product_id)
        if _in_place(store, product_id):
            _save(store, _draft_options(record, kind, args))
            return
        operations = Operations(store.conn)
        adding = (_unsent(store, product_id, ops.OPTION_ADD, "option_id", args["option_id"])
                  if kind != ops.OPTION_ADD else None)
        if adding is None:
            operations.add(product_id, kind, args)
        elif kind == ops.OPTION_REMOVE:
            operations.discard([adding.seq])
        elif kind == ops.OPTION_RENAME:
            operations.update_args(adding.seq, {**adding.args, "title": args["title"]})
        else:
            values = [v for v in adding.args.get("values") or ()
                      if v not in set(args.get("remove") or ())]
            values += [v for v in args.get("add") or () if v not in values]
            operations.update_args(adding.seq, {**adding.args, "values": values})
        records.refresh_rows(store.conn, [product_id])


def _draft_options(record: dict[str, Any], kind: str, args: dict[str, Any]) -> dict[str, Any]:
    from desktop_app.store.op_overlay import apply_operation

    op = Operation(0, record["id"], kind, args, None, "queued", None, None, None, 0, 1, None,
                   False, "", "")
    record = apply_operation(record, op)
    if kind == ops.OPTION_ADD:
        # A draft's variants each pick a value of every option: the first, for now.
        first = (args.get("values") or [""])[0]
        for variant in record.get("variants") or ():
            variant.setdefault("options", {})[args["title"]] = first
    return record


# -------------------------------------------------------------------- stock
def set_stock(
    store: CatalogStore, levels: Iterable[tuple[str, str, str, int]]
) -> set[str]:
    """Set ``(product id, variant id, location id, stocked quantity)`` levels."""
    changed: set[str] = set()
    operations = Operations(store.conn)
    with _durable(store):
        for pid, vid, loc, qty in levels:
            record = _record(store, pid)
            variant = next((v for v in record.get("variants") or () if v.get("id") == vid),
                           None)
            adding = _unsent(store, pid, ops.VARIANT_ADD, "variant.id", vid)
            if _in_place(store, pid):
                if variant is None:
                    raise NotEditable(_no_variant(vid, pid))
                variant.setdefault("levels", {})[loc] = {"stocked": qty, "reserved": 0}
                drafts.save_draft(store.conn, record)
            elif adding is not None:  # the add carries the variant's levels
                added = dict(adding.args["variant"])
                added["levels"] = {**(added.get("levels") or {}),
                                   loc: {"stocked": qty, "reserved": 0}}
                operations.update_args(adding.seq, {**adding.args, "variant": added})
            else:
                if variant is None and not _pending_variant(store, pid, vid):
                    raise NotEditable(_no_variant(vid, pid))
                level = ((variant or {}).get("levels") or {}).get(loc)
                base = None if level is None else level.get("stocked")
                operations.add(pid, ops.STOCK, {"variant_id": vid, "location_id": loc,
                                                "quantity": qty}, base=base)
            changed.add(pid)
        records.refresh_rows(store.conn, changed)
    return changed


def _pending_variant(store: CatalogStore, product_id: str, variant_id: str) -> bool:
    """A variant being added (not yet in Medusa): its stock is set once it exists."""
    return any(op.kind == ops.VARIANT_ADD and op.args["variant"]["id"] == variant_id
               for op in Operations(store.conn).entries(product_id=product_id))


def stock_of(record: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """``{variant id: {location id: stocked}}`` of a (merged) record."""
    return {v["id"]: {loc: int((lv or {}).get("stocked") or 0)
                      for loc, lv in (v.get("levels") or {}).items()}
            for v in record.get("variants") or ()}


def save_term(store: CatalogStore, kind: str, raw: Mapping[str, Any]) -> Any:
    """Store one term Medusa just made (a pull later replaces the kind whole)."""
    from desktop_app.store import taxonomy

    term = taxonomy.term_of(kind, raw)
    if term is None:
        raise ValueError(f"Medusa answered a {kind} without an id")
    with _durable(store):
        store.conn.execute(
            """INSERT OR REPLACE INTO taxonomy (kind, id, name, parent_id, handle, raw)
               VALUES (?,?,?,?,?,?)""",
            (term.kind, term.id, term.name, term.parent_id, term.handle,
             json.dumps(dict(raw), ensure_ascii=False, sort_keys=True, default=str)))
    return term


def copy_of(record: Mapping[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(dict(record))
