"""Fakes for the content service: FakePayload plus ``media`` (payload-rest-api.md §9, §10)."""

from __future__ import annotations

import copy
import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from desktop_app.config import MedusaAuth, Profile
from desktop_app.richtext import markdown_to_lexical
from desktop_app.services.content import GALLERY, ContentService
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import FakeMedusa, FakePayload, _json, fake_pair

PROFILE = Profile(
    name="Shop",
    medusa_url="http://medusa.test",
    medusa_auth=MedusaAuth.SECRET_KEY,
    payload_url="http://payload.test",
)


def make_png(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (220, 38, 38)) -> bytes:
    """A valid RGB PNG without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


PNG = make_png()


@dataclass
class MediaPayload(FakePayload):
    """FakePayload plus the ``media`` collection and file downloads."""

    media: dict[int, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)

    def add_media(self, filename: str, alt: str = "") -> dict[str, Any]:
        media_id = max(self.media, default=0) + 1
        doc = {
            "id": media_id,
            "alt": alt,
            "url": f"/api/media/file/{filename}",
            "filename": filename,
            "mimeType": "image/png",
            "width": 1,
            "height": 1,
            "updatedAt": self.clock.tick(),
            "createdAt": self.clock.tick(),
        }
        self.media[media_id] = doc
        self.files[filename] = PNG
        return doc

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "PATCH" and request.url.params.get("overrideLock") == "true":
            self.locked.discard(int(path.rsplit("/", 1)[1]))  # override removes the lock (§7)
        if self.down or not path.startswith("/api/media"):
            return super().handle(request)
        self.requests.append(request)
        if path == "/api/media" and request.method == "POST":
            return self._upload(request)
        if path == "/api/media" and request.method == "GET":
            wanted: set[int] = set()
            for key, value in request.url.params.multi_items():
                if key.endswith("[id][in]"):
                    wanted = {int(v) for v in value.split(",")}
            docs = [copy.deepcopy(d) for i, d in self.media.items() if i in wanted]
            return _json(
                200, {"docs": docs, "totalDocs": len(docs), "limit": 0, "totalPages": 1, "page": 1}
            )
        if path.startswith("/api/media/file/"):
            name = path.rsplit("/", 1)[1]
            if name in self.files:
                return httpx.Response(
                    200, content=self.files[name], headers={"content-type": "image/png"}
                )
        return _json(404, {"errors": [{"message": "Not Found"}]})

    def _upload(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        assert b'name="_payload"' in body and b'name="file"' in body
        payload = json.loads(body.split(b'name="_payload"\r\n\r\n')[1].split(b"\r\n--")[0])
        filename = body.split(b'filename="')[1].split(b'"')[0].decode()
        doc = self.add_media(filename, payload.get("alt", ""))
        return _json(201, {"doc": doc, "message": "Media successfully created."})

    def _patch(self, doc_id: int, body: dict[str, Any]) -> httpx.Response:
        if GALLERY in body:  # rows without an id get a new one (§12)
            body = {
                **body,
                GALLERY: [
                    {**r, "id": r.get("id") or f"row{n}{self.clock.tick()}"}
                    for n, r in enumerate(body[GALLERY])
                ],
            }
        return super()._patch(doc_id, body)


def content_env(tmp_path: Path) -> tuple[ContentService, FakeMedusa, MediaPayload, str]:
    """One Medusa product with a Payload doc: description, SEO, thumbnail, one gallery row."""
    medusa, _ = fake_pair(0)
    payload = MediaPayload(clock=medusa.clock)
    product = medusa.add(1)
    thumb = payload.add_media("front.png", "front")
    payload.add(
        product["id"],
        "Payload title 1",
        thumbnail=thumb["id"],
        images=[{"id": "row-a", "image": thumb["id"]}],
        description=markdown_to_lexical("## Old\n\nOld text."),
        seo={"meta_title": "Old meta", "meta_description": None, "meta_keywords": None},
    )
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    service = ContentService(catalog, media_transport=payload.transport)
    return service, medusa, payload, product["id"]


def upload_node(media_id: Any) -> dict[str, Any]:
    """A description's upload node naming media doc ``media_id``, as Payload stores it."""
    return {
        "type": "upload",
        "version": 3,
        "format": "",
        "id": "65f0c0ffee0000000000abcd",
        "relationTo": "media",
        "value": media_id,
        "fields": None,
    }
