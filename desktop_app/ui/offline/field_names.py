"""Fields and their values as people read them in the product editor (Qt-free).

A conflict note or a server error names the field ("M / Oat · Barcode", "M / Oat at
Berlin") and shows values by name, never by id ("Shirts, Sale" for two category ids).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app import money
from desktop_app.store.fields import (
    MEDUSA_IMAGES,
    MEDUSA_THUMBNAIL,
    ORGANISE_LISTS,
    ORGANISE_REFS,
    VARIANT_FLAGS,
    image_urls,
    term_ids,
)
from desktop_app.store.taxonomy import RECORD_FIELDS
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.editor_values import is_stock, number_text, stock_key, variant_key

VARIANT_KEY_LABELS = {
    "title": "Title", "sku": "SKU", "prices": "Prices", "barcode": "Barcode", "ean": "EAN",
    "upc": "UPC", "weight": "Weight", "length": "Length", "height": "Height",
    "width": "Width", "manage_inventory": "Manage inventory",
    "allow_backorder": "Allow backorder",
}
FIELD_LABELS = {
    "title": "Title", "subtitle": "Subtitle", "handle": "Handle", "status": "Status",
    "categories": "Categories", "tags": "Tags", "sales_channels": "Sales channels",
    "collection_id": "Collection", "type_id": "Type", "options": "Options",
    "variants": "Variants", MEDUSA_THUMBNAIL: "Thumbnail", MEDUSA_IMAGES: "Images",
}


def file_name(url: str) -> str:
    """The last part of an image url: what a merchant recognises."""
    return url.rstrip("/").rsplit("/", 1)[-1] or url


@dataclass
class FieldNames:
    variants: dict[str, str] = field(default_factory=dict)  # variant id -> title
    terms: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> id -> name

    @classmethod
    def of(cls, medusa: Mapping[str, Any] | None,
           terms: dict[str, dict[str, str]]) -> FieldNames:
        variants = {str(v.get("id")): str(v.get("title") or v.get("id"))
                    for v in (medusa or {}).get("variants") or ()}
        return cls(variants, terms)

    def term(self, kind: str, term_id: str) -> str:
        return self.terms.get(kind, {}).get(term_id, term_id)

    def label(self, name: str) -> str:
        """``name`` for people: "Handle", "M / Oat · Barcode", "M / Oat at Berlin"."""
        if is_stock(name):
            vid, location = stock_key(name)
            return f"{self.variants.get(vid, vid)} at {self.term('location', location)}"
        head, _, rest = name.partition(".")
        if head == "variants" and rest:
            vid, key = variant_key(name)
            title = self.variants.get(vid, vid)
            return f"{title} · {VARIANT_KEY_LABELS[key]}" if key else title
        if head == "metadata" and rest:
            return f"Metadata · {rest}"
        return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())

    def value(self, name: str, value: Any) -> str:
        """``value`` of field ``name`` for people (a conflict note's "theirs")."""
        if name in ORGANISE_LISTS:
            kind = RECORD_FIELDS[name]
            return ", ".join(self.term(kind, i) for i in term_ids(value)) or "(none)"
        if name in ORGANISE_REFS:
            return self.term(RECORD_FIELDS[name], str(value)) if value else "(none)"
        if name == MEDUSA_THUMBNAIL:
            return file_name(str(value)) if value else "(none)"
        if name == MEDUSA_IMAGES:
            return ", ".join(file_name(u) for u in image_urls(value)) or "(none)"
        if name == "status":
            return status_label(str(value or "draft"))
        if is_stock(name):
            return "(none)" if value is None else str(value)
        key = variant_key(name)[1] if name.startswith("variants.") else ""
        if key == "prices":
            return money.format_prices(value, regions=self.terms.get("region")) or "(no prices)"
        if key in VARIANT_FLAGS:
            return "Yes" if value else "No"
        if key in ("weight", "length", "height", "width"):
            return number_text(value) or "(none)"
        if value is None or value == "":
            return "(removed)" if name.startswith("metadata.") else "(empty)"
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
