"""The catalog of one shop: the only writer of its store and outbox (Qt-free).

Every write of a shop (edit, bulk apply/undo, resolve, discard, push, push of one
product with a lock override, refresh, pull) is a method of its one catalog and
returns the ``Changes`` its observers render; windows, services and commands never
touch the store or the outbox themselves. In the GUI, ``AppServices.catalog``
hands every window of a shop the same catalog; a second process (the CLI) opens
its own, and the store's push lease keeps one pusher per store at a time.

Everything reads from the profile's local SQLite store, so search and detail work
without a network; edits are durable in the outbox before any request; ``pull``
and ``push`` bring the store and the servers in step.

Usage::

    catalog = OfflineCatalog.open(profile, secrets)            # or OfflineCatalog(store)
    unsubscribe = catalog.subscribe(lambda changes: ...)       # see Changes
    page = catalog.search("shirt", statuses=("published",), sort="title", limit=100)
    page.rows, page.total                                      # SearchRow list, total count
    detail = catalog.product(page.rows[0].product_id)          # ProductDetail (merged view)
    catalog.edit(product_id, {"title": "New", "status": "draft"})   # durable at once
    await catalog.pull(progress)                               # PullReport
    await catalog.push(progress)                               # PushReport
    catalog.outbox()                                           # active OutboxEntry list
    catalog.resolve(seq, Resolution.KEEP_MINE)                 # | TAKE_THEIRS | CUSTOM, value=
    catalog.connectivity.state("medusa")                       # Reach.*
    catalog.start_monitoring(interval=30)                      # probe + push when back online
    await catalog.aclose()

API (all synchronous methods are fast local SQLite calls, safe on the GUI thread):

``search(text="", *, statuses=(), sync_states=(), sort="title", descending=False,
offset=0, limit=100) -> SearchPage``
    Prefix full-text search over title, handle, subtitle, SKUs, description text and id.
    ``sort``: title | updated | handle | status | variants | skus | sync | relevance
    (titles and SKUs in natural order, sync by urgency). ``sync_states``: pending |
    conflict | failed | linked | missing | orphan.
``rows(query: SearchQuery, offset, limit) -> list[SearchRow]``, ``count(query) -> int``
    The same, split, for a lazily paged list model.
``product(product_id) -> ProductDetail | None``
    Server copies, the merged view (pending edits applied) and the active edits.
``edit(product_id, changes, *, bases=None) -> Changes``
    ``changes`` maps field names (see ``desktop_app.store.fields``) to new values.
    ``bases`` are the server values the merchant saw; by default the stored server copy.
``pull(progress=None, *, full=False) -> PullReport`` / ``push(progress=None) -> PushReport``
    A push waits for the store's push lease (another process pushing the same
    profile); ``push(wait=False)`` raises ``PushBusy`` instead.
``push_product(product_id, *, servers=None, override_lock=False) -> Changes``
``refresh(product_ids, servers=...) -> Changes``: re-read just these products (editor "reload")
``apply_bulk(plan) -> ApplyResult``, ``undo_bulk(bulk_id) -> UndoReport``, ``bulk_history()``

Whole products (operations, ``store/operations.py``; sent first by every push, each
exactly once, see ``exchange/operations_push.py``):

``create_product(ProductDraft) -> local id`` (searchable and editable at once; ``DraftError``
names the field to fix), ``duplicate(product_id, handle, title=None) -> local id``,
``delete(product_ids)``, ``add_variant(product_id, VariantDraft) -> variant id``,
``remove_variant``, ``add_option``/``rename_option``/``remove_option``/
``change_option_values``, ``set_stock([(product, variant, location, quantity)])``;
``operations()``, ``discard_operation(seq)``, ``retry_operation(seq)``,
``server_id(local id) -> Medusa id`` once created. Organise, variant details and Medusa
images are field edits (``store/fields.py``). ``taxonomy(kind)``, ``category_tree()``,
``await create_term(kind, name)`` and ``await upload_images(paths)`` (online).
``product_states(ids, fields)``: current and server values for planning bulk edits
Content quality (issue 16, ``desktop_app.quality``): ``search(quality=...)`` filters by
completeness (``complete``, ``incomplete`` or a rule that fails), rows carry their
score; ``quality_rules()``, ``use_quality_rules(rules)`` (the profile's; ``open`` sets
them), ``quality_report(products=True) -> QualityReport``, ``product_quality(id)``.
``await capabilities(refresh=False) -> ShopCapabilities``: what the deployment offers editors
(Payload versions, drafts, localised content; Medusa translations), each with the reason it is
missing; detected once per profile and session (``desktop_app.services.capabilities``).
``await timeline(product_id, versions=True) -> Timeline``: every state of a product the app has
seen or sent, and Payload's versions where kept (``desktop_app.timeline``; ``product_history``
is the store's part); a restore is an ``edit``.
Translations (issue 16, docs/translations.md): ``translation_setup()`` (what the shop
translates, kept in the store), ``await detect_translations(refresh=False)`` (asks the
capabilities; ``TranslationsUnavailable`` says why not), ``await read_translations(full=False)``
(a pull does it too), ``translation_status(product_ids, locale)``, ``translation_counts()``,
``product_translations(id)``; a translation is an ``edit`` of ``locales.<code>.<field>`` or
``translations.<locale>.<field>`` (``store/locale_fields.py``), pushed per locale.
``outbox(states=ACTIVE) -> list[OutboxEntry]``, ``outbox_counts() -> dict[str, int]``
``resolve(seq, resolution, value=None) -> Changes``, ``discard(seq) -> Changes``
``connectivity: Connectivity``, ``probe()``, ``start_monitoring(interval, auto_push=True)``
``subscribe(callback: Callable[[Changes], None]) -> unsubscribe``

For ``desktop-app products list --search`` (no network, no secrets):
``search_profile(profile_name, text, status, *, sort, limit) -> LocalRows``.

Observers (like Anki's ``aqt.operations``) are told what each operation changed:
``Changes.product_ids`` (repaint those rows / the open editor), ``rows_reset``
(many rows changed: re-query), ``outbox`` (pending view), ``connectivity``.
Callbacks run on the caller's thread/loop, after the store has committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import mimetypes
import sqlite3
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.api.capabilities import ShopCapabilities, Support
from desktop_app.api.capabilities import detect as detect_capabilities
from desktop_app.api.lock_override import OverrideLock
from desktop_app.api.medusa_structure import MedusaStructure
from desktop_app.bulk import applying
from desktop_app.bulk.applying import ApplyResult, UndoReport
from desktop_app.bulk.model import BulkPlan
from desktop_app.config import Profile
from desktop_app.exchange import publishing_push
from desktop_app.exchange import publishing_read as publishing_reads
from desktop_app.exchange.connectivity import Connectivity, Reach, ReachChange
from desktop_app.exchange.media import read_media_docs
from desktop_app.exchange.operations_push import OperationPusher
from desktop_app.exchange.pull import (
    PullProgressCallback,
    PullReport,
    fetch_taxonomy,
    pull,
    refresh_products,
    save_taxonomy,
)
from desktop_app.exchange.push import Pusher, PushProgress, PushProgressCallback, PushReport
from desktop_app.exchange.takeover import Takeover
from desktop_app.exchange.translations_read import TranslationsRead
from desktop_app.exchange.translations_read import read as read_translation_values
from desktop_app.grid.plan import GridPlan
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.publishing import DraftsUnavailable, Publication, ScheduleUnavailable
from desktop_app.publishing import state as publishing_state
from desktop_app.quality import report as quality_report
from desktop_app.quality import stored as quality_stored
from desktop_app.quality import upkeep as quality_upkeep
from desktop_app.quality.rules import QualityRules
from desktop_app.richtext.html_export import Populate
from desktop_app.richtext.uploads import populate_from, upload_ids
from desktop_app.services.new_product import (
    ProductDraft,
    VariantDraft,
    copy_record,
    draft_record,
    local_id,
    variant_record,
)
from desktop_app.services.shop import MEDUSA as MEDUSA_LABEL
from desktop_app.services.shop import PAYLOAD as PAYLOAD_LABEL
from desktop_app.services.shop import SecretLookup, Shop, open_shop
from desktop_app.services.transports import Transports
from desktop_app.store import (
    CatalogStore,
    OutboxEntry,
    SearchQuery,
    SearchRow,
    draft_fields,
    publication,
    structure,
    taxonomy,
    timeline_states,
)
from desktop_app.store import operations as ops
from desktop_app.store import translations as translation_store
from desktop_app.store.bulk_ops import BulkOp, ProductState, product_states
from desktop_app.store.fields import MEDUSA, PAYLOAD, extract, owner
from desktop_app.store.grid_read import GridProduct, grid_products, sku_holders
from desktop_app.store.lease import DEFAULT_TTL, Holder, Lease, new_owner
from desktop_app.store.lease import PUSH as PUSH_LEASE
from desktop_app.store.operations import ACTIVE as OPERATION_STATES
from desktop_app.store.operations import Operation, Operations
from desktop_app.store.outbox import ACTIVE
from desktop_app.store.position import row_of, rows_of
from desktop_app.store.records import active_edits, active_operations, overlay, sync_state
from desktop_app.store.search import handle_holders
from desktop_app.store.taxonomy import Term
from desktop_app.store.writer import StoreWriter
from desktop_app.timeline import build as timeline_build
from desktop_app.timeline.points import History, Timeline
from desktop_app.translations import status as translation_status
from desktop_app.translations.setup import TranslationSetup, TranslationsUnavailable
from desktop_app.translations.setup import from_capabilities as translation_setup_of

# Content a duplicate copies from the source's Payload document (sent once it exists).
COPIED_CONTENT = ("description", "seo.meta_title", "seo.meta_description",
                  "seo.meta_keywords", "thumbnail", "images")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    product_ids: frozenset[str] = frozenset()
    rows_reset: bool = False
    outbox: bool = False
    connectivity: bool = False
    taxonomy: bool = False  # categories, collections, tags, ... changed
    # Of the edits a push sent: drafts written over another writer's draft saved meanwhile
    # (exchange/draft_overwrite.py); the editor that saved them says so.
    replaced_drafts: int = 0
    # A push lost its lease to another process, which sends the rest (exchange/takeover.py).
    taken_over: bool = False


@dataclass(frozen=True)
class SearchPage:
    rows: list[SearchRow]
    total: int


@dataclass(frozen=True)
class ProductDetail:
    product_id: str
    medusa: dict[str, Any] | None  # merged view: server copy + pending edits
    payload: dict[str, Any] | None
    server_medusa: dict[str, Any] | None  # as last read from the server
    server_payload: dict[str, Any] | None
    edits: tuple[OutboxEntry, ...] = ()
    sync_state: str = "linked"
    operations: tuple[Operation, ...] = ()  # pending creates, deletes, structure, stock
    draft: bool = False  # made here, not yet created in Medusa

    def operation_error(self, name: str) -> Operation | None:
        """The failed operation whose server message is about ``name`` (a field), if any."""
        for op in self.operations:
            if op.state in ("failed", "conflict") and op.field is not None and (
                    op.field == name or op.field.startswith(name + ".")):
                return op
        return None

    def value(self, name: str) -> Any:
        """The value the merchant should see for an editable field."""
        return extract(self.medusa if owner(name) == MEDUSA else self.payload, name)

    def server_value(self, name: str) -> Any:
        return extract(self.server_medusa if owner(name) == MEDUSA else self.server_payload, name)

    def edit_of(self, name: str) -> OutboxEntry | None:
        found = [e for e in self.edits if e.field == name]
        return found[-1] if found else None


class Resolution(enum.StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CUSTOM = "custom"


Observer = Callable[[Changes], None]


class CatalogClosed(RuntimeError):
    """The shop's catalog was closed (its shop was closed or switched)."""

    def __init__(self) -> None:
        super().__init__(translate(
            "OfflineCatalog", "This shop was closed; the edit is kept and sent when it is open."))


