"""Payload's versions read with the app's client, as the editorial stack answers them."""

from __future__ import annotations

import httpx

from desktop_app.api.capabilities import Capability, Feature, Support
from desktop_app.api.http import RetryPolicy
from desktop_app.api.payload import PayloadClient
from desktop_app.store.fields import PAYLOAD
from desktop_app.timeline.content import content_hash, content_of
from desktop_app.timeline.versions import VersionsState, read_versions, version_point
from tests.timeline.helpers import PID, payload

AVAILABLE = Capability(Feature.VERSIONS, Support.AVAILABLE)
MISSING = Capability(Feature.VERSIONS, Support.MISSING, "turn on versions.")


def version_doc(n: int, title: str, **extra: object) -> dict:
    content = {k: v for k, v in payload(n, title=title).items() if k not in ("id", "updated_at")}
    return {"id": n, "parent": 1, "version": {**content, "_status": "draft",
                                              "updatedAt": f"2026-03-01T10:{n:02d}:00.000Z"},
            "createdAt": "x", "updatedAt": f"2026-03-01T10:{n:02d}:01.000Z",
            "autosave": False, "latest": n == 3, **extra}


def client(answer: httpx.Response | None, seen: list[httpx.Request]) -> PayloadClient:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert answer is not None
        return answer

    return PayloadClient("http://payload.test", "key", transport=httpx.MockTransport(handle),
                         retry_policy=RetryPolicy(attempts=1))


async def test_not_asked_where_the_shop_keeps_no_versions():
    seen: list[httpx.Request] = []
    found = await read_versions(client(None, seen), MISSING, "1", PID)
    assert found.state is VersionsState.UNAVAILABLE and found.reason == "turn on versions."
    assert seen == []  # Payload's versions route answers 500 there: never asked


async def test_the_newest_versions_of_the_document_with_status_and_who():
    seen: list[httpx.Request] = []
    docs = [version_doc(3, "Three", updatedBy={"id": 2, "email": "ed@shop.test"}),
            version_doc(2, "Two", autosave=True), {"id": 1, "version": "broken"}]
    answer = httpx.Response(200, json={"docs": docs, "totalDocs": 7, "limit": 3,
                                       "totalPages": 3, "page": 1})
    found = await read_versions(client(answer, seen), AVAILABLE, "1", PID, limit=3)
    [request] = seen
    assert request.url.path == "/api/products/versions"
    params = dict(request.url.params)
    assert params["where[parent][equals]"] == "1" and params["sort"] == "-updatedAt"
    assert params["limit"] == "3" and params["depth"] == "0"
    assert [p.id for p in found.points] == ["v3", "v2"]
    three, two = found.points
    assert three.who == "ed@shop.test" and three.status == "draft"
    assert three.note == "draft, latest" and three.content["title"] == "Three"
    assert two.who == "" and two.autosave and two.note == "draft, autosave"
    assert (found.total, found.unreadable) == (7, 1)
    assert found.summary == ("The newest 3 of 7 Payload versions are shown; 1 version could "
                             "not be read.")


async def test_an_error_is_said_not_raised():
    found = await read_versions(client(httpx.Response(500, json={"errors": [
        {"message": "Something went wrong."}]}), []), AVAILABLE, "1", PID)
    assert found.state is VersionsState.FAILED and found.reason
    assert found.summary.startswith("Payload versions could not be read: ")


async def test_a_product_without_a_document_has_no_versions():
    found = await read_versions(client(None, []), AVAILABLE, None, PID)
    assert found.state is VersionsState.UNAVAILABLE
    assert found.reason == "this product has no Payload document."


def test_a_version_hashes_like_the_pulled_copy_of_the_same_content():
    point = version_point(version_doc(3, "Mug"), "1", PID)
    assert content_hash(point.content) == content_hash(content_of(PAYLOAD, payload(0)))
