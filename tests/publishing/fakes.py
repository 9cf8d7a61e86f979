"""Payload 3.90 with drafts and scheduled publishing, as recorded on the editorial stack
(tests/fixtures/payload/drafts/editorial, ``python -m tests.fixtures.record_drafts``).

What it does, as recorded there:

* ``PATCH ?draft=true``: a draft version on top of the latest version; the document stays
  (``draft_patch``, ``reread_with_draft``);
* ``PATCH`` without ``?draft``: the write is merged onto the **latest version** (a newer
  draft included) and takes that version's ``_status`` unless it names one; the document
  becomes that (``plain_patch_over_draft``: status ``draft``, the draft's content);
* ``GET ?draft=true``: each document's latest version; ``where[_status]`` applies to it
  (``drafts_find``); without it, to the document (``unpublished_find``);
* ``payload-jobs``: create, list (``equals`` on ``input.doc.value``; ``in`` is refused,
  ``jobs_find_in``), delete (403 once gone, ``job_delete_gone``); a job deleted once run.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from desktop_app.api.capabilities import Capability, Feature, ShopCapabilities, Support
from desktop_app.services.capabilities import CapabilityCache
from tests.exchange.fakes import _json
from tests.timeline.fakes import VersionedPayload

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
    """Answers ``found`` as if detected this session (``peek`` knows it too)."""

    def __init__(self, found: ShopCapabilities | None) -> None:
        super().__init__()
        self.found = found

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
        return self.found if self._found else None


SELECT = "select["


@dataclass
class DraftsPayload(VersionedPayload):
    drafts: dict[int, dict[str, Any]] = field(default_factory=dict)  # newer draft per doc
    jobs: list[dict[str, Any]] = field(default_factory=list)
    next_job: int = 1

    def add(self, medusa_id: str, title: str, **extra: Any) -> dict[str, Any]:
        doc = super().add(medusa_id, title, _status="published", **extra)
        self._add(doc["id"], copy.deepcopy(doc), draft=False, autosave=False)
        return doc

    def latest(self, doc_id: int) -> dict[str, Any]:
        return self.drafts.get(doc_id) or self.docs[doc_id]

    # --- what editors do in Payload's admin meanwhile
    def save_draft(self, doc_id: int, **changes: Any) -> None:
        self._write(doc_id, changes, draft=True)

    def run_due_jobs(self) -> None:
        """Payload's job runner: each job runs as a PATCH with its _status, then is deleted."""
        for job in list(self.jobs):
            status = "published" if job["input"]["type"] == "publish" else "draft"
            self._write(int(job["input"]["doc"]["value"]), {"_status": status}, draft=False)
            self.jobs.remove(job)

    # --- the REST API
    def handle(self, request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, list(request.url.params.multi_items())
        if path.startswith("/api/payload-jobs"):
            self.requests.append(request)
            if self.down:
                raise httpx.ConnectError("connection refused", request=request)
            return self._jobs(request, path, params)
        if path == "/api/products" and request.method == "GET":
            self.requests.append(request)
            if self.down:
                raise httpx.ConnectError("connection refused", request=request)
            return self._find_products(params)
        if path.startswith("/api/products/") and request.method == "PATCH":
            self.requests.append(request)
            if self.down:
                raise httpx.ConnectError("connection refused", request=request)
            doc_id = int(path.rsplit("/", 1)[1])
            if doc_id in self.locked and request.url.params.get("overrideLock") != "true":
                return super()._patch(doc_id, {})  # the recorded 423
            draft = request.url.params.get("draft") == "true"
            body = json.loads(request.content)
            doc = self._write(doc_id, body, draft=draft and body.get("_status") != "published")
            message = "Draft saved successfully." if draft else "Updated successfully."
            return _json(200, {"doc": _selected(doc, params), "message": message})
        return super().handle(request)

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
        self._add(doc_id, copy.deepcopy(new), draft=new["_status"] == "draft", autosave=False)
        return new

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
            job.update(
                id=self.next_job,
                waitUntil=body["waitUntil"],
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