class TermsNotRead(Exception):
    def __init__(self, failed: Mapping[str, str]) -> None:
        self.failed = dict(failed)
        kinds = ", ".join(translate("OfflineCatalog", _TERM_KINDS[k]) for k in sorted(failed))
        super().__init__(translate("OfflineCatalog", "Could not read {kinds} from Medusa: {error}")
                         .format(kinds=kinds, error=next(iter(failed.values()))))


# What each of the shop's term reads (exchange/pull.py TAXONOMY_READS) is, as people say it.
_TERM_KINDS = {
    taxonomy.CATEGORY: QT_TRANSLATE_NOOP("OfflineCatalog", "categories"),
    taxonomy.COLLECTION: QT_TRANSLATE_NOOP("OfflineCatalog", "collections"),
    taxonomy.TAG: QT_TRANSLATE_NOOP("OfflineCatalog", "tags"),
    taxonomy.TYPE: QT_TRANSLATE_NOOP("OfflineCatalog", "types"),
    taxonomy.CHANNEL: QT_TRANSLATE_NOOP("OfflineCatalog", "sales channels"),
    taxonomy.LOCATION: QT_TRANSLATE_NOOP("OfflineCatalog", "stock locations"),
    taxonomy.CURRENCY: QT_TRANSLATE_NOOP("OfflineCatalog", "store currencies"),
    taxonomy.REGION: QT_TRANSLATE_NOOP("OfflineCatalog", "regions"),
}
# A new term without a name, per kind (create_term).
_NEEDS_NAME = {
    taxonomy.CATEGORY: QT_TRANSLATE_NOOP("OfflineCatalog", "A category needs a name."),
    taxonomy.COLLECTION: QT_TRANSLATE_NOOP("OfflineCatalog", "A collection needs a name."),
    taxonomy.TAG: QT_TRANSLATE_NOOP("OfflineCatalog", "A tag needs a name."),
    taxonomy.TYPE: QT_TRANSLATE_NOOP("OfflineCatalog", "A type needs a name."),
    taxonomy.CHANNEL: QT_TRANSLATE_NOOP("OfflineCatalog", "A channel needs a name."),
    taxonomy.LOCATION: QT_TRANSLATE_NOOP("OfflineCatalog", "A location needs a name."),
}


class PushBusy(Exception):
    """Another process is pushing this shop's changes (it holds the store's push lease)."""

    def __init__(self, holder: Holder) -> None:
        self.holder = holder
        super().__init__(translate(
            "OfflineCatalog", "Another push of this shop is under way (process {pid})."
        ).format(pid=holder.pid))


# How often a waiting pusher looks at the lease again.
LEASE_POLL = 0.25
# Seconds between looks for the Payload documents of products just created (~1 min).
PAYLOAD_WAIT = (1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 13.0, 13.0)


