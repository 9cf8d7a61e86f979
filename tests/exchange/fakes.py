"""Stateful in-process fakes of the Medusa and Payload product APIs for sync tests.

Shapes follow /work/shared/reference (medusa-admin-api.md §2, §5, §6, §10;
payload-rest-api.md §3, §6, §7). Each fake records its requests so tests can
count them; ``down=True`` refuses connections like a stopped server.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from desktop_app.api.http import NO_RETRY

SECRET = "sk_test_fake"
API_KEY = "payload-fake-key"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"
# The organising lists MedusaStructure reads: path -> (reply key, recorded fixture).
TERM_LISTS = {
    "/admin/product-categories": ("product_categories", "categories_list"),
    "/admin/collections": ("collections", "collections_list"),
    "/admin/product-tags": ("product_tags", "tags_list"),
    "/admin/product-types": ("product_types", "types_list"),
    "/admin/sales-channels": ("sales_channels", "sales_channels_list"),
    "/admin/stock-locations": ("stock_locations", "stock_locations_list"),
    "/admin/stores": ("stores", "store_list"),
    "/admin/regions": ("regions", "regions_list"),
}


RELATIONS = ("categories", "tags", "sales_channels", "images", "options")


def recorded_terms() -> dict[str, list[dict[str, Any]]]:
    """The rows of each list as recorded on Medusa 2.21.2 (tests/fixtures/medusa)."""
    out = {}
    for path, (key, name) in TERM_LISTS.items():
        body = json.loads((FIXTURES / f"{name}.json").read_text())["response"]["json"]
        out[path] = body[key]
    return out


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 27, 5, 0, tzinfo=UTC)

    def tick(self) -> str:
        self.t += timedelta(milliseconds=7)
        return self.t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(),
                          headers={"content-type": "application/json"})


@dataclass
class FakeMedusa:
    clock: Clock = field(default_factory=Clock)
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    down: bool = False
    # Medusa does not say whether a soft delete bumps updated_at; test both.
    delete_bumps_updated_at: bool = True
    # Category ids that exist; None: every id. Medusa drops an unknown one from an update
    # without an error (product_update_deleted_category_store_fields.json).
    categories: set[str] | None = None
    # The organising lists by path (TERM_LISTS), and paths that answer 500 for now.
    terms: dict[str, list[dict[str, Any]]] = field(default_factory=recorded_terms)
    failing: set[str] = field(default_factory=set)

    def add(self, n: int, **extra: Any) -> dict[str, Any]:
        pid = f"prod_{n:05d}"
        stamp = self.clock.tick()
        product = {
            "id": pid, "title": f"Medusa title {n}", "subtitle": None, "handle": f"item-{n}",
            "status": "published", "description": f"plain description {n}",
            "metadata": {"payload_id": str(n)}, "updated_at": stamp, "deleted_at": None,
            "variants": [
                {"id": f"variant_{n}_{s}", "title": s, "sku": f"SKU-{n}-{s}", "updated_at": stamp,
                 "prices": [{"id": f"price_{n}_{s}", "amount": 10, "currency_code": "eur"}]}
                for s in ("S", "M")
            ],
        }
        product.update(extra)
        self.products[pid] = product
        return product

    def touch(self, pid: str, **changes: Any) -> None:
        self.products[pid].update(changes)
        self.products[pid]["updated_at"] = self.clock.tick()

    def delete(self, pid: str) -> None:
        stamp = self.clock.tick()
        self.products[pid]["deleted_at"] = stamp
        if self.delete_bumps_updated_at:
            self.products[pid]["updated_at"] = stamp

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self) -> MedusaClient:
        return MedusaClient("http://medusa.test", SecretKey(SECRET), transport=self.transport,
                            retry_policy=NO_RETRY)

    def writes(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST"]

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path
        if path == "/health":
            return httpx.Response(200, text="OK")
        if path == "/admin/products" and request.method == "GET":
            return self._list(request)
        if path in self.terms and request.method == "GET":
            return self._terms(request)
        if path.startswith("/admin/products/") and path.endswith("/variants/batch"):
            return self._variants_batch(path.split("/")[3], json.loads(request.content))
        if path.startswith("/admin/products/") and request.method == "DELETE":
            pid = path.rsplit("/", 1)[1]  # recorded: product_delete, product_delete_unknown
            if pid in self.products and not self.products[pid]["deleted_at"]:
                self.delete(pid)
            return _json(200, {"id": pid, "object": "product", "deleted": True})
        if path.startswith("/admin/products/"):
            pid = path.rsplit("/", 1)[1]
            product = self.products.get(pid)
            if product is None or product["deleted_at"]:
                return _json(404, {"type": "not_found", "message": "Product not found"})
            if request.method == "GET":
                return _json(200, {"product": copy.deepcopy(product)})
            if request.method == "POST":
                return self._update(product, json.loads(request.content))
        return httpx.Response(404, text="<pre>Cannot GET</pre>",
                              headers={"content-type": "text/html"})

    def _list(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        # In id order by key: a malformed product (tests) may lack its "id".
        rows = [p for _, p in sorted(self.products.items())]
        if params.get("with_deleted") != "true":
            rows = [p for p in rows if not p.get("deleted_at")]
        if "updated_at[$gte]" in params:
            rows = [p for p in rows if p["updated_at"] >= params["updated_at[$gte]"]]
        ids = params.get_list("id[]")
        if ids:
            rows = [p for p in rows if p.get("id") in ids]
        offset, limit = int(params.get("offset", 0)), int(params.get("limit", 50))
        page = copy.deepcopy(rows[offset : offset + limit])
        if params.get("fields") == "id":
            page = [{k: v for k, v in p.items() if k == "id"} for p in page]
        elif params.get("fields"):  # like Medusa: a relation not asked for is not sent
            asked = {f.lstrip("*").split(".")[0] for f in params["fields"].split(",")}
            page = [{k: v for k, v in p.items() if k not in RELATIONS or k in asked}
                    for p in page]
        return _json(200, {"products": page, "count": len(rows), "offset": offset,
                           "limit": limit})

    def _terms(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path in self.failing:
            return _json(500, {"type": "unknown_error", "message": "An unknown error occurred."})
        rows = self.terms[path]
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 50))
        return _json(200, {TERM_LISTS[path][0]: copy.deepcopy(rows[offset : offset + limit]),
                           "count": len(rows), "offset": offset, "limit": limit})

    def _update(self, product: dict[str, Any], body: dict[str, Any]) -> httpx.Response:
        if "handle" in body and (not body["handle"] or body["handle"] != body["handle"].lower()
                                 or " " in body["handle"]):
            return _json(400, {"type": "invalid_data", "message":
                               f"Invalid product handle '{body['handle']}'. "
                               "It must contain URL safe characters"})
        for key, value in body.items():
            if key == "metadata":
                meta = dict(product.get("metadata") or {})
                for k, v in value.items():  # §5.1: "" deletes, others set, nested replaced
                    if v == "":
                        meta.pop(k, None)
                    else:
                        meta[k] = v
                product["metadata"] = meta
            elif key == "variants":
                by_id = {v["id"]: v for v in product["variants"]}
                kept = []
                for change in value:
                    variant = by_id[change["id"]]
                    for k, v in change.items():
                        if k == "prices":  # §5.2: replaced, new ids
                            variant["prices"] = [{"id": "price_new", **p} for p in v]
                        elif k != "id":
                            variant[k] = v
                    kept.append(variant)
                product["variants"] = kept  # unlisted variants are removed
            elif key == "categories":
                product[key] = [c for c in value
                                if self.categories is None or c["id"] in self.categories]
            else:
                product[key] = value
        product["updated_at"] = self.clock.tick()
        return _json(200, {"product": copy.deepcopy(product)})


    def _variants_batch(self, pid: str, body: dict[str, Any]) -> httpx.Response:
        """An update-only variants batch as recorded (variants_batch_update_*): checked
        whole before anything is written, only the named variants change, and the
        product's ``updated_at`` stays, the variants' move (product_stamps_after_variants_batch)."""
        product = self.products.get(pid)
        if product is None or product["deleted_at"]:
            return _json(404, {"type": "not_found",
                               "message": f'Product with id "{pid}" not found'})
        by_id = {v["id"]: v for v in product["variants"]}
        unknown = [row["id"] for row in body["update"] if row["id"] not in by_id]
        if unknown:
            message = f"Cannot update non-existing variants with ids: {', '.join(unknown)}"
            return _json(400, {"type": "invalid_data", "message": message})
        updated = []
        for change in body["update"]:
            variant = by_id[change["id"]]
            for k, v in change.items():
                if k == "prices":  # replaced, new ids
                    variant["prices"] = [{"id": "price_new", **p} for p in v]
                elif k != "id":
                    variant[k] = v
            variant["updated_at"] = self.clock.tick()
            updated.append(copy.deepcopy(variant))
        return _json(200, {"created": [], "updated": updated,
                           "deleted": {"ids": [], "object": "variant", "deleted": True}})


# The fields of a products doc the fakes serve (the example repo's collection, without
# localization): a where path through anything else is refused, as Payload does.
DOC_SCHEMA: dict[str, Any] = {
    "id": 1, "medusa_id": "", "title": "", "subtitle": "", "description": {}, "handle": "",
    "seo": {"meta_title": "", "meta_description": "", "meta_keywords": ""},
    "thumbnail": 1, "images": [], "updatedAt": "", "createdAt": "", "_status": "",
}
WHERE_PATH = re.compile(r"^where(?:\[(?:or|and)\]\[\d+\])*\[([^\]]+)\]\[[a-z_]+\]$")


def unqueryable(request: httpx.Request) -> list[str]:
    """The ``where`` paths of ``request`` that name no field of DOC_SCHEMA, in order."""
    from tests.fixtures.capabilities import request_params

    refused = []
    for param, _value in request_params(request):
        match = WHERE_PATH.match(param)
        if match and not _in_schema(match.group(1)) and match.group(1) not in refused:
            refused.append(match.group(1))
    return refused


def _in_schema(path: str) -> bool:
    value: Any = DOC_SCHEMA
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return True


def query_error(paths: list[str]) -> dict[str, Any]:
    """Payload 3's 400 for paths it cannot query, as recorded from the test stack
    (tests/fixtures/payload/capabilities/default/products_count_fields.json)."""
    return {"errors": [{
        "name": "QueryError",
        "data": [{"path": path} for path in paths],
        "message": f"The following paths cannot be queried: {', '.join(paths)}",
    }]}


@dataclass
class FakePayload:
    clock: Clock = field(default_factory=Clock)
    docs: dict[int, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    locked: set[int] = field(default_factory=set)
    down: bool = False

    def add(self, medusa_id: str, title: str, **extra: Any) -> dict[str, Any]:
        doc_id = max(self.docs, default=0) + 1
        doc = {"id": doc_id, "medusa_id": medusa_id, "title": title, "subtitle": None,
               "description": None,
               "seo": {"meta_title": None, "meta_description": None, "meta_keywords": None},
               "updatedAt": self.clock.tick(), "createdAt": self.clock.tick(), **extra}
        self.docs[doc_id] = doc
        return doc

    def by_medusa(self, medusa_id: str) -> dict[str, Any]:
        return next(d for d in self.docs.values() if d.get("medusa_id") == medusa_id)

    def touch(self, medusa_id: str, **changes: Any) -> None:
        doc = self.by_medusa(medusa_id)
        doc.update(changes)
        doc["updatedAt"] = self.clock.tick()

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self) -> PayloadClient:
        return PayloadClient("http://payload.test", API_KEY, transport=self.transport,
                             retry_policy=NO_RETRY)

    def writes(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "PATCH"]

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        assert "is_from_medusa" not in str(request.url)
        path = request.url.path
        if path == "/api/users/me":
            return _json(200, {"user": {"id": 1, "email": "e@x"}, "message": "Account"})
        if path == "/api/products/count":
            refused = unqueryable(request)
            if refused:  # the localisation probe on a Payload without localisation
                return _json(400, query_error(refused))
            return _json(200, {"totalDocs": len(self.docs)})
        if path == "/api/products" and request.method == "GET":
            return self._find(list(request.url.params.multi_items()))
        if path.startswith("/api/products/") and request.method == "PATCH":
            doc_id = int(path.rsplit("/", 1)[1])
            if request.url.params.get("overrideLock") == "true":
                self.locked.discard(doc_id)  # the override removes the lock (§7)
            return self._patch(doc_id, json.loads(request.content))
        return _json(404, {"errors": [{"message": "Not Found"}]})

    def _find(self, params: list[tuple[str, str]]) -> httpx.Response:
        values = dict(params)
        # In id order by key: a malformed doc (tests) may lack its "id" or "medusa_id".
        docs = [d for _, d in sorted(self.docs.items())]
        for key, value in params:
            if key.endswith("[medusa_id][equals]"):
                docs = [d for d in docs if d.get("medusa_id") == value]
            elif key.endswith("[medusa_id][in]"):
                docs = [d for d in docs if d.get("medusa_id") in value.split(",")]
            elif key.endswith("[updatedAt][greater_than_equal]"):
                docs = [d for d in docs if d["updatedAt"] >= value]
            elif key.endswith("[id][in]"):
                wanted = {int(v) for v in value.split(",")}
                docs = [d for d in docs if d.get("id") in wanted]
        limit, page = int(values.get("limit", 10)), int(values.get("page", 1))
        chunk = docs if limit == 0 else docs[(page - 1) * limit : page * limit]
        pages = 1 if limit == 0 else max(1, -(-len(docs) // limit))
        selected = {k[len("select["):-1] for k in values if k.startswith("select[")}
        if selected:
            chunk = [{k: v for k, v in d.items() if k in selected | {"id"}} for d in chunk]
        return _json(200, {"docs": copy.deepcopy(chunk), "totalDocs": len(docs), "limit": limit,
                           "totalPages": pages, "page": page, "hasNextPage": page < pages,
                           "hasPrevPage": page > 1})

    def _patch(self, doc_id: int, body: dict[str, Any]) -> httpx.Response:
        if doc_id in self.locked:
            return _json(423, {"errors": [{"message": f"Document with ID {doc_id} is currently "
                                           "locked by another user and cannot be updated."}]})
        doc = self.docs.get(doc_id)
        if doc is None:
            return _json(404, {"errors": [{"message": "Not Found"}]})
        if "title" in body and not body["title"]:
            return _json(400, {"errors": [{"name": "ValidationError", "data": {
                "collection": "products", "errors": [
                    {"label": "Title", "message": "This field is required.", "path": "title"}]},
                "message": "The following field is invalid: Title"}]})
        doc.update(body)
        doc["updatedAt"] = self.clock.tick()  # §8: bumps even when nothing changed
        return _json(200, {"doc": copy.deepcopy(doc), "message": "Updated successfully."})


def fake_pair(count: int = 3) -> tuple[FakeMedusa, FakePayload]:
    """``count`` Medusa products, each with a Payload doc (titled ``Payload title N``)."""
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), FakePayload(clock=clock)
    for n in range(1, count + 1):
        product = medusa.add(n)
        payload.add(product["id"], f"Payload title {n}")
    return medusa, payload


def parse_form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode())


@dataclass
class Gate:
    """Holds the first request that ``match`` accepts until ``release`` is set.

    The held request reaches the fake server only after the release: a slow write
    that lands late, while the test does something else meanwhile.
    """

    match: Any
    entered: Any = None
    release: Any = None
    used: bool = False

    def __post_init__(self) -> None:
        import asyncio

        self.entered, self.release = asyncio.Event(), asyncio.Event()

    def transport(self, fake: Any) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            if not self.used and self.match(request):
                self.used = True
                self.entered.set()
                await self.release.wait()
            response: httpx.Response = fake.handle(request)
            return response

        return httpx.MockTransport(handle)


def writes_to(method: str, path_part: str) -> Any:
    return lambda request: request.method == method and path_part in request.url.path


def gated_clients(
    medusa: FakeMedusa, payload: FakePayload, gate: Gate, server: str
) -> tuple[MedusaClient, PayloadClient]:
    """Clients of both fakes; requests to ``server`` pass through ``gate``."""
    m_transport = gate.transport(medusa) if server == "medusa" else medusa.transport
    p_transport = gate.transport(payload) if server == "payload" else payload.transport
    return (MedusaClient("http://medusa.test", SecretKey(SECRET), transport=m_transport,
                         retry_policy=NO_RETRY),
            PayloadClient("http://payload.test", API_KEY, transport=p_transport,
                          retry_policy=NO_RETRY))
