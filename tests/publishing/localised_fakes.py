"""A localised Payload that keeps drafts (issue 16): the editor's publishing tests and the
catalog's drafts of other locales.

It extends the translation tests' ``LocalisedPayload`` (recorded shapes) with what the
editorial stack answered (tests/fixtures/payload/drafts/editorial, docs/drafts.md):

* every document has its own ``_status`` (``published`` or ``draft``);
* ``PATCH ?draft=true`` saves a newer draft version (``_status: "draft"``) and leaves the
  published document as it is; the answer is the draft;
* ``GET /api/products?draft=true`` reads each document's latest version, and a ``where`` on
  ``_status`` applies to those versions;
* ``PATCH`` with ``{"_status": "published"}`` makes the latest draft the published document,
  ``{"_status": "draft"}`` unpublishes it (its latest content kept, not on the storefront).

* a draft version holds every locale: ``PATCH ?draft=true&locale=de`` saves a newer draft
  with that locale's values (the published document and its German unchanged; the answer
  ``{"doc": {updatedAt, id}, "message": "Draft saved successfully."}``,
  ``locales/locale_draft_patch``); ``GET ?draft=true&locale=all`` reads the latest
  versions' every locale (``locales/drafts_find_all_locales``), ``?locale=all`` the
  published (``published_find_all_locales``); a publish publishes every locale of the
  draft (``published_find_all_locales_after``).

* scheduled publishing: ``payload-jobs`` holds ``schedulePublish`` jobs (``POST`` one,
  ``GET`` the upcoming ones, ``DELETE`` one), as ``PayloadClient`` sends them.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx

from tests.exchange.fakes import Clock, _json
from tests.translations.fakes import FIXTURES, SEO, FixedCapabilities, LocalisedPayload

STATUS = "_status"


class DraftsPayload(LocalisedPayload):
    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__(clock)
        self.drafts: dict[int, dict[str, Any]] = {}  # doc id -> its newer draft version
        self.jobs: dict[int, dict[str, Any]] = {}  # the upcoming schedulePublish jobs
        # doc id -> the newer draft's other locales (absent: as the document's)
        self.draft_other: dict[int, dict[str, dict[str, Any]]] = {}

    def add(self, medusa_id: str, title: str, **extra: Any) -> dict[str, Any]:
        return super().add(medusa_id, title, **{STATUS: "published", **extra})

    def save_draft(self, medusa_id: str, **changes: Any) -> dict[str, Any]:
        """A colleague's draft in Payload's admin."""
        doc = self.by_medusa(medusa_id)
        latest = copy.deepcopy(self.drafts.get(doc["id"], doc))
        latest.update(changes, **{STATUS: "draft", "updatedAt": self.clock.tick()})
        self.drafts[doc["id"]] = latest
        return latest

    def save_locale_draft(self, medusa_id: str, locale: str, **values: Any) -> None:
        """A colleague's draft of another locale in Payload's admin."""
        self._patch_locale_draft(self.by_medusa(medusa_id)["id"], locale, values)

    def draft_locale_value(self, medusa_id: str, locale: str, field: str) -> Any:
        """A field's value in the latest version's ``locale`` (the draft's, else the doc's)."""
        doc_id = self.by_medusa(medusa_id)["id"]
        values = self._latest_other(doc_id).get(locale, {})
        head, _, key = field.partition(".")
        return (values.get("seo") or {}).get(key) if head == "seo" else values.get(field)

    def _latest_other(self, doc_id: int) -> dict[str, dict[str, Any]]:
        return self.draft_other.get(doc_id, self.other.get(doc_id, {}))

    def handle(self, request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, request.url.params
        if not self.down and params.get("locale") and params.get("draft") == "true":
            self.requests.append(request)
            if request.method == "GET" and path == "/api/products":
                return self._as_latest(request)
            doc_id = int(path.rsplit("/", 1)[1])
            if doc_id in self.locked:
                return super().handle(request)  # the recorded 423
            body = {k: v for k, v in json.loads(request.content).items() if k != STATUS}
            draft = self._patch_locale_draft(doc_id, params["locale"], body)
            return _json(
                200,
                {
                    "doc": {"updatedAt": draft["updatedAt"], "id": doc_id},
                    "message": "Draft saved successfully.",
                },
            )
        if self.down or params.get("locale"):
            return super().handle(request)
        if path.startswith("/api/payload-jobs"):
            self.requests.append(request)
            return self._jobs(request)
        if path == "/api/products" and request.method == "GET":
            self.requests.append(request)
            return self._find_versions(request)
        if path.startswith("/api/products/") and request.method == "PATCH":
            doc_id = int(path.rsplit("/", 1)[1])
            body = json.loads(request.content)
            if doc_id in self.locked or doc_id not in self.docs:
                return super().handle(request)
            if params.get("draft") == "true":
                self.requests.append(request)
                doc = self._patch_draft(doc_id, body)
                return self._answer(request, doc, "Draft saved successfully.")
            if set(body) == {STATUS}:
                self.requests.append(request)
                doc = self._patch_status(doc_id, body[STATUS])
                return self._answer(request, doc, "Updated successfully.")
        return super().handle(request)

    def _find_versions(self, request: httpx.Request) -> httpx.Response:
        items = list(request.url.params.multi_items())
        latest = request.url.params.get("draft") == "true"
        view = {i: (self.drafts.get(i, d) if latest else d) for i, d in self.docs.items()}
        wanted = next((v for k, v in items if k.endswith(f"[{STATUS}][equals]")), None)
        if wanted is not None:
            view = {i: d for i, d in view.items() if d.get(STATUS) == wanted}
        kept, self.docs = self.docs, view
        try:
            return self._find(items)
        finally:
            self.docs = kept

    def _as_latest(self, request: httpx.Request) -> httpx.Response:
        """``?draft=true&locale=all``: the latest versions, every locale, ``where`` on them."""
        items = list(request.url.params.multi_items())
        view = {i: self.drafts.get(i, d) for i, d in self.docs.items()}
        wanted = next((v for k, v in items if k.endswith(f"[{STATUS}][equals]")), None)
        if wanted is not None:
            view = {i: d for i, d in view.items() if d.get(STATUS) == wanted}
        other = {i: self._latest_other(i) for i in self.docs}
        kept = self.docs, self.other
        self.docs, self.other = view, other
        try:
            return self._find_all(request)
        finally:
            self.docs, self.other = kept

    def _patch_locale_draft(
        self, doc_id: int, locale: str, values: dict[str, Any]
    ) -> dict[str, Any]:
        draft = self._patch_draft(doc_id, {})  # a new draft version of the whole document
        other = copy.deepcopy(self._latest_other(doc_id))
        held = other.setdefault(
            locale,
            {"title": None, "subtitle": None, "description": None, "seo": dict.fromkeys(SEO)},
        )
        for key, value in values.items():
            if key == "seo":
                held["seo"] = {**(held.get("seo") or {}), **value}  # keys merged (recorded)
            else:
                held[key] = value
        self.draft_other[doc_id] = other
        return draft

    def _patch_draft(self, doc_id: int, body: dict[str, Any]) -> dict[str, Any]:
        draft = copy.deepcopy(self.drafts.get(doc_id, self.docs[doc_id]))
        for key, value in body.items():
            if key == "seo" and isinstance(value, dict):
                draft["seo"] = {**(draft.get("seo") or {}), **value}
            else:
                draft[key] = value
        draft.update({STATUS: "draft", "updatedAt": self.clock.tick()})
        self.drafts[doc_id] = draft
        return draft

    def _patch_status(self, doc_id: int, status: str) -> dict[str, Any]:
        latest = self.drafts.pop(doc_id, None) or self.docs[doc_id]
        if doc_id in self.draft_other:  # every locale of the draft is published with it
            self.other[doc_id] = self.draft_other.pop(doc_id)
        doc = {**copy.deepcopy(latest), STATUS: status, "updatedAt": self.clock.tick()}
        self.docs[doc_id] = doc
        return doc

    @staticmethod
    def _answer(request: httpx.Request, doc: dict[str, Any], message: str) -> httpx.Response:
        """The written doc, the selected fields only (recorded: ``_status`` where selected)."""
        selected = {k[len("select[") : -1] for k in request.url.params if k.startswith("select[")}
        shown = {k: v for k, v in doc.items() if not selected or k in selected | {"id"}}
        return _json(200, {"doc": copy.deepcopy(shown), "message": message})

    def _jobs(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return self._queue(json.loads(request.content))
        if request.method == "DELETE":
            job = self.jobs.pop(int(request.url.path.rsplit("/", 1)[1]), None)
            if job is None:  # recorded: a job that ran or was deleted
                return _json(403, recorded("job_delete_gone"))
            return _json(200, {"doc": job, "message": "Deleted successfully."})
        doc = next(
            (
                v
                for k, v in request.url.params.multi_items()
                if k.endswith("[input.doc.value][equals]")
            ),
            None,
        )
        docs = sorted(
            (j for j in self.jobs.values() if doc is None or j["input"]["doc"]["value"] == doc),
            key=lambda j: j["waitUntil"],
        )
        return _json(
            200,
            {
                "docs": copy.deepcopy(docs),
                "hasNextPage": False,
                "hasPrevPage": False,
                "limit": 0,
                "nextPage": None,
                "page": 1,
                "pagingCounter": 1,
                "prevPage": None,
                "totalDocs": len(docs),
                "totalPages": 1,
            },
        )

    def _queue(self, body: dict[str, Any]) -> httpx.Response:
        """A job as recorded (``job_create``): Payload adds the user and writes the time
        with milliseconds."""
        job_id = max(self.jobs, default=0) + 1
        at = body["waitUntil"]
        if "." not in at:
            at = at.replace("Z", ".000Z")
        job = {
            **recorded("job_create")["doc"],
            "id": job_id,
            "input": {**body["input"], "user": {"value": 1, "relationTo": "users"}},
            "taskSlug": body["taskSlug"],
            "waitUntil": at,
            "updatedAt": self.clock.tick(),
            "createdAt": self.clock.tick(),
        }
        self.jobs[job_id] = job
        return _json(
            201, {"doc": copy.deepcopy(job), "message": "Payload Job successfully created."}
        )


def recorded(name: str) -> Any:
    """An answer the editorial stack gave (``tests.fixtures.record_drafts``)."""
    path = FIXTURES / "payload" / "drafts" / "editorial" / f"{name}.json"
    return json.loads(path.read_text())["response"]["json"]


class KnownCapabilities(FixedCapabilities):
    """As the session's cache once it has asked: a pull knows the shop keeps drafts (and
    reads their state)."""

    def peek(self, profile_name: str) -> Any:
        return self.caps
