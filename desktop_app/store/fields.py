"""The editable fields, which server owns each, and how to read, compare and send them.

Field names are what ``edit()`` accepts and what the outbox stores:

* Medusa (integration-behaviour.md §8): ``status``, ``handle``, ``metadata.<key>``;
  the organisation ``categories``, ``tags``, ``sales_channels`` (lists of ids, compared as
  sets: Medusa replaces the set and keeps no order), ``collection_id`` and ``type_id``
  (an id, or None to clear); Medusa's own images ``medusa_thumbnail`` (a url or None) and
  ``medusa_images`` (urls, in order); and per variant ``variants.<variant id>.<key>`` for
  ``sku``, ``prices`` (a list of ``{"currency_code", "amount"}``, plus ``"region_id"``
  for a region price; Medusa replaces a variant's prices wholesale), ``title``,
  ``barcode``, ``ean``, ``upc``, ``weight``, ``length``, ``height``, ``width``,
  ``manage_inventory``, ``allow_backorder``.
* Payload: ``title``, ``subtitle``, ``description`` (Lexical JSON), ``seo.meta_title``,
  ``seo.meta_description``, ``seo.meta_keywords``, and the upload relations
  ``thumbnail`` (a media id, or None) and ``images`` (the gallery: media ids in order).
* Drafts and publishing (issue 16; ``draft_fields``): ``draft.<field>`` (a draft edit of a
  Payload field above), ``publication`` and ``schedule``.
* Translations (issue 16; ``locale_fields``): ``locales.<code>.<field>`` (Payload's
  localised content, e.g. ``locales.de.seo.meta_title``) and
  ``translations.<locale code>.<field>`` (Medusa's Translation module, e.g.
  ``translations.de-DE.title``).

Records are the store's plain-dict copies of a server's product (see ``records``).
Values are compared canonically (``same``), never as raw JSON text: Postgres reorders
Lexical keys, Medusa prints ``10`` for ``10.00``, and ``null``/``""`` mean the same text.
Upload relations compare by media id: Payload returns an id at depth 0 and the
populated media doc at depth ≥ 1 (payload-rest-api.md §10), and gallery rows carry
their own row ids, which a merchant never edits.

Medusa's request shapes (tests/fixtures/medusa, docs/medusa-endpoints.md): ``categories``,
``tags`` and ``sales_channels`` go as ``[{"id"}]`` (tags by value are refused),
``thumbnail`` and ``images: [{"url"}]``. The push sends variant keys as a variants batch
``update: [{"id", …}]`` naming only the changed variants (``variant_updates``), not in
the product update's ``variants``: that list must name every variant, and one it leaves
out is deleted (product_update_variants_removes_unlisted.json), so a variant made in
Medusa between the push's re-read and its write would be lost. ``request_body`` still
builds that product-update shape. An empty sku, barcode, ean or upc is sent as null: each
is unique in Medusa, so two variants holding "" collide (400 "already exists").

Prices: a region price is Medusa's price with the rule ``region_id`` and goes as
``{"currency_code", "amount", "rules": {"region_id"}}`` (``price_body``); prices compare
as a set of (currency, region, amount). A variant's prices are always sent whole, region
prices included: one left out is deleted (product_update_prices_without_region.json).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.servers import Server
from desktop_app.store import draft_fields, locale_fields
from desktop_app.text import plural

MEDUSA = Server.MEDUSA
PAYLOAD = Server.PAYLOAD
SERVERS = (MEDUSA, PAYLOAD)

MEDUSA_SCALARS = ("status", "handle")
ORGANISE_LISTS = ("categories", "tags", "sales_channels")  # ids; a set on the server
ORGANISE_REFS = ("collection_id", "type_id")  # an id or None
MEDUSA_THUMBNAIL = "medusa_thumbnail"  # sent as ``thumbnail`` (Payload has its own)
MEDUSA_IMAGES = "medusa_images"  # sent as ``images``
MEDUSA_FIELDS = (*MEDUSA_SCALARS, *ORGANISE_LISTS, *ORGANISE_REFS, MEDUSA_THUMBNAIL,
                 MEDUSA_IMAGES)
PAYLOAD_SCALARS = ("title", "subtitle", "description")
THUMBNAIL = "thumbnail"
GALLERY = "images"
PAYLOAD_MEDIA = (THUMBNAIL, GALLERY)
SEO_KEYS = ("meta_title", "meta_description", "meta_keywords")
VARIANT_CODES = ("sku", "barcode", "ean", "upc")  # unique per shop in Medusa
VARIANT_NUMBERS = ("weight", "length", "height", "width")
VARIANT_FLAGS = ("manage_inventory", "allow_backorder")
VARIANT_KEYS = ("sku", "prices", "title", "barcode", "ean", "upc", *VARIANT_NUMBERS,
                *VARIANT_FLAGS)
TEXT_FIELDS = frozenset({"status", "handle", "title", "subtitle"})


def owner(field: str) -> str:
    """The server that owns ``field``; ValueError for a field the app cannot edit."""
    if locale_fields.is_localised(field):  # translations (issue 16): their own module
        return locale_fields.owner(field)
    if draft_fields.is_editorial(field):  # drafts and publishing (issue 16)
        return draft_fields.owner(field)
    if field in MEDUSA_FIELDS:
        return MEDUSA
    if field in PAYLOAD_SCALARS or field in PAYLOAD_MEDIA:
        return PAYLOAD
    head, _, rest = field.partition(".")
    if head == "metadata" and rest:
        return MEDUSA
    if head == "seo" and rest in SEO_KEYS:
        return PAYLOAD
    if head == "variants":
        vid, _, key = rest.partition(".")
        if vid and key in VARIANT_KEYS:
            return MEDUSA
    raise ValueError(f"'{field}' is not an editable field")


def _variant(record: dict[str, Any], vid: str) -> dict[str, Any] | None:
    for variant in record.get("variants") or ():
        if variant.get("id") == vid:
            return variant
    return None


def extract(record: dict[str, Any] | None, field: str) -> Any:
    """The value of ``field`` in a server record (None when absent)."""
    if record is None:
        return None
    if locale_fields.is_localised(field):
        return locale_fields.extract(record, field)
    if draft_fields.is_editorial(field):
        return draft_fields.extract(record, field)
    head, _, rest = field.partition(".")
    if not rest:
        return record.get(field)
    if head == "metadata":
        return (record.get("metadata") or {}).get(rest)
    if head == "seo":
        return (record.get("seo") or {}).get(rest)
    if head == "variants":
        vid, _, key = rest.partition(".")
        variant = _variant(record, vid)
        return None if variant is None else variant.get(key)
    return None


def _amount(value: Any) -> str:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    # normalize() turns 10.00 into 1E+1; format it back to plain digits.
    text = format(number.normalize(), "f")
    return text


def media_id(value: Any) -> Any:
    """The media id of an upload relation: an id as stored, or a populated doc's id."""
    return value.get("id") if isinstance(value, dict) else value


