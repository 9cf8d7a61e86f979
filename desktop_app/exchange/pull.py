"""Pull both servers into the store: a full first pull, then cheap incremental ones.

Medusa
  full: ``count`` + the client's concurrent iterator with the store's narrow fields,
  and per page one request for the categories and tags of its products (``with_terms``).
  incremental: ``updated_at[$gte]=<cursor>&with_deleted=true`` (ms precision; ``$gte``
  re-returns the boundary millisecond, the upsert dedupes), which also returns soft
  deletes that bumped ``updated_at``; then ``limit=0`` count: when it disagrees with the
  local count (a delete that did not bump ``updated_at``) or every ``reconcile_every``
  pulls, the id set is reconciled (``fields=id``, 10,000 per request).
Payload
  full: ``iter_all`` with ``select``.
  incremental: ``where[updatedAt][greater_than_equal]=<cursor>``, then ``/count``; hard
  deletes are found by id reconciliation (``limit=0&select[medusa_id]=true``), run
  when the counts disagree or every ``reconcile_every`` pulls.

So a refresh after one change costs 2 requests per server (3 with a reconciliation).
The alt texts of Payload's media docs (content quality) are read like the taxonomy:
with a full pull, and when older than ``media.MEDIA_MAX_AGE`` (``exchange.media``).

Taxonomy (categories, collections, tags, types, sales channels, stock locations,
currencies, regions; ``store.taxonomy``): one list request per kind, all at once, before a full
Medusa pull (rows are built with each category's ancestors), and after an incremental
one when the stored lists are older than ``TAXONOMY_MAX_AGE`` or a changed product
names a term the store does not know (one made since). Rows of products in categories
that moved in the tree are rebuilt. A failed read leaves that kind as it was and is
reported in ``ServerPull.taxonomy_error``; it never fails the product pull.

A record in an unexpected shape (a Payload doc without ``medusa_id`` or with a
string description, a Medusa product without an id) is skipped and listed in
``ServerPull.skipped``; it never stops a pull. Its stored copy, if any, is kept (it
is not taken for deleted). A full pull reports every such record; an incremental one
those changed since the last pull, and, while one was never stored, the counts
differ, so its id reconciliation reports that one again until it is fixed.
Pulls only replace server copies; pending edits stay in the outbox and keep
overlaying the rows and the detail view.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop_app.api.errors import ApiError, BadCredentials, Forbidden
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_structure import MedusaStructure
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.exchange.connectivity import Connectivity
from desktop_app.exchange.media import read_media
from desktop_app.i18n import translate
from desktop_app.models.medusa import MedusaProduct
from desktop_app.store import records, taxonomy
from desktop_app.store import translations as translation_store
from desktop_app.store.catalog_store import CatalogStore, Cursor
from desktop_app.store.db import transaction
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.store.operations import is_local
from desktop_app.store.outbox import now
from desktop_app.store.writer import StoreWriter

log = logging.getLogger(__name__)
T = TypeVar("T")

MEDUSA_PAGE = 200
YIELD_EVERY = 25  # records converted between two turns of the event loop
PAYLOAD_PAGE = 250
ID_PAGE = 10_000
SAVE_BATCH = 500
RECONCILE_EVERY = 20
TAXONOMY_MAX_AGE = 300.0  # seconds an incremental pull trusts the stored taxonomy
# The facade method that reads each taxonomy kind.
TAXONOMY_READS = {
    taxonomy.CATEGORY: "categories", taxonomy.COLLECTION: "collections",
    taxonomy.TAG: "tags", taxonomy.TYPE: "types", taxonomy.CHANNEL: "sales_channels",
    taxonomy.LOCATION: "stock_locations", taxonomy.CURRENCY: "store_currencies",
    taxonomy.REGION: "regions",
}


@dataclass(frozen=True)
class PullProgress:
    server: str
    done: int
    total: int | None
    message: str


@dataclass
class ServerPull:
    server: str
    full: bool = False
    changed: int = 0
    deleted: int = 0
    reconciled: bool = False
    error: str | None = None
    # True when retrying cannot help but fixing the profile can (wrong or revoked key).
    needs_settings: bool = False
    changed_ids: set[str] = field(default_factory=set)
    # Records in an unexpected shape, left out: (id, or "?" when it has none; reason).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Medusa: the taxonomy kinds read this pull, and why others could not be (the
    # products were pulled all the same).
    taxonomy_read: list[str] = field(default_factory=list)
    taxonomy_error: str | None = None

    def skip(self, record_id: str, reason: str) -> None:
        # A doc can be met twice in one pull (changed, then reconciled): list it once.
        if (record_id, reason) not in self.skipped:
            self.skipped.append((record_id, reason))
            log.info("%s: skipped record %s: %s", self.server, record_id, reason)

    @property
    def skipped_ids(self) -> set[str]:
        """Ids of the skipped records that have one: their stored copies stay."""
        return {record_id for record_id, _ in self.skipped if record_id != "?"}


@dataclass
class PullReport:
    servers: dict[str, ServerPull] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(s.error is None for s in self.servers.values())

    @property
    def changed_ids(self) -> set[str]:
        out: set[str] = set()
        for s in self.servers.values():
            out |= s.changed_ids
        return out

    @property
    def skipped_count(self) -> int:
        """Records left out because of their shape, on all servers (see ServerPull.skipped)."""
        return sum(len(s.skipped) for s in self.servers.values())


PullProgressCallback = Callable[[PullProgress], None]


def _record(
    to_record: Callable[[Any], dict[str, Any]], item: Any, result: ServerPull
) -> dict[str, Any] | None:
    """The store's record of ``item``, or None when it is malformed (then reported)."""
    try:
        return to_record(item)
    except records.MalformedRecord as exc:
        result.skip(exc.record_id, exc.reason)
        return None


