"""Read translations into the store (issue 16): Payload's other locales, Medusa's module.

Run by the catalog after every pull of a shop whose translation setup is known (and when the
setup is first found): cheap when little changed.

* Payload: ``GET /api/products?locale=all`` with the localised fields only, all products the
  first time, then those whose ``updatedAt`` is at or after the last read's latest (a
  ``PATCH ?locale=de`` moves ``updatedAt`` like any write). Each doc's values per locale,
  but the default locale's, become its record's ``locales`` (``store/translations.py``).
* Medusa: ``GET /admin/translations?reference=product``, all the first time, then the
  latest first until one older than the last read's latest (a translation does not move the
  product's ``updated_at``, so the product pull would not notice it). A translation deleted
  in Medusa's admin is noticed by the next full read only (when the setup changes).

Values in an unexpected shape (a German title that is not text) are left out, as if the
locale held none: a translation read never fails a pull.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop_app.api.errors import ApiError
from desktop_app.api.localised import iter_all_locales, iter_translations
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.store import records
from desktop_app.store import translations as translation_store
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.db import transaction
from desktop_app.store.locale_fields import RICH
from desktop_app.store.outbox import now
from desktop_app.translations.setup import TranslationSetup

T = TypeVar("T")
Write = Callable[[Callable[[CatalogStore], T]], Awaitable[T]]
SAVE_BATCH = 500


@dataclass
class TranslationsRead:
    """What a read found: products whose translations were stored, and per server why not."""

    changed_ids: set[str] = field(default_factory=set)
    payload_docs: int = 0
    medusa_translations: int = 0
    errors: dict[str, str] = field(default_factory=dict)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _lexical(value: Any) -> dict[str, Any] | None:
    root = value.get("root") if isinstance(value, dict) else None
    return value if isinstance(root, dict) and isinstance(root.get("children"), list) else None


def split_locales(doc: dict[str, Any], setup: TranslationSetup) -> dict[str, dict[str, Any]]:
    """A ``?locale=all`` doc's values per locale, but the default's: ``{code: {title,
    subtitle, description, seo: {…}}}``; a locale holding nothing is left out."""
    out: dict[str, dict[str, Any]] = {}
    for name in setup.payload_fields:
        head, _, key = name.partition(".")
        value = (doc.get("seo") or {}).get(key) if head == "seo" else doc.get(name)
        if not isinstance(value, dict) or (name == RICH and _lexical(value) is not None):
            continue  # not per locale (the field is not localised after all)
        for code, text in value.items():
            if code == setup.source or not isinstance(code, str):
                continue
            kept = _lexical(text) if name == RICH else _text(text)
            if kept is None:
                continue
            values = out.setdefault(code, {})
            if head == "seo":
                values.setdefault("seo", {})[key] = kept
            else:
                values[name] = kept
    return out


def default_view(doc: dict[str, Any], setup: TranslationSetup) -> dict[str, Any]:
    """A ``?locale=all`` doc as a default-locale read shows it, with its other locales'
    values as ``locales`` (what ``records.payload_record`` stores)."""
    out = dict(doc)
    seo = dict(doc.get("seo") or {}) if isinstance(doc.get("seo"), dict) else doc.get("seo")
    for name in setup.payload_fields:
        head, _, key = name.partition(".")
        value = seo.get(key) if head == "seo" and isinstance(seo, dict) else doc.get(name)
        if not isinstance(value, dict) or (name == RICH and _lexical(value) is not None):
            continue
        if head == "seo" and isinstance(seo, dict):
            seo[key] = value.get(setup.source)
        else:
            out[name] = value.get(setup.source)
    if isinstance(seo, dict):
        out["seo"] = seo
    out["locales"] = split_locales(doc, setup)
    return out


def medusa_entry(row: dict[str, Any]) -> tuple[str, str, dict[str, Any]] | None:
    """``(product id, locale, {"id", "values"})`` of a translation row; None when unusable."""
    pid, code, tid = row.get("reference_id"), row.get("locale_code"), row.get("id")
    values = row.get("translations")
    if not (isinstance(pid, str) and isinstance(code, str) and isinstance(tid, str)
            and isinstance(values, dict)):
        return None
    return pid, code, {"id": tid, "values": {k: v for k, v in values.items()
                                             if isinstance(k, str) and isinstance(v, str)}}


def payload_select(setup: TranslationSetup) -> list[str]:
    heads = dict.fromkeys(name.partition(".")[0] for name in setup.payload_fields)
    return ["medusa_id", "updatedAt", *heads]


async def read_payload(
    payload: PayloadClient, setup: TranslationSetup, write: Write[Any], since: str | None,
    result: TranslationsRead, product_ids: list[str] | None = None,
) -> str | None:
    """Store the other locales' values of the docs changed ``since`` (all when None, or
    the docs of ``product_ids``); returns the stamp the next read starts from: the latest
    ``updatedAt`` seen, or the earliest of a doc the store does not hold yet (a pull has
    not stored it: its values are read again next time)."""
    where = (Where.in_("medusa_id", product_ids) if product_ids is not None
             else Where.greater_than_equal("updatedAt", since) if since is not None else None)
    latest = since
    stamps: dict[str, str] = {}
    waiting: set[str] = set()
    batch: list[tuple[str, dict[str, Any]]] = []

    async def save() -> None:
        affected, missing = await write(_payload_saver(list(batch), dict(stamps)))
        result.changed_ids |= affected
        waiting.update(missing)
        batch.clear()

    iterator = iter_all_locales(payload, where=where, select=payload_select(setup))
    async with contextlib.aclosing(iterator) as docs:
        async for doc in docs:
            if not records.is_id(doc.get("id")):
                continue
            stamp = doc.get("updatedAt")
            if isinstance(stamp, str):
                stamps[str(doc["id"])] = stamp
                latest = stamp if latest is None or stamp > latest else latest
            batch.append((str(doc["id"]), split_locales(doc, setup)))
            result.payload_docs += 1
            if len(batch) >= SAVE_BATCH:
                await save()
    await save()
    held_back = [stamps[d] for d in waiting if d in stamps]
    return min(held_back) if held_back else latest


def _payload_saver(
    batch: list[tuple[str, dict[str, Any]]], stamps: dict[str, str],
) -> Callable[[CatalogStore], tuple[set[str], set[str]]]:
    def save(store: CatalogStore) -> tuple[set[str], set[str]]:
        with transaction(store.conn):
            affected, missing = translation_store.store_payload_locales(store.conn, batch,
                                                                        stamps)
            records.refresh_rows(store.conn, affected)
        return affected, missing

    return save


async def read_medusa(
    medusa: MedusaClient, write: Write[Any], since: str | None, result: TranslationsRead,
    product_ids: list[str] | None = None,
) -> str | None:
    """Store Medusa's product translations: every one (``since`` None), those of
    ``product_ids`` (replacing theirs), or those changed since; returns the latest stamp."""
    whole = since is None or product_ids is not None
    started = now()  # what a push stores from here on is newer than this read
    found: dict[str, dict[str, Any]] = {pid: {} for pid in product_ids or ()}
    latest = since
    iterator = iter_translations(medusa, product_ids=product_ids or (),
                                 newest_first=not whole)
    async with contextlib.aclosing(iterator) as rows:
        async for row in rows:
            stamp = row.get("updated_at")
            if not whole and isinstance(stamp, str) and since is not None and stamp < since:
                break  # the latest first: the rest were read before
            if isinstance(stamp, str) and (latest is None or stamp > latest):
                latest = stamp
            entry = medusa_entry(row)
            if entry is not None:
                pid, code, value = entry
                found.setdefault(pid, {})[code] = value
                result.medusa_translations += 1

    def save(store: CatalogStore) -> set[str]:
        if whole and product_ids is None:  # a full read: the others now hold none
            for pid in translation_store.translated_products(store.conn) - set(found):
                found[pid] = {}
        with transaction(store.conn):
            affected = translation_store.store_medusa_translations(store.conn, found, whole=whole,
                                                                   read_since=started)
            records.refresh_rows(store.conn, affected)
        return affected

    result.changed_ids |= await write(save)
    return latest


async def read(
    store: CatalogStore, medusa: MedusaClient | None, payload: PayloadClient | None,
    setup: TranslationSetup, write: Write[Any], *, full: bool = False,
) -> TranslationsRead:
    """Read what changed since the last read (everything the first time, or ``full``) from
    each server the setup uses; a server that fails is reported, the other still read."""
    result = TranslationsRead()

    def cursors(s: CatalogStore) -> tuple[str | None, str | None]:
        return (translation_store.cursor(s.conn, translation_store.PAYLOAD_CURSOR),
                translation_store.cursor(s.conn, translation_store.MEDUSA_CURSOR))

    payload_since, medusa_since = (None, None) if full else await write(cursors)
    jobs: list[tuple[str, str, Callable[[], Awaitable[str | None]]]] = []
    if payload is not None and setup.payload_on:
        jobs.append((translation_store.PAYLOAD_CURSOR, "payload",
                     lambda: read_payload(payload, setup, write, payload_since, result)))
    if medusa is not None and setup.medusa_on:
        jobs.append((translation_store.MEDUSA_CURSOR, "medusa",
                     lambda: read_medusa(medusa, write, medusa_since, result)))
    for key, server, job in jobs:  # one after the other: each writes many rows
        try:
            latest = await job()
        except ApiError as exc:
            result.errors[server] = exc.message
            continue

        def keep(s: CatalogStore, key: str = key, latest: str | None = latest) -> None:
            with transaction(s.conn):
                translation_store.save_cursor(s.conn, key, latest)

        await write(keep)
    return result
