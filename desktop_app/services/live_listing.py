"""A live listing of one shop, straight from both servers: Medusa products joined
with their Payload docs. Read-only and never stored: ``desktop-app products list``
uses it; the shop's *catalog* is the offline one (``services/offline.py``).

Medusa is read with narrow ``fields`` through the client's concurrent full-catalog
iterator; Payload docs are looked up by ``medusa_id`` in chunks *while* Medusa
pages are still arriving, so the two servers work in parallel.

Each server's failure is reported on its own (``Listing.failures``): if Payload
is down the Medusa rows still show (link state unknown); if Medusa is down the
Payload docs still show (no handle/status/variants).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from desktop_app.api.errors import ApiError, BadCredentials
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.last_change import last_change
from desktop_app.models.medusa import MedusaProduct
from desktop_app.models.payload import PayloadProduct
from desktop_app.services.shop import MEDUSA, PAYLOAD, Shop
from desktop_app.text import plural

log = logging.getLogger(__name__)

# Only what a list row shows: about 14x faster than default fields (reference §12).
MEDUSA_FIELDS = ("id", "title", "handle", "status", "updated_at", "variants.id")
PAYLOAD_FIELDS = ("medusa_id", "title", "updatedAt")
MEDUSA_PAGE_SIZE = 200
PAYLOAD_CHUNK = 100
PAYLOAD_CONCURRENCY = 3


class ListingRow(NamedTuple):
    """One product as the list shows it. A plain tuple: cheap to hold thousands."""

    medusa_id: str | None  # None only for a Payload doc without medusa_id
    title: str
    handle: str  # "" when unknown (Medusa unavailable)
    status: str  # "" when unknown
    variants: int | None  # None when unknown
    # The later of Medusa's and Payload's times, as the GUI's list (desktop_app/last_change.py).
    updated_at: datetime | None
    linked: bool | None  # True/False: has a Payload doc; None: Payload unavailable
    payload_id: str | None
    updated_in: str | None = None  # the server ``updated_at`` comes from: medusa | payload


@dataclass(frozen=True)
class ServerFailure:
    server: str  # "Medusa" / "Payload"
    message: str  # merchant-readable; never contains credentials
    # True when retrying cannot help but fixing the profile can (missing or wrong secret).
    needs_settings: bool = False


@dataclass(frozen=True)
class LoadProgress:
    loaded: int  # Medusa products received so far
    message: str


@dataclass(frozen=True)
class Listing:
    rows: tuple[ListingRow, ...] = ()
    failures: tuple[ServerFailure, ...] = ()
    servers_ok: frozenset[str] = field(default_factory=frozenset)

    def failure(self, server: str) -> ServerFailure | None:
        return next((f for f in self.failures if f.server == server), None)

    @property
    def linked_count(self) -> int:
        return sum(1 for r in self.rows if r.linked)

    @property
    def missing_count(self) -> int:
        return sum(1 for r in self.rows if r.linked is False)


ProgressCallback = Callable[[LoadProgress], None]
RowsCallback = Callable[[tuple["ListingRow", ...]], None]


def _failure(server: str, exc: BaseException) -> ServerFailure:
    if isinstance(exc, ApiError):
        return ServerFailure(server, exc.message, needs_settings=isinstance(exc, BadCredentials))
    # A bug or an unexpected library error: still per server, but say so plainly.
    log.exception("unexpected error while loading from %s", server)
    return ServerFailure(server, f"Unexpected error: {type(exc).__name__}: {exc}")


def _row(product: MedusaProduct, doc: PayloadProduct | None, payload_ok: bool) -> ListingRow:
    title = (doc.title if doc is not None and doc.title else None) or product.title or ""
    changed = last_change(product.updated_at, doc.updated_at if doc is not None else None)
    return ListingRow(
        medusa_id=product.id,
        title=title,
        handle=product.handle or "",
        status=str(product.status) if product.status is not None else "",  # StrEnum: its value
        variants=len(product.variants) if product.variants is not None else None,
        updated_at=changed.at,
        linked=(doc is not None) if payload_ok else None,
        payload_id=str(doc.id) if doc is not None else None,
        updated_in=changed.server,
    )


def _payload_only_row(doc: PayloadProduct) -> ListingRow:
    changed = last_change(None, doc.updated_at)
    return ListingRow(
        medusa_id=doc.medusa_id,
        title=doc.title or "",
        handle="",
        status="",
        variants=None,
        updated_at=changed.at,
        linked=True,
        payload_id=str(doc.id),
        updated_in=changed.server,
    )


def sort_key(row: ListingRow) -> tuple[str, str]:
    return (row.title.casefold(), row.medusa_id or "")


def _sorted_rows(rows: Iterable[ListingRow]) -> tuple[ListingRow, ...]:
    return tuple(sorted(rows, key=sort_key))


async def _medusa_with_payload(
    medusa: MedusaClient,
    payload: PayloadClient | None,
    progress: ProgressCallback | None,
    page_size: int,
    chunk: int,
    on_medusa_rows: RowsCallback | None = None,
) -> tuple[list[MedusaProduct], dict[str, PayloadProduct], BaseException | None]:
    """Stream Medusa products; look each chunk of ids up in Payload concurrently.

    Raises Medusa's error; Payload's error is returned so Medusa's rows survive it.
    """
    products: list[MedusaProduct] = []
    docs: dict[str, PayloadProduct] = {}
    lookups: list[asyncio.Task[dict[str, PayloadProduct]]] = []
    limit = asyncio.Semaphore(PAYLOAD_CONCURRENCY)

    async def lookup(ids: list[str]) -> dict[str, PayloadProduct]:
        assert payload is not None
        async with limit:
            return await payload.find_by_medusa_ids(ids, chunk=len(ids), select=PAYLOAD_FIELDS)

    def start_lookup(ids: list[str]) -> None:
        if payload is not None and ids:
            lookups.append(asyncio.create_task(lookup(ids)))

    pending: list[str] = []
    try:
        iterator = medusa.iter_all_products(fields=MEDUSA_FIELDS, page_size=page_size)
        async with contextlib.aclosing(iterator) as products_iter:
            async for product in products_iter:
                products.append(product)
                pending.append(product.id)
                if len(pending) >= chunk:
                    start_lookup(pending)
                    pending = []
                if progress is not None and len(products) % page_size == 0:
                    n = len(products)
                    progress(LoadProgress(n, plural(n, "Loaded {n} product…",
                                                    "Loaded {n} products…")))
        start_lookup(pending)
        if progress is not None:
            n = len(products)
            progress(LoadProgress(n, plural(n, "Loaded {n} product, linking…",
                                            "Loaded {n} products, linking…")))
        if on_medusa_rows is not None and lookups:
            # Show Medusa's rows now: a slow or hung Payload must not hide the catalog.
            on_medusa_rows(_sorted_rows(_row(p, None, False) for p in products))
        payload_error: BaseException | None = None
        for result in await asyncio.gather(*lookups, return_exceptions=True):
            if isinstance(result, BaseException):
                if isinstance(result, asyncio.CancelledError):
                    raise result
                payload_error = payload_error or result
            else:
                docs.update(result)
        return products, docs, payload_error
    finally:
        # Medusa failed or the load was cancelled: stop Payload lookups still in flight.
        for task in lookups:
            task.cancel()
        await asyncio.gather(*lookups, return_exceptions=True)


async def _payload_docs(payload: PayloadClient, page_size: int) -> list[PayloadProduct]:
    docs = []
    async for doc in payload.iter_all(
        "products", page_size=page_size, select=PAYLOAD_FIELDS, model=PayloadProduct
    ):
        docs.append(doc)
    return docs


async def load_listing(
    shop: Shop,
    *,
    progress: ProgressCallback | None = None,
    on_medusa_rows: RowsCallback | None = None,
    page_size: int = MEDUSA_PAGE_SIZE,
    chunk: int = PAYLOAD_CHUNK,
) -> Listing:
    """Load every product of ``shop``. Never raises for a server failure; cancellable.

    ``on_medusa_rows`` gets Medusa's rows (link state unknown) as soon as Medusa is
    done, while Payload is still being asked; the returned Listing is final.
    """
    failures = [ServerFailure(s, m, needs_settings=True) for s, m in shop.problems.items()]
    ok: set[str] = set()

    if shop.medusa is not None:
        try:
            products, docs, payload_error = await _medusa_with_payload(
                shop.medusa, shop.payload, progress, page_size, chunk, on_medusa_rows
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            failures.append(_failure(MEDUSA, exc))
        else:
            ok.add(MEDUSA)
            payload_ok = shop.payload is not None and payload_error is None
            if payload_error is not None:
                failures.append(_failure(PAYLOAD, payload_error))
            elif shop.payload is not None:
                ok.add(PAYLOAD)
            rows = _sorted_rows(_row(p, docs.get(p.id), payload_ok) for p in products)
            return Listing(rows, tuple(failures), frozenset(ok))

    # Medusa is unusable: still show what Payload has, so the merchant sees something.
    rows = []
    if shop.payload is not None:
        if progress is not None:
            progress(LoadProgress(0, "Medusa unavailable, loading Payload's products…"))
        try:
            rows = [_payload_only_row(d) for d in await _payload_docs(shop.payload, page_size)]
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            failures.append(_failure(PAYLOAD, exc))
        else:
            ok.add(PAYLOAD)
    return Listing(_sorted_rows(rows), tuple(failures), frozenset(ok))


def filter_rows(
    rows: Iterable[ListingRow], search: str = "", status: str | None = None
) -> list[ListingRow]:
    """Rows whose title, handle or id contain every word of ``search`` (any case).

    Local on purpose: Medusa's ``q`` ignores handles and cannot see Payload titles.
    """
    words = search.casefold().split()
    wanted_status = status.casefold() if status else None
    out = []
    for row in rows:
        if wanted_status is not None and row.status.casefold() != wanted_status:
            continue
        if words:
            haystack = f"{row.title}\n{row.handle}\n{row.medusa_id or ''}".casefold()
            if not all(w in haystack for w in words):
                continue
        out.append(row)
    return out
