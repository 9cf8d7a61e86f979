"""PayloadClient against the real Payload of stack/ (keys, where, patch, 423-free paths, media)."""

from __future__ import annotations

import struct
import zlib

import httpx
import pytest

from desktop_app.api import BadCredentials, NotFound, PayloadClient, Validation, Where
from tests.support.stack import StackHttp, StackInfo, unique, wait_for

pytestmark = pytest.mark.e2e


def _png(width: int = 4, height: int = 4) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _linked_doc(stack_http: StackHttp) -> dict:
    product = stack_http.create_product(unique("pl"))
    return wait_for(
        lambda: (stack_http.payload_docs_for(product["id"]) or [None])[0], 5, what="doc"
    )


async def test_editor_key_is_verified(stack: StackInfo) -> None:
    async with PayloadClient(stack.payload_url, stack.editor_key) as client:
        user = await client.verify_key()
    assert user.email == stack.payload_users["editor"]["email"]


async def test_wrong_key_is_bad_credentials(stack: StackInfo) -> None:
    wrong = "11111111-2222-4333-8444-555555555555"
    async with PayloadClient(stack.payload_url, wrong) as client:
        with pytest.raises(BadCredentials) as err:
            await client.verify_key()
    assert wrong not in str(err.value)


async def test_find_with_where_and_by_medusa_ids(stack_http: StackHttp, stack: StackInfo) -> None:
    doc = _linked_doc(stack_http)
    async with PayloadClient(stack.payload_url, stack.editor_key) as client:
        page = await client.find(
            "products", where=Where.equals("medusa_id", doc["medusa_id"]), limit=5, depth=0
        )
        many = await client.find_by_medusa_ids([doc["medusa_id"], "prod_none"])
        total = await client.count("products")
        everything = [
            d async for d in client.iter_all("products", page_size=200, select=["medusa_id"])
        ]
    assert [d["id"] for d in page.docs] == [doc["id"]]
    assert set(many) == {doc["medusa_id"]}
    assert len(everything) >= total > 0
    assert len({d["id"] for d in everything}) == len(everything)


async def test_long_id_lists_use_method_override(stack_http: StackHttp, stack: StackInfo) -> None:
    doc = _linked_doc(stack_http)
    ids = [doc["medusa_id"]] + [f"prod_fake_{n:040d}" for n in range(120)]
    async with PayloadClient(stack.payload_url, stack.editor_key) as client:
        found = await client.find_by_medusa_ids(ids, chunk=500)
    assert set(found) == {doc["medusa_id"]}


async def test_patch_round_trip_and_validation(stack_http: StackHttp, stack: StackInfo) -> None:
    doc = _linked_doc(stack_http)
    async with PayloadClient(stack.payload_url, stack.editor_key) as client:
        await client.patch(
            "products", doc["id"], {"subtitle": "From the app", "seo": {"meta_title": "SEO title"}}
        )
        stored = await client.get_product(doc["id"], depth=0)
        with pytest.raises(Validation) as err:
            await client.patch("products", doc["id"], {"title": None})
        with pytest.raises(NotFound):
            await client.get("products", 987654321)
    assert stored.subtitle == "From the app"
    assert stored.seo.meta_title == "SEO title"
    assert "title" in err.value.field_errors


async def test_media_upload_is_served_back(stack_http: StackHttp, stack: StackInfo) -> None:
    doc = _linked_doc(stack_http)
    async with PayloadClient(stack.payload_url, stack.editor_key) as client:
        media = await client.upload_media(_png(), f"{unique('img')}.png", alt="red square")
        await client.patch("products", doc["id"], {"thumbnail": media.id})
        product = await client.get_product(doc["id"], depth=1)
        url = client.absolute_url(media.url)
    served = httpx.get(url, timeout=30)
    assert served.status_code == 200 and served.content.startswith(b"\x89PNG")
    assert media.alt == "red square"
    thumb = product.thumbnail
    assert (thumb if isinstance(thumb, int) else thumb.id) == media.id
