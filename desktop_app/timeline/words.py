"""Fields, values and times of a timeline as people read them (the CLI; the window adds term
names through the editors' ``FieldNames``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app import money
from desktop_app.richtext import lexical_to_editor_markdown
from desktop_app.store.fields import GALLERY, MEDUSA_IMAGES, THUMBNAIL, VARIANT_FLAGS, variant_id

LABELS = {
    "title": "Title", "subtitle": "Subtitle", "description": "Description",
    "seo.meta_title": "Meta title", "seo.meta_description": "Meta description",
    "seo.meta_keywords": "Meta keywords", THUMBNAIL: "Thumbnail", GALLERY: "Gallery",
    "status": "Status", "handle": "Handle", "categories": "Categories", "tags": "Tags",
    "sales_channels": "Sales channels", "collection_id": "Collection", "type_id": "Type",
    "medusa_thumbnail": "Medusa thumbnail", MEDUSA_IMAGES: "Medusa images",
}
VARIANT_LABELS = {
    "title": "Title", "sku": "SKU", "prices": "Prices", "barcode": "Barcode", "ean": "EAN",
    "upc": "UPC", "weight": "Weight", "length": "Length", "height": "Height", "width": "Width",
    "manage_inventory": "Manage inventory", "allow_backorder": "Allow backorder",
}


def label(name: str, variants: Mapping[str, str] | None = None) -> str:
    """"Meta title", "Metadata · color", "M / Oat · SKU" (variant titles from ``variants``)."""
    if name in LABELS:
        return LABELS[name]
    head, _, rest = name.partition(".")
    if head == "metadata":
        return f"Metadata · {rest}"
    vid = variant_id(name)
    if vid is not None:
        key = rest.partition(".")[2]
        return f"{(variants or {}).get(vid, vid)} · {VARIANT_LABELS.get(key, key)}"
    return name


def variant_titles(state: Mapping[str, Any]) -> dict[str, str]:
    """Variant id -> title, from a state's ``variants.<id>.title`` fields."""
    return {str(variant_id(k)): str(v or variant_id(k))
            for k, v in state.items() if k.startswith("variants.") and k.endswith(".title")}


def text(name: str, value: Any) -> str:
    """One field's value in a line (the description as the editor's markdown)."""
    if name == "description":
        return lexical_to_editor_markdown(value) if isinstance(value, dict) else ""
    if name.endswith(".prices"):
        return money.format_prices(value) or "(no prices)"
    if name.split(".")[-1] in VARIANT_FLAGS:
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    if value is None or value == "":
        return "(empty)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def when(stamp: str) -> str:
    """An ISO UTC stamp in the machine's time zone, to the second."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
