"""Push the outbox: read, compare, write; one request per product and server.

For each product with pending edits, in the order of its oldest edit, and per
server in edit order:

1. mark the entries ``sending`` and COMMIT, before any request;
2. re-read the server's record (Medusa by id, Payload by ``medusa_id``: Payload
   ids can be reused, payload-rest-api.md §11) and store it as the server copy;
3. decide per field (``merge.decide``): done / send / conflict;
4. send only the fields to send (Medusa ``POST /admin/products/{id}``, Payload
   ``PATCH /api/products/{id}``); on success mark them done.

A crash anywhere leaves entries ``sending`` or ``queued``; the next push redoes
1-4, and step 3 finds a value that already reached the server equal to ``mine``,
so it is never applied twice and never lost.

Errors: Payload 423 → ``locked`` (kept, retried next push); a validation error →
``failed`` on the named field(s) with the server's message, the other fields are
retried once without it; a transport error → back to ``queued`` and that server
is skipped for the rest of this push; anything else → ``queued`` with the message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.api.errors import (
    ApiError,
    Locked,
    NotFound,
    TransportError,
    Validation,
)
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.store import records
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.fields import MEDUSA, PAYLOAD, request_body
from desktop_app.store.outbox import PUSHABLE, OutboxEntry
from desktop_app.sync.connectivity import Connectivity
from desktop_app.sync.merge import decide

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushProgress:
    done: int
    total: int
    message: str


@dataclass
class PushReport:
    sent: int = 0
    already: int = 0
    conflicts: int = 0
    failed: int = 0
    locked: int = 0
    deferred: int = 0  # left queued (server unreachable, server error)
    requests: int = 0
    changed_products: set[str] = field(default_factory=set)
    errors: dict[str, str] = field(default_factory=dict)  # server -> last error

    @property
    def total(self) -> int:
        return self.sent + self.already + self.conflicts + self.failed + self.locked + self.deferred


PushProgressCallback = Callable[[PushProgress], None]


class _ServerDown(Exception):
    pass


def _error_field(path: str, body: dict[str, Any], fields: list[str]) -> str | None:
    """The edited field a server error path names (``variants.0.sku`` → by variant id)."""
    parts = path.split(".")
    if parts[0] == "variants" and len(parts) >= 2 and parts[1].isdigit():
        rows = body.get("variants") or []
        index = int(parts[1])
        if index < len(rows):
            parts[1] = rows[index].get("id", parts[1])
    path = ".".join(parts)
    for name in fields:
        if name == path or name.startswith(path + ".") or path.startswith(name + "."):
            return name
    return None


class Pusher:
    def __init__(
        self,
        store: CatalogStore,
        medusa: MedusaClient | None,
        payload: PayloadClient | None,
        connectivity: Connectivity | None = None,
        *,
        concurrency: int = 4,
    ) -> None:
        self.store = store
        self.clients: dict[str, Any] = {MEDUSA: medusa, PAYLOAD: payload}
        self.connectivity = connectivity or Connectivity()
        self.concurrency = concurrency
        self.report = PushReport()
        self._down: set[str] = set()

    async def _call(self, server: str, call: Any) -> Any:
        self.report.requests += 1
        return await self.connectivity.observe(server, call)

    # -------------------------------------------------------------- reads
    async def _read(self, server: str, product_id: str) -> dict[str, Any] | None:
        if server == MEDUSA:
            try:
                product = await self._call(
                    server,
                    self.clients[MEDUSA].get_product(product_id,
                                                     fields=records.MEDUSA_STORE_FIELDS),
                )
            except NotFound:
                return None
            rec = records.medusa_record(product)
            self.store.save_medusa([rec])
            return rec
        page = await self._call(
            server,
            self.clients[PAYLOAD].find(
                "products", where=Where.equals("medusa_id", product_id), limit=2, depth=0,
                select=records.PAYLOAD_STORE_FIELDS,
            ),
        )
        if not page.docs:
            return None
        rec = records.payload_record(page.docs[0])
        self.store.save_payload([rec])
        return rec

    async def _write(
        self, server: str, product_id: str, record: dict[str, Any], body: dict[str, Any]
    ) -> None:
        if server == MEDUSA:
            product = await self._call(
                server,
                self.clients[MEDUSA].update_product(product_id, body,
                                                    fields=records.MEDUSA_STORE_FIELDS),
            )
            self.store.save_medusa([records.medusa_record(product)])
        else:
            doc = await self._call(
                server,
                self.clients[PAYLOAD].patch("products", record["id"], body, depth=0,
                                            select=records.PAYLOAD_STORE_FIELDS),
            )
            if "medusa_id" not in doc:
                doc = {**doc, "medusa_id": product_id}
            self.store.save_payload([records.payload_record(doc)])

    # ------------------------------------------------------------- one unit
    async def push_unit(self, product_id: str, server: str, entries: list[OutboxEntry]) -> None:
        outbox = self.store.outbox
        seqs = [e.seq for e in entries]
        outbox.set_state(seqs, "sending", count_attempt=True)  # committed before any request
        try:
            record = await self._read(server, product_id)
        except TransportError as exc:
            self._defer(server, seqs, exc)
            raise _ServerDown from exc
        except ApiError as exc:
            self._defer(server, seqs, exc)
            return
        if record is None:
            what = "product was deleted in Medusa" if server == MEDUSA else (
                "product has no Payload document")
            outbox.set_state(seqs, "failed", message=f"The {what}; the edit cannot be sent.")
            self.report.failed += len(seqs)
            return

        plan = decide(entries, record)
        with self.store.transaction():
            outbox.set_state(plan.already, "done", outcome="already")
            for seq, theirs in plan.conflicts:
                outbox.set_state([seq], "conflict", theirs=theirs,
                                 message="Changed on the server since you edited it.")
        self.report.already += len(plan.already)
        self.report.conflicts += len(plan.conflicts)
        if not plan.send:
            return
        await self._send(server, product_id, record, plan.send, plan.send_seqs, entries)

    async def _send(
        self,
        server: str,
        product_id: str,
        record: dict[str, Any],
        send: dict[str, Any],
        seqs: list[int],
        entries: list[OutboxEntry],
        retry: bool = True,
    ) -> None:
        outbox = self.store.outbox
        by_seq = {e.seq: e for e in entries}
        try:
            body = request_body(server, record, send)
        except KeyError as exc:  # a variant vanished on the server
            outbox.set_state(seqs, "failed", message=f"Cannot send: {exc.args[0]}.")
            self.report.failed += len(seqs)
            return
        try:
            await self._write(server, product_id, record, body)
        except Locked as exc:
            outbox.set_state(seqs, "locked", message=exc.message)
            self.report.locked += len(seqs)
            return
        except Validation as exc:
            names = list(send)
            failed: dict[str, str] = {}
            for path, message in exc.field_errors.items():
                name = _error_field(path, body, names)
                if name is not None:
                    failed[name] = message
            if not failed:
                outbox.set_state(seqs, "failed", message=exc.message)
                self.report.failed += len(seqs)
                return
            with self.store.transaction():
                for seq in seqs:
                    name = by_seq[seq].field
                    if name in failed:
                        outbox.set_state([seq], "failed", message=failed[name])
                        self.report.failed += 1
            rest = {k: v for k, v in send.items() if k not in failed}
            rest_seqs = [s for s in seqs if by_seq[s].field not in failed]
            if rest and retry:
                await self._send(server, product_id, record, rest, rest_seqs, entries, False)
            elif rest_seqs:
                outbox.set_state(rest_seqs, "queued", message=exc.message)
                self.report.deferred += len(rest_seqs)
            return
        except TransportError as exc:
            self._defer(server, seqs, exc)
            raise _ServerDown from exc
        except ApiError as exc:
            self._defer(server, seqs, exc)
            return
        outbox.set_state(seqs, "done", outcome="sent")
        self.report.sent += len(seqs)

    def _defer(self, server: str, seqs: list[int], exc: ApiError) -> None:
        # Whether or not the request arrived, read-compare-write on the next push decides.
        self.store.outbox.set_state(seqs, "queued", message=exc.message)
        self.report.deferred += len(seqs)
        self.report.errors[server] = exc.message

    # ---------------------------------------------------------------- all
    async def push_product(self, product_id: str) -> None:
        entries = [
            e for e in self.store.outbox.entries(PUSHABLE, product_id=product_id)
        ]
        # Servers in the order of their first edit: the product's edit order.
        order: list[str] = []
        for e in entries:
            if e.server not in order:
                order.append(e.server)
        for server in order:
            if server in self._down:
                continue
            if self.clients.get(server) is None:
                continue
            unit = [e for e in entries if e.server == server]
            try:
                await self.push_unit(product_id, server, unit)
            except _ServerDown:
                self._down.add(server)
        self.report.changed_products.add(product_id)
        self.store.refresh_rows([product_id])

    async def run(self, progress: PushProgressCallback | None = None) -> PushReport:
        run_id = self.store.start_run("push", "both")
        products = self.store.outbox.pushable_products()
        total = len(products)
        done = 0
        sem = asyncio.Semaphore(self.concurrency)
        if progress is not None:
            progress(PushProgress(0, total, f"Sending changes of {total} products…"))

        async def one(product_id: str) -> None:
            nonlocal done
            async with sem:
                if self._down >= {s for s, c in self.clients.items() if c is not None}:
                    return
                await self.push_product(product_id)
            done += 1
            if progress is not None:
                progress(PushProgress(done, total, f"Sent {done} of {total} products"))

        try:
            await asyncio.gather(*(one(p) for p in products))
        finally:
            self.store.finish_run(
                run_id, ok=not self.report.errors, changed=self.report.sent,
                message="; ".join(f"{k}: {v}" for k, v in self.report.errors.items()),
            )
        return self.report


async def push(
    store: CatalogStore,
    medusa: MedusaClient | None,
    payload: PayloadClient | None,
    *,
    connectivity: Connectivity | None = None,
    progress: PushProgressCallback | None = None,
    concurrency: int = 4,
) -> PushReport:
    return await Pusher(store, medusa, payload, connectivity, concurrency=concurrency).run(progress)
