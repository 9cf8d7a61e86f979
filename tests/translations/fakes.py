"""Fakes of a localised Payload and of Medusa's Translation module, as recorded (issue 16).

They extend the sync tests' fakes (tests/exchange/fakes.py) with what the editorial stack
answered (tests/fixtures/{payload,medusa}/translations, ``record_translations.py``):

* Payload: ``?locale=all`` reads give each localised field as ``{code: value}`` for the locales
  a write touched (the source only: ``{"en": …}``); ``PATCH ?locale=de`` writes German values
  only, merges an SEO group's keys, and refuses any field of a locale without a title with
  the recorded 400; answers the selected fields without fallbacks.
* Medusa: ``GET /admin/translations`` (reference, ``reference_id[]``, order ``id`` or
  ``-updated_at``, offset/limit), ``POST /admin/translations/batch`` (create; update merges;
  a null value refused with the recorded 400), the product read's ``translations.*`` fields.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.api.capabilities import ShopCapabilities, detect
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.services.capabilities import CapabilityCache
from tests.exchange.fakes import API_KEY, SECRET, Clock, FakeMedusa, FakePayload, _json
from tests.fixtures.capabilities import Replay

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCE = "en"
LOCALISED = ("title", "subtitle", "description")
SEO = ("meta_title", "meta_description", "meta_keywords")


def recorded(server: str, name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / server / "translations" / f"{name}.json").read_text())


def recorded_answer(server: str, name: str) -> Any:
    return recorded(server, name)["response"]["json"]


async def replayed_capabilities(configuration: str) -> ShopCapabilities:
    """What detection finds on a stack's configuration (``editorial`` or ``default``),
    replayed from its recorded answers."""
    replay = Replay(configuration)
    medusa = MedusaClient("http://medusa.test", SecretKey(SECRET), transport=replay.transport())
    payload = PayloadClient("http://payload.test", API_KEY, transport=replay.transport())
    try:
        return await detect(medusa, payload)
    finally:
        await medusa.aclose()
        await payload.aclose()


async def editorial_capabilities() -> ShopCapabilities:
    """What detection finds on the editorial stack, replayed from its recorded answers."""
    return await replayed_capabilities("editorial")


class LocalisedPayload(FakePayload):
    """Payload with ``title``, ``subtitle``, ``description`` and ``seo.*`` localised (en
    default, de, fr)."""

    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__(clock=clock or Clock())
        # doc id -> locale -> {title, subtitle, description, seo: {…}} for locales but en
        self.other: dict[int, dict[str, dict[str, Any]]] = {}

    def set_locale(self, medusa_id: str, locale: str, **values: Any) -> None:
        """A colleague's write in Payload's admin (moves updatedAt)."""
        doc = self.by_medusa(medusa_id)
        self._write_locale(doc["id"], locale, values)
        doc["updatedAt"] = self.clock.tick()

    def locale_value(self, medusa_id: str, locale: str, field: str) -> Any:
        values = self.other.get(self.by_medusa(medusa_id)["id"], {}).get(locale, {})
        head, _, key = field.partition(".")
        return (values.get("seo") or {}).get(key) if head == "seo" else values.get(field)

    def _write_locale(self, doc_id: int, locale: str, values: dict[str, Any]) -> None:
        held = self.other.setdefault(doc_id, {}).setdefault(
            locale, {"title": None, "subtitle": None, "description": None,
                     "seo": dict.fromkeys(SEO)})
        for key, value in values.items():
            if key == "seo":
                held["seo"].update(value)  # a group's keys are merged (recorded)
            else:
                held[key] = value

    def handle(self, request: httpx.Request) -> httpx.Response:
        locale = request.url.params.get("locale")
        path = request.url.path
        if locale and path == "/api/products" and request.method == "GET":
            self.requests.append(request)
            return self._find_all(request)
        if locale and locale != SOURCE and path.startswith("/api/products/") \
                and request.method == "PATCH":
            self.requests.append(request)
            return self._patch_locale(int(path.rsplit("/", 1)[1]), locale, request)
        return super().handle(request)

    def _all_locales(self, doc: dict[str, Any]) -> dict[str, Any]:
        out = dict(doc)
        other = self.other.get(doc["id"], {})
        for name in LOCALISED:
            out[name] = {SOURCE: doc.get(name), **{c: v[name] for c, v in other.items()}}
        seo = doc.get("seo") or {}
        out["seo"] = {k: {SOURCE: seo.get(k), **{c: v["seo"][k] for c, v in other.items()}}
                      for k in SEO}
        return out

    def _find_all(self, request: httpx.Request) -> httpx.Response:
        answer = json.loads(self._find(list(request.url.params.multi_items())).content)
        full = {d["id"]: d for d in self.docs.values()}
        answer["docs"] = [
            {k: v for k, v in self._all_locales(full[d["id"]]).items() if k in d or k == "id"}
            for d in answer["docs"]]
        return _json(200, answer)

    def _patch_locale(self, doc_id: int, locale: str, request: httpx.Request) -> httpx.Response:
        if request.url.params.get("overrideLock") == "true":
            self.locked.discard(doc_id)  # the override removes the lock
        if doc_id in self.locked:
            return _json(423, {"errors": [{"message": f"Document with ID {doc_id} is currently "
                                           "locked by another user and cannot be updated."}]})
        doc = self.docs.get(doc_id)
        if doc is None:
            return _json(404, {"errors": [{"message": "Not Found"}]})
        body = json.loads(request.content)
        title = body.get("title", self.other.get(doc_id, {}).get(locale, {}).get("title"))
        if not title:
            return _json(400, recorded_answer("payload", "product_patch_locale_fr_without_title"))
        self._write_locale(doc_id, locale, body)
        doc["updatedAt"] = self.clock.tick()
        values = self.other[doc_id][locale]
        selected = {k[len("select["):-1] for k in request.url.params if k.startswith("select[")}
        shown = {"id": doc_id, "updatedAt": doc["updatedAt"], **copy.deepcopy(values)}
        if selected:
            shown = {k: v for k, v in shown.items() if k in selected | {"id"}}
        return _json(200, {"doc": shown, "message": "Updated successfully."})


class TranslatingMedusa(FakeMedusa):
    """Medusa with the Translation module (product translations only)."""

    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__(clock=clock or Clock())
        self.translations: dict[str, dict[str, Any]] = {}  # id -> row
        self._next = 0

    def set_translation(self, product_id: str, locale: str, **values: str) -> dict[str, Any]:
        """A colleague's translation in Medusa's admin (the product's updated_at stays)."""
        row = self.translation(product_id, locale)
        if row is None:
            self._next += 1
            row = {"id": f"trans_{self._next:04d}", "reference_id": product_id,
                   "reference": "product", "locale_code": locale, "translations": {}}
            self.translations[row["id"]] = row
        row["translations"].update(values)
        row["updated_at"] = self.clock.tick()
        return row

    def translation(self, product_id: str, locale: str) -> dict[str, Any] | None:
        return next((r for r in self.translations.values()
                     if r["reference_id"] == product_id and r["locale_code"] == locale), None)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/admin/translations" and request.method == "GET":
            self.requests.append(request)
            return self._list_translations(request)
        if path == "/admin/translations/batch" and request.method == "POST":
            self.requests.append(request)
            return self._batch(json.loads(request.content))
        response = super().handle(request)
        fields = request.url.params.get("fields") or ""
        if request.method == "GET" and fields and "material" not in fields.split(","):
            response = _without(response, "material")  # a field not asked for is not sent
        if request.method == "GET" and "translations." in fields and response.status_code == 200:
            body = json.loads(response.content)
            for product in body.get("products") or [body.get("product")]:
                if product is not None:
                    product["translations"] = [
                        {k: r[k] for k in ("id", "locale_code", "translations", "reference_id")}
                        for r in self.translations.values() if r["reference_id"] == product["id"]]
            return _json(200, body)
        return response

    def _list_translations(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        rows = [r for r in self.translations.values()
                if r["reference"] == params.get("reference", r["reference"])]
        ids = params.get_list("reference_id[]")
        if ids:
            rows = [r for r in rows if r["reference_id"] in ids]
        order = params.get("order", "id")
        rows.sort(key=lambda r: r[order.lstrip("-")], reverse=order.startswith("-"))
        offset, limit = int(params.get("offset", 0)), int(params.get("limit", 20))
        fields = (params.get("fields") or "id,reference_id,reference,locale_code,translations")
        page = [{k: copy.deepcopy(r.get(k)) for k in fields.split(",")}
                for r in rows[offset : offset + limit]]
        return _json(200, {"translations": page, "count": len(rows), "offset": offset,
                           "limit": limit})

    def _batch(self, body: dict[str, Any]) -> httpx.Response:
        for kind, rows in (("create", body.get("create") or []),
                           ("update", body.get("update") or [])):
            for index, row in enumerate(rows):
                for key, value in (row.get("translations") or {}).items():
                    if not isinstance(value, str):  # the recorded refusal, this row's path
                        answer = recorded_answer("medusa", "translations_batch_update_null_error")
                        answer["message"] = (f"Invalid request: Field '{kind}, {index}, "
                                             f"translations, {key}' is required")
                        return _json(400, answer)
        created, updated = [], []
        for row in body.get("create") or []:
            made = self.set_translation(row["reference_id"], row["locale_code"],
                                        **row["translations"])
            created.append(self._shown(made))
        for row in body.get("update") or []:
            held = self.translations[row["id"]]
            held["translations"].update(row.get("translations") or {})  # merged (recorded)
            held["updated_at"] = self.clock.tick()
            updated.append(self._shown(held))
        return _json(200, {"created": created, "updated": updated,
                           "deleted": {"ids": [], "object": "translation", "deleted": True}})

    @staticmethod
    def _shown(row: dict[str, Any]) -> dict[str, Any]:
        return {k: copy.deepcopy(row[k]) for k in
                ("id", "reference_id", "reference", "locale_code", "translations")}


def _without(response: httpx.Response, key: str) -> httpx.Response:
    """A product read's answer with ``key`` left out of every product."""
    if response.status_code != 200:
        return response
    body = json.loads(response.content)
    for product in body.get("products") or [body.get("product")]:
        if isinstance(product, dict):
            product.pop(key, None)
    return _json(200, body)


def editorial_pair(count: int = 2) -> tuple[TranslatingMedusa, LocalisedPayload]:
    """``count`` products in both (Medusa titled ``Payload title N`` as the integration keeps
    them alike), English content in Payload, no translation yet."""
    clock = Clock()
    medusa, payload = TranslatingMedusa(clock), LocalisedPayload(clock)
    for n in range(1, count + 1):
        product = medusa.add(n, title=f"Payload title {n}", subtitle=f"Sub {n}")
        payload.add(product["id"], f"Payload title {n}", subtitle=f"Sub {n}",
                    seo={"meta_title": f"Meta {n}", "meta_description": None,
                         "meta_keywords": None})
    return medusa, payload


def clients(medusa: FakeMedusa, payload: FakePayload) -> tuple[MedusaClient, PayloadClient]:
    return medusa.client(), payload.client()


class FixedCapabilities(CapabilityCache):
    """A session cache that answers ``caps`` without asking (tests, screenshots)."""

    def __init__(self, caps: ShopCapabilities) -> None:
        super().__init__()
        self.caps = caps

    async def get(self, shop: Any, *, refresh: bool = False,
                  extra_locales: Any = ()) -> ShopCapabilities:
        self.detections += 1
        return self.caps


async def default_capabilities() -> ShopCapabilities:
    """What detection finds on the seed's default stack, replayed from its recorded answers."""
    return await replayed_capabilities("default")
