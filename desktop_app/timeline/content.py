"""The editable content of a server copy, flat: ``{field: value}`` as ``edit()`` takes it.

A state of the timeline is this dict, so a diff is per field and a restore is
``catalog.edit(product_id, {field: state[field]})``. Only what the app can edit counts
(``desktop_app.store.fields``): a pull that moves nothing but ``updated_at``, stock levels
or the integration's structure copy records no state. Medusa's own ``title``, ``subtitle``
and ``description`` are the integration's copy of Payload's and are left out; the app edits
them in Payload.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from desktop_app.store.fields import (
    GALLERY,
    MEDUSA,
    MEDUSA_FIELDS,
    PAYLOAD,
    SEO_KEYS,
    THUMBNAIL,
    VARIANT_KEYS,
    canonical,
    gallery_ids,
    media_id,
)

PAYLOAD_FIELDS = ("title", "subtitle", "description", *(f"seo.{k}" for k in SEO_KEYS),
                  THUMBNAIL, GALLERY)

Content = dict[str, Any]


def medusa_content(record: Mapping[str, Any]) -> Content:
    out: Content = {name: record.get(name) for name in MEDUSA_FIELDS}
    for key, value in (record.get("metadata") or {}).items():
        out[f"metadata.{key}"] = value
    for variant in record.get("variants") or ():
        vid = variant.get("id")
        if vid:
            for key in VARIANT_KEYS:
                out[f"variants.{vid}.{key}"] = variant.get(key)
    return out


def payload_content(record: Mapping[str, Any]) -> Content:
    seo = record.get("seo") or {}
    out: Content = {name: record.get(name) for name in ("title", "subtitle", "description")}
    for key in SEO_KEYS:
        out[f"seo.{key}"] = seo.get(key)
    out[THUMBNAIL] = media_id(record.get(THUMBNAIL))
    out[GALLERY] = gallery_ids(record.get(GALLERY))
    return out


def content_of(server: str, record: Mapping[str, Any] | None) -> Content:
    """``record``'s editable fields; empty for no record."""
    if record is None:
        return {}
    return medusa_content(record) if server == MEDUSA else payload_content(record)


def server_of(field: str) -> str:
    """Which server's content holds ``field`` (the content's own split, no ValueError)."""
    head = field.partition(".")[0]
    return PAYLOAD if field in PAYLOAD_FIELDS or head == "seo" else MEDUSA


def _comparable(name: str, value: Any) -> Any:
    """``canonical``, but a variant's keys other than its prices as they are: a pull hashes
    every copy, ~50 variant keys a product, and only prices come back in another order."""
    if name.startswith("variants.") and not name.endswith(".prices"):
        return value
    return canonical(name, value)


def dump(value: Any) -> str:
    """JSON text as the store writes a description (``records._dumps``): keys sorted."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def content_hash(content: Mapping[str, Any], description: str | None = None) -> str:
    """Equal for contents a merchant cannot tell apart: values compared as the push does
    (``fields.canonical``: None is "" for text, organise ids in any order, a variant's prices
    in any order and 10 as 10.00), Lexical keys in any order. ``description``: its JSON text
    when the caller has it already (the store's column, keys sorted), which spares dumping a
    long document again."""
    rest = {name: _comparable(name, value) for name, value in content.items()
            if name != "description"}
    if description is None:
        description = dump(content["description"]) if "description" in content else ""
    text = dump(rest) + "\x00" + description
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