class OfflineCatalog:
    def __init__(
        self,
        store: CatalogStore,
        shop: Shop | None = None,
        connectivity: Connectivity | None = None,
        *,
        lease_ttl: float = DEFAULT_TTL,
    ) -> None:
        self._store = store
        self.shop = shop
        # Pulls write from a worker thread (the GUI stays responsive); not for :memory:.
        self._writer = StoreWriter(store.path) if store.path is not None else None
        self.connectivity = connectivity or Connectivity()
        self._observers: list[Observer] = []
        self._push_lock = asyncio.Lock()
        self._pull_lock = asyncio.Lock()
        self._lease = Lease(store.conn, PUSH_LEASE, new_owner(), lease_ttl)
        self._auto_push = False
        self._busy: set[asyncio.Task[Any]] = set()  # pushes under way
        self.closed = False
        self.connectivity.subscribe(self._on_reach)

    @classmethod
    def open(
        cls,
        profile: Profile,
        secrets: SecretLookup | None = None,
        transports: Transports = Transports(),
        *,
        path: Path | str | None = None,
    ) -> OfflineCatalog:
        """The profile's store; with ``secrets``, also clients for pull/push."""
        store = CatalogStore.open(path) if path is not None else CatalogStore.for_profile(
            profile.name)
        shop = open_shop(profile, secrets, transports) if secrets is not None else None
        catalog = cls(store, shop)
        catalog.use_quality_rules(profile.quality)  # scores follow the profile's rules
        return catalog

    @property
    def path(self) -> Path | None:
        return self._store.path

    def begin_close(self) -> None:
        """No longer handed out to new windows; ``aclose`` follows once its tasks end."""
        self.closed = True

    def close_now(self) -> None:
        """Close the store without an event loop (the loop is gone; clients are left to GC)."""
        self.closed = True
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._store.close()

    async def aclose(self) -> None:
        self.closed = True  # no new push starts from here on (see _pushing)
        await self.connectivity.stop()
        # A push or refresh some window started (an editor's save or reload) ends before
        # the store closes; what a push left ``sending`` is re-read and compared next time.
        current = asyncio.current_task()
        while busy := [t for t in self._busy if not t.done() and t is not current]:
            for task in busy:
                task.cancel()
            await asyncio.wait(busy)
        if self.shop is not None:
            await self.shop.aclose()
        writer, self._writer = self._writer, None
        if writer is not None:
            await asyncio.to_thread(writer.close)
        self._store.close()

    # --------------------------------------------------------- observers
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def _notify(self, changes: Changes) -> Changes:
        for observer in list(self._observers):
            try:
                observer(changes)
            except Exception:  # one broken view must not break the operation
                log.exception("offline catalog observer failed")
        return changes

    def _on_reach(self, change: ReachChange) -> None:
        self._notify(Changes(connectivity=True))

    # ------------------------------------------------------------ reads
    def search(
        self,
        text: str = "",
        *,
        statuses: Iterable[str] = (),
        sync_states: Iterable[str] = (),
        sort: str = "title",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        categories: Iterable[str] = (),
        collections: Iterable[str] = (),
        tags: Iterable[str] = (),
        types: Iterable[str] = (),
        channels: Iterable[str] = (),
        stock: str | None = None,
        quality: str | None = None,
        locale: str | None = None,
    ) -> SearchPage:
        query = SearchQuery(text, tuple(statuses), tuple(sync_states), sort, descending,
                            categories=tuple(categories), collections=tuple(collections),
                            tags=tuple(tags), types=tuple(types), channels=tuple(channels),
                            stock=stock, quality=quality, locale=locale)
        rows, total = self._store.page(query, offset, limit)
        return SearchPage(rows, total)

    def rows(self, query: SearchQuery, offset: int = 0, limit: int = 100) -> list[SearchRow]:
        return self._store.search(query, offset, limit)

    def count(self, query: SearchQuery) -> int:
        return self._store.count(query)

    def handle_holders(self, handle: str) -> list[str]:
        """The stored products with exactly this handle (Medusa refuses a second one)."""
        return handle_holders(self._store.conn, handle)

    def row_index(self, query: SearchQuery, product_id: str) -> int | None:
        """Where ``product_id`` is in the sorted result (to keep or make a selection)."""
        return row_of(self._store.conn, query, product_id)

    def row_indexes(self, query: SearchQuery, product_ids: Iterable[str],
                    near: tuple[int, int] | None = None) -> dict[str, int]:
        """Where each of ``product_ids`` in the result is (the others are not in it);
        ``near``: the rows most of them are expected within (store/position.py)."""
        return rows_of(self._store.conn, query, product_ids, near)

    def product_count(self) -> int:
        return self._store.product_count()

    def pulled(self) -> bool:
        """Whether this store was ever pulled (else: suggest a pull)."""
        return any(self._store.cursor(s).cursor is not None for s in (MEDUSA, PAYLOAD))

    def never_read(self) -> frozenset[str]:
        """The servers no pull ever read whole into this store (down or mistyped since it
        was made): what the store lacks of them says nothing about what they hold."""
        return frozenset(s for s in (MEDUSA, PAYLOAD) if self._store.cursor(s).full_pull_at is None)

    def product(self, product_id: str) -> ProductDetail | None:
        server_m = self._store.medusa(product_id)
        server_p = self._store.payload(product_id)
        if server_m is None and server_p is None:
            return None
        edits = active_edits(self._store.conn, product_id)
        pending = active_operations(self._store.conn, [product_id]).get(product_id, [])
        merged_m, merged_p = overlay(server_m, server_p, edits, pending)
        return ProductDetail(
            product_id=product_id,
            medusa=merged_m,
            payload=merged_p,
            server_medusa=server_m,
            server_payload=server_p,
            edits=tuple(OutboxEntry.from_row(e) for e in edits),
            sync_state=sync_state(server_m, server_p, [*(e["state"] for e in edits),
                                                      *(op.state for op in pending)]),
            operations=tuple(pending),
            draft=ops.is_local(product_id),
        )

    def product_states(
        self, product_ids: Iterable[str], fields: Iterable[str]
    ) -> dict[str, ProductState]:
        """Each product's current (pending edits applied) and server values of ``fields``."""
        return product_states(self._store.conn, list(product_ids), fields)

    def outbox(self, states: Iterable[str] | None = ACTIVE) -> list[OutboxEntry]:
        return self._store.outbox.entries(states)

    def outbox_counts(self) -> dict[str, int]:
        counts = self._store.outbox.counts()
        for state, n in Operations(self._store.conn).counts().items():
            counts[state] = counts.get(state, 0) + n
        return counts

    def bulk_history(self, limit: int = 50) -> list[BulkOp]:
        return applying.history(self._store, limit)

    def runs(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._store.runs(limit)

    # ----------------------------------------------------------- writes
    def edit(
        self,
        product_id: str,
        changes: Mapping[str, Any],
        *,
        bases: Mapping[str, Any] | None = None,
    ) -> Changes:
        """Record edits durably (committed to SQLite before this returns)."""
        if not changes:
            return Changes()
        product_id, changes = self._current_ids(product_id, changes)
        for name in changes:
            owner(name)  # ValueError for an unknown field before anything is written
        if ops.is_local(product_id):  # a draft takes its own fields in place
            structure.edit_draft(self._store, product_id, changes)
            return self._notify(Changes(frozenset({product_id}), outbox=True))
        # Bases read under the write lock: a push in another process that stores a newer
        # server copy meanwhile cannot slip between the read and the record. All or none.
        with self._store.outbox.durable_transaction():
            changes = structure.edit_variants_being_added(self._store, product_id, changes)
            server_m = self._store.medusa(product_id)
            server_p = self._store.payload(product_id)
            base_values: dict[str, Any] = {}
            for name in changes:
                server = owner(name)
                record = server_m if server == MEDUSA else server_p
                if record is None and server == PAYLOAD and self._made_here(product_id):
                    base_values[name] = None  # waits for the document the integration makes
                    continue
                if record is None:
                    raise ValueError((translate(
                        "OfflineCatalog", "No Medusa product is stored for {id}; pull first.")
                        if server == MEDUSA else translate(
                        "OfflineCatalog", "No Payload document is stored for {id}; pull first.")
                    ).format(id=product_id))
                base_values[name] = (bases or {}).get(name, extract(record, name))
            if changes:
                self._store.outbox.record(product_id, changes, base_values)
            self._store.refresh_rows([product_id])
        return self._notify(Changes(frozenset({product_id}), outbox=True))

    def _made_here(self, product_id: str) -> bool:
        row = self._store.conn.execute("SELECT 1 FROM id_map WHERE server_id=?",
                                       (product_id,)).fetchone()
        return row is not None

    def _current_ids(
        self, product_id: str, changes: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """Local ids a window or command still holds, as the ids they have become."""
        current: dict[str, Any] = {}
        for name, value in changes.items():
            head, _, rest = name.partition(".")
            vid, _, key = rest.partition(".")
            if head == "variants" and key and ops.is_local(vid):
                name = f"variants.{self.server_id(vid)}.{key}"
            current[name] = value
        return self.server_id(product_id), current

    # ------------------------------------------------- whole products (issue 12)
    def create_product(self, draft: ProductDraft) -> str:
        """Make a product offline; returns its local id (searchable and editable at once).

        ``DraftError`` (with ``.field``) for a draft Medusa would refuse. The push
        creates it in Medusa and moves every reference to Medusa's id (``server_id``).
        """
        product_id = structure.create(self._store, draft_record(draft))
        self._notify(Changes(frozenset({product_id}), outbox=True))
        return product_id

    def duplicate(self, product_id: str, handle: str, title: str | None = None) -> str:
        """A new draft copying the product's structure, prices, organisation and content."""
        detail = self.product(product_id)
        if detail is None or detail.medusa is None:
            raise ValueError(translate("OfflineCatalog", "No product {id} is stored; pull first.")
                             .format(id=product_id))
        record = copy_record(detail.medusa, handle, title)
        content = {name: detail.value(name) for name in COPIED_CONTENT
                   if detail.payload is not None and detail.value(name) not in (None, "", [])}
        if title is None and detail.payload is not None and detail.value("title"):
            record["title"] = detail.value("title")
        with self._store.outbox.durable_transaction():  # the copy whole, or nothing
            new_id = structure.create(self._store, record)
            if content:
                structure.edit_draft(self._store, new_id, content)
        self._notify(Changes(frozenset({new_id}), outbox=True))
        return new_id

    def delete(self, product_ids: Iterable[str]) -> Changes:
        """Delete products (after the merchant confirmed); Payload's copy goes with them."""
        ids = structure.delete(self._store, [self.server_id(p) for p in product_ids])
        return self._notify(Changes(frozenset(ids), rows_reset=len(ids) > 1, outbox=True))

    def add_variant(self, product_id: str, variant: VariantDraft) -> str:
        """Add a variant; returns its local id (Medusa's once pushed: ``server_id``)."""
        product_id = self.server_id(product_id)
        vid = structure.add_variant(self._store, product_id, variant_record(variant))
        self._notify(Changes(frozenset({product_id}), outbox=True))
        return vid

    def remove_variant(self, product_id: str, variant_id: str) -> Changes:
        product_id, variant_id = self.server_id(product_id), self.server_id(variant_id)
        structure.remove_variant(self._store, product_id, variant_id)
        return self._notify(Changes(frozenset({product_id}), outbox=True))

    def add_option(self, product_id: str, title: str, values: Iterable[str]) -> Changes:
        return self._options(product_id, ops.OPTION_ADD, {
            "title": title, "values": list(values), "option_id": local_id("opt")})

    def rename_option(self, product_id: str, option_id: str, title: str) -> Changes:
        return self._options(product_id, ops.OPTION_RENAME,
                             {"option_id": option_id, "title": title})

    def remove_option(self, product_id: str, option_id: str) -> Changes:
        return self._options(product_id, ops.OPTION_REMOVE, {"option_id": option_id})

    def change_option_values(
        self, product_id: str, option_id: str, *, add: Iterable[str] = (),
        remove: Iterable[str] = (),
    ) -> Changes:
        return self._options(product_id, ops.OPTION_VALUES, {
            "option_id": option_id, "add": list(add), "remove": list(remove)})

    def _options(self, product_id: str, kind: str, args: dict[str, Any]) -> Changes:
        product_id = self.server_id(product_id)
        if "option_id" in args:
            args = {**args, "option_id": self.server_id(args["option_id"])}
        structure.change_options(self._store, product_id, kind, args)
        return self._notify(Changes(frozenset({product_id}), outbox=True))

    def set_stock(self, levels: Iterable[tuple[str, str, str, int]]) -> Changes:
        """Set stocked quantities: ``(product id, variant id, location id, quantity)``."""
        levels = [(self.server_id(p), self.server_id(v), loc, q) for p, v, loc, q in levels]
        for *_, quantity in levels:
            if not isinstance(quantity, int) or isinstance(quantity, bool):
                raise ValueError(translate(
                    "OfflineCatalog", "A stock level is a whole number, not {value}."
                ).format(value=repr(quantity)))
        ids = structure.set_stock(self._store, levels)
        return self._notify(Changes(frozenset(ids), rows_reset=len(ids) > 100, outbox=True))

    def operations(self, states: Iterable[str] | None = OPERATION_STATES) -> list[Operation]:
        """Creates, deletes, structure and stock changes not yet settled (the pending view)."""
        return Operations(self._store.conn).entries(states)

    def discard_operation(self, seq: int) -> Changes:
        operations = Operations(self._store.conn)
        with self._store.transaction():  # as resolve: no claim between the read and the write
            op = operations.get(seq)
            if op is None or op.state == "sending" or op.sent:
                raise ValueError(
                    f"operation {seq} cannot be discarded now (it may have been sent)")
            if op.kind != ops.CREATE:
                operations.set_state(seq, "done", outcome="discarded")
        if op.kind == ops.CREATE:  # the draft goes (structure.delete looks at its state again)
            return self.delete([op.product_id])
        self._store.refresh_rows([op.product_id])
        return self._notify(Changes(frozenset({op.product_id}), outbox=True))

    def retry_operation(self, seq: int) -> Changes:
        operations = Operations(self._store.conn)
        with self._store.transaction():  # as discard: nothing changes it in between
            op = operations.get(seq)
            if op is None or op.state not in ("failed", "conflict"):
                raise ValueError(
                    f"operation {seq} cannot be retried (only a refused or conflicting one)")
            operations.requeue(seq)
        self._store.refresh_rows([op.product_id])
        return self._notify(Changes(frozenset({op.product_id}), outbox=True))

    def server_id(self, local_or_server_id: str) -> str:
        """The id a product or variant has now (a draft's local id once it was created)."""
        found = Operations(self._store.conn).server_id(local_or_server_id)
        return found or local_or_server_id

    def taxonomy(self, kind: str) -> list[Term]:
        """The shop's categories, collections, tags, types, channels, locations or
        currencies (``store.taxonomy`` kinds) as last pulled, by name."""
        return taxonomy.load(self._store.conn, kind)

    # ------------------------------------------------------- content quality (issue 16)
    def quality_rules(self) -> QualityRules:
        """The rules the stored scores follow (the profile's, see ``use_quality_rules``)."""
        return quality_stored.rules(self._store.conn)

    def use_quality_rules(self, rules: QualityRules) -> Changes:
        """Score by ``rules`` (a profile's, just edited); re-scores the rows when they
        changed, from the stored facts (bench/quality.py: computing 100,000 scores takes
        under a second; writing them all, when every one changes, a few)."""
        done = quality_upkeep.use_rules(self._store.conn, rules)
        return self._notify(Changes(rows_reset=True)) if done.changed else Changes()

    def quality_report(
        self, *, products: bool = True, limit: int | None = None
    ) -> quality_report.QualityReport:
        """Per rule how many products pass and fail, per product its score and failing
        rules, worst first (``products=False``: the figures only; ``limit``: the first
        products only). Scores rows that have none yet."""
        if quality_upkeep.ensure(self._store.conn).changed:
            self._notify(Changes(rows_reset=True))
        return quality_report.build(self._store.conn, products=products, limit=limit)

    def product_quality(
        self, product_id: str, locale: str | None = None
    ) -> quality_report.ProductQuality | None:
        """One product's score and the rules it fails, with why (the list's tooltip);
        ``locale``: its score in that locale to translate into."""
        return quality_report.product(self._store.conn, product_id, locale)

    def quality_locales(self) -> tuple[str, ...]:
        """The locales scores are kept for besides the default (the translation targets;
        none on a shop without translations): ``SearchQuery.locale`` takes these."""
        return quality_stored.locales(self._store.conn)

    # ------------------------------------------- media docs of description uploads
    def media_docs(self, media_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The stored media docs of these ids as an upload node shows them (offline)."""
        return quality_stored.media_docs(self._store.conn, media_ids)

    def upload_populate(self, description: Any) -> Populate:
        """Payload's HTML converter's ``populate`` for a description's upload nodes that
        name their media by id: the stored docs (urls absolute on the shop's Payload), no
        network (``lexical_to_html(doc, populate=...)``); a doc not stored renders as
        nothing, as unpopulated. ``read_media_docs`` fetches the missing ones."""
        docs = self.media_docs(upload_ids(description))
        payload = self.shop.payload if self.shop is not None else None
        return populate_from(docs, payload.absolute_url if payload is not None else None)

    async def read_media_docs(self, media_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Read the media docs of these ids the store does not hold into it (one request;
        online), then return every one known. ApiError and TransportError are the
        caller's; nothing is asked when all are stored or there is no Payload."""
        wanted = {str(i) for i in media_ids}
        missing = wanted - set(self.media_docs(wanted))
        payload = self.shop.payload if self.shop is not None else None
        if missing and payload is not None:
            await read_media_docs(payload, self._on_writer, missing)
        return self.media_docs(wanted)

    def category_tree(self) -> list[tuple[int, Term]]:
        """Categories in tree order with their depth (0 for a top category)."""
        return taxonomy.category_tree(self._store.conn)

    async def create_term(self, kind: str, name: str, *, parent_id: str | None = None) -> Term:
        """Make a category, collection, tag, type or sales channel in Medusa (online)."""
        medusa, _ = self._clients()
        if medusa is None:
            raise RuntimeError("this catalog has no Medusa connection")
        api = MedusaStructure(medusa)
        makers = {
            taxonomy.CATEGORY: lambda: api.create_category(name, parent_id=parent_id),
            taxonomy.COLLECTION: lambda: api.create_collection(name),
            taxonomy.TAG: lambda: api.create_tag(name),
            taxonomy.TYPE: lambda: api.create_type(name),
            taxonomy.CHANNEL: lambda: api.create_sales_channel(name),
            taxonomy.LOCATION: lambda: api.create_stock_location(name),
        }
        if kind not in makers:
            raise ValueError(f"cannot create a {kind}")
        if not name.strip():
            raise ValueError(translate("OfflineCatalog", _NEEDS_NAME[kind]))
        async with self._operation():
            raw = await makers[kind]()
        term = structure.save_term(self._store, kind, raw)
        self._notify(Changes(taxonomy=True))
        return term

    async def upload_images(self, files: Iterable[Path]) -> list[str]:
        """Upload image files to Medusa (``/admin/uploads``, online); returns their urls,
        for the ``medusa_thumbnail`` / ``medusa_images`` fields of ``edit``."""
        medusa, _ = self._clients()
        if medusa is None:
            raise RuntimeError("this catalog has no Medusa connection")
        parts = []
        for path in files:
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if not mime.startswith("image/"):
                raise ValueError(translate("OfflineCatalog", "{file} is not an image.")
                                 .format(file=path.name))
            parts.append((path.name, path.read_bytes(), mime))
        async with self._operation():
            uploaded = await MedusaStructure(medusa).upload(parts)
        return [str(f["url"]) for f in uploaded]

    def apply_bulk(self, plan: BulkPlan) -> ApplyResult:
        """Record a planned bulk edit in the outbox, durably, as one undoable step."""
        result = applying.apply(self._store, plan)
        self._notify(Changes(rows_reset=True, outbox=True))
        return result

    def undo_bulk(self, bulk_id: int) -> UndoReport:
        report = applying.undo(self._store, bulk_id)
        self._notify(Changes(rows_reset=True, outbox=True))
        return report

    # ------------------------------------------------------- the variant grid (issue 13)
    def grid_products(self, product_ids: Sequence[str]) -> list[GridProduct]:
        """Products' Medusa records as the merchant sees them, for the variant grid."""
        return grid_products(self._store.conn, product_ids)

    def sku_holders(self, skus: Iterable[str],
                    ignore: Collection[str] = ()) -> dict[str, set[str]]:
        """The products (but ``ignore``) holding each of ``skus``, pending edits applied."""
        return sku_holders(self._store.conn, skus, ignore)

    def apply_grid(self, plan: GridPlan, description: str = "Grid edit") -> ApplyResult:
        """Record the grid's reviewed cells durably as one undoable step (``undo_bulk``):
        field edits in the outbox and stock levels as operations, sent by the push."""
        bulk = BulkPlan("grid", description, diffs=plan.diffs,
                        fields=tuple(sorted({c.field for d in plan.diffs for c in d.changes})))
        result = applying.apply(self._store, bulk, plan.stock)
        ids = frozenset(plan.product_ids)
        self._notify(Changes(ids, rows_reset=len(ids) > 100, outbox=True))
        return result

    def resolve(self, seq: int, resolution: Resolution, value: Any = None) -> Changes:
        """Settle a conflicted (or failed) edit: keep mine, take theirs, or a custom value."""
        # Read and settled in one write transaction: a push in another process cannot
        # claim the row (a locked one) in between and send what is being settled.
        with self._store.transaction():
            entry = self._store.outbox.get(seq)
            if entry is None or entry.state not in ("conflict", "failed", "locked"):
                raise ValueError(f"outbox entry {seq} has nothing to resolve")
            # After a conflict the server holds ``theirs``: the new base for a re-send.
            base = entry.theirs if entry.state == "conflict" else entry.base
            if resolution is Resolution.TAKE_THEIRS:
                self._store.outbox.set_state([seq], "done", outcome="theirs")
            elif resolution is Resolution.KEEP_MINE:
                self._store.outbox.set_state([seq], "queued", base=base)
            else:
                self._store.outbox.set_state([seq], "queued", base=base, mine=value)
        self._store.refresh_rows([entry.product_id])
        return self._notify(Changes(frozenset({entry.product_id}), outbox=True))

    def discard(self, seq: int) -> Changes:
        with self._store.transaction():  # as resolve: no claim between the read and the write
            entry = self._store.outbox.get(seq)
            # A sent one keeps its outcome (sent, theirs): the history says what happened.
            if entry is None or entry.state in ("sending", "done"):
                raise ValueError(f"outbox entry {seq} cannot be discarded now")
            self._store.outbox.set_state([seq], "done", outcome="discarded")
        self._store.refresh_rows([entry.product_id])
        return self._notify(Changes(frozenset({entry.product_id}), outbox=True))

    def record_run(self, kind: str, server: str) -> int:
        """Start an entry of the run history (sync runs of the admin tools)."""
        return int(self._store.start_run(kind, server))

    def end_run(self, run_id: int, *, ok: bool, changed: int = 0, message: str = "") -> None:
        if self._store_closed():  # a run cancelled by closing the shop: nothing to record
            log.info("run %s ended after its shop's store closed", run_id)
            return
        self._store.finish_run(run_id, ok=ok, changed=changed, message=message)

    # ---------------------------------------------------------- network
    async def capabilities(self, *, refresh: bool = False) -> ShopCapabilities:
        """What this shop offers editors (issue 16); all unknown without clients."""
        if self.shop is None:
            why = translate("OfflineCatalog", "this catalog was opened without the shop's secrets")
            return await detect_capabilities(None, None, problems={
                name: why for name in (MEDUSA_LABEL, PAYLOAD_LABEL)})
        return await self.shop.capabilities(refresh=refresh)

    # ---------------------------------------------------------- timeline (issue 16)
    def product_history(self, product_id: str) -> History:
        """The product's past as the store keeps it: the server states it saw (the last
        ``timeline_states.KEEP`` per server) and its outbox rows, settled ones included."""
        conn = self._store.conn
        return History(tuple(timeline_states.load(conn, product_id)),
                       tuple(self._store.outbox.entries(None, product_id)),
                       tuple(timeline_states.dropped(conn, product_id)))

    async def timeline(self, product_id: str, *, versions: bool = True) -> Timeline:
        """Every state of the product the app has seen or sent, and Payload's versions where
        the shop keeps them (``desktop_app.timeline``); restoring a point is an ``edit``."""
        return await timeline_build.load(self, product_id, versions=versions)

    # ------------------------------------------------ drafts and publishing (issue 16)
    def publication(self, product_id: str) -> Publication | None:
        """The product's draft and publishing state as the merchant sees it (pending edits
        applied; docs/drafts.md). Works offline; ``UNKNOWN`` until read (a pull where the
        shop is known to have drafts, or ``read_publication``)."""
        product_id = self.server_id(product_id)
        detail = self.product(product_id)
        if detail is None:
            return None
        pending = tuple(e.field for e in detail.edits if draft_fields.is_editorial(e.field))
        caps = self._known_capabilities()
        return publishing_state.publication(
            product_id, detail.payload, detail.server_payload, pending,
            caps.drafts if caps is not None else None)

    def draft_value(self, product_id: str, name: str) -> Any:
        """A content field's value in the latest draft, pending draft edits applied."""
        detail = self.product(self.server_id(product_id))
        if detail is None or detail.payload is None:
            return None
        return extract(detail.payload, draft_fields.draft_field(name))

    async def edit_draft(
        self, product_id: str, changes: Mapping[str, Any], *,
        bases: Mapping[str, Any] | None = None,
    ) -> Changes:
        """Record content edits as a draft (``title``, ``seo.meta_title``…: the names
        ``edit`` takes; another locale's as ``locales.de.title``…); pushed as
        ``PATCH ?draft=true`` (``&locale=de``), compared with the latest draft (its locale).
        ``DraftsUnavailable`` (the capability's reason) where the shop has no drafts."""
        await self._require_drafts(product_id)
        names = {draft_fields.draft_field(k): v for k, v in changes.items()}
        draft_bases = None if bases is None else {
            draft_fields.draft_field(k): v for k, v in bases.items()}
        return self._edit_published_doc(product_id, names, draft_bases)

    def translations_as_drafts(self, product_id: str | None = None) -> bool:
        """Whether ``edit_translations`` records Payload's locales as drafts: the session's
        capabilities say drafts are on or, not checked (offline), the store read drafts
        from this shop before. Sync: the translation editor and import ask it."""
        caps = self._known_capabilities()
        if caps is not None and caps.drafts.support is not Support.UNKNOWN:
            return caps.drafts.available
        return publication.drafts_known(
            self._store.conn, None if product_id is None else self.server_id(product_id))

    def edit_translations(
        self, product_id: str, changes: Mapping[str, Any], *,
        bases: Mapping[str, Any] | None = None,
    ) -> Changes:
        """Translations as the translation editor and import record them: on a drafts shop
        (``translations_as_drafts``) Payload's locales (``locales.de.title``) as drafts of
        those locales (published with the product, docs/drafts.md), Medusa's
        (``translations.…``) as they are (Medusa has no drafts); else as ``edit``."""
        if not self.translations_as_drafts(product_id):
            return self.edit(product_id, changes, bases=bases)

        def named(name: str) -> str:
            return draft_fields.draft_field(name) if name.startswith("locales.") else name
        return self.edit(product_id, {named(k): v for k, v in changes.items()},
                         bases=None if bases is None else {named(k): v for k, v in bases.items()})

    async def publish(self, product_id: str) -> Changes:
        """Publish the latest draft (all locales); queued in the outbox, pushed as a PATCH
        with ``_status: "published"``."""
        await self._require_drafts(product_id)
        return self._edit_publication(product_id, draft_fields.PUBLISHED)

    async def unpublish(self, product_id: str) -> Changes:
        """Back to draft: the storefront no longer shows the product."""
        await self._require_drafts(product_id)
        return self._edit_publication(product_id, draft_fields.UNPUBLISHED)

    async def schedule(
        self, product_id: str, at: datetime, *, action: str = "publish"
    ) -> Changes:
        """Publish (or unpublish) at ``at`` (an aware datetime), through Payload's scheduled
        publishing; replaces an upcoming schedule. ``ScheduleUnavailable`` says why not."""
        await self._require_schedule(product_id)
        value = draft_fields.schedule_value({"at": at, "action": action})
        return self._edit_published_doc(product_id, {draft_fields.SCHEDULE: value}, None)

    async def unschedule(self, product_id: str) -> Changes:
        """Drop the product's upcoming scheduled publish or unpublish."""
        await self._require_schedule(product_id)
        return self._edit_published_doc(product_id, {draft_fields.SCHEDULE: None}, None)

    async def read_publication(self, product_ids: Iterable[str] | None = None) -> Changes:
        """Read drafts, published states and schedules from Payload now (online); a pull
        does it where the shop is known to have drafts."""
        caps = await self._require_drafts()
        _, payload = self._clients()
        if payload is None:
            raise RuntimeError("this catalog has no Payload connection")
        ids = None if product_ids is None else [self.server_id(p) for p in product_ids]
        schedules = caps is not None and caps.schedule_publish.available
        if ids is not None:  # their content too: a publish elsewhere changed it (all: pull)
            await self.refresh(ids, servers=(PAYLOAD,))
        async with self._operation():
            changed = await publishing_reads.read_all(
                self._store, payload, schedules=schedules, product_ids=ids,
                setup=translation_store.setup(self._store.conn))
        return self._notify(Changes(frozenset(changed), rows_reset=len(changed) > 1000))

    def _known_capabilities(self) -> ShopCapabilities | None:
        if self.shop is None:
            return None
        return self.shop.capability_cache.peek(self.shop.profile.name)

    async def _require_drafts(self, product_id: str | None = None) -> ShopCapabilities | None:
        """The shop's capabilities where drafts are on; ``DraftsUnavailable`` otherwise.
        Offline (could not check), a store that read drafts before is trusted."""
        caps = await self.capabilities()
        if caps.drafts.available:
            return caps
        if caps.drafts.support is Support.UNKNOWN and publication.drafts_known(
                self._store.conn, product_id and self.server_id(product_id)):
            return None
        raise DraftsUnavailable(caps.drafts.reason)

    async def _require_schedule(self, product_id: str) -> None:
        """``ScheduleUnavailable`` (its reason) unless the shop schedules over REST; offline,
        a store that read drafts before is trusted (the push says if it cannot)."""
        caps = await self.capabilities()
        found = caps.schedule_publish
        if found.available or (found.support is Support.UNKNOWN and publication.drafts_known(
                self._store.conn, self.server_id(product_id))):
            return
        raise ScheduleUnavailable(found.reason)

    def _edit_publication(self, product_id: str, value: str) -> Changes:
        product_id = self.server_id(product_id)
        detail = self.product(product_id)
        # As the merchant sees it: draft edits still waiting make it "changed" by the time
        # this is compared (the push sends them first).
        state = draft_fields.state(detail.payload if detail is not None else None)
        # Not read yet: assume there is something to do; the push compares with Payload.
        base = state if state is not None else (
            draft_fields.CHANGED if value == draft_fields.PUBLISHED else draft_fields.PUBLISHED)
        return self._edit_published_doc(product_id, {draft_fields.PUBLICATION: value},
                                        {draft_fields.PUBLICATION: base})

    def _edit_published_doc(
        self, product_id: str, changes: dict[str, Any], bases: Mapping[str, Any] | None
    ) -> Changes:
        product_id = self.server_id(product_id)
        if ops.is_local(product_id) or self._store.payload(product_id) is None:
            raise ValueError(translate(
                "OfflineCatalog", "This product has no Payload document yet: its drafts and "
                "publishing come once Payload has it (push, then pull)."))
        return self.edit(product_id, changes, bases=bases)

    async def _push_editorial(self) -> publishing_push.Editorial | None:
        """What the push knows of drafts: the session's capabilities (asked first when the
        outbox holds drafts or publishing), else what the store read before."""
        caps = self._known_capabilities()
        if caps is None and self._store.conn.execute(
                "SELECT 1 FROM outbox WHERE state IN ('queued','sending','locked') AND "
                "(field LIKE 'draft.%' OR field IN ('publication','schedule')) LIMIT 1"
        ).fetchone() is not None:
            with contextlib.suppress(Exception):  # offline: judged from the store
                caps = await self.capabilities()
        if caps is None or caps.drafts.support is Support.UNKNOWN:
            return None
        return publishing_push.Editorial(caps.drafts.available,
                                         caps.schedule_publish.available)

    async def _read_publication_after_pull(self) -> set[str]:
        caps = self._known_capabilities()
        drafts = caps.drafts.available if caps is not None and caps.drafts.support is not \
            Support.UNKNOWN else publication.drafts_known(self._store.conn)
        if not drafts or self.shop is None or self.shop.payload is None:
            return set()
        schedules = caps is not None and caps.schedule_publish.available
        try:
            return await publishing_reads.read_all(
                self._store, self.shop.payload, schedules=schedules,
                setup=translation_store.setup(self._store.conn))
        except Exception:  # the pull itself succeeded; the states are read next time
            log.warning("drafts and publishing states not read", exc_info=True)
            return set()

    # ------------------------------------------------------- translations (issue 16)
    def translation_setup(self) -> TranslationSetup | None:
        """What this shop translates, as last detected (kept in the store: works offline)."""
        return translation_store.setup(self._store.conn)

    async def detect_translations(self, *, refresh: bool = False) -> TranslationSetup:
        """Ask the shop what it translates (``capabilities``) and keep the answer; a new or
        changed setup reads every translation at once (online). ``TranslationsUnavailable``
        says why there is nothing to translate: the capability's own reason, or why it
        could not be checked while nothing was known from before."""
        caps = await self.capabilities(refresh=refresh)
        found = translation_setup_of(caps)
        if not caps.complete:  # a server could not be asked: keep what is known
            kept = self.translation_setup()
            if kept is not None or found is not None:
                return kept or found  # type: ignore[return-value]
            raise TranslationsUnavailable(caps)
        changed = await self._on_writer(
            lambda store: _keep_translation_setup(store, found))
        if found is None:
            if changed:
                self._notify(Changes(rows_reset=True))
            raise TranslationsUnavailable(caps)
        if changed:
            await self._read_translations(full=True)
            self._notify(Changes(rows_reset=True))
        return found

    async def read_translations(self, *, full: bool = False) -> TranslationsRead:
        """Read the translations that changed since the last read (``full``: all); a pull
        does this too."""
        result = await self._read_translations(full=full)
        self._notify(Changes(frozenset(result.changed_ids),
                             rows_reset=len(result.changed_ids) > 1000))
        return result

    async def _read_translations(self, *, full: bool) -> TranslationsRead:
        setup = self.translation_setup()
        if setup is None or self.shop is None or not self.pulled():
            return TranslationsRead()  # nothing to translate, or to store values in yet
        medusa, payload = self._clients()
        async with self._operation():
            result = await read_translation_values(self._store, medusa, payload, setup,
                                                   self._on_writer, full=full)
        for server, message in result.errors.items():
            log.warning("translations not read from %s: %s", server, message)
        return result

    def translation_status(
        self, product_ids: Iterable[str] | None = None, locale: str | None = None
    ) -> list[translation_store.StatusRow]:
        """Per listed product and locale: missing, outdated or done (from the store)."""
        return translation_store.statuses(self._store.conn, product_ids, locale)

    def translation_counts(self) -> dict[str, dict[str, int]]:
        """Per locale how many products are missing, outdated and done."""
        return translation_store.counts(self._store.conn)

    def product_translations(self, product_id: str) -> translation_status.Evaluation | None:
        """One product's translations as the merchant sees them (pending edits applied):
        per locale and field the source, the translation and its state."""
        setup = self.translation_setup()
        detail = self.product(product_id)
        if setup is None or detail is None:
            return None
        payload = detail.payload
        if payload is not None and draft_fields.part(payload) is not None \
                and self.translations_as_drafts(product_id):
            # Translations are drafts here: the latest draft's source and locales.
            payload = {**payload, **draft_fields.draft_content(payload)}
        return translation_status.evaluate(setup, detail.medusa, payload,
                                           translation_store.marks(self._store.conn, product_id))

    def _clients(self) -> tuple[Any, Any]:
        if self.shop is None:
            raise RuntimeError("this catalog was opened without server credentials")
        return self.shop.medusa, self.shop.payload

    async def pull(
        self, progress: PullProgressCallback | None = None, *, full: bool = False
    ) -> PullReport:
        medusa, payload = self._clients()
        async with self._pull_lock:
            before = self._store.product_count()
            report = await pull(self._store, medusa, payload, full=full,
                                connectivity=self.connectivity, progress=progress,
                                writer=self._writer)
            translated = await self._read_translations(full=full)  # issue 16; none: no setup
            published = await self._read_publication_after_pull()  # issue 16; drafts only
            # New regions or alt texts re-score the catalog; rows from before scores
            # existed get theirs (on the writer: seconds for a large catalog, once).
            upkeep = await self._on_writer(lambda store: quality_upkeep.ensure(store.conn))
        ids = report.changed_ids | translated.changed_ids | published
        reset = full or len(ids) > 1000 or before == 0 or upkeep.changed
        # A pull reads the shop's categories, channels, ... too: filters re-read them.
        self._notify(Changes(frozenset(ids), rows_reset=reset, taxonomy=True))
        return report

    async def _on_writer(self, work: Callable[[CatalogStore], Any]) -> Any:
        if self._writer is None:
            return work(self._store)
        return await self._writer.run(work)

    async def refresh(
        self, product_ids: Iterable[str], servers: Iterable[str] = (MEDUSA, PAYLOAD)
    ) -> Changes:
        """Re-read these products from ``servers`` now (the editor's "reload")."""
        medusa, payload = self._clients()
        wanted = set(servers)
        async with self._operation():
            ids = await refresh_products(self._store, medusa if MEDUSA in wanted else None,
                                         payload if PAYLOAD in wanted else None,
                                         list(product_ids), connectivity=self.connectivity)
        return self._notify(Changes(frozenset(ids)))

    async def refresh_terms(self) -> Changes:
        """Re-read the shop's categories, collections, tags, types, channels, stock
        locations, currencies and regions now (a region or location just added in Medusa
        becomes a grid column). What could not be read is kept as it was and named in
        the ``TermsNotRead`` raised after the rest is stored."""
        medusa, _ = self._clients()
        async with self._operation():
            found, failed = await fetch_taxonomy(MedusaStructure(medusa))
            moved = save_taxonomy(self._store, found)
        changes = self._notify(Changes(frozenset(moved), taxonomy=True))
        if failed:
            raise TermsNotRead(failed)
        return changes

    async def push(
        self, progress: PushProgressCallback | None = None, *, wait: bool = True
    ) -> PushReport:
        """Send the outbox; edits typed meanwhile are sent in the same push."""
        medusa, payload = self._clients()
        takeover = Takeover(self._lease_lost)
        pusher = Pusher(self._store, medusa, payload, self.connectivity,
                        editorial=await self._push_editorial(), takeover=takeover)
        operations = self._operation_pusher(medusa, pusher.token, takeover)
        try:
            async with self._pushing(progress, wait):
                if operations is not None:
                    pusher.report.operations = await operations.run()
                report = await pusher.run(progress)
                report.taken_over = takeover.happened
                return report
        finally:  # a cancelled push too: views re-read what it stored
            self._after_push(pusher.report.changed_products, operations)

    async def push_product(
        self,
        product_id: str,
        *,
        servers: Iterable[str] | None = None,
        override_lock: bool = False,
    ) -> Changes:
        """Push one product's pending edits now (for ``servers``, default both).

        ``override_lock`` is the merchant's explicit "Override lock" after a 423: the
        edit was kept ``locked`` and this re-sends it with ``overrideLock=true``.
        """
        medusa, payload = self._clients()
        wanted = set(servers) if servers is not None else {MEDUSA, PAYLOAD}
        if override_lock and payload is not None:
            payload = OverrideLock(payload)
        takeover = Takeover(self._lease_lost)
        pusher = Pusher(self._store, medusa if MEDUSA in wanted else None,
                        payload if PAYLOAD in wanted else None, self.connectivity,
                        editorial=await self._push_editorial(), takeover=takeover)
        operations = self._operation_pusher(medusa if MEDUSA in wanted else None,
                                            pusher.token, takeover)
        ids = {product_id}
        try:
            async with self._pushing(None, wait=True):
                if operations is not None:
                    await operations.run([product_id])
                    product_id = operations.report.created_ids.get(product_id, product_id)
                    ids.add(product_id)
                if not ops.is_local(product_id):
                    await pusher.push_product(product_id)
        finally:
            self._after_push(ids, operations)
        return Changes(frozenset(ids), outbox=True, replaced_drafts=pusher.report.replaced,
                       taken_over=takeover.happened)

    def _operation_pusher(
        self, medusa: Any, token: str, takeover: Takeover | None = None
    ) -> OperationPusher | None:
        if medusa is None:
            return None
        return OperationPusher(self._store, medusa, self.connectivity, token=token,
                               takeover=takeover)

    def _after_push(self, changed: Iterable[str], operations: OperationPusher | None) -> None:
        ids = set(changed)
        created: dict[str, str] = {}
        if operations is not None:
            ids |= operations.report.changed_products
            created = operations.report.created_ids
            ids |= set(created)  # views holding a local id re-read it (see server_id)
        self._notify(Changes(frozenset(ids), rows_reset=bool(created), outbox=True))
        if created and not self.closed and self.shop is not None and self.shop.payload:
            self._watch(self._await_payload(set(created.values())))

    def _watch(self, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self._busy.add(task)
        task.add_done_callback(self._busy.discard)

    async def _await_payload(self, product_ids: set[str]) -> None:
        """Read the Payload documents the integration makes for new products; then send
        the content edits that waited for them (a duplicate's description, say)."""
        waiting = set(product_ids)
        for delay in PAYLOAD_WAIT:
            await asyncio.sleep(delay)
            if self.closed:
                return
            try:
                await self.refresh(waiting, servers=(PAYLOAD,))
            except (CatalogClosed, asyncio.CancelledError):
                raise
            except Exception:  # offline again: the next pull or push picks them up
                log.info("Payload documents of new products not read", exc_info=True)
                return
            arrived = {pid for pid in waiting if self._store.payload(pid) is not None}
            for pid in arrived:
                if any(e.server == PAYLOAD for e in self._store.outbox.entries(
                        ("queued",), product_id=pid)):
                    try:
                        await self.push_product(pid, servers=(PAYLOAD,))
                    except CatalogClosed:
                        return
                    except Exception:  # kept queued: the next push sends it
                        log.warning("content of new product %s not sent", pid, exc_info=True)
            waiting -= arrived
            if not waiting:
                return

    @contextlib.asynccontextmanager
    async def _pushing(
        self, progress: PushProgressCallback | None, wait: bool
    ) -> AsyncIterator[None]:
        """One pusher per store: this process's lock, then the store's lease."""
        async with self._operation(), self._push_lock:
            if self.closed or self._store_closed():
                raise CatalogClosed()
            async with self._leased(progress, wait):
                yield

    @contextlib.asynccontextmanager
    async def _operation(self) -> AsyncIterator[None]:
        """A network operation on the store: refused once closing, awaited by ``aclose``."""
        if self.closed:
            raise CatalogClosed()
        task = asyncio.current_task()
        if task is not None:
            self._busy.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._busy.discard(task)

    def _store_closed(self) -> bool:
        try:
            self._store.conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return True
        return False

    @contextlib.asynccontextmanager
    async def _leased(
        self, progress: PushProgressCallback | None, wait: bool
    ) -> AsyncIterator[None]:
        """The store's push lease for the duration, renewed while held."""
        holder = self._lease.acquire()
        told: Holder | None = None
        while holder is not None:
            if not wait:
                raise PushBusy(holder)
            if progress is not None and holder.owner != getattr(told, "owner", None):
                told = holder  # once per holder, not every poll
                progress(PushProgress(0, 0, translate(
                    "Push", "Waiting for another push of this shop (process {pid}) to finish…"
                ).format(pid=holder.pid)))
            await asyncio.sleep(LEASE_POLL)
            holder = self._lease.acquire()
        renewing = asyncio.ensure_future(self._renew_lease())
        try:
            yield
        finally:
            renewing.cancel()
            await asyncio.wait({renewing})  # never re-raises, never eats our own cancel
            try:
                self._lease.release()
            except sqlite3.Error:  # it expires by itself; claims keep the rows safe
                log.warning("the push lease of %s was not released", self._store.path)

    async def _renew_lease(self) -> None:
        while True:
            await asyncio.sleep(self._lease.ttl / 3)
            try:
                renewed = self._lease.renew()
            except sqlite3.Error as exc:  # busy store: try again at the next tick
                log.warning("the push lease of %s was not renewed: %s", self._store.path, exc)
                continue
            if not renewed:
                # The push starts no more requests (_lease_lost); claims protect the rows
                # and the other pusher takes them over.
                log.warning("the push lease of %s was lost", self._store.path)

    def _lease_lost(self) -> bool:
        """Another process holds the push lease now (asked before each push request)."""
        try:
            return not self._lease.held()
        except sqlite3.Error:  # busy or closing store: the renewal tells a real loss
            return False

    async def probe(self) -> dict[str, Reach]:
        medusa, payload = self._clients()
        probes = {}
        if medusa is not None:
            probes[MEDUSA] = medusa.health
        if payload is not None:
            probes[PAYLOAD] = payload.me
        return await self.connectivity.probe(probes)

    def start_monitoring(self, interval: float = 30.0, *, auto_push: bool = True) -> None:
        """Probe periodically; with ``auto_push``, push the outbox when a server returns."""
        medusa, payload = self._clients()
        probes = {}
        if medusa is not None:
            probes[MEDUSA] = medusa.health
        if payload is not None:
            probes[PAYLOAD] = payload.me
        if auto_push and not self._auto_push:
            self._auto_push = True
            self.connectivity.on_back_online(self._push_when_back)
        self.connectivity.start(probes, interval)

    async def _push_when_back(self, server: str) -> None:
        if self._push_lock.locked() or not (self._store.outbox.pushable_products()
                                            or Operations(self._store.conn).pushable()):
            return
        try:
            await self.push(wait=False)
        except PushBusy:
            pass  # another process is sending them
        except Exception:
            log.exception("automatic push after %s came back failed", server)


def _keep_translation_setup(store: CatalogStore, setup: TranslationSetup | None) -> bool:
    """Keep the shop's translation setup; when it changed, every row is judged again
    (status per locale, the quality rule "every locale")."""
    with store.transaction():
        changed = translation_store.save_setup(store.conn, setup)
        if changed:
            linked = {pid for pid in store.payload_ids().values() if pid}
            store.refresh_rows(store.medusa_ids() | linked)
    return changed


@dataclass(frozen=True)
class LocalRows:
    rows: list[SearchRow] = field(default_factory=list)
    total: int = 0
    pulled: bool = False  # False: the store has never been pulled (suggest `desktop-app pull`)


def search_profile(
    profile: str,
    text: str = "",
    status: str | None = None,
    *,
    sort: str = "title",
    limit: int = 1_000_000,
) -> LocalRows:
    """For ``desktop-app products list --search``: the profile's stored rows, no network."""
    store = CatalogStore.for_profile(profile)
    try:
        query = SearchQuery(text, (status,) if status else (), (), sort)
        pulled = any(store.cursor(s).cursor is not None for s in (MEDUSA, PAYLOAD))
        return LocalRows(store.search(query, 0, limit), store.count(query), pulled)
    finally:
        store.close()


__all__ = [
    "CatalogClosed",
    "Changes",
    "LocalRows",
    "OfflineCatalog",
    "ProductDetail",
    "PushBusy",
    "Resolution",
    "SearchPage",
    "search_profile",
]
