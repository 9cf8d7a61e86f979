"""What both servers hold right now, fetched with narrow fields.

Shared by the full verification (``verify``) and the cheap progress polls of
``watch``; both compare ids as strings because Payload ids are integers while
Medusa stores ``metadata.payload_id`` as a string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient

PAGE = 1000
# Deleted-product look-ups put ids in the URL: keep each request well under 8 KB.
DELETED_CHUNK = 100

VERIFY_MEDUSA_FIELDS = "id,title,subtitle,metadata,options.id,variants.id"
VERIFY_PAYLOAD_SELECT = ("medusa_id", "title", "subtitle", "options", "variants")


def payload_id_of(metadata: dict[str, Any] | None) -> str | None:
    """``metadata.payload_id`` as a string; absent, null and "" all mean "not set"."""
    value = (metadata or {}).get("payload_id")
    return None if value is None or value == "" else str(value)


@dataclass(frozen=True)
class MedusaRow:
    id: str
    payload_id: str | None
    title: str | None = None
    subtitle: str | None = None
    option_ids: tuple[str, ...] | None = None  # None: not fetched
    variant_ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PayloadRow:
    id: str  # as a string, whatever the database adapter returns
    medusa_id: str | None
    title: str | None = None
    subtitle: str | None = None
    # Row medusa_ids; None when not fetched or the rows are relationships (version B).
    option_ids: tuple[str | None, ...] | None = None
    variant_ids: tuple[str | None, ...] | None = None


@dataclass
class Snapshot:
    medusa: list[MedusaRow] = field(default_factory=list)
    payload: list[PayloadRow] = field(default_factory=list)


def _row_ids(rows: Any) -> tuple[str | None, ...] | None:
    if not isinstance(rows, list):
        return None
    if any(not isinstance(r, dict) for r in rows):
        return None  # relationship ids (docs-guide version B): no inline medusa_id
    return tuple(r.get("medusa_id") for r in rows)


def medusa_row(product: Any, *, structure: bool) -> MedusaRow:
    return MedusaRow(
        id=product.id,
        payload_id=payload_id_of(product.metadata),
        title=product.title,
        subtitle=product.subtitle,
        option_ids=tuple(o.id for o in product.options or ()) if structure else None,
        variant_ids=tuple(v.id for v in product.variants or ()) if structure else None,
    )


def payload_row(doc: dict[str, Any]) -> PayloadRow:
    medusa_id = doc.get("medusa_id")
    return PayloadRow(
        id=str(doc.get("id")),
        medusa_id=str(medusa_id) if medusa_id not in (None, "") else None,
        title=doc.get("title"),
        subtitle=doc.get("subtitle"),
        option_ids=_row_ids(doc.get("options")),
        variant_ids=_row_ids(doc.get("variants")),
    )


async def fetch_medusa(medusa: MedusaClient, *, full: bool) -> list[MedusaRow]:
    fields = VERIFY_MEDUSA_FIELDS if full else "id,metadata"
    return [
        medusa_row(p, structure=full)
        async for p in medusa.iter_all_products(fields, page_size=PAGE if not full else 500)
    ]


async def fetch_payload(
    payload: PayloadClient, *, full: bool, collection: str = "products"
) -> list[PayloadRow]:
    select = VERIFY_PAYLOAD_SELECT if full else ("medusa_id",)
    return [
        payload_row(doc)
        async for doc in payload.iter_all(collection, select=select, depth=0, page_size=PAGE)
    ]


async def deleted_medusa_ids(medusa: MedusaClient, ids: Iterable[str]) -> dict[str, str]:
    """Which of ``ids`` are soft-deleted products, with their ``deleted_at``.

    Only the orphan candidates are looked up (``with_deleted=true`` and ``id[]``),
    so a long history of deleted products does not slow every verification.
    """
    wanted = [i for i in dict.fromkeys(ids) if i.startswith("prod_")]
    found: dict[str, str] = {}
    for start in range(0, len(wanted), DELETED_CHUNK):
        part = wanted[start : start + DELETED_CHUNK]
        page = await medusa.list_products(
            fields="id,deleted_at", ids=part, with_deleted=True, limit=len(part), order="id"
        )
        for product in page.products:
            if product.deleted_at is not None:
                found[product.id] = product.deleted_at.isoformat()
    return found