def gallery_ids(value: Any) -> list[Any]:
    """The media ids of a gallery, given as Payload rows (``{"id", "image"}``) or as ids."""
    ids = []
    for row in value or ():
        image = media_id(row.get("image")) if isinstance(row, dict) else row
        if image is not None:
            ids.append(image)
    return ids


def gallery_rows(ids: Any, current: Any) -> list[dict[str, Any]]:
    """Rows for a gallery of ``ids``, reusing the row ids of ``current`` rows that hold
    the same media, so Payload keeps those rows instead of re-creating them (§12)."""
    free: dict[str, list[Any]] = {}
    for row in current or ():
        if isinstance(row, dict) and row.get("id") is not None:
            image = media_id(row.get("image"))
            free.setdefault(str(image), []).append(row["id"])
    rows: list[dict[str, Any]] = []
    for image in gallery_ids(ids):
        kept = free.get(str(image))
        rows.append({"id": kept.pop(0), "image": image} if kept else {"image": image})
    return rows


def term_ids(value: Any) -> list[str]:
    """The ids of an organise list, given as ids or as Medusa's ``[{"id"}]``; in order,
    each once."""
    ids = (v.get("id") if isinstance(v, dict) else v for v in value or ())
    return list(dict.fromkeys(str(i) for i in ids if i is not None and i != ""))


