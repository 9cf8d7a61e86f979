"""Payload with versions (as the editorial stack keeps them), and capabilities to order."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import httpx

from desktop_app.api.capabilities import Capability, Feature, ShopCapabilities, Support
from desktop_app.services.capabilities import CapabilityCache
from tests.exchange.fakes import FakePayload, _json

NO_VERSIONS = "Payload's products collection has no versions: turn on versions."


def capabilities(versions: bool) -> ShopCapabilities:
    def one(feature: Feature, on: bool) -> Capability:
        return Capability(feature, Support.AVAILABLE if on else Support.MISSING,
                          "" if on else NO_VERSIONS)

    return ShopCapabilities(one(Feature.VERSIONS, versions), one(Feature.DRAFTS, versions),
                            one(Feature.LOCALISED_CONTENT, False),
                            one(Feature.MEDUSA_TRANSLATIONS, False))


class FixedCapabilities(CapabilityCache):
    def __init__(self, found: ShopCapabilities) -> None:
        super().__init__()
        self.found = found

    async def get(self, shop: Any, *, refresh: bool = False, extra_locales: Any = ()
                  ) -> ShopCapabilities:
        self.detections += 1
        return self.found


@dataclass
class VersionedPayload(FakePayload):
    """Every write adds a version; ``?draft=true`` leaves the published doc as it was. Without
    ``versions_on`` the versions route answers 500, as Payload 3.90 does."""

    versions_on: bool = True
    history: list[dict[str, Any]] = field(default_factory=list)

    def version(self, doc_id: int, draft: bool = False, autosave: bool = False,
                **changes: Any) -> dict[str, Any]:
        """A save through Payload: published (the doc changes too) or a draft (it does not)."""
        drafts = self.history_of(doc_id)
        base = drafts[-1]["version"] if drafts else self.docs[doc_id]
        stamp = self.clock.tick()
        if not draft:
            self.docs[doc_id].update(changes)
            self.docs[doc_id]["updatedAt"] = stamp
        return self._add(doc_id, {**copy.deepcopy(base), **changes, "updatedAt": stamp},
                         draft, autosave)

    def _add(self, doc_id: int, content: dict[str, Any], draft: bool, autosave: bool
             ) -> dict[str, Any]:
        content = {k: v for k, v in content.items() if k != "id"}
        content["_status"] = "draft" if draft else "published"
        for old in self.history_of(doc_id):
            old["latest"] = False
        row = {"id": len(self.history) + 1, "parent": doc_id, "version": content,
               "createdAt": content["updatedAt"], "updatedAt": content["updatedAt"],
               "autosave": autosave, "latest": True, "snapshot": None, "publishedLocale": None}
        self.history.append(row)
        return row

    def history_of(self, doc_id: int) -> list[dict[str, Any]]:
        return [v for v in self.history if v["parent"] == doc_id]

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/products/versions" and request.method == "GET":
            self.requests.append(request)
            if self.down:
                raise httpx.ConnectError("connection refused", request=request)
            if not self.versions_on:
                return _json(500, {"errors": [{"message": "Something went wrong."}]})
            params = dict(request.url.params.multi_items())
            rows = [v for v in self.history
                    if str(v["parent"]) == params.get("where[parent][equals]")]
            rows.sort(key=lambda v: v["updatedAt"], reverse=params.get("sort") == "-updatedAt")
            limit = int(params.get("limit", 10))
            return _json(200, {"docs": copy.deepcopy(rows[:limit]), "totalDocs": len(rows),
                               "limit": limit, "totalPages": 1, "page": 1,
                               "hasNextPage": False, "hasPrevPage": False})
        response = super().handle(request)
        if (self.versions_on and request.method == "PATCH" and path.startswith("/api/products/")
                and response.status_code == 200):
            doc_id = int(path.rsplit("/", 1)[1])  # the app's write, published
            self._add(doc_id, copy.deepcopy(self.docs[doc_id]), draft=False, autosave=False)
        return response
