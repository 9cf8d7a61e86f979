"""A small fake Medusa for the catalog commands that go online (``--push``, ``create``):
it answers the create routes in the shape recorded on Medusa 2.21.2
(tests/fixtures/medusa: product_create, product_create_duplicate_handle, tag_create,
category_create_child) and refuses anything else, so a test sees every request."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.services.transports import Transports

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "medusa"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())["response"]


def _reply(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


class FakeMedusa:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, Any]] = []
        self.handles: set[str] = set()
        self._ids = itertools.count(1)

    def transports(self) -> Transports:
        def refuse(request: httpx.Request) -> httpx.Response:
            return _reply(500, {"message": f"unexpected {request.method} {request.url.path}"})

        return Transports(httpx.MockTransport(self.handle), httpx.MockTransport(refuse))

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):04d}"

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.path, body))
        route = (request.method, request.url.path)
        if route == ("POST", "/admin/products"):
            return self._create(body)
        if route == ("POST", "/admin/product-tags"):
            return _reply(200, {"product_tag": {"id": self._id("ptag"), "value": body["value"],
                                                "metadata": None}})
        if route == ("POST", "/admin/product-categories"):
            answer = recorded("category_create_child")["json"]["product_category"]
            return _reply(200, {"product_category": {
                **answer, "id": self._id("pcat"), "name": body["name"],
                "handle": body.get("handle") or body["name"].lower().replace(" ", "-"),
                "parent_category_id": body.get("parent_category_id")}})
        return _reply(404, {"type": "not_found", "message": f"no route {route}"})

    def _create(self, body: dict[str, Any]) -> httpx.Response:
        if body["handle"] in self.handles:
            refused = recorded("product_create_duplicate_handle")
            message = f"Product with handle: {body['handle']}, already exists."
            return _reply(refused["status"], {**refused["json"], "message": message})
        self.handles.add(body["handle"])
        pid = self._id("prod")
        options = [{"id": self._id("opt"), "title": o["title"],
                    "values": [{"id": self._id("optval"), "value": v} for v in o["values"]]}
                   for o in body["options"]]
        option_ids = {o["title"]: o for o in options}
        variants = [{
            "id": self._id("variant"), "title": v["title"], "sku": v.get("sku"),
            "metadata": v["metadata"], "manage_inventory": v.get("manage_inventory", True),
            "allow_backorder": False, "product_id": pid,
            "prices": [{"id": self._id("price"), **p} for p in v["prices"]],
            "options": [{"id": next(x["id"] for x in option_ids[t]["values"] if x["value"] == val),
                         "value": val, "option_id": option_ids[t]["id"]}
                        for t, val in v["options"].items()],
        } for v in body["variants"]]
        product = {**recorded("product_create")["json"]["product"], "id": pid,
                   "title": body["title"], "handle": body["handle"], "status": body["status"],
                   "metadata": body["metadata"], "options": options, "variants": variants}
        return _reply(200, {"product": product})

