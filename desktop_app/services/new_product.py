"""What a merchant fills in to make a product, and the local draft record it becomes.

A ``ProductDraft`` (title, handle, status, options and their values, the variants
to make, prices, sales channels, stock) turns into a record in the shape of a
stored Medusa product (``records.medusa_record``) with local ids, so the draft is
searchable and editable at once; the push creates it in Medusa.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n import translate
from desktop_app.store.operations import LOCAL_PREFIX

# The metadata key of the marker that finds a create that may have landed already.
CREATE_MARKER = "desktop_create"
STATUSES = ("draft", "proposed", "published", "rejected")


@dataclass(frozen=True)
class VariantDraft:
    options: Mapping[str, str] = field(default_factory=dict)  # option title -> value
    title: str = ""
    sku: str = ""
    prices: Sequence[Mapping[str, Any]] = ()  # [{"currency_code", "amount"}]
    manage_inventory: bool = True
    allow_backorder: bool = False
    levels: Mapping[str, int] = field(default_factory=dict)  # location id -> stocked


@dataclass(frozen=True)
class ProductDraft:
    title: str
    handle: str = ""
    status: str = "draft"
    subtitle: str = ""
    description: str = ""
    options: Sequence[tuple[str, Sequence[str]]] = ()  # (title, values)
    variants: Sequence[VariantDraft] | None = None  # None: one per combination
    sales_channels: Sequence[str] = ()
    categories: Sequence[str] = ()
    tags: Sequence[str] = ()
    collection_id: str | None = None
    type_id: str | None = None
    prices: Sequence[Mapping[str, Any]] = ()  # for variants that name none
    metadata: Mapping[str, Any] = field(default_factory=dict)


class DraftError(ValueError):
    """The draft cannot be made as it is; ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def local_id(kind: str = "prod") -> str:
    return f"{LOCAL_PREFIX}{kind}_{uuid.uuid4().hex[:20]}"


def slugify(text: str) -> str:
    """A handle from a title: ``"Bärlauch Öl 250 ml"`` → ``"barlauch-ol-250-ml"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def combinations(options: Sequence[tuple[str, Sequence[str]]]) -> list[dict[str, str]]:
    """Every choice of one value per option, in the order the merchant listed them."""
    if not options:
        return [{}]
    titles = [title for title, _ in options]
    return [dict(zip(titles, values, strict=True))
            for values in itertools.product(*(vals for _, vals in options))]


def variant_title(chosen: Mapping[str, str]) -> str:
    return " / ".join(chosen.values()) or "Default"


def check(draft: ProductDraft) -> None:
    """Raise ``DraftError`` for what Medusa would refuse or the merchant did not mean."""
    if not draft.title.strip():
        raise DraftError("title", translate("OfflineCatalog", "A product needs a title."))
    if draft.status not in STATUSES:
        raise DraftError("status", translate("OfflineCatalog", "Unknown status '{status}'.")
                         .format(status=draft.status))
    seen: set[str] = set()
    for title, values in draft.options:
        if not title.strip():
            raise DraftError("options", translate("OfflineCatalog", "Every option needs a name."))
        if title.casefold() in seen:
            raise DraftError("options", translate(
                "OfflineCatalog", "Option '{option}' is listed twice.").format(option=title))
        seen.add(title.casefold())
        if not values or len(set(values)) != len(values):
            raise DraftError("options", translate(
                "OfflineCatalog", "Option '{option}' needs distinct values.").format(option=title))
    names = {title for title, _ in draft.options}
    for variant in draft.variants or ():
        if set(variant.options) != names:
            raise DraftError("variants", translate(
                "OfflineCatalog", "Each variant picks one value of every option."))
    skus = [v.sku for v in draft.variants or () if v.sku]
    if len(skus) != len(set(skus)):
        raise DraftError("variants", translate("OfflineCatalog", "Two variants have the same SKU."))


def draft_record(draft: ProductDraft, product_id: str | None = None) -> dict[str, Any]:
    """The draft as a stored Medusa record with local ids (see ``records.medusa_record``)."""
    check(draft)
    variants = draft.variants
    if variants is None:
        variants = [VariantDraft(options=chosen) for chosen in combinations(draft.options)]
    return {
        "id": product_id or local_id(),
        "handle": draft.handle.strip() or slugify(draft.title),
        "title": draft.title.strip(),
        "subtitle": draft.subtitle,
        "status": draft.status,
        "description": draft.description,
        "metadata": {**draft.metadata, CREATE_MARKER: uuid.uuid4().hex},
        "options": [{"id": local_id("opt"), "title": title,
                     "values": [{"id": None, "value": v} for v in values]}
                    for title, values in draft.options],
        "variants": [variant_record(v, draft.prices) for v in variants],
        "sales_channels": list(draft.sales_channels),
        "categories": list(draft.categories),
        "tags": list(draft.tags),
        "collection_id": draft.collection_id,
        "type_id": draft.type_id,
        "updated_at": None,
        "deleted_at": None,
        "local": True,
    }


def variant_record(
    variant: VariantDraft, default_prices: Sequence[Mapping[str, Any]] = ()
) -> dict[str, Any]:
    return {
        "id": local_id("var"),
        "title": variant.title or variant_title(variant.options),
        "sku": variant.sku or None,
        "options": dict(variant.options),
        "prices": [dict(p) for p in variant.prices or default_prices],
        "manage_inventory": variant.manage_inventory,
        "allow_backorder": variant.allow_backorder,
        "inventory_item_id": None,
        "levels": {loc: {"stocked": qty, "reserved": 0} for loc, qty in variant.levels.items()},
    }


def copy_record(record: Mapping[str, Any], handle: str, title: str | None = None) -> dict[str, Any]:
    """A draft that duplicates a stored product (its structure, prices and organisation)."""
    options = [(o["title"], [v["value"] for v in o.get("values") or ()])
               for o in record.get("options") or ()]
    variants = [VariantDraft(options=v.get("options") or {}, title=v.get("title") or "",
                             sku="", prices=v.get("prices") or (),
                             manage_inventory=bool(v.get("manage_inventory", True)),
                             allow_backorder=bool(v.get("allow_backorder", False)))
                for v in record.get("variants") or ()]
    metadata = {k: v for k, v in (record.get("metadata") or {}).items()
                if k not in ("payload_id", CREATE_MARKER)}
    return draft_record(ProductDraft(
        title=title or record.get("title") or "", handle=handle, status="draft",
        subtitle=record.get("subtitle") or "", description=record.get("description") or "",
        options=options, variants=variants if options else None,
        sales_channels=record.get("sales_channels") or (),
        categories=record.get("categories") or (), tags=record.get("tags") or (),
        collection_id=record.get("collection_id"), type_id=record.get("type_id"),
        metadata=metadata,
        prices=(record.get("variants") or [{}])[0].get("prices") or () if not options else (),
    ))
