"""A stateful fake of Medusa's product create/lookup/delete routes, for create replays.

Answers are the recorded Medusa 2.21.2 shapes (tests/fixtures/medusa: product_create,
products_by_handle, product_create_duplicate_handle, store_list, product_delete),
with the fake's own ids. ``faults`` is a queue for the next create requests: ``"lost"``
applies the create and loses the answer (a read timeout), ``"refused"`` fails before
anything is applied (connection refused).
"""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())["response"]


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


class FakeCreates:
    def __init__(self) -> None:
        self.products: dict[str, dict[str, Any]] = {}
        self.faults: list[str] = []
        self.created_requests = 0
        self.updates = 0
        self._ids = itertools.count(1)
        self._template = recorded("product_create")["json"]["product"]

    def client(self) -> MedusaClient:
        return MedusaClient("http://medusa.test", SecretKey("sk_test_fake"),
                            transport=httpx.MockTransport(self.handle), retry_policy=NO_RETRY)

    def live(self) -> list[dict[str, Any]]:
        return [p for p in self.products.values() if not p["deleted_at"]]

    def handle(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        if path == "/admin/stores":
            return _json(200, recorded("store_list")["json"])
        if path == "/admin/products" and method == "POST":
            return self._create(request)
        if path == "/admin/products" and method == "GET":
            handle = request.url.params.get("handle")
            ids = request.url.params.get_list("id[]")
            found = [p for p in self.live()
                     if (handle is None or p["handle"] == handle) and (not ids or p["id"] in ids)]
            return _json(200, {"products": found, "count": len(found), "offset": 0,
                               "limit": 50})
        if path.startswith("/admin/products/") and method == "DELETE":
            pid = path.rsplit("/", 1)[1]
            if pid in self.products:
                self.products[pid]["deleted_at"] = "2026-12-07T00:00:00.000Z"
            return _json(200, {"id": pid, "object": "product", "deleted": True})
        if path.startswith("/admin/products/") and method == "POST":
            product = self.products.get(path.rsplit("/", 1)[1])
            if product is None or product["deleted_at"]:
                return _json(404, {"type": "not_found", "message": "Product not found"})
            changes = json.loads(request.content)
            if "handle" in changes and any(p["handle"] == changes["handle"] and p is not product
                                           for p in self.live()):
                return _json(400, {"type": "invalid_data", "message":
                                   f"Product with handle: {changes['handle']}, already exists."})
            product.update({k: v for k, v in changes.items() if k in ("handle", "status")})
            self.updates += 1
            return _json(200, {"product": product})
        if path.startswith("/admin/products/") and method == "GET":
            product = self.products.get(path.rsplit("/", 1)[1])
            if product is None or product["deleted_at"]:
                return _json(404, {"type": "not_found", "message": "Product not found"})
            return _json(200, {"product": product})
        return _json(404, {"type": "not_found", "message": f"no route {method} {path}"})

    def _create(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.pop(0) if self.faults else "ok"
        if fault == "refused":
            raise httpx.ConnectError("connection refused", request=request)
        body = json.loads(request.content)
        self.created_requests += 1
        if any(p["handle"] == body["handle"] for p in self.live()):
            return _json(400, recorded("product_create_duplicate_handle")["json"] | {
                "message": f"Product with handle: {body['handle']}, already exists."})
        product = self.make(body)
        if fault == "lost":
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return _json(200, {"product": product})

    def make(self, body: dict[str, Any]) -> dict[str, Any]:
        """Store a product as Medusa would from a create body (also for a 'landed' create)."""
        n = next(self._ids)
        product = copy.deepcopy(self._template)
        product.update(id=f"prod_fake{n:04d}", handle=body["handle"], title=body["title"],
                       status=body.get("status", "draft"), metadata=body.get("metadata"),
                       deleted_at=None)
        variant_template = self._template["variants"][0]
        product["variants"] = [
            {**copy.deepcopy(variant_template), "id": f"variant_fake{n:04d}_{i}",
             "title": v["title"], "sku": v.get("sku"), "metadata": v.get("metadata"),
             "product_id": product["id"], "options": [], "prices": [
                 {**variant_template["prices"][0], "id": f"price_fake{n}_{i}_{j}",
                  "amount": p["amount"], "currency_code": p["currency_code"],
                  # Medusa answers a price's rules (product_create_region_price.json).
                  "rules": dict(p.get("rules") or {})}
                 for j, p in enumerate(v.get("prices") or ())]}
            for i, v in enumerate(body.get("variants") or ())]
        self.products[product["id"]] = product
        return product
