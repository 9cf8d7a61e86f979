"""The pull reads media alt texts (content quality): all with a full pull, then only when
stale or when a changed product shows media the store has not read; a failed read
never fails the pull."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from desktop_app.exchange import media as media_module
from desktop_app.exchange.pull import pull
from desktop_app.quality import stored
from desktop_app.store import CatalogStore, SearchQuery
from tests.exchange.fakes import Clock, FakeMedusa, FakePayload


@dataclass
class MediaPayload(FakePayload):
    """The fake Payload with a ``media`` collection (id, alt, updatedAt)."""

    media: dict[int, dict[str, Any]] = field(default_factory=dict)
    media_down: bool = False

    def add_media(self, alt: str | None) -> int:
        media_id = max(self.media, default=0) + 1
        self.media[media_id] = {"id": media_id, "alt": alt, "filename": f"{media_id}.png",
                                "updatedAt": self.clock.tick()}
        return media_id

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/api/media":
            return super().handle(request)
        self.requests.append(request)
        if self.media_down:
            return httpx.Response(500, json={"errors": [{"message": "boom"}]})
        params = dict(request.url.params.multi_items())
        docs = [m for _, m in sorted(self.media.items())]
        since = params.get("where[updatedAt][greater_than_equal]")
        if since:
            docs = [m for m in docs if m["updatedAt"] >= since]
        selected = {k[len("select["):-1] for k in params if k.startswith("select[")}
        docs = [{k: v for k, v in m.items() if k in selected | {"id"}} for m in docs]
        return httpx.Response(200, json={
            "docs": copy.deepcopy(docs), "totalDocs": len(docs), "limit": 0, "totalPages": 1,
            "page": 1, "hasNextPage": False, "hasPrevPage": False})


def media_requests(fake: MediaPayload) -> list[httpx.Request]:
    return [r for r in fake.requests if r.url.path == "/api/media"]


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def shop() -> tuple[FakeMedusa, MediaPayload]:
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), MediaPayload(clock=clock)
    described, bare = payload.add_media("A red mug"), payload.add_media(None)
    for n in (1, 2):
        product = medusa.add(n)
        payload.add(product["id"], f"Mug {n}", thumbnail=described,
                    images=[{"id": f"row{n}", "image": bare if n == 2 else described}])
    return medusa, payload


async def test_a_full_pull_reads_every_alt_text_and_scores_by_them(store, shop):
    medusa, payload = shop
    assert (await pull(store, medusa.client(), payload.client())).ok
    assert stored.alts(store.conn) == {"1": "A red mug", "2": ""}
    assert [r.url.params.get("select[alt]") for r in media_requests(payload)] == ["true"]
    assert store.count(SearchQuery(quality="alt_text")) == 1  # product 2's image has none


async def test_an_incremental_pull_reads_media_only_when_due(store, shop, monkeypatch):
    medusa, payload = shop
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    payload.requests.clear()
    payload.touch("prod_00001", title="Renamed")
    await pull(store, m, p)
    assert media_requests(payload) == []  # fresh alt texts, no unknown media: no request

    new = payload.add_media("Side view")  # a product now shows media not read yet
    payload.touch("prod_00002", images=[{"id": "row2", "image": new}])
    await pull(store, m, p)
    [request] = media_requests(payload)
    assert request.url.params["where[updatedAt][greater_than_equal]"]  # what changed only
    assert stored.alts(store.conn)[str(new)] == "Side view"
    assert store.count(SearchQuery(quality="alt_text")) == 0

    payload.media[2]["alt"], payload.media[2]["updatedAt"] = "Fixed", payload.clock.tick()
    payload.requests.clear()
    monkeypatch.setattr(media_module, "MEDIA_MAX_AGE", 0.0)  # stale: read again
    await pull(store, m, p)
    assert len(media_requests(payload)) == 1
    assert stored.alts(store.conn)["2"] == "Fixed"


async def test_a_failed_media_read_keeps_the_pull_and_the_known_alt_texts(store, shop):
    medusa, payload = shop
    await pull(store, medusa.client(), payload.client())
    payload.media_down = True
    report = await pull(store, medusa.client(), payload.client(), full=True)
    assert report.ok
    assert stored.alts(store.conn) == {"1": "A red mug", "2": ""}
