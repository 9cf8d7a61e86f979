"""How the product editor shows, reads and checks each field (Qt-free).

Every field the editor holds is tracked by ``services.rebase.FormBase`` as the text
its widget shows: what tells typing apart from no typing. The functions here turn a
stored value into that text (``shown_text``) and typed text back into the value
``OfflineCatalog.edit`` takes, with the message for text that is not one.

Names are the catalog's field names (``store.fields``), plus ``stock.<variant
id>.<location id>`` for a stocked quantity, which the editor saves through
``OfflineCatalog.set_stock`` rather than ``edit``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.store.fields import (
    MEDUSA_IMAGES,
    MEDUSA_THUMBNAIL,
    ORGANISE_LISTS,
    ORGANISE_REFS,
    VARIANT_CODES,
    VARIANT_FLAGS,
    VARIANT_NUMBERS,
    image_urls,
    term_ids,
)
from desktop_app.store.taxonomy import Term
from desktop_app.ui.offline import validation as v

STOCK = "stock"
YES, NO = "yes", "no"
# Sections group fields under one error label and one place for conflict notes.
GROUPED = ("metadata", "variants", STOCK)


def section_of(name: str) -> str:
    """The form section a field shows in (its error label, its conflict notes)."""
    head = name.split(".", 1)[0]
    if head in GROUPED:
        return head
    if name == MEDUSA_THUMBNAIL:
        return MEDUSA_IMAGES  # one place for Medusa's pictures
    return name


def variant_field(vid: str, key: str) -> str:
    return f"variants.{vid}.{key}"


def variant_key(name: str) -> tuple[str, str]:
    """``(variant id, key)`` of ``variants.<vid>.<key>`` (key "" when there is none)."""
    parts = name.split(".", 2)
    return (parts[1] if len(parts) > 1 else ""), (parts[2] if len(parts) > 2 else "")


def stock_field(vid: str, location_id: str) -> str:
    return f"{STOCK}.{vid}.{location_id}"


def stock_key(name: str) -> tuple[str, str]:
    """``(variant id, location id)`` of ``stock.<vid>.<location id>``."""
    _head, vid, location = name.split(".", 2)
    return vid, location


def is_stock(name: str) -> bool:
    return name.startswith(STOCK + ".")


def number_text(value: Any) -> str:
    """A weight or dimension as typed: "250", "12.5"; "" when there is none."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format(number.normalize(), "f")


def ids_text(value: Any) -> str:
    """An organise list as one comparable text (Medusa keeps the ids as a set)."""
    return ",".join(sorted(term_ids(value)))


def shown_text(name: str, value: Any, regions: Sequence[Term] = ()) -> str:
    """A field's value as the form shows it (a region price names its region from
    ``regions``)."""
    if name == "status":
        return str(value or "draft")
    if name in ORGANISE_LISTS:
        return ids_text(value)
    if name == MEDUSA_IMAGES:
        return "\n".join(image_urls(value))
    if is_stock(name):
        return "" if value is None else str(value)
    if name.startswith("variants."):
        key = variant_key(name)[1]
        if key == "prices":
            return v.format_prices(value, regions)
        if key in VARIANT_NUMBERS:
            return number_text(value)
        if key in VARIANT_FLAGS:
            return YES if value else NO
    if name.startswith("metadata.") and not isinstance(value, str) and value is not None:
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def parse_number(text: str) -> tuple[int | float | None, str | None]:
    """A weight or dimension from its text: a number ≥ 0, or None for an empty cell."""
    text = text.strip()
    if not text:
        return None, None
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None, f"“{text}” is not a number."
    if not number.is_finite() or number < 0:
        return None, f"“{text}” must be zero or more."
    # Medusa takes JSON numbers only ("12" is refused): an int when whole.
    return (int(number) if number == number.to_integral_value() else float(number)), None


def parse_stock(text: str) -> tuple[int | None, str | None]:
    """A stocked quantity: a whole number ≥ 0 (None: no level at this location yet)."""
    text = text.strip()
    if not text:
        return None, None
    if not text.isdigit():
        if text.lstrip("-").isdigit():
            return None, f"“{text}”: stock cannot be negative."
        return None, f"“{text}” is not a whole number."
    return int(text), None


def code_error(key: str, text: str) -> str | None:
    """A SKU, barcode, EAN or UPC Medusa would store as typed (no spaces around)."""
    if key == "sku":
        return v.sku_error(text)
    return "No spaces around it." if text != text.strip() else None


def currency_error(prices: Iterable[dict[str, Any]], known: set[str]) -> str | None:
    """A price in a currency the store does not sell in (Medusa stores it anyway, and
    the storefront never shows it). ``known`` empty: the store's list was not read."""
    if not known:
        return None
    for price in prices:
        code = str(price.get("currency_code") or "").lower()
        if code not in known:
            sells = ", ".join(sorted(c.upper() for c in known))
            return f"{code.upper()} is not a currency of this store ({sells})."
    return None


def typed_value(
    name: str, text: str, regions: Sequence[Term] = ()
) -> tuple[Any, str | None]:
    """The value ``edit`` takes for a variant or organise field's text, or an error (a
    region price is found by name or id in ``regions``)."""
    if name in ORGANISE_LISTS:
        return [i for i in text.split(",") if i], None
    if name in ORGANISE_REFS or name == MEDUSA_THUMBNAIL:
        return text or None, None
    if name == MEDUSA_IMAGES:
        return [u for u in text.split("\n") if u], None
    key = variant_key(name)[1]
    if key == "prices":
        return v.parse_prices(text, regions)
    if key in VARIANT_NUMBERS:
        return parse_number(text)
    if key in VARIANT_FLAGS:
        return text == YES, None
    if key in VARIANT_CODES:
        return text, code_error(key, text)
    return text, None
