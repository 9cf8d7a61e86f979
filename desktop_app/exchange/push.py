"""Push the outbox: read, compare, write; one request per product and server.

For each product with pending edits, in the order of its oldest edit, and per
server in edit order:

1. mark the entries ``sending`` and COMMIT, before any request;
2. re-read the server's record (Medusa by id, Payload by ``medusa_id``: Payload
   ids can be reused, payload-rest-api.md §11) and store it as the server copy;
3. decide per field (``merge.decide``): done / send / conflict;
4. send only the fields to send (Medusa ``POST /admin/products/{id}``, Payload
   ``PATCH /api/products/{id}``); on success mark them done. Medusa's variant keys
   (``variants.<id>.<key>``) go as ``POST /admin/products/{id}/variants/batch`` with
   ``update`` naming only the changed variants, after the product update when a unit
   has both. Never in the product update's ``variants``: that list must name every
   variant and Medusa deletes one it leaves out, so a variant made in Medusa between
   the re-read and the write would be lost (product_update_variants_removes_unlisted).
   Likewise never ``POST /admin/products/batch``, though it sets 1,000 prices in a fifth
   of the time (one ``product.updated`` per product instead of one event per variant):
   Medusa 2.21 has no precondition that would keep it from deleting such a variant, and
   no admin route restores one (bench/README.md, grid_push.py).
   The batch answers the updated variants, asked for in the store's fields (region
   price rules, the inventory item ``manage_inventory`` makes); they replace those
   variants in the stored record. Translations (``locales.*``, ``translations.*``) go
   last, per locale (``translations_push.py``); where the shop has them, step 2 reads
   them too.

A crash anywhere leaves entries ``sending`` or ``queued``; the next push redoes
1-4, and step 3 finds a value that already reached the server equal to ``mine``,
so it is never applied twice and never lost.

Errors: Payload 423 → ``locked`` (kept, retried next push); a validation error →
``failed`` on the named field(s) with the server's message, the other fields are
retried once without it; anything else → back to ``queued`` with the message. Medusa
names a field by its path (``update, 0, weight`` is that row's variant) or, for a code
already taken or a variant gone, by the value sent (``Product variant with sku: X,
already exists.``): the field that sent it fails.

A request that failed on the way (broken connection, timeout, 502/503/504, a
Medusa 409) may or may not have been applied, so its unit goes back to
``queued`` and is retried in a later pass of the same push, after a backoff:
the retry re-reads first, so a write that did land is found equal to ``mine``
(done, not a conflict, not sent twice). Only a server that cannot be connected
to at all, or that fails ``down_after`` requests in a row, is "down": its
remaining units are left queued at once, so an offline push stays fast.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from babel.numbers import format_decimal

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    Conflict,
    Locked,
    NotFound,
    TransportError,
    Validation,
)
from desktop_app.api.http import RETRY_STATUSES, RetryPolicy
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.exchange import publishing_push as publishing
from desktop_app.exchange import publishing_read as publishing_reads
from desktop_app.exchange import translations_push
from desktop_app.exchange.batch_read import BatchReader, Record
from desktop_app.exchange.connectivity import Connectivity
from desktop_app.exchange.merge import decide
from desktop_app.exchange.takeover import Takeover
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.models.medusa import MedusaProduct, ProductVariant
from desktop_app.money import current_locale
from desktop_app.servers import LABELS
from desktop_app.store import draft_fields, publication, records, taxonomy
from desktop_app.store import translations as translation_store
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.fields import (
    MEDUSA,
    PAYLOAD,
    VARIANT_CODES,
    canonical,
    missing_ids,
    request_body,
    variant_id,
    variant_updates,
)
from desktop_app.store.locale_fields import is_localised
from desktop_app.store.outbox import PUSHABLE, OutboxEntry
from desktop_app.store.records import MalformedRecord

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
    retried: int = 0  # units sent again in a later pass after a passing fault
    requeued: int = 0  # edited while their request was on the wire: sent again next
    # Of ``sent``: drafts written over another writer's draft saved meanwhile (kept in
    # Payload's versions; exchange/draft_overwrite.py).
    replaced: int = 0
    changed_products: set[str] = field(default_factory=set)
    errors: dict[str, str] = field(default_factory=dict)  # server -> last error
    # Creates, deletes, structure and stock (exchange/operations_push.py), sent first.
    operations: Any = None
    # The push lost its lease to another process, which sends the rest (takeover.py).
    taken_over: bool = False

    @property
    def total(self) -> int:
        return self.sent + self.already + self.conflicts + self.failed + self.locked + self.deferred


PushProgressCallback = Callable[[PushProgress], None]


# Passes over units hit by a passing fault: the first try plus three retries,
# 1-2 s, 2-4 s, 4-8 s apart (a stalled write has time to land before the re-read).
UNIT_RETRY = RetryPolicy(attempts=4, base_delay=2.0, max_delay=8.0)
# Transport failures in a row (no success between) after which a server is down.
DOWN_AFTER = 10
# Units in flight. Measured (bench/bulk_push.py): 8 is well over 3x a sequential push
# on the local stack; each Payload write may hold two pooled DB connections, and 16
# would come close to Payload's pool of 30, shared with Medusa's own sync requests.
DEFAULT_CONCURRENCY = 8
# Products re-read per request (batch_read.py); 1 is one read per product.
READ_BATCH = 20
# Rounds of one push: the outbox, then what was edited while it was being sent.
SWEEPS = 3
# The longest Retry-After a push waits for between passes; a longer one ends the pass.
MAX_RETRY_AFTER = 60.0


# What a variants batch answers per variant: the variant part of the store's own read
# (fields apply to the variants there), so the answer replaces them in the stored record
# with their region price rules and inventory items (variants_batch_update_store_fields).
# Asking only ``id`` saved nothing measurable: the answer's re-read is about 1% of the
# batch's server time, the rest is the update's workflow and each variant's event.
VARIANT_ANSWER_FIELDS = tuple(dict.fromkeys(
    ["id", *(f.removeprefix("variants.") for f in records.MEDUSA_STORE_FIELDS
             if f.startswith("variants."))]))
# Refusals that name a value, not a path (recorded on Medusa 2.21.2).
_TAKEN = re.compile(r"Product variant with (\w+): (.*), already exists\.?$")
_NO_VARIANTS = re.compile(r"Cannot update non-existing variants with ids: (.*)$")

# Outcomes are stored with the outbox rows in the language of the push that settled them.
WAITING_FOR_PAYLOAD = QT_TRANSLATE_NOOP(
    "PushOutcome", "Waiting for Payload: the integration has not made this product's "
    "document yet; the edit is sent once it exists.")


class _ServerDown(Exception):
    pass


class _Transient(Exception):
    """The unit's request failed on the way; its entries are queued for another pass."""

    def __init__(self, seqs: list[int], error: ApiError) -> None:
        super().__init__(error.message)
        self.seqs = seqs
        self.error = error


