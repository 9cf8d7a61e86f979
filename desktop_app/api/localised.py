"""The requests of translations (issue 16): Payload's locales and Medusa's Translation module.

Recorded on the editorial stack (tests/fixtures/{payload,medusa}/translations/,
``python -m tests.fixtures.record_translations``):

Payload 3.90 (``localization``: en default, de, fr; ``fallback: true``)

* ``GET /api/products?locale=all&select[title]=true…`` answers each localised field as
  ``{"en": …, "de": …}``: the locales holding a value, a group's localised fields each so
  (``seo: {meta_title: {"en": null, "de": "…"}}``); after a ``PATCH ?locale=de`` the other
  localised fields of ``de`` read ``null``.
* ``PATCH /api/products/{id}?locale=de`` with ``{"title": "…", "seo": {"meta_title": "…"}}``
  writes the German values only and answers the document in German (with fallbacks for what
  German lacks unless ``fallback-locale=none``). ``title`` is required in every locale: a
  locale without a title refuses any other field (400 ``The following field is invalid:
  Title``). A group's keys are merged: the keys a PATCH leaves out keep their values.

Medusa 2.21.2 (Translation module)

* ``GET /admin/translations?reference=product&reference_id=…&fields=id,reference_id,
  locale_code,translations,updated_at`` lists translations (20 per page by default; offset
  paging, ``order=-updated_at`` for the latest first).
* ``POST /admin/translations/batch`` ``{"create": [{reference_id, reference: "product",
  locale_code, translations: {field: text}}], "update": [{id, translations}]}`` answers
  ``{created: [...], updated: [...], deleted: {ids, object, deleted}}``. An update *merges*
  the fields it names into the stored ones; values must be strings (``null`` is refused:
  "Field 'update, 0, translations, title' is required"), so a cleared translation is sent
  as "". Medusa takes any locale code there (the app sends only the store's).
* A translation does not move the product's ``updated_at``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any

from desktop_app.api.errors import MalformedResponse
from desktop_app.api.http import Retry
from desktop_app.api.lock_override import OverrideLock
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.api.responses import MEDUSA, PAYLOAD, parse_model
from desktop_app.api.where import Where
from desktop_app.models.payload import DocEnvelope, FindPage

PRODUCTS = "products"
ALL = "all"
TRANSLATION_FIELDS = ("id", "reference_id", "locale_code", "translations", "updated_at")
TRANSLATION_PAGE = 500
REFERENCE = "product"


def _inner(client: Any) -> tuple[PayloadClient, bool]:
    """The Payload client under a lock-override wrapper, and whether it overrides."""
    if isinstance(client, OverrideLock):
        return client._client, True
    return client, False


async def find_all_locales(
    client: PayloadClient | OverrideLock,
    *,
    where: Where | None = None,
    limit: int = 100,
    page: int | None = None,
    select: Iterable[str] = (),
    draft: bool = False,
) -> FindPage[dict[str, Any]]:
    """One page of products with every locale's values (``?locale=all``); ``draft``: each
    doc's latest version (a newer draft's every locale, docs/drafts.md)."""
    payload, _ = _inner(client)
    params = [*payload._find_params(where, limit, page, 0, "id", select), ("locale", ALL)]
    if draft:
        params.append(("draft", "true"))
    body = await payload._read(f"/{PRODUCTS}", params)
    return parse_model(FindPage[dict[str, Any]], body, PAYLOAD, "a products list")


async def iter_all_locales(
    client: PayloadClient | OverrideLock,
    *,
    where: Where | None = None,
    page_size: int = 250,
    select: Iterable[str] = (),
) -> AsyncIterator[dict[str, Any]]:
    """Every matching product with every locale's values, page by page (sorted by id)."""
    select = list(select)
    seen: set[Any] = set()
    page_no = 1
    while True:
        found = await find_all_locales(client, where=where, limit=page_size, page=page_no,
                                       select=select)
        for doc in found.docs:
            if doc.get("id") in seen:  # rows shift when docs are deleted meanwhile
                continue
            seen.add(doc.get("id"))
            yield doc
        if not found.has_next_page or not found.docs:
            return
        page_no += 1