def _records(
    to_record: Callable[[Any], dict[str, Any]], items: Iterable[Any], result: ServerPull
) -> list[dict[str, Any]]:
    """The records of the well-formed ``items``; the others are reported to ``result``."""
    return [rec for item in items if (rec := _record(to_record, item, result)) is not None]


def _max(a: str | None, b: str | None) -> str | None:
    # ISO-8601 UTC strings with the same format compare in time order.
    return b if a is None or (b is not None and b > a) else a


async def _add_terms(client: MedusaClient, products: list[MedusaProduct]) -> None:
    ids = [p.id for p in products if p.id]
    if not ids:
        return
    page = await client.list_products(
        fields=records.MEDUSA_TERM_FIELDS, ids=ids, limit=len(ids), order="id",
        with_deleted=True, on_malformed=lambda _id, _reason: None,  # the main read reports
    )
    terms = {p.id: p for p in page.products}
    for product in products:
        found = terms.get(product.id)
        if found is not None:  # gone since the main read: no terms (it is deleted)
            product.categories, product.tags = found.categories, found.tags


async def with_terms(
    client: MedusaClient, products: AsyncIterator[MedusaProduct], page: int = MEDUSA_PAGE
) -> AsyncIterator[MedusaProduct]:
    """``products`` (read with ``records.MEDUSA_PULL_FIELDS``) with their categories and
    tags, read by id for each ``page`` of them. The main iterator keeps reading ahead
    meanwhile. A product changed between the two reads is read whole by the next pull
    (its ``updated_at`` is past the cursor)."""
    batch: list[MedusaProduct] = []
    async with contextlib.aclosing(products) as items:
        async for product in items:
            batch.append(product)
            if len(batch) >= page:
                await _add_terms(client, batch)
                for done in batch:
                    yield done
                batch = []
    await _add_terms(client, batch)
    for done in batch:
        yield done