def missing_ids(sent: Any, answer: Any) -> list[str]:
    """The ids ``sent`` that the server's ``answer`` lacks (a list Medusa shortened)."""
    kept = set(term_ids(answer))
    return [i for i in term_ids(sent) if i not in kept]


def image_urls(value: Any) -> list[str]:
    """The urls of Medusa's images, given as urls or as ``[{"url"}]``; in order."""
    urls = (v.get("url") if isinstance(v, dict) else v for v in value or ())
    return [str(u) for u in urls if u]


def _variant_key(field: str) -> str | None:
    head, _, rest = field.partition(".")
    return rest.partition(".")[2] if head == "variants" else None


def _optional_text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def canonical(field: str, value: Any) -> Any:
    """A comparable form of ``value`` for ``field``."""
    if locale_fields.is_localised(field):
        return locale_fields.canonical(field, value)
    if draft_fields.is_editorial(field):
        return draft_fields.canonical(field, value)
    if field == THUMBNAIL:
        image = media_id(value)
        return None if image is None or image == "" else str(image)
    if field == GALLERY:
        return [str(i) for i in gallery_ids(value)]
    if field in ORGANISE_LISTS:
        return sorted(term_ids(value))
    if field in ORGANISE_REFS or field == MEDUSA_THUMBNAIL:
        return _optional_text(value)
    if field == MEDUSA_IMAGES:
        return image_urls(value)
    key = _variant_key(field)
    if field in TEXT_FIELDS or field.startswith("seo.") or key in (*VARIANT_CODES, "title"):
        return "" if value is None else str(value)
    if field.startswith("metadata."):
        return None if value == "" else value  # Medusa deletes a key set to ""
    if key == "prices":
        return sorted(
            (str(p.get("currency_code") or "").lower(), str(p.get("region_id") or ""),
             _amount(p.get("amount")))
            for p in value or ()
            if isinstance(p, dict)
        )
    if key in VARIANT_NUMBERS:
        return None if value is None or value == "" else _amount(value)
    if key in VARIANT_FLAGS:
        return bool(value)  # a record pulled before the flag was stored reads as False
    return value  # description: dict equality is structural (key order does not matter)


def same(field: str, a: Any, b: Any) -> bool:
    return canonical(field, a) == canonical(field, b)


def _json_amount(value: Any) -> Any:
    """Amount for a JSON body: an int when whole, else a float from the exact decimal text."""
    text = _amount(value)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return value
    return int(number) if number == number.to_integral_value() else float(text)


def price_body(prices: Any) -> list[dict[str, Any]]:
    """A variant's prices as Medusa takes them (product update, create, variants batch):
    a region price with its rule, so sending the list keeps it."""
    out = []
    for p in prices or ():
        price: dict[str, Any] = {"currency_code": p["currency_code"],
                                 "amount": _json_amount(p["amount"])}
        if p.get("region_id"):
            price["rules"] = {"region_id": p["region_id"]}
        out.append(price)
    return out


def _variant_value(key: str, value: Any) -> Any:
    """A variant key's value as Medusa's product update takes it."""
    if key == "prices":
        return price_body(value)
    if key in VARIANT_CODES:
        return _optional_text(value)  # "" would collide with another variant's ""
    if key in VARIANT_NUMBERS:
        # Numbers only: Medusa refuses "12" ("Field 'variants, 0, weight' is required").
        return None if value is None or value == "" else _json_amount(value)
    if key in VARIANT_FLAGS:
        return bool(value)
    return value


def variant_id(field: str) -> str | None:
    """The variant a ``variants.<id>.<key>`` field names; None for any other field."""
    head, _, rest = field.partition(".")
    if head != "variants":
        return None
    return rest.partition(".")[0] or None


