"""Pydantic models for Payload v3 REST responses (the integration's collections).

Python names are snake_case; Payload's camelCase keys are aliases. Fields are
optional because ``select[...]`` can leave them out. Upload fields are an id at
``depth=0`` and a media doc at ``depth>=1``, so both are accepted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

DocId = int | str  # integer on SQLite/Postgres; str kept for other adapters


class PayloadModel(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PayloadMedia(PayloadModel):
    id: DocId
    alt: str | None = None
    url: str | None = None
    thumbnail_url: str | None = Field(default=None, alias="thumbnailURL")
    filename: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    filesize: int | None = None
    width: int | None = None
    height: int | None = None
    focal_x: float | None = Field(default=None, alias="focalX")
    focal_y: float | None = Field(default=None, alias="focalY")
    sizes: dict[str, Any] | None = None
    updated_at: datetime | None = Field(default=None, alias="updatedAt")
    created_at: datetime | None = Field(default=None, alias="createdAt")


Upload = DocId | PayloadMedia


class ImageRow(PayloadModel):
    id: str | None = None
    image: Upload | None = None


class SeoGroup(PayloadModel):
    meta_title: str | None = None
    meta_description: str | None = None
    meta_keywords: str | None = None


class OptionRow(PayloadModel):
    id: str | None = None
    title: str | None = None
    medusa_id: str | None = None


class OptionValueRow(PayloadModel):
    id: str | None = None
    medusa_id: str | None = None
    medusa_option_id: str | None = None
    value: str | None = None


class VariantRow(PayloadModel):
    id: str | None = None
    title: str | None = None
    medusa_id: str | None = None
    # Docs-guide version B stores relationship ids/docs here instead of inline rows.
    option_values: list[OptionValueRow | DocId] | None = None


class PayloadProduct(PayloadModel):
    id: DocId
    medusa_id: str | None = None
    title: str | None = None
    subtitle: str | None = None
    handle: str | None = None  # only in the docs-guide version B
    description: dict[str, Any] | None = None  # raw Lexical editor state
    thumbnail: Upload | None = None
    images: list[ImageRow] | None = None
    seo: SeoGroup | None = None
    options: list[OptionRow | DocId] | None = None
    variants: list[VariantRow] | None = None
    updated_at: datetime | None = Field(default=None, alias="updatedAt")
    created_at: datetime | None = Field(default=None, alias="createdAt")


T = TypeVar("T")


class FindPage(PayloadModel, Generic[T]):
    """Payload's find envelope. ``limit`` 0 means "all docs in one page"."""

    docs: list[T]
    total_docs: int = Field(alias="totalDocs")
    limit: int
    total_pages: int = Field(alias="totalPages")
    page: int | None = None
    paging_counter: int | None = Field(default=None, alias="pagingCounter")
    has_prev_page: bool = Field(default=False, alias="hasPrevPage")
    has_next_page: bool = Field(default=False, alias="hasNextPage")
    prev_page: int | None = Field(default=None, alias="prevPage")
    next_page: int | None = Field(default=None, alias="nextPage")


class PayloadUser(BaseModel):
    # extra="ignore": user docs carry session data that should not end up in reprs/logs.
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    id: DocId
    email: str | None = None
    collection: str | None = None
    has_api_key: bool | None = Field(default=None, alias="hasAPIKey")
    strategy: str | None = Field(default=None, alias="_strategy")


class PayloadMe(BaseModel):
    """``GET /api/{auth collection}/me``. ``user`` is None for an anonymous (bad-key) request."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    user: PayloadUser | None = None
    collection: str | None = None
    strategy: str | None = None
    exp: int | None = None
    message: str | None = None


class DocEnvelope(PayloadModel, Generic[T]):
    """Create/PATCH-by-id envelope ``{"doc": …, "message": …}``."""

    doc: T
    message: str | None = None