def is_transient(exc: ApiError) -> bool:
    """A failure worth retrying soon: the request was lost or refused on the way."""
    if isinstance(exc, TransportError):
        return exc.connected
    return isinstance(exc, Conflict) or exc.status in RETRY_STATUSES


def _error_field(path: str, body: dict[str, Any], fields: list[str]) -> str | None:
    """The edited field a server error path names: ``variants.0.sku`` (a product update)
    and ``update.0.sku`` (a variants batch) are ``variants.<that row's id>.sku``."""
    parts = path.split(".")
    if parts[0] in ("variants", "update") and len(parts) >= 2 and parts[1].isdigit():
        rows = body.get(parts[0]) or []
        index = int(parts[1])
        if index < len(rows):
            parts[:2] = ["variants", rows[index].get("id", parts[1])]
    path = ".".join(parts)
    for name in fields:
        if name == path or name.startswith(path + ".") or path.startswith(name + "."):
            return name
    return None


def _named_by_value(text: str, send: dict[str, Any]) -> list[str]:
    """The sent fields a refusal names by value: the ones that sent a code Medusa says is
    taken (two variants given one SKU both fail), or every field of a variant it says
    does not exist."""
    if taken := _TAKEN.search(text):
        key, value = taken.groups()
        if key not in VARIANT_CODES:
            return []
        return [name for name, sent in send.items()
                if variant_id(name) and name.endswith(f".{key}")
                and canonical(name, sent) == value]
    if gone := _NO_VARIANTS.search(text):
        ids = {i.strip() for i in gone.group(1).split(",")}
        return [name for name in send if variant_id(name) in ids]
    return []


def _with_variants(stored: Record, variants: list[ProductVariant]) -> Record:
    """``stored`` with ``variants`` (a variants batch's answer) in place of its own copies,
    read as a product's variants are (option titles from the stored options)."""
    answer = records.medusa_record(MedusaProduct.model_validate(
        {"id": stored["id"], "options": stored.get("options") or [], "variants": variants}))
    fresh = {v["id"]: v for v in answer["variants"]}
    return {**stored, "variants": [fresh.get(v.get("id"), v)
                                   for v in stored.get("variants") or ()]}