def variant_updates(changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``update`` rows of a variants batch that set ``changes`` (variant fields only):
    one ``{"id", <changed keys>}`` per changed variant, in the order first named.

    Only the changed variants are named: the batch leaves the others alone. Values go as
    the product update takes them (prices whole, region prices with their rule; empty
    codes as null).
    """
    rows: dict[str, dict[str, Any]] = {}
    for field, value in changes.items():
        vid = variant_id(field)
        owner(field)  # ValueError for a key the app cannot edit
        if vid is None:
            raise ValueError(f"'{field}' is not a variant field")
        key = field.split(".", 2)[2]
        rows.setdefault(vid, {"id": vid})[key] = _variant_value(key, value)
    return list(rows.values())


def request_body(server: str, record: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The partial update that sets ``changes`` ({field: value}) on ``record``'s server.

    Groups are sent whole, rebuilt from the fresh server ``record``: Medusa replaces a
    product's variant list and Payload may replace a group, so sibling values must be
    re-sent unchanged rather than dropped.
    """
    body: dict[str, Any] = {}
    variant_changes: dict[str, dict[str, Any]] = {}
    for field, value in changes.items():
        if owner(field) != server:
            raise ValueError(f"'{field}' does not belong to {server}")
        if locale_fields.is_localised(field):  # exchange/translations_push.py sends these
            raise ValueError(f"'{field}' is sent per locale, not in a product update")
        if draft_fields.is_editorial(field):  # exchange/publishing_push.py sends these
            raise ValueError(f"'{field}' is sent as a draft, publish or schedule")
        head, _, rest = field.partition(".")
        if field == THUMBNAIL:
            body[field] = media_id(value)
        elif field == GALLERY:
            # The whole array, rebuilt on the fresh record's rows (kept row ids).
            body[field] = gallery_rows(value, record.get(GALLERY))
        elif field in ORGANISE_LISTS:
            body[field] = [{"id": i} for i in term_ids(value)]
        elif field in ORGANISE_REFS:
            body[field] = _optional_text(value)
        elif field == MEDUSA_THUMBNAIL:
            body["thumbnail"] = _optional_text(value)
        elif field == MEDUSA_IMAGES:
            body["images"] = [{"url": u} for u in image_urls(value)]
        elif not rest:
            body[field] = value
        elif head == "metadata":
            body.setdefault("metadata", {})[rest] = "" if value is None else value
        elif head == "seo":
            if "seo" not in body:
                current = record.get("seo") or {}
                body["seo"] = {k: current.get(k) for k in SEO_KEYS}
            body["seo"][rest] = value
        elif head == "variants":
            vid, _, key = rest.partition(".")
            variant_changes.setdefault(vid, {})[key] = _variant_value(key, value)
    if variant_changes:
        # Every variant by id, so none is removed; only the edited keys change.
        body["variants"] = [
            {"id": v["id"], **variant_changes.get(v["id"], {})}
            for v in record.get("variants") or ()
        ]
        known = {v["id"] for v in record.get("variants") or ()}
        missing = set(variant_changes) - known
        if missing:
            raise KeyError(plural(len(missing), "variant {ids} no longer exists",
                                  "variants {ids} no longer exist", ids=", ".join(sorted(missing))))
    return body


def apply(record: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with ``field`` set to ``value`` (the merged view's overlay)."""
    if locale_fields.is_localised(field):
        return locale_fields.apply(record, field, value)
    if draft_fields.is_editorial(field):
        return draft_fields.apply(record, field, value)
    out = dict(record)
    head, _, rest = field.partition(".")
    if field == THUMBNAIL:
        out[field] = media_id(value)
    elif field == GALLERY:
        out[field] = gallery_rows(value, record.get(GALLERY))
    elif field in ORGANISE_LISTS:
        out[field] = sorted(term_ids(value))  # as a pulled record keeps them
    elif field == MEDUSA_IMAGES:
        out[field] = image_urls(value)
    elif not rest:
        out[field] = value
    elif head in ("metadata", "seo"):
        group = dict(out.get(head) or {})
        if value is None and head == "metadata":
            group.pop(rest, None)
        else:
            group[rest] = value
        out[head] = group
    elif head == "variants":
        vid, _, key = rest.partition(".")
        out["variants"] = [
            {**v, key: value} if v.get("id") == vid else v for v in out.get("variants") or ()
        ]
    return out
