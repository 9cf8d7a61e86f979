"""In-process fakes of Medusa's admin products API and Payload's REST API.

Response shapes follow /work/shared/reference/medusa-admin-api.md and
payload-rest-api.md. Served through ``httpx.MockTransport``; every request is
recorded so tests can assert on what the app asked for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from desktop_app.services.transports import Transports

SECRET_KEY = "sk_test_0123456789"
PAYLOAD_KEY = "0b5e7c1e-0000-4000-8000-editorkey00"


def medusa_product(n: int, *, status: str = "published", variants: int = 2) -> dict[str, Any]:
    pid = f"prod_{n:04d}"
    return {
        "id": pid,
        "title": f"Medusa title {n}",
        "handle": f"demo-product-{n}",
        "status": status,
        "updated_at": f"2026-11-{(n % 28) + 1:02d}T05:09:24.797Z",
        "variants": [{"id": f"variant_{n:04d}_{v}"} for v in range(variants)],
    }


@dataclass
class FakeMedusa:
    products: list[dict[str, Any]] = field(default_factory=list)
    secret_key: str = SECRET_KEY
    down: bool = False  # connection refused
    list_status: int | None = None  # answer product lists with this error status
    requests: list[httpx.Request] = field(default_factory=list)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _authorised(self, request: httpx.Request) -> bool:
        header = request.headers.get("authorization", "")
        return header.startswith("Basic ") and self.secret_key in _basic_values(header)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path
        if path == "/health":
            return httpx.Response(200, text="OK")
        if not path.startswith("/admin/"):
            return httpx.Response(404, text=f"<pre>Cannot GET {path}</pre>",
                                  headers={"content-type": "text/html"})
        if not self._authorised(request):
            return httpx.Response(401, json={"message": "Unauthorized"})
        if path == "/admin/products" and request.method == "GET":
            if self.list_status is not None:
                return httpx.Response(
                    self.list_status,
                    json={"code": "unknown_error", "type": "unknown_error",
                          "message": "An unknown error occurred."},
                )
            return self._list(request)
        return httpx.Response(404, text="<pre>Cannot GET</pre>",
                              headers={"content-type": "text/html"})

    def _list(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        rows = list(self.products)
        statuses = params.get_list("status[]")
        if statuses:
            rows = [p for p in rows if p["status"] in statuses]
        order = params.get("order")
        if order:
            key = order.lstrip("-")
            rows.sort(key=lambda p: p.get(key) or "", reverse=order.startswith("-"))
        offset = int(params.get("offset", "0"))
        limit = int(params.get("limit", "50"))
        page = rows[offset : offset + limit]
        fields = params.get("fields")
        if fields:
            wanted = {f.split(".")[0].lstrip("*+") for f in fields.split(",")} | {"id"}
            page = [{k: v for k, v in p.items() if k in wanted} for p in page]
        return httpx.Response(
            200, json={"products": page, "count": len(rows), "offset": offset, "limit": limit}
        )

    def list_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == "/admin/products"]


def _basic_values(header: str) -> str:
    import base64

    raw = header.removeprefix("Basic ").strip()
    try:
        return raw + " " + base64.b64decode(raw).decode()
    except ValueError:
        return raw


@dataclass
class FakePayload:
    # medusa_id -> payload doc (id, title, medusa_id, updatedAt)
    docs: list[dict[str, Any]] = field(default_factory=list)
    api_key: str = PAYLOAD_KEY
    email: str = "editor@example.com"
    down: bool = False
    find_status: int | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def link(self, medusa_ids: list[str], title_prefix: str = "Payload title") -> None:
        for mid in medusa_ids:
            n = len(self.docs) + 1
            self.docs.append({"id": n, "medusa_id": mid, "title": f"{title_prefix} {mid}",
                              "updatedAt": "2026-11-27T05:12:22.503Z"})

    def _user(self, request: httpx.Request) -> dict[str, Any] | None:
        if request.headers.get("authorization") == f"users API-Key {self.api_key}":
            return {"id": 3, "email": self.email, "collection": "users", "hasAPIKey": True,
                    "_strategy": "api-key"}
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path
        user = self._user(request)
        if path == "/api/users/me":
            if user is None:
                return httpx.Response(200, json={"user": None, "message": "Account"})
            return httpx.Response(200, json={"user": user, "collection": "users",
                                             "strategy": "api-key", "message": "Account"})
        if path in ("/api/products", "/api/products/count") and user is None:
            # An unknown key is anonymous, and reading products needs a user: 403, not 401
            # (shared/reference/payload-rest-api.md), the count as the find.
            return httpx.Response(403, json={
                "errors": [{"message": "You are not allowed to perform this action."}]})
        if path == "/api/products":
            if self.find_status is not None:
                return httpx.Response(self.find_status,
                                      json={"errors": [{"message": "Something went wrong."}]})
            if request.method == "POST" and request.headers.get(
                "x-payload-http-method-override"
            ) == "GET":
                params = parse_qsl(request.content.decode())
            else:
                params = list(request.url.params.multi_items())
            return self._find(params)
        if path == "/api/products/count" and user is not None:
            # Shape recorded from Payload 3.90.2 (payload-rest-api.md): {"totalDocs": N}
            return httpx.Response(200, json={"totalDocs": len(self.docs)})
        return httpx.Response(404, json={"errors": [{"message": "Not Found"}]})

    def _find(self, params: list[tuple[str, str]]) -> httpx.Response:
        wanted: list[str] | None = None
        for key, value in params:
            if key == "where[medusa_id][in]":
                wanted = (wanted or []) + value.split(",")
            elif key.startswith("where[medusa_id][in]["):
                wanted = (wanted or []) + [value]
        docs = [d for d in self.docs if wanted is None or d["medusa_id"] in wanted]
        docs.sort(key=lambda d: d["id"])
        values = dict(params)
        limit = int(values.get("limit", "10"))
        page = int(values.get("page", "1"))
        if limit == 0:
            chunk, pages = docs, 1
        else:
            chunk = docs[(page - 1) * limit : page * limit]
            pages = max(1, -(-len(docs) // limit))
        selected = [k[len("select["):-1] for k in values if k.startswith("select[")]
        if selected:
            chunk = [{k: v for k, v in d.items() if k in {"id", *selected}} for d in chunk]
        body = {
            "docs": chunk, "totalDocs": len(docs), "limit": limit, "totalPages": pages,
            "page": page, "pagingCounter": 1 + (page - 1) * limit, "hasPrevPage": page > 1,
            "hasNextPage": page < pages, "prevPage": page - 1 if page > 1 else None,
            "nextPage": page + 1 if page < pages else None,
        }
        return httpx.Response(200, content=json.dumps(body).encode(),
                              headers={"content-type": "application/json"})


@dataclass
class FakeShop:
    medusa: FakeMedusa
    payload: FakePayload

    @property
    def transports(self) -> Transports:
        return Transports(medusa=self.medusa.transport, payload=self.payload.transport)


def fake_shop(
    count: int = 5, linked: int | None = None, statuses: tuple[str, ...] = ()
) -> FakeShop:
    """``count`` products; the first ``linked`` (default all but the last) have Payload docs."""
    products = [
        medusa_product(n, status=statuses[n % len(statuses)] if statuses else "published",
                       variants=1 + n % 3)
        for n in range(count)
    ]
    medusa = FakeMedusa(products=products)
    payload = FakePayload()
    linked = count - 1 if linked is None else linked
    payload.link([p["id"] for p in products[:linked]])
    return FakeShop(medusa, payload)


def shop_profile(name: str = "Shop", **overrides: Any):
    from desktop_app.config import MedusaAuth, Profile

    data: dict[str, Any] = {
        "name": name,
        "medusa_url": "http://medusa.test:9000",
        "medusa_auth": MedusaAuth.SECRET_KEY,
        "payload_url": "http://payload.test:3000",
        **overrides,
    }
    return Profile(**data)


def secrets_for(profile, medusa: str | None = SECRET_KEY, payload: str | None = PAYLOAD_KEY):
    """An in-memory SecretStore holding ``profile``'s secrets (None leaves one out)."""
    from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind

    store = InMemorySecretStore()
    if medusa is not None:
        store.set(profile.name, profile.medusa_secret, Secret(medusa))
    if payload is not None:
        store.set(profile.name, SecretKind.PAYLOAD_API_KEY, Secret(payload))
    return store
