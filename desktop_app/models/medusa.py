"""Pydantic models for Medusa v2 admin product responses.

Every field except ``id`` is optional: ``?fields=`` can leave any of them out.
Relations default to ``None`` ("not fetched"), which is different from ``[]``.
Unknown fields are kept (``extra="allow"``) so newer servers do not break parsing.
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field


class MedusaModel(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProductStatus(enum.StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    PUBLISHED = "published"
    REJECTED = "rejected"


# A status added by a future Medusa stays a plain string instead of failing the whole page.
Status = Annotated[ProductStatus | str, Field(union_mode="left_to_right")]


class ProductOptionRef(MedusaModel):
    """An option as embedded in a variant's option value (no ``values``)."""

    id: str
    title: str | None = None
    is_exclusive: bool | None = None
    metadata: dict[str, Any] | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class ProductOptionValue(MedusaModel):
    id: str
    value: str | None = None
    rank: int | None = None
    metadata: dict[str, Any] | None = None
    option_id: str | None = None
    option: ProductOptionRef | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class ProductOption(ProductOptionRef):
    values: list[ProductOptionValue] | None = None


class Price(MedusaModel):
    id: str
    # Main currency unit (10 = 10.00 EUR); Decimal keeps 12.34 exact.
    amount: Decimal | None = None
    currency_code: str | None = None
    min_quantity: int | None = None
    max_quantity: int | None = None
    variant_id: str | None = None
    rules: dict[str, Any] | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class ProductVariant(MedusaModel):
    id: str
    title: str | None = None
    sku: str | None = None
    barcode: str | None = None
    ean: str | None = None
    upc: str | None = None
    allow_backorder: bool | None = None
    manage_inventory: bool | None = None
    hs_code: str | None = None
    origin_country: str | None = None
    mid_code: str | None = None
    material: str | None = None
    weight: float | None = None
    length: float | None = None
    height: float | None = None
    width: float | None = None
    metadata: dict[str, Any] | None = None
    variant_rank: int | None = None
    thumbnail: str | None = None
    product_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    images: list[dict[str, Any]] | None = None
    options: list[ProductOptionValue] | None = None
    prices: list[Price] | None = None
    # ``{inventory_item_id, inventory: {location_levels: [...]}}`` rows, as Medusa sends
    # them (tests/fixtures/medusa/product_read_full_after.json); kept as dicts.
    inventory_items: list[dict[str, Any]] | None = None


class MedusaProduct(MedusaModel):
    id: str
    title: str | None = None
    subtitle: str | None = None
    status: Status | None = None
    external_id: str | None = None
    description: str | None = None
    handle: str | None = None
    is_giftcard: bool | None = None
    discountable: bool | None = None
    thumbnail: str | None = None
    collection_id: str | None = None
    type_id: str | None = None
    weight: float | None = None
    length: float | None = None
    height: float | None = None
    width: float | None = None
    hs_code: str | None = None
    origin_country: str | None = None
    mid_code: str | None = None
    material: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    metadata: dict[str, Any] | None = None
    type: dict[str, Any] | None = None
    collection: dict[str, Any] | None = None
    options: list[ProductOption] | None = None
    tags: list[dict[str, Any]] | None = None
    images: list[dict[str, Any]] | None = None
    variants: list[ProductVariant] | None = None
    sales_channels: list[dict[str, Any]] | None = None
    categories: list[dict[str, Any]] | None = None

    @property
    def payload_id(self) -> str | None:
        """``metadata.payload_id`` as a string (Payload ids are integers), or None."""
        value = (self.metadata or {}).get("payload_id")
        return None if value in (None, "") else str(value)


class ProductPage(MedusaModel):
    """``GET /admin/products`` envelope. ``count`` is the total match count."""

    products: list[MedusaProduct]
    count: int
    offset: int
    limit: int


class ProductEnvelope(MedusaModel):
    product: MedusaProduct


class BatchResult(MedusaModel):
    created: list[MedusaProduct] = []
    updated: list[MedusaProduct] = []
    deleted: dict[str, Any] | None = None
