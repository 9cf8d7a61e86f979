"""A local draft as Medusa's create request, and Medusa's answer mapped back to it.

Also where a refused create is shown: a server message that names the handle, a
SKU or a currency is put on that field of the draft (``error_field``), with the
server's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.api.errors import Validation
from desktop_app.i18n import translate
from desktop_app.store import records
from desktop_app.store.fields import price_body

VARIANT_MARKER = "desktop_variant"
# What a create (or a read after a structure change) asks Medusa to answer with: the
# stored record's fields plus what maps local variants and finds inventory items.
ANSWER_FIELDS = (*records.MEDUSA_STORE_FIELDS, "variants.metadata", "variants.options.id",
                 "variants.inventory_items.inventory_item_id")
_VARIANT_KEYS = ("title", "sku", "barcode", "ean", "upc", "weight", "length", "height",
                 "width", "manage_inventory", "allow_backorder")


def _ids(values: Iterable[str] | None) -> list[dict[str, str]]:
    return [{"id": v} for v in values or ()]


def variant_body(variant: dict[str, Any]) -> dict[str, Any]:
    """One variant of a create (or a variants batch ``create``), marked with its local id."""
    body = {k: variant[k] for k in _VARIANT_KEYS if variant.get(k) not in (None, "")}
    body["title"] = variant.get("title") or "Default"
    body["options"] = dict(variant.get("options") or {})
    body["prices"] = price_body(variant.get("prices"))
    body["metadata"] = {**(variant.get("metadata") or {}), VARIANT_MARKER: variant["id"]}
    return body


def body(draft: dict[str, Any]) -> dict[str, Any]:
    """``POST /admin/products`` for a draft: the product with its variants and prices."""
    options = [{"title": o["title"], "values": [v["value"] for v in o.get("values") or ()]}
               for o in draft.get("options") or ()]
    variants = [variant_body(v) for v in draft.get("variants") or ()]
    if not options:  # Medusa needs an option: the one a product without choices has
        options = [{"title": "Default option", "values": ["Default option value"]}]
        for variant in variants:
            variant["options"] = {"Default option": "Default option value"}
    out: dict[str, Any] = {
        "title": draft.get("title") or "",
        "handle": draft.get("handle"),
        "status": draft.get("status") or "draft",
        "options": options,
        "variants": variants,
        "metadata": dict(draft.get("metadata") or {}),
    }
    for key in ("subtitle", "description"):
        if draft.get(key):
            out[key] = draft[key]
    for key in ("sales_channels", "categories", "tags"):
        if draft.get(key):
            out[key] = _ids(draft[key])
    for key in ("collection_id", "type_id"):
        if draft.get(key):
            out[key] = draft[key]
    return out


def problem(draft: dict[str, Any], currencies: set[str] | None) -> tuple[str, str] | None:
    """What Medusa would accept but the shop cannot sell: ``(field, message)``, or None.

    Medusa stores any currency code (recorded: ``product_create_unknown_currency``),
    so a code the store does not support is refused here, on the variant's prices.
    """
    if not draft.get("handle"):
        return "handle", translate("PushOutcome", "A product needs a handle.")
    if not currencies:
        return None
    for variant in draft.get("variants") or ():
        for price in variant.get("prices") or ():
            code = str(price.get("currency_code") or "").lower()
            if code not in currencies:
                return (f"variants.{variant['id']}.prices", translate(
                    "PushOutcome",
                    "The store does not sell in '{currency}' (its currencies: {currencies}).",
                ).format(currency=code.upper(),
                         currencies=", ".join(sorted(c.upper() for c in currencies))))
    return None


def error_field(exc: Validation, draft: dict[str, Any]) -> tuple[str | None, str]:
    """The draft field a refused create names, and the server's words."""
    message = "\n".join([*exc.field_errors.values(), *exc.general]) or exc.message
    text = message.casefold()
    if "handle" in text:
        return "handle", message
    if "sku" in text:
        for variant in draft.get("variants") or ():
            if variant.get("sku") and variant["sku"].casefold() in text:
                return f"variants.{variant['id']}.sku", message
        return "variants", message
    for path in exc.field_errors:
        head = path.split(".")[0]
        if head == "variants":
            parts = path.split(".")
            rows = draft.get("variants") or []
            if len(parts) > 2 and parts[1].isdigit() and int(parts[1]) < len(rows):
                return f"variants.{rows[int(parts[1])]['id']}.{parts[2]}", message
        return head, message
    return None, message


def variant_ids(draft: dict[str, Any], product: Any) -> dict[str, str]:
    """Local variant id → Medusa's, by the marker each created variant carries."""
    mapping = {}
    local = {v["id"] for v in draft.get("variants") or ()}
    for variant in product.variants or ():
        marker = (variant.metadata or {}).get(VARIANT_MARKER)
        if marker in local:
            mapping[marker] = variant.id
    return mapping


def inventory_items(product: Any) -> dict[str, str]:
    """Variant id → its inventory item id, where Medusa answered with one."""
    items = {}
    for variant in product.variants or ():
        extra = variant.model_extra or {}
        for link in extra.get("inventory_items") or ():
            if isinstance(link, dict) and link.get("inventory_item_id"):
                items[variant.id] = link["inventory_item_id"]
    return items