class Puller:
    def __init__(
        self,
        store: CatalogStore,
        medusa: MedusaClient | None,
        payload: PayloadClient | None,
        connectivity: Connectivity | None = None,
        *,
        reconcile_every: int = RECONCILE_EVERY,
        progress: PullProgressCallback | None = None,
        writer: StoreWriter | None = None,
        structure: Callable[[MedusaClient], Any] = MedusaStructure,
        taxonomy_max_age: float = TAXONOMY_MAX_AGE,
    ) -> None:
        self.store = store
        self.writer = writer
        self.medusa = medusa
        self.payload = payload
        self.connectivity = connectivity or Connectivity()
        self.reconcile_every = reconcile_every
        self.progress = progress
        self.structure = structure
        self.taxonomy_max_age = taxonomy_max_age
        self._new_terms = False  # an incremental pull met a term the store does not know
        # Sources only a translating shop reads (Medusa's material): translations/setup.py.
        self._medusa_extra = translation_store.medusa_read_fields(store.conn)
        # Before any read: a stock level a push stores from here on outlives this pull's.
        self._started = now()

    async def _write(self, work: Callable[[CatalogStore], T]) -> T:
        """Heavy writes go to the writer thread when there is one (the GUI stays live)."""
        if self.writer is None:
            return work(self.store)
        return await self.writer.run(work)

    async def _save_medusa(self, recs: list[dict[str, Any]]) -> set[str]:
        return await self._write(lambda store: store.save_medusa(recs,
                                                                 read_since=self._started))

    async def _save_payload(self, recs: list[dict[str, Any]]) -> set[str]:
        return await self._write(lambda store: store.save_payload(recs))

    def _tell(self, server: str, done: int, total: int | None, message: str) -> None:
        if self.progress is not None:
            self.progress(PullProgress(server, done, total, message))

    async def _read_all(
        self,
        server: str,
        label: str,
        iterator: Any,
        to_record: Callable[[Any], dict[str, Any]],
        save: Callable[[list[dict[str, Any]]], Awaitable[set[str]]],
        total: int,
        result: ServerPull,
    ) -> tuple[set[str], str | None]:
        """Read a whole server into the store in batches; return the ids seen and the
        highest update stamp (the next incremental pull's cursor)."""
        seen: set[str] = set()
        batch: list[dict[str, Any]] = []
        high: str | None = None
        async with contextlib.aclosing(iterator) as items:
            async for item in items:
                rec = _record(to_record, item, result)
                if rec is None:
                    continue
                seen.add(rec["id"])
                high = _max(high, rec["updated_at"])
                batch.append(rec)
                if len(batch) % YIELD_EVERY == 0:
                    await asyncio.sleep(0)  # a page is converted in slices: the GUI stays live
                if len(batch) >= SAVE_BATCH:
                    result.changed_ids |= await save(batch)
                    batch = []
                    self._tell(server, len(seen), max(total, len(seen)),
                               translate("Pull", "Reading {server}…").format(server=label))
        result.changed_ids |= await save(batch)
        return seen, high

    # ------------------------------------------------------------ medusa
    async def _medusa_full(self, result: ServerPull, cursor: Cursor) -> Cursor:
        assert self.medusa is not None
        result.full = True
        total = await self.medusa.count_products()
        # Once Medusa answered, and before the products: rows get their categories' ancestors.
        await self._read_taxonomy(result, always=True)
        self._tell(MEDUSA, 0, total,
                   translate("Pull", "Reading %Ln product(s) from Medusa…", None, total))
        iterator = with_terms(self.medusa, self.medusa.iter_all_products(
            fields=(*records.MEDUSA_PULL_FIELDS, *self._medusa_extra), page_size=MEDUSA_PAGE,
            on_malformed=result.skip,
        ))
        seen, high = await self._read_all(
            MEDUSA, MEDUSA.label, iterator, records.medusa_record, self._save_medusa,
            total, result,
        )
        gone = await self._write(lambda store: store.medusa_ids()) - seen - result.skipped_ids
        await self._mark_deleted(gone)
        result.changed = len(seen)
        result.deleted = len(gone)
        self._tell(MEDUSA, len(seen), len(seen),
                   translate("Pull", "Read %Ln product(s) from Medusa", None, len(seen)))
        stamp = now()
        return Cursor(MEDUSA, high, stamp, stamp, 0)

    async def _mark_deleted(self, ids: set[str]) -> None:
        if not ids:
            return
        stamp = now()

        def work(store: CatalogStore) -> None:
            with transaction(store.conn):
                records.mark_medusa_deleted(store.conn, ids, stamp, self._started)
                records.refresh_rows(store.conn, ids)

        await self._write(work)

    async def _medusa_incremental(self, result: ServerPull, cursor: Cursor) -> Cursor:
        assert self.medusa is not None and cursor.cursor is not None
        high = cursor.cursor
        changed: list[dict[str, Any]] = []
        iterator = self.medusa.iter_all_products(
            fields=(*records.MEDUSA_STORE_FIELDS, *self._medusa_extra), page_size=MEDUSA_PAGE,
            updated_after=cursor.cursor, with_deleted=True, on_malformed=result.skip,
        )
        async with contextlib.aclosing(iterator) as products:
            async for product in products:
                rec = _record(records.medusa_record, product, result)
                if rec is None:
                    continue
                high = _max(high, rec["updated_at"])
                high = _max(high, rec["deleted_at"])
                changed.append(rec)
        result.changed_ids |= await self._save_medusa(changed)
        self._new_terms = await self._write(
            lambda store: taxonomy.unknown_refs(store.conn, changed))
        result.changed = sum(1 for r in changed if not r["deleted_at"])
        result.deleted = sum(1 for r in changed if r["deleted_at"])
        self._tell(MEDUSA, len(changed), len(changed),
                   translate("Pull", "%Ln changed in Medusa", None, len(changed)))

        server_count = await self.medusa.count_products()
        pulls = cursor.pulls_since_reconcile + 1
        reconciled_at = cursor.reconciled_at
        local_count = await self._write(lambda store: len(store.medusa_ids()))
        if server_count != local_count or pulls >= self.reconcile_every:
            await self._medusa_reconcile(result)
            pulls, reconciled_at = 0, now()
        return Cursor(MEDUSA, high, cursor.full_pull_at, reconciled_at, pulls)

    async def _medusa_reconcile(self, result: ServerPull) -> None:
        assert self.medusa is not None
        result.reconciled = True
        # Ids only, ID_PAGE (10,000, ~40 bytes each) per request: one request up to that.
        server_ids: set[str] = set()
        iterator = self.medusa.iter_all_products(
            fields="id", page_size=ID_PAGE, concurrency=2, on_malformed=result.skip
        )
        async with contextlib.aclosing(iterator) as products:
            async for product in products:
                server_ids.add(product.id)
        server_ids |= result.skipped_ids  # still there, only unreadable
        local = await self._write(lambda store: store.medusa_ids())
        gone = local - server_ids
        await self._mark_deleted(gone)
        result.deleted += len(gone)
        result.changed_ids |= gone
        new = sorted(server_ids - local)
        for start in range(0, len(new), MEDUSA_PAGE):
            page = await self.medusa.list_products(
                fields=(*records.MEDUSA_STORE_FIELDS, *self._medusa_extra),
                ids=new[start : start + MEDUSA_PAGE],
                limit=MEDUSA_PAGE, on_malformed=result.skip,
            )
            recs = _records(records.medusa_record, page.products, result)
            result.changed_ids |= await self._save_medusa(recs)
            result.changed += len(recs)

    # ---------------------------------------------------------- taxonomy
    async def _taxonomy_due(self) -> bool:
        if self._new_terms:
            return True
        age = await self._write(lambda store: taxonomy.age(store.conn, TAXONOMY_READS))
        return age is None or age >= self.taxonomy_max_age

    async def _read_taxonomy(self, result: ServerPull, *, always: bool = False) -> None:
        """Read every taxonomy kind at once and store those that came; report the rest."""
        assert self.medusa is not None
        if not (always or await self._taxonomy_due()):
            return
        found, failed = await fetch_taxonomy(self.structure(self.medusa))
        result.changed_ids |= await self._write(lambda store: save_taxonomy(store, found))
        result.taxonomy_read = list(found)
        if failed:
            what = ", ".join(TAXONOMY_READS[k].replace("_", " ") for k in failed)
            result.taxonomy_error = (f"Could not read {what} from Medusa: "
                                     f"{next(iter(failed.values()))}")
            log.warning("medusa: %s", result.taxonomy_error)

    # ----------------------------------------------------------- payload
    async def _payload_full(self, result: ServerPull, cursor: Cursor) -> Cursor:
        assert self.payload is not None
        result.full = True
        total = await self.payload.count("products")
        self._tell(PAYLOAD, 0, total,
                   translate("Pull", "Reading %Ln document(s) from Payload…", None, total))
        iterator = self.payload.iter_all(
            "products", page_size=PAYLOAD_PAGE, depth=0, select=records.PAYLOAD_STORE_FIELDS
        )
        seen, high = await self._read_all(
            PAYLOAD, PAYLOAD.label, iterator, records.payload_record, self._save_payload,
            total, result,
        )
        gone = set(await self._write(lambda store: store.payload_ids())) - seen - result.skipped_ids
        result.changed_ids |= await self._delete_docs(gone)
        result.changed = len(seen)
        result.deleted = len(gone)
        self._tell(PAYLOAD, len(seen), len(seen),
                   translate("Pull", "Read %Ln document(s) from Payload", None, len(seen)))
        stamp = now()
        return Cursor(PAYLOAD, high, stamp, stamp, 0)

    async def _delete_docs(self, doc_ids: set[str]) -> set[str]:
        if not doc_ids:
            return set()

        def work(store: CatalogStore) -> set[str]:
            with transaction(store.conn):
                affected = records.delete_payload(store.conn, doc_ids)
                records.refresh_rows(store.conn, affected)
            return affected

        return await self._write(work)

    async def _payload_incremental(self, result: ServerPull, cursor: Cursor) -> Cursor:
        assert self.payload is not None and cursor.cursor is not None
        high = cursor.cursor
        changed: list[dict[str, Any]] = []
        iterator = self.payload.iter_all(
            "products", where=Where.greater_than_equal("updatedAt", cursor.cursor),
            page_size=PAYLOAD_PAGE, depth=0, select=records.PAYLOAD_STORE_FIELDS,
        )
        async with contextlib.aclosing(iterator) as docs:
            async for doc in docs:
                rec = _record(records.payload_record, doc, result)
                if rec is None:
                    continue
                high = _max(high, rec["updated_at"])
                changed.append(rec)
        result.changed_ids |= await self._save_payload(changed)
        result.changed = len(changed)
        self._tell(PAYLOAD, len(changed), len(changed),
                   translate("Pull", "%Ln changed in Payload", None, len(changed)))

        server_count = await self.payload.count("products")
        pulls = cursor.pulls_since_reconcile + 1
        reconciled_at = cursor.reconciled_at
        local_count = await self._write(lambda store: len(store.payload_ids()))
        if server_count != local_count or pulls >= self.reconcile_every:
            await self._payload_reconcile(result)
            pulls, reconciled_at = 0, now()
        return Cursor(PAYLOAD, high, cursor.full_pull_at, reconciled_at, pulls)

    async def _payload_reconcile(self, result: ServerPull) -> None:
        assert self.payload is not None
        result.reconciled = True
        page = await self.payload.find("products", limit=0, depth=0, select=["medusa_id"])
        server: dict[str, Any] = {}
        for doc in page.docs:
            if records.is_id(doc.get("id")):
                server[str(doc["id"])] = doc.get("medusa_id")
            else:
                result.skip("?", "the document has no id")
        local = await self._write(lambda store: store.payload_ids())
        gone = {i for i in local if i not in server}
        # A reused id (SQLite adapter) now belongs to another product: re-read it too.
        moved = {i for i, m in server.items() if i in local and local[i] != m}
        result.changed_ids |= await self._delete_docs(gone | moved)
        result.deleted += len(gone)
        new = sorted((set(server) - set(local)) | moved)
        for start in range(0, len(new), PAYLOAD_PAGE):
            part = new[start : start + PAYLOAD_PAGE]
            found = await self.payload.find(
                "products", where=Where.in_("id", part), limit=len(part), depth=0,
                select=records.PAYLOAD_STORE_FIELDS,
            )
            recs = _records(records.payload_record, found.docs, result)
            result.changed_ids |= await self._save_payload(recs)
            result.changed += len(recs)

    # --------------------------------------------------------------- run
    async def _server(self, server: str, full: bool) -> ServerPull:
        result = ServerPull(server)
        cursor = self.store.cursor(server)
        # Through the writer too: on this thread they would wait for its lock.
        run_id = await self._write(lambda store: store.start_run("pull", server))
        first = full or cursor.cursor is None
        try:
            if server == MEDUSA:
                step = self._medusa_full if first else self._medusa_incremental
            else:
                step = self._payload_full if first else self._payload_incremental
            new_cursor = await step(result, cursor)
            if server == MEDUSA and not first:
                await self._read_taxonomy(result)
            if server == PAYLOAD and self.payload is not None:  # alt texts: content quality
                await read_media(self.payload, self._write, full=first,
                                 changed=result.changed_ids)
        except ApiError as exc:
            self.connectivity.failed(server, exc)
            result.error = exc.message
            # Payload reads an unknown API key as anonymous and refuses with 403, not 401:
            # a read refused either way is fixed in Settings, not by retrying.
            result.needs_settings = isinstance(exc, BadCredentials | Forbidden)
            message = exc.message
            await self._write(lambda store: store.finish_run(run_id, ok=False, message=message))
            return result
        self.connectivity.succeeded(server)

        def finish(store: CatalogStore) -> None:
            store.save_cursor(new_cursor)
            store.finish_run(run_id, ok=True, changed=result.changed, deleted=result.deleted)

        await self._write(finish)
        return result

    async def run(self, *, full: bool = False) -> PullReport:
        jobs: dict[str, Any] = {}
        if self.medusa is not None:
            jobs[MEDUSA] = self._server(MEDUSA, full)
        if self.payload is not None:
            jobs[PAYLOAD] = self._server(PAYLOAD, full)
        results = await asyncio.gather(*jobs.values())
        return PullReport(dict(zip(jobs, results, strict=True)))


