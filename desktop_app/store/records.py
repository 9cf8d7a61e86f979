"""Server copies in the store, and the searchable row of each product.

A *record* is the plain dict the store keeps of a server's product:

* Medusa: ``id, handle, title, subtitle, status, description, metadata, updated_at,
  deleted_at``, the organisation ``categories``, ``tags``, ``sales_channels`` (sorted
  ids), ``collection_id``, ``type_id`` (id or None), Medusa's own images
  ``medusa_thumbnail`` (url or None) and ``medusa_images`` (urls in rank order),
  ``options [{id, title, values [{id, value}]}]`` and ``variants`` (by id) ``[{id,
  title, sku, prices [{currency_code, amount} and region_id for a region price],
  options {option title: value}, barcode, ean, upc, weight, length, height, width,
  manage_inventory, allow_backorder, inventory_item_id (None when Medusa does not
  manage its stock), levels {location id: {"stocked": n, "reserved": n}}}]``. Records
  stored before these keys existed lack them: every reader takes a missing key as empty
  (None, [] or {}); a price without ``region_id`` is a currency price.
* Payload: ``id, medusa_id, title, subtitle, description (Lexical), seo, thumbnail
  (media id), images [{id, image (media id)}], updated_at``
* Translations (issue 16, ``locale_fields``): a localised shop's Payload record adds
  ``locales {code: {title, subtitle, description, seo}}`` (the default locale's values stay
  above), a Medusa record with the Translation module ``translations {locale: {id,
  values}}`` and, where the module translates it, ``material`` (the source); a record stored
  without translations keeps the stored ones (``_KEEP``).

``catalog_rows`` holds one denormalised row per product (Payload's content over
Medusa's stale copy, pending edits over both), kept in step with the FTS index by
triggers. ``refresh_rows`` rebuilds the rows of the products it is given.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop_app.models.medusa import MedusaProduct, Price, ProductVariant
from desktop_app.quality import facts as quality_facts
from desktop_app.quality import locale_facts
from desktop_app.quality.stored import RowScorer
from desktop_app.servers import Server
from desktop_app.store import draft_fields, taxonomy, timeline_states
from desktop_app.store import translations as translation_store
from desktop_app.store.fields import GALLERY, THUMBNAIL, apply, gallery_rows, media_id
from desktop_app.store.op_overlay import apply_operation
from desktop_app.store.operations import ACTIVE as OPERATION_STATES
from desktop_app.store.operations import DELETE, Operation
from desktop_app.store.sort_keys import natural_key, sync_rank
from desktop_app.store.tokens import CATEGORY, facets, id_token, search_text

# What a pull asks for: everything the store and the editor need, nothing else.
# Dotted names, not ``*relation``: each relation's own columns only (checked on Medusa
# 2.21.2: tests/fixtures/medusa/product_read_store_fields.json, record_store_fields.py).
_LEVEL = "variants.inventory_items.inventory.location_levels."
MEDUSA_STORE_FIELDS = (
    "id", "handle", "title", "subtitle", "status", "description", "metadata",
    "updated_at", "deleted_at", "thumbnail", "collection_id", "type_id",
    "options.id", "options.title", "options.values.id", "options.values.value",
    "categories.id", "tags.id", "sales_channels.id", "images.url", "images.rank",
    "variants.id", "variants.updated_at", "variants.title", "variants.sku",
    "variants.barcode", "variants.ean", "variants.upc", "variants.weight", "variants.length",
    "variants.height", "variants.width", "variants.manage_inventory", "variants.allow_backorder",
    "variants.options.id", "variants.options.value", "variants.options.option_id",
    "variants.prices.amount", "variants.prices.currency_code",
    # A region price's rule (``rules: {region_id}``); both names are needed, or Medusa
    # answers ``rules: {}`` (tests/fixtures/medusa/product_read_region_prices_*.json).
    "variants.prices.price_rules.attribute", "variants.prices.price_rules.value",
    "variants.inventory_items.inventory_item_id",
    _LEVEL + "location_id", _LEVEL + "stocked_quantity", _LEVEL + "reserved_quantity",
)
# A whole-catalog read takes categories and tags by id in a request of their own per
# page (exchange.pull.with_terms): joined with the variants in one request they made
# Medusa take 2-3x as long for the same products (bench/pull_fields.py).
MEDUSA_TERM_FIELDS = ("id", "categories.id", "tags.id")
MEDUSA_PULL_FIELDS = tuple(f for f in MEDUSA_STORE_FIELDS if f not in MEDUSA_TERM_FIELDS[1:])
PAYLOAD_STORE_FIELDS = ("medusa_id", "title", "subtitle", "description", "seo", THUMBNAIL,
                        GALLERY, "updatedAt", "variants", "options")

ACTIVE_STATES = ("queued", "sending", "locked", "conflict", "failed")


def iso(value: datetime | str | None) -> str | None:
    """ISO-8601 UTC with milliseconds (the servers' own precision), or None."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _amount(value: Any) -> Any:
    if value is None:
        return None
    # Decimal keeps 12.34 exact; JSON needs a number: int when whole, else float of the text.
    return int(value) if value == value.to_integral_value() else float(str(value))


class MalformedRecord(ValueError):
    """A server record this app cannot read (missing id, wrong types); skipped, reported.

    ``str(exc)`` and ``reason`` say what is wrong ("description is not a Lexical
    rich-text object"); ``record_id`` is the record's id as text, "?" when it has none.
    """

    def __init__(self, reason: str, record_id: str = "?") -> None:
        super().__init__(reason)
        self.reason = reason
        self.record_id = record_id


def _kind(value: Any) -> str:
    """What a JSON value is, in words ("a number"), for a MalformedRecord reason."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def is_id(value: Any) -> bool:
    """A usable server id: non-empty text, or an integer (Payload on PostgreSQL/SQLite)."""
    if isinstance(value, str):
        return value != ""
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> Any:
    """A quantity or dimension as JSON keeps it: an int when whole (Medusa sends 11 or 11.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _ids(rows: Iterable[Any] | None) -> list[str]:
    """The sorted ids of related records (``[{id, …}]``); the order means nothing."""
    return sorted({str(r["id"]) for r in rows or () if isinstance(r, dict) and is_id(r.get("id"))})


def _stock(variant: ProductVariant) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """The variant's inventory item and its levels per location. A variant whose stock
    Medusa does not manage has none; one that links several items (a kit) shows its first."""
    if not variant.manage_inventory:
        return None, {}
    items = [i for i in variant.inventory_items or () if isinstance(i, dict)]
    if not items:
        return None, {}
    inventory = items[0].get("inventory") or {}
    levels = {
        str(level["location_id"]): {
            "stocked": _number(level.get("stocked_quantity") or 0),
            "reserved": _number(level.get("reserved_quantity") or 0),
        }
        for level in inventory.get("location_levels") or ()
        if isinstance(level, dict) and is_id(level.get("location_id"))
    }
    return items[0].get("inventory_item_id"), levels


def _price(price: Price) -> dict[str, Any]:
    """``{currency_code, amount}``, and ``region_id`` for a price with that rule."""
    out = {"currency_code": price.currency_code, "amount": _amount(price.amount)}
    region = (price.rules or {}).get("region_id")
    if isinstance(region, str) and region:
        out["region_id"] = region
    return out


def _variant(v: ProductVariant, option_titles: dict[str, str | None]) -> dict[str, Any]:
    item, levels = _stock(v)
    chosen: dict[str, Any] = {}
    for value in v.options or ():
        title = value.option.title if value.option is not None else None
        title = title or option_titles.get(value.option_id or "") or value.option_id
        if title is not None:
            chosen[title] = value.value
    return {
        "id": v.id,
        "title": v.title,
        "sku": v.sku,
        "prices": [_price(p) for p in v.prices or ()],
        "options": chosen,
        "barcode": v.barcode,
        "ean": v.ean,
        "upc": v.upc,
        **{k: _number(getattr(v, k)) for k in ("weight", "length", "height", "width")},
        "manage_inventory": v.manage_inventory,
        "allow_backorder": v.allow_backorder,
        "inventory_item_id": item,
        "levels": levels,
        # Orders two reads of one product stamp: a variants batch moves only this.
        "updated_at": iso(v.updated_at),
    }


def _images(images: list[dict[str, Any]] | None) -> list[str]:
    rows = [i for i in images or () if isinstance(i, dict) and i.get("url")]
    # Medusa keeps the merchant's order in ``rank``; a stable sort keeps the reply's
    # order where ranks are missing or equal.
    rows.sort(key=lambda i: i.get("rank") if isinstance(i.get("rank"), int) else 0)
    return [str(i["url"]) for i in rows]


def _related_id(own: str | None, relation: dict[str, Any] | None) -> str | None:
    """``collection_id`` / ``type_id``, or the id of the relation read instead."""
    if own:
        return own
    return str(relation["id"]) if relation and is_id(relation.get("id")) else None


def medusa_record(product: MedusaProduct) -> dict[str, Any]:
    if not product.id:  # the model guarantees text, not that there is any
        raise MalformedRecord("the product has an empty id")
    options = [
        {"id": o.id, "title": o.title,
         "values": [{"id": v.id, "value": v.value} for v in o.values or ()]}
        for o in product.options or ()
    ]
    titles = {o.id: o.title for o in product.options or ()}
    variants = [_variant(v, titles) for v in product.variants or ()]
    return {
        "id": product.id,
        "handle": product.handle,
        "title": product.title,
        "subtitle": product.subtitle,
        "status": str(product.status) if product.status is not None else None,
        "description": product.description,
        "metadata": product.metadata,
        "options": options,
        "variants": sorted(variants, key=lambda v: v["id"]),
        "categories": _ids(product.categories),
        "tags": _ids(product.tags),
        "sales_channels": _ids(product.sales_channels),
        "collection_id": _related_id(product.collection_id, product.collection),
        "type_id": _related_id(product.type_id, product.type),
        "medusa_thumbnail": product.thumbnail or None,
        "medusa_images": _images(product.images),
        "updated_at": iso(product.updated_at),
        "deleted_at": iso(product.deleted_at),
        **_read_for_translations(product),
        **_translations(product),
    }


def _read_for_translations(product: MedusaProduct) -> dict[str, Any]:
    """``material`` where the read asked for it (a shop whose Medusa translates it:
    ``TranslationSetup.medusa_read_fields``); else no key, not None: a record without it is
    one whose material is not known (``translations.status``)."""
    return {"material": product.material} if "material" in product.model_fields_set else {}


def _translations(product: MedusaProduct) -> dict[str, Any]:
    """``{"translations": {locale: {id, values}}}`` where the read asked for Medusa's
    translations (a push's re-read, exchange/translations_push.py); else nothing, and the
    stored ones stay (``_KEEP``)."""
    rows = (product.model_extra or {}).get("translations")
    if not isinstance(rows, list):
        return {}
    found: dict[str, Any] = {}
    for row in rows:
        if not isinstance(row, dict):
            continue
        code, tid, values = row.get("locale_code"), row.get("id"), row.get("translations")
        if isinstance(code, str) and isinstance(tid, str) and isinstance(values, dict):
            found[code] = {"id": tid, "values": {k: v for k, v in values.items()
                                                 if isinstance(v, str)}}
    return {"translations": found}


def stock_total(variants: Iterable[dict[str, Any]] | None) -> int | None:
    """Available stock of a product: stocked - reserved over every location of the variants
    whose stock Medusa manages; None when none does (or the record predates stock)."""
    managed = [v for v in variants or () if v.get("manage_inventory")]
    if not managed:
        return None
    total = 0
    for variant in managed:
        for level in (variant.get("levels") or {}).values():
            total += int(level.get("stocked") or 0) - int(level.get("reserved") or 0)
    return total


_PAYLOAD_TEXT = ("title", "subtitle", "updatedAt")
_SEO_TEXT = ("meta_title", "meta_description", "meta_keywords")


def _is_lexical(value: Any) -> bool:
    # The envelope only (lexical-format.md §1): deeper damage is the renderers' to survive.
    root = value.get("root") if isinstance(value, dict) else None
    return isinstance(root, dict) and isinstance(root.get("children"), list)


def _is_media(value: Any) -> bool:
    """An upload relation at any depth: empty, a media id, or a populated media doc."""
    return value is None or is_id(value) or (isinstance(value, dict) and is_id(value.get("id")))


def _gallery_problem(images: Any) -> str | None:
    if images is None:
        return None
    if not isinstance(images, list):
        return f"images is {_kind(images)}, not a list"
    for row in images:
        image = row.get("image") if isinstance(row, dict) else row
        if not _is_media(image):
            return "images holds something that is not a media reference"
    return None


def payload_problem(doc: Any) -> str | None:
    """Why ``doc`` cannot be stored as a Payload product (None when it can).

    Only what the store and the editor rely on is checked; a field left out by a
    ``select`` counts as empty. ``id`` is checked by the caller.
    """
    medusa_id = doc.get("medusa_id")
    if medusa_id is None or medusa_id == "":
        return "medusa_id is missing"  # required in the collection: no product to link
    if not isinstance(medusa_id, str):
        return f"medusa_id is {_kind(medusa_id)}, not text"
    for name in _PAYLOAD_TEXT:
        value = doc.get(name)
        if value is not None and not isinstance(value, str):
            return f"{name} is {_kind(value)}, not text"
    description = doc.get("description")
    if description is not None and not _is_lexical(description):
        return f"description is {_kind(description)}, not a Lexical rich-text object"
    seo = doc.get("seo")
    if seo is not None and not isinstance(seo, dict):
        return f"seo is {_kind(seo)}, not a group of fields"
    for name in _SEO_TEXT:
        value = (seo or {}).get(name)
        if value is not None and not isinstance(value, str):
            return f"seo.{name} is {_kind(value)}, not text"
    if not _is_media(doc.get(THUMBNAIL)):
        return f"{THUMBNAIL} is not a media reference"
    return _gallery_problem(doc.get(GALLERY))


def payload_record(doc: dict[str, Any]) -> dict[str, Any]:
    """The store's record of a Payload products doc; MalformedRecord when it is unusable."""
    if not isinstance(doc, dict):
        raise MalformedRecord(f"the document is {_kind(doc)}, not an object")
    if not is_id(doc.get("id")):
        raise MalformedRecord("the document has no id")
    problem = payload_problem(doc)
    if problem is not None:
        raise MalformedRecord(problem, str(doc["id"]))
    seo = doc.get("seo")
    return {
        "id": str(doc["id"]),
        "medusa_id": doc.get("medusa_id"),
        "title": doc.get("title"),
        "subtitle": doc.get("subtitle"),
        "description": doc.get("description"),
        "seo": {k: v for k, v in seo.items() if k != "id"} if seo is not None else None,
        # Media as ids whatever the depth of the read: the store keeps no media docs.
        "thumbnail": media_id(doc.get(THUMBNAIL)),
        "images": gallery_rows(doc.get(GALLERY), doc.get(GALLERY)),
        "updated_at": doc.get("updatedAt"),
        # The integration's copy of the structure: to show when it lags behind Medusa's.
        "variants": _copies(doc.get("variants")),
        "options": _copies(doc.get("options")),
        # Other locales' values, where read with them (exchange/translations_read.py).
        **({"locales": doc["locales"]} if isinstance(doc.get("locales"), dict) else {}),
    }


def _copies(rows: Any) -> list[dict[str, Any]] | None:
    if not isinstance(rows, list):
        return None
    return [{"medusa_id": r.get("medusa_id"), "title": r.get("title")}
            for r in rows if isinstance(r, dict)]


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# ----------------------------------------------------------------- writes
# A read that left the server before a push's write but is stored after its answer
# must not put the older copy back (the next push would see a false conflict). Each
# server's timestamps share one ISO format, so they compare as text.
_NOT_OLDER = ("excluded.updated_at IS NULL OR {table}.updated_at IS NULL "
              "OR excluded.updated_at >= {table}.updated_at")
# A variants batch leaves the product's ``updated_at`` as it was and moves the variants'
# (tests/fixtures/medusa product_stamps_after_variants_batch): of two copies with one
# product stamp and as many variants, the one whose newest variant is older is older.
_NEWEST_VARIANT = "(SELECT max(value ->> '$.updated_at') FROM json_each({copy}.variants))"
_MEDUSA_NOT_OLDER = (
    "excluded.updated_at IS NULL OR medusa_products.updated_at IS NULL "
    "OR excluded.updated_at > medusa_products.updated_at "
    "OR (excluded.updated_at = medusa_products.updated_at AND NOT coalesce("
    "json_array_length(excluded.variants) = json_array_length(medusa_products.variants) AND "
    f"{_NEWEST_VARIANT.format(copy='excluded')} < "
    f"{_NEWEST_VARIANT.format(copy='medusa_products')}, 0))")  # no stamps: cannot tell
# A record read without its translations keeps the stored ones (store/translations.py):
# a pull before the shop's translation setup was known, a write's answer. instr() first: a
# stored copy without the key (every one on a shop without translations) costs no JSON
# parse (0.6 µs a row instead of 2.8).
_KEEP = ("CASE WHEN instr({table}.raw, '\"{key}\"') = 0 THEN {raw} "
         "WHEN json_type({raw}, '$.{key}') IS NULL AND json_type({table}.raw, "
         "'$.{key}') IS NOT NULL THEN json_set({raw}, '$.{key}', "
         "json({table}.raw -> '$.{key}')) ELSE {raw} END")
# Medusa's material, read only where it is translated (translations/setup.MEDUSA_READ), is
# kept the same way when a write's answer or a structure read leaves it out.
_MEDUSA_RAW = _KEEP.format(
    table="medusa_products", key="translations",
    raw=_KEEP.format(table="medusa_products", key="material", raw="excluded.raw"))
# A Payload record keeps its translations, and its drafts-and-publishing part (issue 16,
# store/publication.py), the same way.
_PAYLOAD_RAW = _KEEP.format(
    table="payload_docs", key="editorial",
    raw=_KEEP.format(table="payload_docs", key="locales", raw="excluded.raw"))


def upsert_medusa(
    conn: sqlite3.Connection, records: Iterable[dict[str, Any]], read_since: str | None = None
) -> set[str]:
    """Store Medusa records. ``read_since``: the local time their read began (a pull): a
    stock level a push stored after that is kept over the level the read saw, and so is a
    product whose structure a push stored after that (``mark_pushed``), unless the copy
    read is newer by its stamps."""
    records = list(records)  # stored, then remembered for the timeline
    if read_since is not None:
        records = _keep_pushed_levels(conn, _not_over_pushed(conn, records, read_since),
                                      read_since)
    ids: set[str] = set()
    rows = []
    for r in records:
        ids.add(r["id"])
        rows.append((
            r["id"], r.get("handle"), r.get("title"), r.get("subtitle"), r.get("status"),
            r.get("description"), _dumps(r.get("metadata")), _dumps(r.get("variants")),
            r.get("updated_at"), r.get("deleted_at"), _dumps(r),
        ))
    conn.executemany(
        """INSERT INTO medusa_products
           (id, handle, title, subtitle, status, description, metadata, variants,
            updated_at, deleted_at, raw)
           VALUES (?,?,?,?,?,?,?,?,?,?,?)
           ON CONFLICT(id) DO UPDATE SET handle=excluded.handle, title=excluded.title,
             subtitle=excluded.subtitle, status=excluded.status,
             description=excluded.description, metadata=excluded.metadata,
             variants=excluded.variants, updated_at=excluded.updated_at,
             deleted_at=excluded.deleted_at,
             raw=""" + _MEDUSA_RAW + """
           WHERE """ + _MEDUSA_NOT_OLDER,
        rows,
    )
    timeline_states.remember(conn, Server.MEDUSA, records)
    return ids


# A stock level a push stored: the local time (drafts.set_levels). Medusa moves no stamp
# for a level (seen on Medusa 2.21.2: neither the product's nor the variant's updated_at).
PUSHED_AT = "pushed_at"


def _keep_pushed_levels(
    conn: sqlite3.Connection, recs: list[dict[str, Any]], read_since: str
) -> list[dict[str, Any]]:
    """``recs`` with the levels a push stored since ``read_since`` in place of theirs."""
    by_id = {r["id"]: r for r in recs}
    ids = list(by_id)
    pushed: dict[str, dict[str, dict[str, Any]]] = {}  # product -> variant -> {loc: level}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = conn.execute(
            f"""SELECT id, variants FROM medusa_products WHERE id IN
                ({",".join("?" * len(part))}) AND instr(variants, '"{PUSHED_AT}"') > 0""",
            part)
        for row in rows:
            for variant in _loads(row["variants"]) or ():
                kept = {loc: level for loc, level in (variant.get("levels") or {}).items()
                        if str(level.get(PUSHED_AT) or "") >= read_since}
                if kept:
                    pushed.setdefault(row["id"], {})[variant.get("id")] = kept
    for pid, variants in pushed.items():
        rec = by_id[pid]
        rec = by_id[pid] = {**rec, "variants": [
            {**v, "levels": {**(v.get("levels") or {}), **variants[v.get("id")]}}
            if v.get("id") in variants else v for v in rec.get("variants") or ()]}
    return [by_id[r["id"]] for r in recs]


def mark_pushed(conn: sqlite3.Connection, product_id: str, when: str) -> None:
    """A push stored Medusa's answer for the product's structure or creation at ``when``
    (the local clock): Medusa moves no product stamp for these (seen on 2.21.2), and
    removing a variant makes the newest variant stamp fall, so only this tells a pull's
    read from before them (``upsert_medusa``'s ``read_since``)."""
    conn.execute("UPDATE medusa_products SET pushed_at=? WHERE id=?", (when, product_id))


def _not_over_pushed(
    conn: sqlite3.Connection, recs: list[dict[str, Any]], read_since: str
) -> list[dict[str, Any]]:
    """``recs`` without the copies read before a push stored the product (``mark_pushed``
    since ``read_since``), unless their stamps say they are newer than the stored one."""
    ids = [r["id"] for r in recs]
    pushed: dict[str, sqlite3.Row] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        pushed.update((row["id"], row) for row in conn.execute(
            f"""SELECT id, updated_at, variants FROM medusa_products WHERE id IN
                ({",".join("?" * len(part))}) AND pushed_at >= ?""", (*part, read_since)))
    if not pushed:
        return recs
    return [r for r in recs if r["id"] not in pushed or _newer(r, pushed[r["id"]])]


def _newer(read: dict[str, Any], stored: sqlite3.Row) -> bool:
    """The copy read was read after the stored one: a product or variant stamp moved."""
    if str(read.get("updated_at") or "") > str(stored["updated_at"] or ""):
        return True
    before = {v.get("id"): str(v.get("updated_at") or "")
              for v in _loads(stored["variants"]) or ()}
    return any(v.get("id") in before and str(v.get("updated_at") or "") > before[v.get("id")]
               for v in read.get("variants") or ())


def mark_medusa_deleted(
    conn: sqlite3.Connection, ids: Iterable[str], when: str, read_since: str | None = None
) -> set[str]:
    """Mark products gone from Medusa; one a push stored since ``read_since`` (the read
    that missed it began before its creation) stays."""
    ids = set(ids)
    conn.executemany(
        # Drafts (local=1) are not Medusa's to delete.
        "UPDATE medusa_products SET deleted_at=? WHERE id=? AND deleted_at IS NULL AND local=0 "
        "AND (? IS NULL OR pushed_at IS NULL OR pushed_at < ?)",
        [(when, i, read_since, read_since) for i in ids],
    )
    return ids


def upsert_payload(conn: sqlite3.Connection, records: Iterable[dict[str, Any]]) -> set[str]:
    """Store Payload docs; returns the medusa ids whose rows need a refresh."""
    records = list(records)  # stored, then remembered for the timeline
    affected: set[str] = set()
    rows = []
    for r in records:
        old = conn.execute("SELECT medusa_id FROM payload_docs WHERE id=?", (r["id"],)).fetchone()
        if old is not None and old["medusa_id"]:
            affected.add(old["medusa_id"])  # SQLite reuses ids: the old owner loses its doc
        if r.get("medusa_id"):
            affected.add(r["medusa_id"])
        rows.append((
            r["id"], r.get("medusa_id"), r.get("title"), r.get("subtitle"),
            _dumps(r.get("description")), _dumps(r.get("seo")), r.get("updated_at"), _dumps(r),
        ))
    conn.executemany(
        """INSERT INTO payload_docs (id, medusa_id, title, subtitle, description, seo,
                                     updated_at, raw)
           VALUES (?,?,?,?,?,?,?,?)
           ON CONFLICT(id) DO UPDATE SET medusa_id=excluded.medusa_id, title=excluded.title,
             subtitle=excluded.subtitle, description=excluded.description, seo=excluded.seo,
             updated_at=excluded.updated_at,
             raw=""" + _PAYLOAD_RAW + """
           WHERE """ + _NOT_OLDER.format(table="payload_docs"),
        rows,
    )
    timeline_states.remember(conn, Server.PAYLOAD, records)
    return affected


def delete_payload(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> set[str]:
    affected: set[str] = set()
    for doc_id in doc_ids:
        row = conn.execute("SELECT medusa_id FROM payload_docs WHERE id=?", (doc_id,)).fetchone()
        if row is not None:
            if row["medusa_id"]:
                affected.add(row["medusa_id"])
            conn.execute("DELETE FROM payload_docs WHERE id=?", (doc_id,))
    return affected


# ------------------------------------------------------------------ reads
def load_medusa(conn: sqlite3.Connection, product_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT raw, deleted_at FROM medusa_products WHERE id=?", (product_id,)
    ).fetchone()
    if row is None:
        return None
    rec = _loads(row["raw"])
    # A delete found by id reconciliation only sets the column, not the raw copy.
    rec["deleted_at"] = row["deleted_at"]
    return rec


def load_payload(conn: sqlite3.Connection, medusa_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT raw FROM payload_docs WHERE medusa_id=? ORDER BY updated_at DESC LIMIT 1",
        (medusa_id,),
    ).fetchone()
    return None if row is None else _loads(row["raw"])


def active_edits(conn: sqlite3.Connection, product_id: str) -> list[sqlite3.Row]:
    return conn.execute(
        f"""SELECT * FROM outbox WHERE product_id=? AND state IN
            ({",".join("?" * len(ACTIVE_STATES))}) ORDER BY seq""",
        (product_id, *ACTIVE_STATES),
    ).fetchall()


def active_operations(
    conn: sqlite3.Connection, product_ids: Iterable[str]
) -> dict[str, list[Operation]]:
    """The active operations of each product that has some, in their order."""
    ids = sorted(set(product_ids))
    found: dict[str, list[Operation]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        for row in conn.execute(
            f"""SELECT * FROM operations WHERE product_id IN ({",".join("?" * len(part))})
                AND state IN ({",".join("?" * len(OPERATION_STATES))}) ORDER BY seq""",
            (*part, *OPERATION_STATES),
        ):
            found.setdefault(row["product_id"], []).append(Operation.from_row(row))
    return found


def overlay(
    medusa: dict[str, Any] | None,
    payload: dict[str, Any] | None,
    edits: Iterable[sqlite3.Row],
    operations: Iterable[Operation] = (),
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The records as the merchant should see them: each active edit's value applied."""
    if medusa is not None:
        for op in operations:  # structure first: an edit may name a variant one adds
            medusa = apply_operation(medusa, op)
    for e in edits:
        value = _loads(e["mine"])
        if e["server"] == "medusa" and medusa is not None:
            medusa = apply(medusa, e["field"], value)
        elif e["server"] == "payload" and payload is not None:
            payload = apply(payload, e["field"], value)
    return medusa, payload


def sync_state(
    medusa: dict[str, Any] | None, payload: dict[str, Any] | None, states: Iterable[str]
) -> str:
    states = set(states)
    if "conflict" in states:
        return "conflict"
    if "failed" in states:
        return "failed"
    if states & {"queued", "sending", "locked"}:
        return "pending"
    if medusa is None:
        return "orphan"
    return "linked" if payload is not None else "missing"


def plain_text(description: Any) -> str:
    if not isinstance(description, dict):
        return description if isinstance(description, str) else ""
    try:
        from desktop_app.richtext import lexical_to_plaintext

        return lexical_to_plaintext(description)
    except Exception:  # a malformed doc must not stop a pull: fall back to a plain walk
        parts: list[str] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if isinstance(node.get("text"), str):
                    parts.append(node["text"])
                for child in node.get("children") or ():
                    walk(child)
            elif isinstance(node, list):
                for child in node:
                    walk(child)

        walk(description.get("root"))
        return " ".join(parts)


_UPSERT_ROW = """
    INSERT INTO catalog_rows (product_id, payload_id, title, title_key, handle, subtitle, status,
                              skus, description, search_text, facets, variants, updated_at,
                              sync_state, sku_key, sync_rank, stock, quality, quality_fails,
                              quality_na, quality_facts)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(product_id) DO UPDATE SET payload_id=excluded.payload_id, title=excluded.title,
      title_key=excluded.title_key, handle=excluded.handle, subtitle=excluded.subtitle,
      status=excluded.status, skus=excluded.skus, description=excluded.description,
      search_text=excluded.search_text, facets=excluded.facets, variants=excluded.variants,
      updated_at=excluded.updated_at, sync_state=excluded.sync_state,
      sku_key=excluded.sku_key, sync_rank=excluded.sync_rank, stock=excluded.stock,
      quality=excluded.quality, quality_fails=excluded.quality_fails,
      quality_na=excluded.quality_na, quality_facts=excluded.quality_facts
"""
_CHUNK = 500


def _row_values(
    pid: str,
    medusa: dict[str, Any] | None,
    payload: dict[str, Any] | None,
    edits: list[sqlite3.Row],
    operations: list[Operation],
    parents: Mapping[str, str | None] | None = None,
    translated: translation_store.Tracker | None = None,
) -> tuple[tuple[Any, ...], quality_facts.Facts, dict[str, quality_facts.Facts]]:
    """One ``catalog_rows`` row but its quality columns, the product's quality facts
    (``RowScorer`` adds the score) and, on a shop with translations, each locale's
    (``quality.locale_facts``); ``parents`` (``taxonomy.parents``) adds each category's
    ancestors to the filter tokens."""
    m, p = overlay(medusa, payload, edits, operations)
    title = (p or {}).get("title") or (m or {}).get("title") or ""
    if p and p.get("description"):
        description = plain_text(p.get("description"))
    else:
        description = plain_text((m or {}).get("description"))
    variants = (m or {}).get("variants")
    skus = " ".join(v["sku"] for v in variants or () if v.get("sku"))
    updated = max(filter(None, [(m or {}).get("updated_at"), (p or {}).get("updated_at")]),
                  default="")
    handle = (m or {}).get("handle") or ""
    status = (m or {}).get("status") or ""
    state = sync_state(medusa, payload, [*(e["state"] for e in edits),
                                         *(op.state for op in operations)])
    subtitle = (p or {}).get("subtitle") or (m or {}).get("subtitle") or ""
    facts = quality_facts.measure(m, p, description)
    per_locale: dict[str, quality_facts.Facts] = {}
    if translated is not None:  # a shop with translations: marks, status, locales done
        facts["l"] = translated.observe(pid, m, _translations_view(p))
        per_locale = locale_facts.measure(facts, m, p, translated.setup.targets, plain_text)
    m = m or {}
    stock = stock_total(variants)
    categories = taxonomy.with_ancestors(m.get("categories") or (), parents or {})
    row_facets = facets(
        status, state, stock=stock, categories=categories,
        collection=m.get("collection_id"), tags=m.get("tags") or (), type_id=m.get("type_id"),
        channels=m.get("sales_channels") or (),
    )
    return (
        pid,
        p["id"] if p else None,
        title,
        natural_key(title),
        handle,
        subtitle,
        status,
        skus,
        description,
        search_text(title, handle, subtitle, skus, description, pid),
        row_facets,
        len(variants) if variants is not None else None,
        updated,
        state,
        natural_key(skus),
        sync_rank(state),
        stock,
    ), facts, per_locale


def _translations_view(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    """On a drafts shop translations are drafts (docs/drafts.md): their status is the
    latest draft's, as the translation editor shows it, not the published document's."""
    if payload is None or draft_fields.part(payload) is None:
        return payload
    return {**payload, **draft_fields.draft_content(payload)}


def refresh_rows(conn: sqlite3.Connection, product_ids: Iterable[str]) -> None:
    """Rebuild the searchable rows of ``product_ids`` from server copies + outbox.

    Reads in chunks (one query per table per 500 ids) so a full pull of 100,000
    products stays a matter of seconds.
    """
    ids = sorted(set(product_ids))
    parents = taxonomy.parents(conn) if ids else {}
    scorer = RowScorer(conn) if ids else None
    translated = translation_store.Tracker.for_rows(conn) if ids else None
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(part))
        medusa: dict[str, dict[str, Any]] = {}
        for row in conn.execute(
            f"SELECT id, raw, deleted_at FROM medusa_products WHERE id IN ({marks})", part
        ):
            rec = _loads(row["raw"])
            rec["deleted_at"] = row["deleted_at"]
            medusa[row["id"]] = rec
        payload: dict[str, dict[str, Any]] = {}
        for row in conn.execute(
            f"SELECT medusa_id, raw FROM payload_docs WHERE medusa_id IN ({marks}) "
            "ORDER BY updated_at",
            part,
        ):
            payload[row["medusa_id"]] = _loads(row["raw"])  # the latest doc wins
        edits: dict[str, list[sqlite3.Row]] = {}
        for row in conn.execute(
            f"""SELECT * FROM outbox WHERE product_id IN ({marks}) AND state IN
                ({",".join("?" * len(ACTIVE_STATES))}) ORDER BY seq""",
            (*part, *ACTIVE_STATES),
        ):
            edits.setdefault(row["product_id"], []).append(row)
        operations = active_operations(conn, part)
        drafted = _made_from_drafts(conn, medusa)
        if translated is not None:
            translated.load(part)
        gone, built = [], []
        for pid in part:
            m, p = medusa.get(pid), payload.get(pid)
            ops = operations.get(pid, [])
            deleting = any(op.kind == DELETE for op in ops)
            if ((m is not None and m.get("deleted_at")) or (m is None and p is None) or deleting
                    or pid in drafted):
                gone.append((pid,))
            else:
                built.append(_row_values(pid, m, p, edits.get(pid, []), ops, parents,
                                         translated))
        conn.executemany("DELETE FROM catalog_rows WHERE product_id=?", gone)
        if translated is not None:
            translated.flush()
        if built:
            assert scorer is not None
            scores = scorer.score([facts for _, facts, _ in built])
            conn.executemany(_UPSERT_ROW, [(*values, *score) for (values, _, _), score
                                           in zip(built, scores, strict=True)])
        if translated is not None or _has_locale_scores(conn):
            _save_locale_scores(conn, part, built, scorer)


_LOCALE_ROW = """INSERT INTO quality_locales (pid, locale, score, fails, na, facts, tkey, row)
    VALUES (?,?,?,?,?,?,?,?)"""


def _has_locale_scores(conn: sqlite3.Connection) -> bool:
    """Per-locale scores kept from a setup since gone (one lookup, no scan)."""
    return conn.execute("SELECT 1 FROM quality_locales LIMIT 1").fetchone() is not None


def _save_locale_scores(
    conn: sqlite3.Connection, part: list[str], built: list[Any], scorer: RowScorer | None
) -> None:
    """The per-locale scores of a chunk's rebuilt products, replacing what was kept of the
    chunk (gone products and locales no longer translated into leave none behind)."""
    conn.execute(f"DELETE FROM quality_locales WHERE pid IN ({','.join('?' * len(part))})",
                 part)  # by product: a gone product's row is no longer in catalog_rows
    batch = [(values[0], per_locale) for values, _, per_locale in built if per_locale]
    if not batch or scorer is None:
        return
    titles = {values[0]: values[3] for values, _, _ in built}
    rowids = dict(conn.execute(
        f"SELECT product_id, rowid FROM catalog_rows WHERE product_id IN "
        f"({','.join('?' * len(batch))})", [pid for pid, _ in batch]).fetchall())
    conn.executemany(_LOCALE_ROW, [(*row, titles[row[0]], rowids[row[0]])
                                   for row in scorer.score_locales(batch)])


# The metadata key a created product carries (services/new_product.py CREATE_MARKER).
_CREATE_MARKER = "desktop_create"


def _made_from_drafts(
    conn: sqlite3.Connection, medusa: dict[str, dict[str, Any]]
) -> set[str]:
    """Medusa products a pull found that a draft here still stands for (a create whose
    answer was lost, not yet adopted by a push): listed once, as the draft."""
    markers = {str((m.get("metadata") or {}).get(_CREATE_MARKER)): pid
               for pid, m in medusa.items()
               if isinstance(m.get("metadata"), dict) and m["metadata"].get(_CREATE_MARKER)
               and not m.get("local")}
    if not markers:
        return set()
    found = conn.execute(
        f"""SELECT json_extract(metadata, '$.{_CREATE_MARKER}') AS marker FROM medusa_products
            WHERE local=1 AND json_extract(metadata, '$.{_CREATE_MARKER}') IN
            ({",".join("?" * len(markers))})""", list(markers)).fetchall()
    return {markers[row["marker"]] for row in found}


def refresh_category_rows(conn: sqlite3.Connection, categories: Iterable[str]) -> set[str]:
    """Rebuild the rows of every product in (or below) ``categories``, found by their filter
    tokens: after categories moved in the tree (``taxonomy.moved``). Returns their ids."""
    tokens = sorted({id_token(CATEGORY, c) for c in categories})
    if not tokens:
        return set()
    ids = {r[0] for r in conn.execute(
        "SELECT product_id FROM catalog_rows WHERE rowid IN (SELECT rowid FROM catalog_fts "
        "WHERE catalog_fts MATCH ?)", ("facets : (" + " OR ".join(tokens) + ")",))}
    refresh_rows(conn, ids)
    return ids
