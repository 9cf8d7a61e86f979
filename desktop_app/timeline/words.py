"""Fields, values and times of a timeline as people read them (the CLI; the window adds term
names through the editors' ``FieldNames``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app import money
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.richtext import lexical_to_editor_markdown
from desktop_app.store.fields import GALLERY, MEDUSA_IMAGES, THUMBNAIL, VARIANT_FLAGS, variant_id

LABELS = {
    "title": QT_TRANSLATE_NOOP("TimelineDiff", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("TimelineDiff", "Subtitle"),
    "description": QT_TRANSLATE_NOOP("TimelineDiff", "Description"),
    "seo.meta_title": QT_TRANSLATE_NOOP("TimelineDiff", "Meta title"),
    "seo.meta_description": QT_TRANSLATE_NOOP("TimelineDiff", "Meta description"),
    "seo.meta_keywords": QT_TRANSLATE_NOOP("TimelineDiff", "Meta keywords"),
    THUMBNAIL: QT_TRANSLATE_NOOP("TimelineDiff", "Thumbnail"),
    GALLERY: QT_TRANSLATE_NOOP("TimelineDiff", "Gallery"),
    "status": QT_TRANSLATE_NOOP("TimelineDiff", "Status"),
    "handle": QT_TRANSLATE_NOOP("TimelineDiff", "Handle"),
    "categories": QT_TRANSLATE_NOOP("TimelineDiff", "Categories"),
    "tags": QT_TRANSLATE_NOOP("TimelineDiff", "Tags"),
    "sales_channels": QT_TRANSLATE_NOOP("TimelineDiff", "Sales channels"),
    "collection_id": QT_TRANSLATE_NOOP("TimelineDiff", "Collection"),
    "type_id": QT_TRANSLATE_NOOP("TimelineDiff", "Type"),
    "medusa_thumbnail": QT_TRANSLATE_NOOP("TimelineDiff", "Medusa thumbnail"),
    MEDUSA_IMAGES: QT_TRANSLATE_NOOP("TimelineDiff", "Medusa images"),
}
VARIANT_LABELS = {
    "title": QT_TRANSLATE_NOOP("TimelineDiff", "Title"),
    "sku": "SKU",
    "prices": QT_TRANSLATE_NOOP("TimelineDiff", "Prices"),
    "barcode": QT_TRANSLATE_NOOP("TimelineDiff", "Barcode"),
    "ean": "EAN",
    "upc": "UPC",
    "weight": QT_TRANSLATE_NOOP("TimelineDiff", "Weight"),
    "length": QT_TRANSLATE_NOOP("TimelineDiff", "Length"),
    "height": QT_TRANSLATE_NOOP("TimelineDiff", "Height"),
    "width": QT_TRANSLATE_NOOP("TimelineDiff", "Width"),
    "manage_inventory": QT_TRANSLATE_NOOP("TimelineDiff", "Manage inventory"),
    "allow_backorder": QT_TRANSLATE_NOOP("TimelineDiff", "Allow backorder"),
}


def label(name: str, variants: Mapping[str, str] | None = None) -> str:
    """ "Meta title", "Metadata · color", "M / Oat · SKU" (variant titles from ``variants``)."""
    if name in LABELS:
        return translate("TimelineDiff", LABELS[name])
    head, _, rest = name.partition(".")
    if head == "metadata":
        return translate("TimelineDiff", "Metadata · {key}").format(key=rest)
    vid = variant_id(name)
    if vid is not None:
        key = rest.partition(".")[2]
        shown = translate("TimelineDiff", VARIANT_LABELS[key]) if key in VARIANT_LABELS else key
        return f"{(variants or {}).get(vid, vid)} · {shown}"
    return name


def variant_titles(state: Mapping[str, Any]) -> dict[str, str]:
    """Variant id -> title, from a state's ``variants.<id>.title`` fields."""
    return {
        str(variant_id(k)): str(v or variant_id(k))
        for k, v in state.items()
        if k.startswith("variants.") and k.endswith(".title")
    }


def text(name: str, value: Any) -> str:
    """One field's value in a line (the description as the editor's markdown)."""
    if name == "description":
        return lexical_to_editor_markdown(value) if isinstance(value, dict) else ""
    if name.endswith(".prices"):
        return money.format_prices(value) or translate("TimelineDiff", "(no prices)")
    if name.split(".")[-1] in VARIANT_FLAGS:
        return translate("TimelineDiff", "Yes") if value else translate("TimelineDiff", "No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("TimelineDiff", "(none)")
    if value is None or value == "":
        return translate("TimelineDiff", "(empty)")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def when(stamp: str) -> str:
    """An ISO UTC stamp in the machine's time zone, to the second (the CLI's; the window
    writes dates in the display locale, ``ui/formatting.format_timestamp``)."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
