"""Payload 3.90 with drafts, versions, locales and scheduled publishing, as recorded on the
editorial stack (tests/fixtures/payload/drafts/{editorial,locales},
``python -m tests.fixtures.record_drafts`` / ``record_locale_drafts``). One fake for the
catalog's tests, the content editor's and the screenshots: localised as the translation
tests' ``LocalisedPayload`` (en default, de, fr), versions as the timeline's
``VersionedPayload``.

What it does, as recorded there:

* ``PATCH ?draft=true``: a draft version on top of the latest version; the document stays
  (``draft_patch``, ``reread_with_draft``);
* ``PATCH`` without ``?draft``: the write is merged onto the **latest version** (a newer
  draft included) and takes that version's ``_status`` unless it names one; the document
  becomes that (``plain_patch_over_draft``: status ``draft``, the draft's content);
* ``GET ?draft=true``: each document's latest version; ``where[_status]`` applies to it
  (``drafts_find``); without it, to the document (``unpublished_find``);
* a draft version holds every locale: ``PATCH ?draft=true&locale=de`` saves a newer draft
  with that locale's values, the published document and its German unchanged (the answer
  ``{"doc": {updatedAt, id}, "message": "Draft saved successfully."}``,
  ``locales/locale_draft_patch``); ``GET ?draft=true&locale=all`` reads the latest versions'
  every locale (``drafts_find_all_locales``); a publish publishes every locale of the draft
  (``published_find_all_locales_after``);
* ``payload-jobs``: create (Payload adds the user and writes the time with milliseconds,
  ``job_create``), list (``equals`` on ``input.doc.value``; ``in`` is refused,
  ``jobs_find_in``), delete (403 once gone, ``job_delete_gone``); a job deleted once run.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.api.capabilities import Capability, Feature, ShopCapabilities, Support
from desktop_app.services.capabilities import CapabilityCache
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import Clock, _json
from tests.services.content_fakes import PROFILE
from tests.timeline.fakes import VersionedPayload
from tests.translations.fakes import SEO, LocalisedPayload

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "payload" / "drafts"
NO_DRAFTS = (
    "Payload's products collection has no versions: turn on versions (with drafts: "
    "versions.drafts) in the collection config."
)


def recorded(name: str, config: str = "editorial") -> dict[str, Any]:
    return json.loads((RECORDED / config / f"{name}.json").read_text())


def capabilities(drafts: bool, schedules: bool = True) -> ShopCapabilities:
    def one(feature: Feature, on: bool, reason: str = NO_DRAFTS) -> Capability:
        return Capability(
            feature, Support.AVAILABLE if on else Support.MISSING, "" if on else reason
        )

    return ShopCapabilities(
        one(Feature.VERSIONS, drafts),
        one(Feature.DRAFTS, drafts),
        one(Feature.LOCALISED_CONTENT, False),
        one(Feature.MEDUSA_TRANSLATIONS, False),
        schedule_publish=one(
            Feature.SCHEDULE_PUBLISH,
            drafts and schedules,
            "Scheduled publishing needs drafts."
            if not drafts
            else "Payload has no scheduled publishing for products.",
        ),
    )


class KnownCapabilities(CapabilityCache):
    """Answers ``found`` as if detected this session (``peek`` knows it too: from the start
    with ``asked``, as a session that has asked before, so a first pull reads drafts)."""

    def __init__(self, found: ShopCapabilities | None, *, asked: bool = False) -> None:
        super().__init__()
        self.found = found
        self.asked = asked

    async def get(
        self, shop: Any, *, refresh: bool = False, extra_locales: Any = ()
    ) -> ShopCapabilities:
        self.detections += 1
        if self.found is None:  # offline: nothing could be checked
            from desktop_app.api.capabilities import detect

            return await detect(None, None)
        self._found[shop.profile.name] = (("", "", ""), self.found)
        return self.found

    def peek(self, profile_name: str) -> ShopCapabilities | None:
        return self.found if self._found or self.asked else None


SELECT = "select["


def drafts_catalog(
    folder: Path, medusa: Any, payload: DraftsPayload, caps: ShopCapabilities
) -> OfflineCatalog:
    """A catalog in ``folder`` (not pulled yet) over the fakes, the shop's capabilities known
    as ``caps``."""
    shop = Shop(
        PROFILE,
        medusa.client(),
        payload.client(),
        capability_cache=KnownCapabilities(caps, asked=True),
    )
    return OfflineCatalog(CatalogStore.open(folder / "c.sqlite3"), shop)


class DraftsPayload(LocalisedPayload, VersionedPayload):
    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.drafts: dict[int, dict[str, Any]] = {}  # newer draft per doc
        # doc id -> the newer draft's other locales (absent: as the document's)
        self.draft_other: dict[int, dict[str, dict[str, Any]]] = {}
        self.jobs: list[dict[str, Any]] = []
        self.next_job = 1

    def add(self, medusa_id: str, title: str, **extra: Any) -> dict[str, Any]:
        doc = super().add(medusa_id, title, **{"_status": "published", **extra})
        self._add(doc["id"], copy.deepcopy(doc), draft=False, autosave=False)
        return doc

    def latest(self, doc_id: int) -> dict[str, Any]:
        return self.drafts.get(doc_id) or self.docs[doc_id]

    # --- what editors do in Payload's admin meanwhile
    def save_draft(self, doc: int | str, **changes: Any) -> dict[str, Any]:
        """A colleague's draft; ``doc``: the Payload id, or the product's (Medusa) id."""
        return self._write(self._doc_id(doc), changes, draft=True)

    def save_locale_draft(self, doc: int | str, locale: str, **values: Any) -> None:
        """A colleague's draft of another locale."""
        self._patch_locale_draft(self._doc_id(doc), locale, values)

    def draft_locale_value(self, medusa_id: str, locale: str, field: str) -> Any:
        """A field's value in the latest version's ``locale`` (the draft's, else the doc's)."""
        values = self._latest_other(self.by_medusa(medusa_id)["id"]).get(locale, {})
        head, _, key = field.partition(".")
        return (values.get("seo") or {}).get(key) if head == "seo" else values.get(field)

    def run_due_jobs(self) -> None:
        """Payload's job runner: each job runs as a PATCH with its _status, then is deleted."""
        for job in list(self.jobs):
            status = "published" if job["input"]["type"] == "publish" else "draft"
            self._write(int(job["input"]["doc"]["value"]), {"_status": status}, draft=False)
            self.jobs.remove(job)

    def _doc_id(self, doc: int | str) -> int:
        return doc if isinstance(doc, int) else self.by_medusa(doc)["id"]

    def _latest_other(self, doc_id: int) -> dict[str, dict[str, Any]]:
        return self.draft_other.get(doc_id, self.other.get(doc_id, {}))

    # --- the REST API
    def handle(self, request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, list(request.url.params.multi_items())
        mine = (
            path.startswith("/api/payload-jobs")
            or (path == "/api/products" and request.method == "GET")
            or (path.startswith("/api/products/") and request.method == "PATCH")
        )
        locale = request.url.params.get("locale")
        draft = request.url.params.get("draft") == "true"
        if not mine or (locale and not draft):
            return super().handle(request)  # locales (live), versions, the rest
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        if path.startswith("/api/payload-jobs"):
            return self._jobs(request, path, params)
        if request.method == "GET":
            return self._as_latest(request) if locale else self._find_products(params)
        doc_id = int(path.rsplit("/", 1)[1])
        if doc_id in self.locked and request.url.params.get("overrideLock") != "true":
            return super()._patch(doc_id, {})  # the recorded 423
        body = json.loads(request.content)
        if locale:
            values = {k: v for k, v in body.items() if k != "_status"}
            doc = self._patch_locale_draft(doc_id, locale, values)
            return _json(
                200,
                {
                    "doc": {"updatedAt": doc["updatedAt"], "id": doc_id},
                    "message": "Draft saved successfully.",
                },
            )
        doc = self._write(doc_id, body, draft=draft and body.get("_status") != "published")
        message = "Draft saved successfully." if draft else "Updated successfully."
        return _json(200, {"doc": _selected(doc, params), "message": message})

    def _write(self, doc_id: int, body: dict[str, Any], *, draft: bool) -> dict[str, Any]:
        base = copy.deepcopy(self.latest(doc_id))
        new = {**base, **body, "updatedAt": self.clock.tick()}
        if "seo" in body:
            new["seo"] = {**(base.get("seo") or {}), **body["seo"]}
        if draft:
            new["_status"] = "draft"
            self.drafts[doc_id] = new
        else:
            new["_status"] = body.get("_status", base.get("_status"))
            self.docs[doc_id] = new
            self.drafts.pop(doc_id, None)
            if doc_id in self.draft_other:  # every locale of the draft goes with it
                self.other[doc_id] = self.draft_other.pop(doc_id)
        self._add(doc_id, copy.deepcopy(new), draft=new["_status"] == "draft", autosave=False)
        return new

    def _patch_locale_draft(
        self, doc_id: int, locale: str, values: dict[str, Any]
    ) -> dict[str, Any]:
        other = copy.deepcopy(self._latest_other(doc_id))
        draft = self._write(doc_id, {}, draft=True)  # a new draft of the whole document
        empty = {"title": None, "subtitle": None, "description": None, "seo": dict.fromkeys(SEO)}
        held = other.setdefault(locale, empty)
        for key, value in values.items():
            if key == "seo":
                held["seo"] = {**(held.get("seo") or {}), **value}  # keys merged (recorded)
            else:
                held[key] = value
        self.draft_other[doc_id] = other
        return draft

    def _as_latest(self, request: httpx.Request) -> httpx.Response:
        """``?draft=true&locale=all``: the latest versions, every locale, ``where`` on them."""
        items = list(request.url.params.multi_items())
        view = {i: self.latest(i) for i in self.docs}
        wanted = [v for k, v in items if k.endswith("[_status][equals]")]
        if wanted:
            view = {i: d for i, d in view.items() if d.get("_status") == wanted[0]}
        other = {i: self._latest_other(i) for i in self.docs}
        kept = self.docs, self.other
        self.docs, self.other = view, other
        try:
            return self._find_all(request)
        finally:
            self.docs, self.other = kept

    def _find_products(self, params: list[tuple[str, str]]) -> httpx.Response:
        draft = dict(params).get("draft") == "true"
        view = {i: (self.latest(i) if draft else d) for i, d in self.docs.items()}
        wanted = [v for k, v in params if k.endswith("[_status][equals]")]
        if wanted:
            view = {i: d for i, d in view.items() if d.get("_status") == wanted[0]}
        rest = [(k, v) for k, v in params if not k.endswith("[_status][equals]")]
        saved, self.docs = self.docs, view
        try:
            return super()._find(rest)
        finally:
            self.docs = saved

    def _jobs(
        self, request: httpx.Request, path: str, params: list[tuple[str, str]]
    ) -> httpx.Response:
        if request.method == "POST":
            body = json.loads(request.content)
            job = copy.deepcopy(recorded("job_create")["response"]["json"]["doc"])
            at = body["waitUntil"]  # Payload writes it with milliseconds (recorded)
            job.update(
                id=self.next_job,
                waitUntil=at.replace("Z", ".000Z") if at.endswith("Z") and "." not in at else at,
                input={**body["input"], "user": {"value": 3, "relationTo": "users"}},
            )
            self.next_job += 1
            self.jobs.append(job)
            return _json(
                201, {"doc": copy.deepcopy(job), "message": "Payload Job successfully created."}
            )
        if request.method == "DELETE":
            job_id = int(path.rsplit("/", 1)[1])
            found = [j for j in self.jobs if j["id"] == job_id]
            if not found:
                answer = recorded("job_delete_gone")["response"]
                return _json(answer["status"], answer["json"])
            self.jobs.remove(found[0])
            return _json(200, {"doc": found[0], "message": "Deleted successfully."})
        docs = sorted(self.jobs, key=lambda j: j["waitUntil"])
        for key, value in params:
            if key.endswith("[input.doc.value][in]"):
                answer = recorded("jobs_find_in")["response"]
                return _json(answer["status"], answer["json"])
            if key.endswith("[input.doc.value][equals]"):
                docs = [j for j in docs if j["input"]["doc"]["value"] == value]
        return _json(
            200,
            {
                "docs": copy.deepcopy(docs),
                "totalDocs": len(docs),
                "limit": 0,
                "totalPages": 1,
                "page": 1,
                "hasNextPage": False,
                "hasPrevPage": False,
            },
        )


def _selected(doc: dict[str, Any], params: list[tuple[str, str]]) -> dict[str, Any]:
    selected = {k[len(SELECT) : -1] for k, _ in params if k.startswith(SELECT)}
    if not selected:
        return copy.deepcopy(doc)
    return {k: copy.deepcopy(v) for k, v in doc.items() if k in selected | {"id"}}
