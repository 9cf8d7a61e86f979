"""In-process fakes of the parts of Medusa and Payload the admin tools use.

Shapes follow /work/shared/reference (medusa-admin-api.md §2, §5.1, §6, §11;
payload-rest-api.md §1.2, §3, §5, §6). ``FakeSync`` plays Medusa's sync
subscriber one step at a time, so watch tests control progress exactly.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

import httpx

from desktop_app.services.transports import Transports

SECRET_KEY = "sk_admin_test_0123456789"
PAYLOAD_KEY = "0b5e7c1e-0000-4000-8000-adminkey0000"
FORBIDDEN = {"errors": [{"message": "You are not allowed to perform this action."}]}


def html_404(method: str, path: str) -> httpx.Response:
    return httpx.Response(404, text=f"<!DOCTYPE html><pre>Cannot {method} {path}</pre>",
                          headers={"content-type": "text/html; charset=utf-8"})


def product(n: int, *, payload_id: Any = None, options: int = 1, variants: int = 2,
            title: str | None = None, subtitle: str | None = None) -> dict[str, Any]:
    pid = f"prod_{n:04d}"
    metadata: dict[str, Any] = {"seed": "test"}
    if payload_id is not None:
        metadata["payload_id"] = payload_id
    return {
        "id": pid, "title": title or f"Title {n}", "subtitle": subtitle, "metadata": metadata,
        "options": [{"id": f"opt_{n:04d}_{i}"} for i in range(options)],
        "variants": [{"id": f"variant_{n:04d}_{i}"} for i in range(variants)],
        "created_at": f"2026-11-27T05:{n % 60:02d}:24.797Z",
        "deleted_at": None,
    }


def doc_for(p: dict[str, Any], doc_id: int, **overrides: Any) -> dict[str, Any]:
    doc = {
        "id": doc_id, "medusa_id": p["id"], "title": p["title"], "subtitle": p["subtitle"],
        "options": [{"id": f"{doc_id:024x}", "title": "Size", "medusa_id": o["id"]}
                    for o in p["options"]],
        "variants": [{"id": f"{doc_id + 1:024x}", "title": "S", "medusa_id": v["id"],
                      "option_values": []} for v in p["variants"]],
        "updatedAt": "2026-11-27T05:12:22.503Z",
    }
    doc.update(overrides)
    return doc


@dataclass
class FakeMedusa:
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    secret_key: str = SECRET_KEY
    has_sync_route: bool = True
    down: bool = False
    date_offset: float = 0.0  # seconds added to the Date header (clock skew)
    on_sync: Any = None  # called when the sync route is POSTed
    sync_status: int = 200
    requests: list[httpx.Request] = field(default_factory=list)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def add(self, *items: dict[str, Any]) -> None:
        for p in items:
            self.products[p["id"]] = p

    def live(self) -> list[dict[str, Any]]:
        return [p for p in self.products.values() if p["deleted_at"] is None]

    def _authorised(self, request: httpx.Request) -> bool:
        raw = request.headers.get("authorization", "").removeprefix("Basic ").strip()
        try:
            decoded = base64.b64decode(raw).decode()
        except ValueError:
            decoded = ""
        return self.secret_key in (raw, decoded.rstrip(":"))

    def _date(self) -> dict[str, str]:
        import time

        return {"date": formatdate(time.time() + self.date_offset, usegmt=True)}

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path, method = request.url.path, request.method
        if path == "/health":
            return httpx.Response(200, text="OK", headers=self._date())
        if not self._authorised(request):
            return httpx.Response(401, json={"message": "Unauthorized"})
        if path.startswith("/admin/payload/sync/"):
            if not self.has_sync_route:
                return html_404(method, path)
            if method == "OPTIONS":  # Express: Allow header, handler not run
                return httpx.Response(200, text="POST", headers={"allow": "POST"})
            if method != "POST":
                return html_404(method, path)
            if self.sync_status != 200:
                return httpx.Response(self.sync_status, json={
                    "type": "unknown_error", "message": "An unknown error occurred."})
            collection = path.rsplit("/", 1)[1]
            if self.on_sync is not None:
                self.on_sync()
            return httpx.Response(200, json={"message": f"Syncing {collection} with Payload"})
        if path == "/admin/products" and method == "GET":
            return self._list(request)
        if path.startswith("/admin/products/"):
            pid = path.rsplit("/", 1)[1]
            found = self.products.get(pid)
            if found is None or found["deleted_at"] is not None:
                return httpx.Response(404, json={"type": "not_found",
                                                 "message": "Product not found"})
            if method == "POST":
                body = json.loads(request.content)
                meta = dict(found["metadata"] or {})
                for key, value in body.get("metadata", {}).items():
                    if value == "":
                        meta.pop(key, None)  # "" deletes the key (§5.1)
                    else:
                        meta[key] = value
                found["metadata"] = meta
            return httpx.Response(200, json={"product": self._pick(found, request)})
        return html_404(method, path)

    @staticmethod
    def _pick(p: dict[str, Any], request: httpx.Request) -> dict[str, Any]:
        fields = request.url.params.get("fields")
        if not fields:
            return p
        wanted = {f.split(".")[0].lstrip("*+") for f in fields.split(",")} | {"id"}
        return {k: v for k, v in p.items() if k in wanted}

    def _list(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        with_deleted = params.get("with_deleted") == "true"
        rows = [p for p in self.products.values() if with_deleted or p["deleted_at"] is None]
        ids = params.get_list("id[]")
        if ids:
            rows = [p for p in rows if p["id"] in ids]
        rows.sort(key=lambda p: p["id"])
        offset = int(params.get("offset", "0"))
        limit = int(params.get("limit", "50"))
        page = [self._pick(p, request) for p in rows[offset : offset + limit]]
        return httpx.Response(200, json={"products": page, "count": len(rows),
                                         "offset": offset, "limit": limit})

    def list_fields(self) -> list[str]:
        return [r.url.params.get("fields", "") for r in self.requests
                if r.url.path == "/admin/products"]


@dataclass
class FakePayload:
    docs: list[dict[str, Any]] = field(default_factory=list)
    api_key: str = PAYLOAD_KEY
    anonymous_create_open: bool = False
    has_products: bool = True
    fields_missing: tuple[str, ...] = ()
    date_offset: float = 0.0
    requests: list[httpx.Request] = field(default_factory=list)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _user(self, request: httpx.Request) -> dict[str, Any] | None:
        if request.headers.get("authorization") == f"users API-Key {self.api_key}":
            return {"id": 3, "email": "admin@example.com", "collection": "users"}
        return None

    def _json(self, status: int, body: Any) -> httpx.Response:
        import time

        return httpx.Response(status, json=body, headers={
            "date": formatdate(time.time() + self.date_offset, usegmt=True)})

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, method = request.url.path, request.method
        user = self._user(request)
        if path == "/api/users/me":
            return self._json(200, {"user": user, "message": "Account"})
        if path == "/api/access":
            return self._json(200, self._access())
        if path == "/api/products" and method == "POST":
            if "is_from_medusa" in request.url.params and self.anonymous_create_open:
                return self._json(400, {"errors": [{"name": "ValidationError", "data": {
                    "collection": "products", "errors": [
                        {"label": "Title", "message": "This field is required.",
                         "path": "title"}]}, "message": "The following field is invalid: Title"}]})
            return self._json(403, FORBIDDEN)
        if user is None:
            return self._json(403, FORBIDDEN)
        if path == "/api/products/count":
            return self._json(200, {"totalDocs": len(self.docs)})
        if path == "/api/products" and method == "GET":
            return self._find(request)
        return self._json(404, {"errors": [{"message": "Not Found"}]})

    def _access(self) -> dict[str, Any]:
        fields = {
            "medusa_id": {"read": True}, "title": {"read": True}, "subtitle": {"read": True},
            "options": {"read": True, "fields": {"title": {"read": True},
                                                 "medusa_id": {"read": True}}},
            "variants": {"read": True, "fields": {"title": {"read": True},
                                                  "medusa_id": {"read": True}}},
        }
        for name in self.fields_missing:
            fields.pop(name, None)
        collections: dict[str, Any] = {"media": {"fields": True, "read": True}}
        if self.has_products:
            collections["products"] = {"fields": fields, "read": True, "create": False}
        return {"collections": collections}

    def _find(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        docs = sorted(self.docs, key=lambda d: d["id"])
        limit = int(params.get("limit", "10"))
        page = int(params.get("page", "1"))
        if limit == 0:
            chunk, pages = docs, 1
        else:
            chunk = docs[(page - 1) * limit : page * limit]
            pages = max(1, -(-len(docs) // limit))
        selected = [k[len("select["):-1] for k in params if k.startswith("select[")]
        if selected:
            chunk = [{k: v for k, v in d.items() if k in {"id", *selected}} for d in chunk]
        return self._json(200, {
            "docs": chunk, "totalDocs": len(docs), "limit": limit, "totalPages": pages,
            "page": page, "hasPrevPage": page > 1, "hasNextPage": page < pages,
        })

    def writes(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method in ("POST", "PATCH", "DELETE")]


@dataclass
class FakeSync:
    """Medusa's sync subscriber, advanced by hand: ``step()`` creates up to
    ``per_step`` missing docs and writes their payload_id back.

    ``skip`` holds products the (defective) sync never reaches.
    """

    medusa: FakeMedusa
    payload: FakePayload
    per_step: int = 10
    skip: set[str] = field(default_factory=set)
    running: bool = False

    def start(self) -> None:
        self.running = True

    def step(self) -> None:
        if not self.running:
            return
        have = {d["medusa_id"] for d in self.payload.docs}
        todo = [p for p in sorted(self.medusa.live(), key=lambda p: p["id"])
                if p["id"] not in have and p["id"] not in self.skip]
        next_id = max((d["id"] for d in self.payload.docs), default=0) + 1
        for p in todo[: self.per_step]:
            self.payload.docs.append(doc_for(p, next_id))
            p["metadata"] = {**(p["metadata"] or {}), "payload_id": str(next_id)}
            next_id += 1


@dataclass
class FakeShop:
    medusa: FakeMedusa = field(default_factory=FakeMedusa)
    payload: FakePayload = field(default_factory=FakePayload)

    @property
    def transports(self) -> Transports:
        return Transports(medusa=self.medusa.transport, payload=self.payload.transport)


def synced_shop(count: int) -> FakeShop:
    """``count`` products, each with its doc and the right payload_id (as a string)."""
    shop = FakeShop()
    for n in range(count):
        p = product(n, payload_id=str(n + 1))
        shop.medusa.add(p)
        shop.payload.docs.append(doc_for(p, n + 1))
    return shop


class FakeClock:
    """``sleep`` advances time and lets the fake sync take one step."""

    def __init__(self, sync: FakeSync | None = None) -> None:
        self.now = 1000.0
        self.sync = sync
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.sync is not None:
            self.sync.step()
