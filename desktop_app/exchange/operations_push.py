"""Push the operations: creates, deletes, variant and option changes, stock levels.

Runs before the field edits of a push (``push.py``), in this order: creates (so a
new product's later edits find its Medusa id), then per product its deletes and
structure changes in the order they were made, then all stock levels at once
through Medusa's batch endpoint.

Each operation is claimed and committed ``sending`` before its request, and marked
``sent`` just before the request leaves; a replay of a sent operation first looks
for what it made: a create by handle and the marker in the product's metadata, a
variant by the marker in its metadata. So a crash or a timeout never makes a
product or a variant twice. Deletes, removals and stock levels are idempotent or
compared with a fresh read first (a stock level someone else changed since the
merchant saw it is a conflict, not overwritten).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    NotFound,
    TransportError,
    Validation,
)
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_structure import MedusaStructure
from desktop_app.exchange import create_body
from desktop_app.exchange.connectivity import Connectivity
from desktop_app.exchange.takeover import Takeover
from desktop_app.i18n import translate
from desktop_app.models.medusa import MedusaProduct
from desktop_app.services.new_product import CREATE_MARKER
from desktop_app.store import drafts, records
from desktop_app.store import operations as ops
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.operations import INFLIGHT, Operation, Operations
from desktop_app.store.outbox import ACTIVE as EDIT_STATES
from desktop_app.store.outbox import now

log = logging.getLogger(__name__)

# Creates in flight; each is one request (the product with its variants and prices).
CONCURRENCY = 8


@dataclass
class OperationReport:
    created: int = 0
    deleted: int = 0
    applied: int = 0  # structure changes and stock levels
    already: int = 0  # found done on the server (a replay)
    failed: int = 0
    conflicts: int = 0
    deferred: int = 0
    requests: int = 0
    changed_products: set[str] = field(default_factory=set)
    created_ids: dict[str, str] = field(default_factory=dict)  # local id -> Medusa id
    errors: list[str] = field(default_factory=list)
    taken_over: bool = False  # the push lost its lease to another process (takeover.py)


class _Down(Exception):
    """Medusa cannot be reached: the rest waits for the next push."""


class OperationPusher:
    def __init__(
        self,
        store: CatalogStore,
        medusa: MedusaClient,
        connectivity: Connectivity | None = None,
        *,
        token: str | None = None,
        concurrency: int = CONCURRENCY,
        takeover: Takeover | None = None,
    ) -> None:
        self.store = store
        self.takeover = takeover or Takeover()
        self.medusa = medusa
        self.api = MedusaStructure(medusa)
        self.connectivity = connectivity or Connectivity()
        self.ops = Operations(store.conn)
        self.token = token or f"ops-{uuid.uuid4().hex}"
        self.concurrency = concurrency
        self.report = OperationReport()
        self._down = False
        self._currency_codes: set[str] | None = None
        self._currency_lock = asyncio.Lock()

    async def _call(self, call: Awaitable[Any]) -> Any:
        if self.takeover.lost():  # another process pushes now: the rest waits for it
            self.report.taken_over = True
            self._down = True
        self.takeover.guard("medusa", call)
        self.report.requests += 1
        try:
            result = await call
        except TransportError as exc:
            if not exc.connected:
                self._down = True
                self.connectivity.failed("medusa", exc)
            raise
        except BadCredentials:
            self._down = True  # one refused login, not one per operation (no lockout)
            raise
        self.connectivity.succeeded("medusa")
        return result

    # ------------------------------------------------------------------ all
    async def run(self, product_ids: Iterable[str] | None = None) -> OperationReport:
        wanted = set(product_ids) if product_ids is not None else None
        pending = [op for op in self.ops.pushable()
                   if wanted is None or op.product_id in wanted]
        creates = [op for op in pending if op.kind == ops.CREATE]
        await self._each(creates, self._create)
        pending = [op for op in self.ops.pushable()
                   if (wanted is None or op.product_id in wanted or
                       op.product_id in self.report.created_ids.values())
                   and op.kind not in (ops.CREATE, ops.STOCK)
                   and not ops.is_local(op.product_id)]
        by_product: dict[str, list[Operation]] = {}
        for op in pending:
            by_product.setdefault(op.product_id, []).append(op)
        await self._each(list(by_product.values()), self._product_ops)
        stock = [op for op in self.ops.pushable() if op.kind == ops.STOCK
                 and not ops.is_local(op.product_id)
                 and not ops.is_local(op.args.get("variant_id"))
                 and (wanted is None or op.product_id in wanted
                      or op.product_id in self.report.created_ids.values())]
        if stock and not self._down:
            await self._stock(stock)
        elif stock:
            self.report.deferred += len(stock)
        if self.report.changed_products:
            self.store.refresh_rows(self.report.changed_products)
        return self.report

    async def _each(self, items: list[Any], work: Callable[[Any], Awaitable[None]]) -> None:
        sem = asyncio.Semaphore(self.concurrency)

        async def one(item: Any) -> None:
            async with sem:
                if self._down:
                    self.report.deferred += len(item) if isinstance(item, list) else 1
                    return
                await work(item)

        results = await asyncio.gather(*(one(i) for i in items), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    def _claim(self, op: Operation) -> Operation | None:
        claimed = self.ops.claim([op.seq], self.token)
        return claimed[0] if claimed else None

    def _interrupted(self, op: Operation, exc: ApiError) -> None:
        self.ops.release(op, exc.message)
        self.report.deferred += 1
        self.report.errors.append(exc.message)

    def _failed(self, op: Operation, message: str, field: str | None = None) -> None:
        self.ops.settle(op, "failed", message=message, field=field)
        self.report.failed += 1
        self.report.changed_products.add(op.product_id)

    # --------------------------------------------------------------- create
    async def _create(self, queued: Operation) -> None:
        op = self._claim(queued)
        if op is None:
            return
        draft = self.store.medusa(op.product_id)
        if draft is None or not drafts.is_draft(self.store.conn, op.product_id):
            self.ops.settle(op, "done", outcome="discarded")
            return
        marker = (draft.get("metadata") or {}).get(CREATE_MARKER)
        try:
            product = await self._find_created(draft, marker) if op.sent else None
            outcome = "already" if product is not None else "sent"
            if product is None and self._deleting(op.product_id):
                self._drop_unmade(op)  # deleted before Medusa ever made it
                return
            if product is None:
                problem = create_body.problem(draft, await self._currencies())
                if problem is not None:
                    self._refused(op, problem[1], problem[0])
                    return
                self.ops.mark_sent(op)
                product = await self._call(self.medusa.create_product(
                    create_body.body(draft), fields=create_body.ANSWER_FIELDS))
        except Validation as exc:
            name, message = create_body.error_field(exc, draft)
            # "Handle exists" may be this very draft, made by a request whose answer
            # was lost and that landed after the replay's look: look once more.
            found = (await self._lookup_again(draft, marker)
                     if name == "handle" and (op.sent or self.ops.get(op.seq).sent) else None)
            if found is None:
                self._refused(op, message, name)
                return
            product, outcome = found, "already"
        except ApiError as exc:
            self._interrupted(op, exc)
            return
        self._adopt(op, product, outcome)

    async def _lookup_again(self, draft: dict[str, Any], marker: str | None) -> Any:
        try:
            return await self._find_created(draft, marker)
        except ApiError:
            return None

    def _deleting(self, product_id: str) -> bool:
        return any(o.kind == ops.DELETE for o in self.ops.entries(product_id=product_id))

    def _drop_unmade(self, op: Operation) -> None:
        with self.store.transaction():
            drafts.drop_draft(self.store.conn, op.product_id)
            self.ops.settle(op, "done", outcome="discarded")
            self.ops.discard([o.seq for o in self.ops.entries(product_id=op.product_id)])
            self.store.conn.execute(
                f"""UPDATE outbox SET state='done', outcome='discarded' WHERE product_id=?
                    AND state IN ({",".join("?" * len(EDIT_STATES))})""",
                (op.product_id, *EDIT_STATES))
            records.refresh_rows(self.store.conn, [op.product_id])
        self.report.changed_products.add(op.product_id)

    def _refused(self, op: Operation, message: str, field: str | None) -> None:
        """Medusa refused the create (nothing made): the draft is the merchant's again,
        with what they typed while it was on the wire folded in."""
        with self.store.transaction():
            self._failed(op, message, field)
            drafts.fold_queued_edits(self.store.conn, op.product_id)
            records.refresh_rows(self.store.conn, [op.product_id])

    async def _currencies(self) -> set[str] | None:
        """The store's currencies (Medusa accepts any code: the app must check)."""
        async with self._currency_lock:  # read once per push, not once per create
            if self._currency_codes is None:
                rows = self.store.conn.execute(
                    "SELECT id FROM taxonomy WHERE kind='currency'").fetchall()
                if rows:
                    self._currency_codes = {r[0] for r in rows}
                else:
                    try:
                        self._currency_codes = set(
                            await self._call(self.api.store_currencies()))
                    except ApiError:
                        self._currency_codes = set()  # not known: Medusa decides
        return self._currency_codes or None

    async def _find_created(self, draft: dict[str, Any], marker: str | None) -> Any:
        """The product an earlier, maybe lost, create request made (None: it made none)."""
        found = await self._call(self.api.find_by_handle(
            draft.get("handle") or "", fields=",".join(create_body.ANSWER_FIELDS)))
        for raw in found:
            if marker and (raw.get("metadata") or {}).get(CREATE_MARKER) == marker:
                return MedusaProduct.model_validate(raw)
        return None

    def _adopt(self, op: Operation, product: Any, outcome: str) -> None:
        """Replace the draft by Medusa's product and move every reference to its ids."""
        record = records.medusa_record(product)
        items = create_body.inventory_items(product)
        conn = self.store.conn
        with self.store.transaction():
            draft = self.store.medusa(op.product_id) or {"id": op.product_id}
            mapping = {draft["id"]: record["id"], **create_body.variant_ids(draft, product)}
            drafts.drop_draft(conn, draft["id"])
            records.upsert_medusa(conn, [record])
            records.mark_pushed(conn, record["id"], now())
            if items:
                drafts.set_inventory_items(conn, record["id"], items)
            self.ops.map_ids(mapping)
            drafts.expect_copies(conn, record["id"], draft)
            self.ops.settle(op, "done", outcome=outcome)
            for variant in draft.get("variants") or ():
                self._queue_levels(record["id"], mapping.get(variant["id"], variant["id"]),
                                   variant.get("levels") or {})
            records.refresh_rows(conn, [draft["id"], record["id"]])
        self.report.created += outcome == "sent"
        self.report.already += outcome == "already"
        self.report.created_ids[draft["id"]] = record["id"]
        self.report.changed_products.add(record["id"])

    def _queue_levels(self, product_id: str, variant_id: str, levels: dict[str, Any]) -> None:
        """Stock a new variant was made with; a level set since (already queued) wins."""
        queued = {(o.args.get("variant_id"), o.args.get("location_id"))
                  for o in self.ops.entries(product_id=product_id) if o.kind == ops.STOCK}
        for loc, level in levels.items():
            if (variant_id, loc) not in queued:
                self.ops.add(product_id, ops.STOCK, {
                    "variant_id": variant_id, "location_id": loc,
                    "quantity": (level or {}).get("stocked", 0)})

    # ---------------------------------------------------- product structure
    async def _product_ops(self, queue: list[Operation]) -> None:
        for queued in queue:
            if self._down:
                self.report.deferred += 1
                continue
            op = self._claim(queued)
            if op is None:
                continue
            handler = _HANDLERS[op.kind]
            try:
                await handler(self, op)
            except Validation as exc:
                self._failed(op, exc.message, _named_field(exc, op))
            except NotFound as exc:  # final: the product (or its option) is gone
                self._failed(op, translate("PushOutcome", "Medusa no longer has it: {error}")
                             .format(error=exc.message), _named_field(None, op))
            except ApiError as exc:
                # Later changes of this product wait: sent first, they would be
                # overtaken by this older one on the next push.
                self._interrupted(op, exc)
                self.report.deferred += sum(1 for later in queue if later.seq > op.seq)
                self.report.changed_products.add(op.product_id)
                return
            self.report.changed_products.add(op.product_id)

    async def _delete(self, op: Operation) -> None:
        try:
            await self._call(self.api.delete_product(op.product_id))
            outcome = "sent"
        except NotFound:
            outcome = "already"
        deleted = translate("PushOutcome", "The product was deleted.")
        with self.store.transaction():
            records.mark_medusa_deleted(self.store.conn, [op.product_id], now())
            self.ops.discard([o.seq for o in self.ops.entries(product_id=op.product_id)
                              if o.seq != op.seq and o.state != "sending"], deleted)
            # The product's own pending edits have nothing left to change.
            self.store.conn.execute(
                f"""UPDATE outbox SET state='done', outcome='discarded', claim=NULL,
                    message=? WHERE product_id=? AND state IN
                    ({",".join("?" * len(EDIT_STATES))})""",
                (deleted, op.product_id, *EDIT_STATES))
            self.ops.settle(op, "done", outcome=outcome)
        self.report.deleted += 1

    async def _read(self, product_id: str) -> dict[str, Any]:
        return dict(await self._call(self.api.read_product(product_id)))

    async def _variant_add(self, op: Operation) -> None:
        variant = op.args["variant"]
        current = await self._read(op.product_id)
        marker = create_body.VARIANT_MARKER
        made = next((v for v in current.get("variants") or ()
                     if (v.get("metadata") or {}).get(marker) == variant["id"]), None)
        outcome = "already"
        if made is None:
            self.ops.mark_sent(op)
            result = await self._call(self.api.batch_variants(
                op.product_id, create=[create_body.variant_body(variant)]))
            made = (result.get("created") or [None])[0]
            outcome = "sent"
        mapping = {variant["id"]: made["id"]} if made else {}
        await self._store_structure(op, outcome, mapping)
        if made:  # levels given with the variant go now (a level set since wins)
            with self.store.transaction():
                self._queue_levels(op.product_id, made["id"], variant.get("levels") or {})

    async def _variant_remove(self, op: Operation) -> None:
        current = await self._read(op.product_id)
        vid = op.args["variant_id"]
        outcome = "already"
        if any(v.get("id") == vid for v in current.get("variants") or ()):
            await self._call(self.api.batch_variants(op.product_id, delete=[vid]))
            outcome = "sent"
        await self._store_structure(op, outcome)

    async def _option_add(self, op: Operation) -> None:
        current = await self._read(op.product_id)
        title = op.args["title"]
        there = next((o for o in current.get("options") or () if o.get("title") == title), None)
        if there is not None:
            local = op.args.get("option_id")
            await self._store_structure(op, "already", {local: there["id"]} if local else None)
            return
        self.ops.mark_sent(op)
        answer = await self._call(self.api.batch_options(
            op.product_id, add=[{"title": title, "values": list(op.args.get("values") or ())}]))
        made = next((o for o in (answer or {}).get("options") or ()
                     if o.get("title") == title), None)
        local = op.args.get("option_id")
        await self._store_structure(op, "sent", {local: made["id"]} if made and local else None)

    async def _option_rename(self, op: Operation) -> None:
        await self._call(self.api.rename_option(op.args["option_id"], op.args["title"]))
        await self._store_structure(op, "sent")

    async def _option_remove(self, op: Operation) -> None:
        current = await self._read(op.product_id)
        if any(o.get("id") == op.args["option_id"] for o in current.get("options") or ()):
            await self._call(self.api.batch_options(op.product_id,
                                                    remove=[op.args["option_id"]]))
        await self._store_structure(op, "sent")

    async def _option_values(self, op: Operation) -> None:
        current = await self._read(op.product_id)
        option = next((o for o in current.get("options") or ()
                       if o.get("id") == op.args["option_id"]), None)
        if option is None:
            self._failed(op, translate("PushOutcome",
                                       "The option was removed in Medusa meanwhile."), "options")
            return
        have = {v.get("value"): v.get("id") for v in option.get("values") or ()}
        add = [v for v in op.args.get("add") or () if v not in have]
        remove = [have[v] for v in op.args.get("remove") or () if v in have]
        if add or remove:
            await self._call(self.api.batch_options(op.product_id, update=[{
                "product_option_id": option["id"], "add": add, "remove": remove}]))
        await self._store_structure(op, "sent" if add or remove else "already")

    async def _store_structure(
        self, op: Operation, outcome: str, mapping: dict[str, str] | None = None
    ) -> None:
        """Settle ``op`` with the product as Medusa now holds it."""
        product = await self._call(self.medusa.get_product(
            op.product_id, fields=create_body.ANSWER_FIELDS))
        record = records.medusa_record(product)
        with self.store.transaction():
            records.upsert_medusa(self.store.conn, [record])
            records.mark_pushed(self.store.conn, record["id"], now())
            items = create_body.inventory_items(product)
            if items:
                drafts.set_inventory_items(self.store.conn, record["id"], items)
            if mapping:
                self.ops.map_ids(mapping)
            self.ops.settle(op, "done", outcome=outcome)
        self.report.applied += outcome == "sent"
        self.report.already += outcome == "already"

    # ---------------------------------------------------------------- stock
    async def _stock(self, queued: list[Operation]) -> None:
        claimed = self.ops.claim([op.seq for op in queued], self.token)
        if not claimed:
            return
        try:
            items = await self._inventory_items(claimed)
            ready = [op for op in claimed if op.args["variant_id"] in items]
            for op in claimed:
                if op.args["variant_id"] not in items:
                    self._failed(op, translate(
                        "PushOutcome", "This variant does not manage inventory in Medusa."),
                                 f"variants.{op.args['variant_id']}.manage_inventory")
            current = await self._call(self.api.inventory_levels(
                sorted({items[op.args["variant_id"]] for op in ready})))
        except ApiError as exc:
            for op in claimed:
                self._interrupted(op, exc)
            return
        await self._send_levels(ready, items, current)

    async def _inventory_items(self, claimed: list[Operation]) -> dict[str, str]:
        """Each variant's inventory item, from the store or (new products) from Medusa."""
        items: dict[str, str] = {}
        missing: set[str] = set()
        for op in claimed:
            record = self.store.medusa(op.product_id) or {}
            for variant in record.get("variants") or ():
                if variant.get("id") == op.args["variant_id"]:
                    if variant.get("inventory_item_id"):
                        items[variant["id"]] = variant["inventory_item_id"]
                    else:
                        missing.add(op.product_id)
        for pid in sorted(missing):
            for row in await self._call(self.api.variant_levels(pid)):
                if row.get("inventory_item_id"):
                    items[row["variant_id"]] = row["inventory_item_id"]
            with self.store.transaction():
                drafts.set_inventory_items(self.store.conn, pid, items)
        return items

    async def _send_levels(
        self, ready: list[Operation], items: dict[str, str], current: dict[str, list[dict]]
    ) -> None:
        creating: list[tuple[Operation, dict[str, Any]]] = []
        updating: list[tuple[Operation, dict[str, Any]]] = []
        for op in ready:
            item = items[op.args["variant_id"]]
            if item not in current:  # Medusa answered without it: the item is gone
                self._failed(op, translate(
                    "PushOutcome", "Medusa no longer has this variant's inventory item "
                    "(the variant or its product was deleted)."), _stock_field(op))
                continue
            level = next((lv for lv in current[item]
                          if lv.get("location_id") == op.args["location_id"]), None)
            theirs = None if level is None else level.get("stocked_quantity")
            mine = op.args["quantity"]
            if theirs == mine:
                self._stock_done(op, "already", mine)
                continue
            ours = theirs in (op.args.get(INFLIGHT) or ())  # our own earlier write
            if op.base is not None and theirs is not None and theirs != op.base and not ours:
                self.ops.settle(op, "conflict", base=theirs, message=translate(
                    "PushOutcome", "Medusa's stock changed to {quantity} since you set it."
                ).format(quantity=theirs))
                self.report.conflicts += 1
                continue
            body = {"inventory_item_id": item, "location_id": op.args["location_id"],
                    "stocked_quantity": mine}
            (creating if level is None else updating).append((op, body))
        # In the order of the request body: a refusal names a position in it.
        sending = [op for op, _ in creating + updating]
        if not sending:
            return
        for op in sending:
            self.ops.mark_sent(op, op.args["quantity"])
        try:
            await self._call(self.api.batch_levels(create=[b for _, b in creating],
                                                   update=[b for _, b in updating]))
        except Validation as exc:
            self._levels_refused(sending, len(creating), exc)
            return
        except ApiError as exc:
            for op in sending:
                self._interrupted(op, exc)
            return
        for op in sending:
            self._stock_done(op, "sent", op.args["quantity"])

    def _levels_refused(self, sending: list[Operation], created: int, exc: Validation) -> None:
        """A batch is all or nothing: fail the level the server named, re-queue the rest."""
        named = _batch_index(exc, created)
        for index, op in enumerate(sending):
            if named is None or index == named:
                self._failed(op, exc.message, _stock_field(op))
            else:
                self.ops.release(op)
                self.report.deferred += 1

    def _stock_done(self, op: Operation, outcome: str, quantity: int) -> None:
        with self.store.transaction():
            drafts.set_levels(self.store.conn, {
                (op.product_id, op.args["variant_id"], op.args["location_id"]): quantity})
            # Medusa holds what was sent: the base of a newer value typed meanwhile.
            self.ops.settle(op, "done", outcome=outcome, base=quantity)
        self.report.applied += outcome == "sent"
        self.report.already += outcome == "already"
        self.report.changed_products.add(op.product_id)