async def fetch_taxonomy(structure: Any) -> tuple[dict[str, list[Any]], dict[str, str]]:
    """Every taxonomy kind read at once: ``(items by kind, error message by kind)``."""
    kinds = list(TAXONOMY_READS)
    answers = await asyncio.gather(
        *(getattr(structure, TAXONOMY_READS[kind])() for kind in kinds),
        return_exceptions=True,
    )
    found: dict[str, list[Any]] = {}
    failed: dict[str, str] = {}
    for kind, answer in zip(kinds, answers, strict=True):
        if isinstance(answer, ApiError):
            failed[kind] = answer.message
        elif isinstance(answer, BaseException):
            raise answer  # a bug or a cancellation, not a server's answer
        else:
            found[kind] = answer
    return found, failed


def save_taxonomy(store: CatalogStore, found: dict[str, list[Any]]) -> set[str]:
    """Store the kinds read; returns the products whose category rows moved."""
    with transaction(store.conn):
        before = taxonomy.parents(store.conn)
        for kind, items in found.items():
            taxonomy.save_all(store.conn, kind, items)
        moved = taxonomy.moved(before, taxonomy.parents(store.conn))
        return records.refresh_category_rows(store.conn, moved)


async def refresh_products(
    store: CatalogStore,
    medusa: MedusaClient | None,
    payload: PayloadClient | None,
    product_ids: list[str],
    *,
    connectivity: Connectivity | None = None,
) -> set[str]:
    """Re-read just these products from both servers (e.g. when the editor opens one).

    One request per server per 200 ids. Products Medusa no longer lists are marked
    deleted. Cursors are left alone: this is not a pull. Records in an unexpected
    shape are skipped (logged) and their stored copies kept.
    """
    connectivity = connectivity or Connectivity()
    changed: set[str] = set()
    skipped = {MEDUSA: ServerPull(MEDUSA), PAYLOAD: ServerPull(PAYLOAD)}  # just to log them
    # A draft made here is not on either server yet: nothing to read, nothing "gone".
    product_ids = [pid for pid in product_ids if not is_local(pid)]
    for start in range(0, len(product_ids), MEDUSA_PAGE):
        part = product_ids[start : start + MEDUSA_PAGE]
        if medusa is not None:
            # As a pull's: what a push stores after this read leaves outlives its answer.
            started = now()
            page = await connectivity.observe(MEDUSA, medusa.list_products(
                fields=(*records.MEDUSA_STORE_FIELDS,
                        *translation_store.medusa_read_fields(store.conn)),
                ids=part, limit=len(part), order="id",
                on_malformed=skipped[MEDUSA].skip))
            recs = _records(records.medusa_record, page.products, skipped[MEDUSA])
            changed |= store.save_medusa(recs, read_since=started)
            gone = set(part) - {r["id"] for r in recs} - skipped[MEDUSA].skipped_ids
            if gone:
                with transaction(store.conn):
                    records.mark_medusa_deleted(store.conn, gone, now(), started)
                    records.refresh_rows(store.conn, gone)
                changed |= gone
        if payload is not None:
            found = await connectivity.observe(PAYLOAD, payload.find(
                "products", where=Where.in_("medusa_id", part), limit=len(part), depth=0,
                select=records.PAYLOAD_STORE_FIELDS))
            changed |= store.save_payload(
                _records(records.payload_record, found.docs, skipped[PAYLOAD]))
    return changed


async def pull(
    store: CatalogStore,
    medusa: MedusaClient | None,
    payload: PayloadClient | None,
    *,
    full: bool = False,
    connectivity: Connectivity | None = None,
    progress: PullProgressCallback | None = None,
    reconcile_every: int = RECONCILE_EVERY,
    writer: StoreWriter | None = None,
) -> PullReport:
    puller = Puller(store, medusa, payload, connectivity, reconcile_every=reconcile_every,
                    progress=progress, writer=writer)
    return await puller.run(full=full)
