"""Media docs for a description's uploads (the preview, issue 16): the pull keeps what an
upload shows of each doc; the catalog reads the docs a description names that it lacks
(once), and renders the uploads from the store without a network call."""

from __future__ import annotations

import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange.pull import pull
from desktop_app.quality import stored
from desktop_app.richtext import lexical_to_html
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import Clock, FakeMedusa
from tests.exchange.test_media_pull import MediaPayload, media_requests

PROFILE = Profile(
    name="Shop",
    medusa_url="http://medusa.test",
    medusa_auth=MedusaAuth.SECRET_KEY,
    payload_url="http://payload.test",
)


def described(payload: MediaPayload, alt: str, name: str) -> int:
    """A media doc as Payload answers an upload (payload-rest-api.md §9, observed)."""
    media_id = payload.add_media(alt)
    payload.media[media_id].update(
        url=f"/api/media/file/{name}",
        thumbnailURL=None,
        filename=name,
        mimeType="image/png",
        filesize=75,
        width=8,
        height=8,
        focalX=50,
        focalY=50,
    )
    return media_id


def description(*media_ids: int) -> dict:
    uploads = [
        {
            "type": "upload",
            "version": 3,
            "format": "",
            "id": f"65f0c0ffee00000000000{n}",
            "relationTo": "media",
            "value": n,
            "fields": None,
        }
        for n in media_ids
    ]
    return {
        "root": {
            "type": "root",
            "children": [
                {"type": "paragraph", "children": [{"type": "text", "text": "A red mug"}]},
                *uploads,
            ],
        }
    }


@pytest.fixture
def shop() -> tuple[FakeMedusa, MediaPayload]:
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), MediaPayload(clock=clock)
    red = described(payload, "red square", "red.png")
    product = medusa.add(1)
    payload.add(product["id"], "Mug 1", thumbnail=red, description=description(red))
    return medusa, payload


async def test_the_pull_keeps_what_an_upload_shows(shop) -> None:
    medusa, payload = shop
    store = CatalogStore.open(":memory:")
    try:
        await pull(store, medusa.client(), payload.client())
        [request] = media_requests(payload)
        assert request.url.params.get("select[mimeType]") == "true"
        assert stored.media_docs(store.conn, ["1"]) == {
            "1": {
                "id": "1",
                "alt": "red square",
                "url": "/api/media/file/red.png",
                "filename": "red.png",
                "mimeType": "image/png",
                "filesize": 75,
                "width": 8,
                "height": 8,
            }
        }
        stored.save_media(store.conn, [{"id": 1, "alt": "Renamed"}])  # an alt-only read
        assert stored.media_docs(store.conn, ["1"])["1"]["url"] == "/api/media/file/red.png"
    finally:
        store.close()


async def test_the_preview_renders_uploads_from_the_store(shop, tmp_path) -> None:
    medusa, payload = shop
    catalog = OfflineCatalog(
        CatalogStore.open(tmp_path / "c.sqlite3"), Shop(PROFILE, medusa.client(), payload.client())
    )
    try:
        await catalog.pull()
        blue = described(payload, "blue square", "blue.png")  # uploaded since the pull
        text = description(1, blue)
        before = len(media_requests(payload))
        html = lexical_to_html(text, populate=catalog.upload_populate(text))
        assert 'src="http://payload.test/api/media/file/red.png"' in html
        assert "blue.png" not in html and len(media_requests(payload)) == before  # no call
        docs = await catalog.read_media_docs(["1", str(blue)])
        [request] = media_requests(payload)[before:]  # the missing one only, once
        assert request.url.params["where[id][in]"] == str(blue)
        assert set(docs) == {"1", str(blue)}
        await catalog.read_media_docs(["1", str(blue)])
        assert len(media_requests(payload)) == before + 1  # both known: nothing asked
        html = lexical_to_html(text, populate=catalog.upload_populate(text))
        assert (
            'alt="blue square"' in html
            and 'src="http://payload.test/api/media/file/blue.png"' in html
        )
    finally:
        await catalog.aclose()


def test_an_offline_catalog_renders_what_it_has(tmp_path) -> None:
    store = CatalogStore.open(tmp_path / "c.sqlite3")
    stored.save_media(
        store.conn,
        [
            {
                "id": 4,
                "alt": "",
                "url": "/api/media/file/a.pdf",
                "filename": "a.pdf",
                "mimeType": "application/pdf",
            }
        ],
    )
    catalog = OfflineCatalog(store)  # no shop: no network at all
    try:
        text = description(4)
        html = lexical_to_html(text, populate=catalog.upload_populate(text))
        assert '<a href="/api/media/file/a.pdf" rel="noopener noreferrer">a.pdf</a>' in html
    finally:
        store.close()