class Pusher:
    def __init__(
        self,
        store: CatalogStore,
        medusa: MedusaClient | None,
        payload: PayloadClient | None,
        connectivity: Connectivity | None = None,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        retry_policy: RetryPolicy = UNIT_RETRY,
        down_after: int = DOWN_AFTER,
        read_batch: int = READ_BATCH,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        rng: random.Random | None = None,
        token: str | None = None,
        editorial: publishing.Editorial | None = None,
        takeover: Takeover | None = None,
    ) -> None:
        self.store = store
        self.takeover = takeover or Takeover()
        # Drafts and publishing (issue 16): whether schedules can be read (the catalog says);
        # drafts tell themselves in the re-read (a document's _status).
        self.editorial = editorial or publishing.Editorial()
        self.clients: dict[str, Any] = {MEDUSA: medusa, PAYLOAD: payload}
        self.connectivity = connectivity or Connectivity()
        self.concurrency = concurrency
        self.retry_policy = retry_policy
        self.down_after = down_after
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.report = PushReport()
        # Rows this run claims carry the token; a settle by any other run is refused.
        self.token = token or f"push-{uuid.uuid4().hex}"
        self._retry_after = 0.0  # the longest Retry-After a server asked for
        self._tried: set[tuple[int, int]] = set()  # (seq, version) claimed by this run
        # Products a re-read could not parse, with why: (server, product id) -> reason.
        self._malformed: dict[tuple[str, str], str] = {}
        self._down: set[str] = set()
        self._failures_in_a_row: dict[str, int] = {MEDUSA: 0, PAYLOAD: 0}
        # Translations (issue 16): re-reads carry them where the shop has them, so their
        # edits are compared per locale like any other (translations_push.py).
        self._translations = translation_store.setup(store.conn)
        self._readers = {
            server: BatchReader(lambda ids, server=server: self._read_many(server, ids),
                                read_batch)
            for server in (MEDUSA, PAYLOAD)
        }

    async def _call(self, server: str, call: Any) -> Any:
        """Await one request; decide from its outcome whether ``server`` is down."""
        if self.takeover.lost():
            # Another process pushes now: every server is skipped, as if down, and the
            # claimed rows go back to the queue (_interrupted); nothing is marked offline.
            self.report.taken_over = True
            self._down.update(s for s, c in self.clients.items() if c is not None)
        self.takeover.guard(server, call)
        self.report.requests += 1
        try:
            result = await call
        except ApiError as exc:
            self._observe_failure(server, exc)
            raise
        self._failures_in_a_row[server] = 0
        self.connectivity.succeeded(server)
        return result

    def _observe_failure(self, server: str, exc: ApiError) -> None:
        if isinstance(exc, TransportError) and not exc.connected:
            self._down.add(server)  # nothing listens there: no use trying the rest
            self.connectivity.failed(server, exc)
            return
        if not is_transient(exc):
            # An answer like 404 or 423 proves the server is there and working.
            self._failures_in_a_row[server] = 0
            self.connectivity.succeeded(server)
            return
        self._failures_in_a_row[server] += 1
        if self._failures_in_a_row[server] >= self.down_after:
            self._down.add(server)  # not a passing fault any more
            self.connectivity.failed(server, exc)
        # Otherwise one lost request does not make the server offline.

    # -------------------------------------------------------------- reads
    async def _read(self, server: str, product_id: str) -> Record | None:
        return await self._readers[server].record(product_id)

    async def _read_many(self, server: str, product_ids: list[str]) -> dict[str, Record]:
        """The server's records of these products (absent: none), saved to the store."""
        if server == MEDUSA:
            recs = await self._read_medusa(product_ids)
            self.store.save_medusa(recs)
            return {r["id"]: r for r in recs}
        if len(product_ids) == 1:
            where = Where.equals("medusa_id", product_ids[0])
        else:
            where = Where.in_("medusa_id", product_ids)
        # The document's own _status: only a collection with drafts has one (Payload ignores
        # the select elsewhere), so the re-read itself tells a drafts shop (publishing_push).
        select = (*records.PAYLOAD_STORE_FIELDS, publishing_reads.STATUS)
        if self._translations is not None and self._translations.payload_on:
            docs = await self._call(server, translations_push.read_payload_docs(
                self.clients[PAYLOAD], self._translations, where, 2 * len(product_ids),
                select))
        else:
            docs = (await self._call(
                server,
                self.clients[PAYLOAD].find(
                    "products", where=where, limit=2 * len(product_ids), depth=0,
                    select=select,
                ),
            )).docs
        wanted = set(product_ids)
        found: dict[str, Record] = {}
        statuses: dict[str, dict[str, Any]] = {}  # doc id -> the doc as read (its _status)
        for doc in docs:
            mid = doc.get("medusa_id")
            if mid in wanted and mid not in found:
                try:
                    found[mid] = records.payload_record(doc)
                except MalformedRecord as exc:  # this product fails; its batch goes on
                    self._malformed[(PAYLOAD, mid)] = exc.reason
                    continue
                if publishing_reads.STATUS in doc:
                    statuses[found[mid]["id"]] = doc
        if statuses:
            await self._read_editorial(where, found, statuses)
        self.store.save_payload(found.values())
        return found

    async def _read_editorial(
        self, where: Where, found: dict[str, Record], docs: dict[str, dict[str, Any]]
    ) -> None:
        """Each re-read record's drafts-and-publishing part (exchange/publishing_read.py)."""
        fetched = await self._call(PAYLOAD, publishing_reads.fetch(
            self.clients[PAYLOAD], where, schedules=self.editorial.schedules,
            doc_ids=list(docs), statuses=False, setup=self._translations))
        kept = {d: part for d, (_, part) in publication.stored(self.store.conn, docs).items()}
        parts = publishing_reads.parts_for(docs, fetched, kept)
        for record in found.values():
            if record["id"] in parts:
                record[draft_fields.EDITORIAL] = parts[record["id"]]

    async def _read_medusa(self, product_ids: list[str]) -> list[Record]:
        client = self.clients[MEDUSA]
        fields = translations_push.medusa_fields(records.MEDUSA_STORE_FIELDS, self._translations)
        if len(product_ids) > 1:
            page = await self._call(MEDUSA, client.list_products(
                fields=fields, ids=product_ids, limit=len(product_ids),
                order="id", on_malformed=self._medusa_malformed))
            recs = []
            for product in page.products:
                try:
                    recs.append(records.medusa_record(product))
                except MalformedRecord as exc:
                    self._medusa_malformed(product.id, exc.reason)
            return recs
        try:
            product = await self._call(
                MEDUSA, client.get_product(product_ids[0], fields=fields))
        except NotFound:
            return []
        try:
            return [records.medusa_record(product)]
        except MalformedRecord as exc:
            self._medusa_malformed(product_ids[0], exc.reason)
            return []

    def _medusa_malformed(self, product_id: str, reason: str) -> None:
        self._malformed[(MEDUSA, product_id)] = reason

    async def _write(
        self, server: str, product_id: str, record: dict[str, Any], body: dict[str, Any]
    ) -> Record | None:
        """Send ``body``, store the answer and return it (None when it cannot be read);
        ``push_product`` refreshes the row after."""
        if server == MEDUSA:
            product = await self._call(
                server,
                self.clients[MEDUSA].update_product(product_id, body,
                                                    fields=records.MEDUSA_STORE_FIELDS),
            )
            return self._store_answer(lambda: records.medusa_record(product),
                                      lambda rec: self.store.save_medusa([rec], refresh=False))
        doc = await self._call(
            server,
            self.clients[PAYLOAD].patch("products", record["id"], body, depth=0,
                                        select=records.PAYLOAD_STORE_FIELDS),
        )
        if "medusa_id" not in doc:
            doc = {**doc, "medusa_id": product_id}
        return self._store_answer(lambda: records.payload_record(doc),
                                  lambda rec: self.store.save_payload([rec], refresh=False))

    async def _write_variants(self, product_id: str, body: dict[str, Any]) -> Record | None:
        """Send a variants batch ``update``; store the variants it answers in the product's
        stored record and return that record (None when it cannot be read)."""
        variants = await self._call(MEDUSA, self.clients[MEDUSA].update_variants(
            product_id, body["update"], fields=VARIANT_ANSWER_FIELDS))
        # Patched onto the latest stored copy, not the re-read: a pull may have stored a
        # newer one meanwhile, and the re-read's older updated_at (a variant write does not
        # move the product's) would keep it from replacing that. The answered variants are
        # what Medusa holds now either way.
        stored = self.store.medusa(product_id)
        if stored is None:  # only a store emptied meanwhile; the next read fills it
            return None
        return self._store_answer(lambda: _with_variants(stored, variants),
                                  lambda rec: self.store.save_medusa([rec], refresh=False))

    @staticmethod
    def _store_answer(
        read: Callable[[], Record], save: Callable[[Record], object]
    ) -> Record | None:
        """Keep the server's answer to a write that landed; an unreadable one is skipped
        (the write is done either way: the next re-read stores the record)."""
        try:
            answer = read()
        except MalformedRecord as exc:
            log.warning("a write's answer was not stored: %s", exc)
            return None
        save(answer)
        return answer

    def _lost_categories(
        self, send: dict[str, Any], answer: Record | None, entries: list[OutboxEntry]
    ) -> list[OutboxEntry]:
        """Medusa drops a category deleted meanwhile without a word (200, recorded in
        product_assign_deleted_category_error): the ``categories`` edit fails, naming it,
        instead of being marked done. Returns the entries that are done."""
        if "categories" not in send or answer is None:
            return entries
        lost = missing_ids(send["categories"], answer.get("categories"))
        if not lost:
            return entries
        known = taxonomy.names(self.store.conn, taxonomy.CATEGORY)
        named = ", ".join(f"'{known[i]}'" if i in known else i for i in lost)
        message = translate("PushOutcome", "Category {names} no longer exists in Medusa.|"
                            "Categories {names} no longer exist in Medusa.", None,
                            len(lost)).format(names=named)
        failed = [e for e in entries if e.field == "categories"]
        self._settle(failed, "failed", message=message)
        self.report.failed += len(failed)
        return [e for e in entries if e.field != "categories"]

    # ------------------------------------------------------------- one unit
    def _settle(self, entries: list[OutboxEntry], state: str, **kw: Any) -> int:
        """Settle claimed rows in one transaction; the number edited meanwhile (re-queued)."""
        outbox = self.store.outbox
        with self.store.transaction():
            moved = sum(not outbox.settle(e, state, **kw) for e in entries)
        self.report.requeued += moved
        return moved

    async def push_unit(self, product_id: str, server: str) -> None:
        outbox = self.store.outbox
        # Claimed and committed before any request; read fresh, so an edit typed since
        # the push started is what is sent.
        entries = outbox.claim(product_id, server, self.token)
        if not entries:
            return
        self._tried.update((e.seq, e.version) for e in entries)
        try:
            record = await self._read(server, product_id)
        except ApiError as exc:
            self._interrupted(server, entries, exc)
            return
        reason = self._malformed.pop((server, product_id), None)
        if reason is not None:
            self._unreadable(server, entries, reason)
            return
        if record is None:
            self._gone(server, entries)
            return

        await self._decide_and_send(server, product_id, record, entries)

    def _created_here(self, product_id: str) -> bool:
        row = self.store.conn.execute("SELECT 1 FROM id_map WHERE server_id=?",
                                      (product_id,)).fetchone()
        return row is not None

    def _unreadable(self, server: str, entries: list[OutboxEntry], reason: str) -> None:
        self._settle(entries, "failed", message=translate(
            "PushOutcome", "{server} sent this product in a shape the app cannot read "
            "({reason}); the edit is kept.").format(server=LABELS[server], reason=reason))
        self.report.failed += len(entries)

    def _gone(self, server: str, entries: list[OutboxEntry]) -> None:
        """The re-read found no record: the edits fail, kept for the merchant to see.

        A product this app created whose Payload document the integration has not made
        yet is not gone: its content edits wait, queued, for the next push.
        """
        if server == PAYLOAD and entries and self._created_here(entries[0].product_id):
            waiting = translate("PushOutcome", WAITING_FOR_PAYLOAD)
            self._settle(entries, "queued", message=waiting)
            self._defer(server, [e.seq for e in entries], waiting)
            return
        if server == MEDUSA:
            message = translate("PushOutcome",
                                "The product was deleted in Medusa; the edit cannot be sent.")
        else:
            message = translate("PushOutcome",
                                "The product has no Payload document; the edit cannot be sent.")
        self._settle(entries, "failed", message=message)
        self.report.failed += len(entries)

    async def _decide_and_send(
        self, server: str, product_id: str, record: dict[str, Any],
        entries: list[OutboxEntry], retry: bool = True,
    ) -> None:
        """Compare the claimed entries with ``record`` (just read); send what is ours to send."""
        plan = decide(entries, record)
        by_seq = {e.seq: e for e in entries}
        with self.store.transaction():
            self._settle([by_seq[s] for s in plan.already], "done", outcome="already")
            for seq, theirs in plan.conflicts:
                self._settle([by_seq[seq]], "conflict", theirs=theirs,
                             message=translate("PushOutcome",
                                               "Changed on the server since you edited it."))
        self.report.already += len(plan.already)
        self.report.conflicts += len(plan.conflicts)
        if not plan.send:
            return
        await self._send(server, product_id, record, plan.send,
                         [by_seq[s] for s in plan.send_seqs], retry)

    async def _send(
        self,
        server: str,
        product_id: str,
        record: dict[str, Any],
        send: dict[str, Any],
        entries: list[OutboxEntry],
        retry: bool = True,
    ) -> None:
        """Send ``send``: the product update first, then Medusa's variant keys as a
        variants batch. A failure of the first is handled for the whole unit (its rest
        is queued again, or compared anew after a refusal), so nothing waits unclaimed."""
        variant_part = {f: v for f, v in send.items()
                        if server == MEDUSA and variant_id(f) is not None}
        # Translations go per locale after the product update (translations_push.py).
        locale_part = {f: v for f, v in send.items() if is_localised(f)}
        # Drafts, publish and schedules after it too (exchange/publishing_push.py).
        editorial_part = {f: v for f, v in send.items() if draft_fields.is_editorial(f)}
        product_part = {f: v for f, v in send.items() if f not in variant_part
                        and f not in locale_part and f not in editorial_part}
        if product_part and server == PAYLOAD and publishing.holds_newer_draft(record):
            refused = [e for e in entries if e.field in product_part]
            self._settle(refused, "failed",
                         message=translate("PushOutcome", publishing.NEWER_DRAFT))
            self.report.failed += len(refused)
            product_part = {}
        if product_part and not await self._send_update(
            server, product_id, record, product_part, send, entries, retry
        ):
            return
        if editorial_part:
            await publishing.send(self, product_id, record, editorial_part,
                                  [e for e in entries if e.field in editorial_part])
            fresh = self.store.payload(product_id)
            record = fresh if fresh is not None else record
        if variant_part:
            await self._send_variants(product_id, record, variant_part,
                                      [e for e in entries if e.field in variant_part], retry)
        if locale_part:
            await translations_push.send(self, server, product_id, record, locale_part,
                                         [e for e in entries if e.field in locale_part])

    async def _send_update(
        self, server: str, product_id: str, record: dict[str, Any], part: dict[str, Any],
        send: dict[str, Any], entries: list[OutboxEntry], retry: bool,
    ) -> bool:
        """The product update (Payload: the PATCH) of ``part``; True when it was sent and
        the rest of ``send`` may follow."""
        body = request_body(server, record, part)
        if server == PAYLOAD:
            body = publishing.with_status(record, body)  # drafts shops: never implied
        try:
            answer = await self._write(server, product_id, record, body)
        except Locked as exc:  # Payload: no variant part waits behind it
            self._settle(entries, "locked", message=exc.message)
            self.report.locked += len(entries)
            return False
        except Validation as exc:
            # Medusa's variant keys go in a request of their own (the variants batch).
            await self._rejected(server, product_id, record, send, entries, body, exc, retry,
                                 sent=part if server == MEDUSA else None)
            return False
        except ApiError as exc:
            self._interrupted(server, entries, exc)
            return False
        done = self._lost_categories(part, answer, [e for e in entries if e.field in part])
        self._settle(done, "done", outcome="sent")
        self.report.sent += len(done)
        return True

    async def _send_variants(
        self, product_id: str, record: dict[str, Any], send: dict[str, Any],
        entries: list[OutboxEntry], retry: bool,
    ) -> None:
        """The variant keys as one variants batch ``update`` of the changed variants."""
        held = {v.get("id") for v in record.get("variants") or ()}
        gone = [e for e in entries if variant_id(e.field) not in held]
        if gone:  # deleted in Medusa meanwhile: only its own edits fail
            with self.store.transaction():
                for entry in gone:
                    self._settle([entry], "failed", message=translate(
                        "PushOutcome", "Cannot send: variant {variant} no longer exists.",
                    ).format(variant=variant_id(entry.field)))
            self.report.failed += len(gone)
            entries = [e for e in entries if e not in gone]
            send = {f: v for f, v in send.items() if variant_id(f) in held}
            if not send:
                return
        body = {"update": variant_updates(send)}
        try:
            await self._write_variants(product_id, body)
        except Validation as exc:
            await self._rejected(MEDUSA, product_id, record, send, entries, body, exc, retry)
            return
        except ApiError as exc:
            self._interrupted(MEDUSA, entries, exc)
            return
        self._settle(entries, "done", outcome="sent")
        self.report.sent += len(entries)

    async def _rejected(
        self, server: str, product_id: str, record: dict[str, Any], send: dict[str, Any],
        entries: list[OutboxEntry], body: dict[str, Any], exc: Validation, retry: bool,
        sent: Iterable[str] | None = None,
    ) -> None:
        """Fail the fields the server named; send the rest once more without them.

        ``sent``: the fields the refused request carried, when ``send`` holds more (the
        product update, with the variants batch still to go): a refusal that names no
        field fails those only, as the variants batch was never sent."""
        failed: dict[str, str] = {}
        for path, message in exc.field_errors.items():
            name = _error_field(path, body, list(send))
            if name is not None:
                failed[name] = message
        for message in exc.general:
            for name in _named_by_value(message, send):
                failed[name] = message
        if not failed and sent is not None and set(send) - set(sent):
            failed = dict.fromkeys(sent, exc.message)
        if not failed:
            self._settle(entries, "failed", message=exc.message)
            self.report.failed += len(entries)
            return
        with self.store.transaction():
            for entry in entries:
                if entry.field in failed:
                    self._settle([entry], "failed", message=failed[entry.field])
                    self.report.failed += 1
        rest_entries = [e for e in entries if e.field not in failed]
        if rest_entries and retry:
            # Read again first: somebody may have changed the product meanwhile, and the
            # rest is compared and sent against what the server holds now.
            try:
                fresh = (await self._read_many(server, [product_id])).get(product_id)
            except ApiError as read_error:
                self._interrupted(server, rest_entries, read_error)
                return
            reason = self._malformed.pop((server, product_id), None)
            if reason is not None:
                self._unreadable(server, rest_entries, reason)
                return
            if fresh is None:
                self._gone(server, rest_entries)
                return
            await self._decide_and_send(server, product_id, fresh, rest_entries, False)
        elif rest_entries:
            self._settle(rest_entries, "queued", message=exc.message)
            self.report.deferred += len(rest_entries)

    def _interrupted(self, server: str, entries: list[OutboxEntry], exc: ApiError) -> None:
        """Queue the entries again after a failed request; raise unless that is final.

        Whether or not the request arrived, the next read-compare-write decides.
        """
        seqs = [e.seq for e in entries]
        self._settle(entries, "queued", message=exc.message)
        if exc.retry_after is not None:
            self._retry_after = max(self._retry_after, exc.retry_after)
        if isinstance(exc, BadCredentials):
            self._down.add(server)  # one failed login, not one per product (no lockout)
        if server in self._down:
            self._defer(server, seqs, exc.message)
            raise _ServerDown from exc
        if is_transient(exc):
            raise _Transient(seqs, exc)
        self._defer(server, seqs, exc.message)

    def _defer(self, server: str, seqs: list[int], message: str) -> None:
        self.report.deferred += len(seqs)
        self.report.errors[server] = message

    # ---------------------------------------------------------------- all
    async def push_product(
        self, product_id: str, retry: dict[str, _Transient] | None = None
    ) -> dict[str, _Transient]:
        """Push the product's units, or only those of ``retry`` (the faults of the last
        pass); return the units hit by a passing fault (skipped ones keep theirs)."""
        entries = [
            e for e in self.store.outbox.entries(PUSHABLE, product_id=product_id)
        ]
        # Servers in the order of their first edit: the product's edit order.
        order: list[str] = []
        for e in entries:
            if e.server not in order and (retry is None or e.server in retry):
                order.append(e.server)
        faults: dict[str, _Transient] = {}
        try:
            for server in order:
                fault = await self._push_server(product_id, server, entries, retry)
                if fault is not None:
                    faults[server] = fault
        finally:  # a cancelled push too: the row shows what was stored
            self.report.changed_products.add(product_id)
            self.store.refresh_rows([product_id])
        return faults

    async def _push_server(
        self, product_id: str, server: str, entries: list[OutboxEntry],
        retry: dict[str, _Transient] | None,
    ) -> _Transient | None:
        """Push the product's unit for ``server``; the passing fault that hit it, if any."""
        if server in self._down:
            # Queued since then: counted at the end, so keep the fault for another pass.
            return retry[server] if retry is not None else None
        if self.clients.get(server) is None:
            return None
        try:
            await self.push_unit(product_id, server)
        except _Transient as fault:
            return fault
        except _ServerDown:
            pass  # the entries are queued and counted; this server is skipped from now
        return None

    async def run(self, progress: PushProgressCallback | None = None) -> PushReport:
        run_id = self.store.start_run("push", "both")
        products = self.store.outbox.pushable_products()
        counter = _Progress(len(products), progress)
        sem = asyncio.Semaphore(self.concurrency)
        counter.start()
        try:
            for _round in range(SWEEPS):
                await self._push_all(products, sem, counter)
                # Edits typed while this push ran (or re-queued in flight) go now too.
                products = [p for p in self.store.outbox.pushable_products()
                            if self._fresh_work(p)]
                if not products or self._all_down():
                    break
                counter.grow(len(products))
        finally:
            self.store.finish_run(
                run_id, ok=not self.report.errors, changed=self.report.sent,
                message="; ".join(f"{k}: {v}" for k, v in self.report.errors.items()),
            )
        return self.report

    def _fresh_work(self, product_id: str) -> bool:
        """A pushable row (or version of one) this run has not tried yet."""
        return any((e.seq, e.version) not in self._tried and e.server not in self._down
                   for e in self.store.outbox.entries(PUSHABLE, product_id=product_id))

    async def _push_all(
        self, products: list[str], sem: asyncio.Semaphore, counter: _Progress
    ) -> None:
        """Passes over ``products``: a unit hit by a passing fault is retried after a wait."""
        pending: dict[str, dict[str, _Transient] | None] = dict.fromkeys(products)
        left: dict[str, dict[str, _Transient]] = {}
        attempts = max(1, self.retry_policy.attempts)
        for attempt in range(attempts):
            if attempt:
                # Outside the semaphore: waiting units hold no slot. A server that
                # said Retry-After is given at least that long.
                wait = max(self.retry_policy.delay(attempt - 1, self._rng),
                           min(self._retry_after, MAX_RETRY_AFTER))
                self._retry_after = 0.0
                await self._sleep(wait)
                self.report.retried += sum(len(f) for f in left.values())
            left = await self._pass(pending, sem, counter, attempt == attempts - 1)
            pending = dict(left)
            if not pending or self._all_down():
                break
        for faults in left.values():  # still failing: kept for the next push
            for server, fault in faults.items():
                self._defer(server, fault.seqs, fault.error.message)

    def _plan_reads(self, pending: dict[str, dict[str, _Transient] | None]) -> None:
        """Tell each server's reader which products this pass re-reads, in order."""
        servers: dict[str, set[str]] = {}
        if any(retry is None for retry in pending.values()):
            for e in self.store.outbox.entries(PUSHABLE):
                servers.setdefault(e.product_id, set()).add(e.server)
        for server, reader in self._readers.items():
            reader.plan([
                pid for pid, retry in pending.items()
                if server in (servers.get(pid, ()) if retry is None else retry)
            ])

    def _all_down(self) -> bool:
        return self._down >= {s for s, c in self.clients.items() if c is not None}

    async def _pass(
        self,
        pending: dict[str, dict[str, _Transient] | None],
        sem: asyncio.Semaphore,
        counter: _Progress,
        last: bool,
    ) -> dict[str, dict[str, _Transient]]:
        """One pass over ``pending`` products; returns those hit by a passing fault."""

        async def one(
            product_id: str, retry: dict[str, _Transient] | None
        ) -> dict[str, _Transient]:
            async with sem:
                if self._all_down():
                    return dict(retry or {})
                faults = await self.push_product(product_id, retry)
            if not faults or last:
                counter.step()
            return faults

        self._plan_reads(pending)
        # Every unit ends before anything is raised: none keeps writing unawaited after
        # the push (and its lease) is given up.
        results = await asyncio.gather(*(one(p, s) for p, s in pending.items()),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return {pid: faults for pid, faults in zip(pending, results, strict=True)
                if faults and not isinstance(faults, BaseException)}


class _Progress:
    """Counts finished products and tells the callback."""

    def __init__(self, total: int, callback: PushProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self.callback = callback

    def start(self) -> None:
        if self.callback is not None:
            self.callback(PushProgress(0, self.total, translate(
                "Push", "Sending changes of %Ln product(s)…", None, self.total)))

    def grow(self, more: int) -> None:
        self.total += more

    def step(self) -> None:
        self.done += 1
        if self.callback is not None:
            self.callback(PushProgress(self.done, self.total, translate(
                "Push", "Sent {done} of %Ln product(s)", None, self.total,
            ).format(done=format_decimal(self.done, locale=current_locale()))))


async def push(
    store: CatalogStore,
    medusa: MedusaClient | None,
    payload: PayloadClient | None,
    *,
    connectivity: Connectivity | None = None,
    progress: PushProgressCallback | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> PushReport:
    return await Pusher(store, medusa, payload, connectivity, concurrency=concurrency).run(progress)