def _stock_field(op: Operation) -> str:
    return f"stock.{op.args['variant_id']}.{op.args['location_id']}"


def _batch_index(exc: Validation, created: int) -> int | None:
    """Which level of a batch the server refused (its position among those sent)."""
    for path in [*exc.field_errors, exc.message]:
        parts = path.replace("'", " ").replace(",", " ").replace(".", " ").split()
        for i, part in enumerate(parts[:-1]):
            if part in ("create", "update") and parts[i + 1].isdigit():
                index = int(parts[i + 1])
                return index if part == "create" else created + index
    return None


def _named_field(exc: Validation | None, op: Operation) -> str | None:
    if op.kind == ops.VARIANT_ADD:
        vid = op.args["variant"]["id"]
        if exc is None:
            return f"variants.{vid}"
        for path in exc.field_errors:
            key = path.rsplit(".", 1)[-1]
            return f"variants.{vid}.{key}"
        return f"variants.{vid}.sku" if "sku" in exc.message.lower() else f"variants.{vid}"
    if op.kind in (ops.VARIANT_REMOVE,):
        return f"variants.{op.args['variant_id']}"
    if op.kind.startswith("option."):
        return "options"
    return None


_HANDLERS: dict[str, Callable[[OperationPusher, Operation], Awaitable[None]]] = {
    ops.DELETE: OperationPusher._delete,
    ops.VARIANT_ADD: OperationPusher._variant_add,
    ops.VARIANT_REMOVE: OperationPusher._variant_remove,
    ops.OPTION_ADD: OperationPusher._option_add,
    ops.OPTION_RENAME: OperationPusher._option_rename,
    ops.OPTION_REMOVE: OperationPusher._option_remove,
    ops.OPTION_VALUES: OperationPusher._option_values,
}