async def patch_locale(
    client: PayloadClient | OverrideLock,
    doc_id: str | int,
    data: Mapping[str, Any],
    locale: str,
    *,
    select: Sequence[str] = (),
    draft: bool = False,
) -> dict[str, Any]:
    """``PATCH /api/products/{id}?locale=<locale>``: that locale's values only; the answer
    is read without fallbacks (what the locale holds). 423 → Locked, as any write.
    ``draft``: ``&draft=true`` (a new draft version of the whole document with this
    locale's values; the published document unchanged, docs/drafts.md)."""
    payload, override = _inner(client)
    if "medusa_id" in data:
        raise ValueError("medusa_id belongs to Medusa and must not be patched")
    params: list[tuple[str, str]] = [("locale", locale), ("fallback-locale", "none"),
                                     ("depth", "0")]
    if draft:
        params.append(("draft", "true"))
    if override:
        params.append(("overrideLock", "true"))
    params += [("select" + "".join(f"[{p}]" for p in name.split(".")), "true")
               for name in select]
    body = await payload._request(
        "PATCH", f"/{PRODUCTS}/{doc_id}", retry=Retry.BEFORE_SEND, params=params,
        json_body=dict(data), doc_id=doc_id)
    return parse_model(DocEnvelope[dict[str, Any]], body, PAYLOAD, "the updated document").doc


# --------------------------------------------------------------------------- Medusa
def _translation_params(
    *, product_ids: Sequence[str] = (), offset: int = 0, limit: int = TRANSLATION_PAGE,
    order: str = "id",
) -> list[tuple[str, str]]:
    params = [("reference", REFERENCE), ("fields", ",".join(TRANSLATION_FIELDS)),
              ("order", order), ("offset", str(offset)), ("limit", str(limit))]
    params += [("reference_id[]", pid) for pid in product_ids]
    return params


async def list_translations(
    client: MedusaClient, *, product_ids: Sequence[str] = (), offset: int = 0,
    limit: int = TRANSLATION_PAGE, order: str = "id",
) -> tuple[list[dict[str, Any]], int]:
    """One page of product translations (all products', or these products'); with the count."""
    body = await client._request(
        "GET", "/admin/translations", retry=Retry.SAFE,
        params=_translation_params(product_ids=product_ids, offset=offset, limit=limit,
                                   order=order))
    rows = body.get("translations") if isinstance(body, dict) else None
    if not isinstance(rows, list):
        raise MalformedResponse("Medusa's translations list had no translations.", server=MEDUSA)
    count = body.get("count")
    return ([r for r in rows if isinstance(r, dict)],
            count if isinstance(count, int) else len(rows))


async def iter_translations(
    client: MedusaClient, *, product_ids: Sequence[str] = (), newest_first: bool = False,
    page_size: int = TRANSLATION_PAGE,
) -> AsyncIterator[dict[str, Any]]:
    """Every product translation (or these products'), by id or the latest first."""
    offset = 0
    seen: set[str] = set()
    while True:
        rows, count = await list_translations(
            client, product_ids=product_ids, offset=offset, limit=page_size,
            order="-updated_at" if newest_first else "id")
        for row in rows:
            if row.get("id") not in seen:
                seen.add(str(row.get("id")))
                yield row
        offset += page_size
        if not rows or offset >= count:
            return


async def batch_translations(
    client: MedusaClient, *, create: Sequence[Mapping[str, Any]] = (),
    update: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """``POST /admin/translations/batch``; the answer's ``created`` and ``updated`` rows."""
    body = await client._request(
        "POST", "/admin/translations/batch", retry=Retry.BEFORE_SEND,
        json={"create": [dict(c) for c in create], "update": [dict(u) for u in update]})
    return body if isinstance(body, dict) else {}
