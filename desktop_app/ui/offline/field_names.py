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
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
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

# English names, marked for the catalogs; shown through label()/translate("Fields", ...).
VARIANT_KEY_LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "sku": QT_TRANSLATE_NOOP("Fields", "SKU"),
    "prices": QT_TRANSLATE_NOOP("Fields", "Prices"),
    "barcode": QT_TRANSLATE_NOOP("Fields", "Barcode"),
    "ean": QT_TRANSLATE_NOOP("Fields", "EAN"),
    "upc": QT_TRANSLATE_NOOP("Fields", "UPC"),
    "weight": QT_TRANSLATE_NOOP("Fields", "Weight"),
    "length": QT_TRANSLATE_NOOP("Fields", "Length"),
    "height": QT_TRANSLATE_NOOP("Fields", "Height"),
    "width": QT_TRANSLATE_NOOP("Fields", "Width"),
    "manage_inventory": QT_TRANSLATE_NOOP("Fields", "Manage inventory"),
    "allow_backorder": QT_TRANSLATE_NOOP("Fields", "Allow backorder"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Fields", "Subtitle"),
    "handle": QT_TRANSLATE_NOOP("Fields", "Handle"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "categories": QT_TRANSLATE_NOOP("Fields", "Categories"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "sales_channels": QT_TRANSLATE_NOOP("Fields", "Sales channels"),
    "collection_id": QT_TRANSLATE_NOOP("Fields", "Collection"),
    "type_id": QT_TRANSLATE_NOOP("Fields", "Type"),
    "options": QT_TRANSLATE_NOOP("Fields", "Options"),
    "variants": QT_TRANSLATE_NOOP("Fields", "Variants"),
    MEDUSA_THUMBNAIL: QT_TRANSLATE_NOOP("Fields", "Thumbnail"),
    MEDUSA_IMAGES: QT_TRANSLATE_NOOP("Fields", "Images"),
}
NONE = QT_TRANSLATE_NOOP("Fields", "(none)")


def field_name(name: str) -> str:
    """A top-level field's name for people, in the interface's language."""
    if name in FIELD_LABELS:
        return translate("Fields", FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def variant_key_name(key: str) -> str:
    return translate("Fields", VARIANT_KEY_LABELS[key]) if key in VARIANT_KEY_LABELS else key


def _none() -> str:
    return translate("Fields", NONE)


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
            return translate("Fields", "{variant} at {location}").format(
                variant=self.variants.get(vid, vid), location=self.term("location", location))
        head, _, rest = name.partition(".")
        if head == "variants" and rest:
            vid, key = variant_key(name)
            title = self.variants.get(vid, vid)
            return f"{title} · {variant_key_name(key)}" if key else title
        if head == "metadata" and rest:
            return translate("Fields", "Metadata · {key}").format(key=rest)
        return field_name(name)

    def value(self, name: str, value: Any) -> str:
        """``value`` of field ``name`` for people (a conflict note's "theirs")."""
        if name in ORGANISE_LISTS:
            kind = RECORD_FIELDS[name]
            return ", ".join(self.term(kind, i) for i in term_ids(value)) or _none()
        if name in ORGANISE_REFS:
            return self.term(RECORD_FIELDS[name], str(value)) if value else _none()
        if name == MEDUSA_THUMBNAIL:
            return file_name(str(value)) if value else _none()
        if name == MEDUSA_IMAGES:
            return ", ".join(file_name(u) for u in image_urls(value)) or _none()
        if name == "status":
            return status_label(str(value or "draft"))
        if is_stock(name):
            return _none() if value is None else str(value)
        key = variant_key(name)[1] if name.startswith("variants.") else ""
        if key == "prices":
            return money.format_prices(value, regions=self.terms.get("region")) or translate(
                "Fields", "(no prices)")
        if key in VARIANT_FLAGS:
            return translate("Fields", "Yes") if value else translate("Fields", "No")
        if key in ("weight", "length", "height", "width"):
            return number_text(value) or _none()
        if value is None or value == "":
            return (translate("Fields", "(removed)") if name.startswith("metadata.")
                    else translate("Fields", "(empty)"))
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
