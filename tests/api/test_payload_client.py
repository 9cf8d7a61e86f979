"""PayloadClient against a fake server speaking the recorded Payload 3.90.2 shapes."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import httpx
import pytest

from desktop_app.api.errors import (
    BadCredentials,
    Forbidden,
    Locked,
    NotFound,
    RateLimited,
    RouteMissing,
    ServerError,
    Unreachable,
    Validation,
)
from desktop_app.api.http import RetryPolicy
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.models.payload import PayloadMedia, PayloadProduct
from tests.api import fakes
from tests.api.fakes import FakeServer, SleepRecorder, json_response

KEY = "41f123d7-47c0-433c-824a-daa811060653"
BASE = "http://cms.test:3000"


def client(server: FakeServer, **kw) -> PayloadClient:
    kw.setdefault("retry_policy", RetryPolicy(attempts=3))
    return PayloadClient(BASE, KEY, transport=server.transport(), sleep=SleepRecorder(), **kw)


def product(i: int, medusa_id: str | None = None) -> dict:
    return {**fakes.PAYLOAD_PRODUCT, "id": i, "medusa_id": medusa_id or f"prod_{i}"}


# -------------------------------------------------------------------------- auth


async def test_api_key_header_and_verify_key():
    server = FakeServer()
    server.route("GET", "/api/users/me", json_response(200, fakes.PAYLOAD_ME_KEY))
    async with client(server) as payload:
        user = await payload.verify_key()
    assert user.id == 1 and user.email == "admin@example.com" and user.has_api_key
    assert server.requests[0].headers["authorization"] == f"users API-Key {KEY}"


async def test_custom_auth_collection_changes_header_and_me_path():
    server = FakeServer()
    server.route("GET", "/api/admins/me", json_response(200, fakes.PAYLOAD_ME_KEY))
    async with client(server, auth_collection="admins") as payload:
        await payload.verify_key()
    assert server.requests[0].headers["authorization"] == f"admins API-Key {KEY}"


async def test_bad_key_is_200_with_null_user_and_becomes_bad_credentials():
    server = FakeServer()
    server.route("GET", "/api/users/me", json_response(200, fakes.PAYLOAD_ME_ANON))
    async with client(server) as payload:
        me = await payload.me()
        assert me.user is None
        with pytest.raises(BadCredentials, match="Payload API key not recognised") as info:
            await payload.verify_key()
    assert KEY not in str(info.value) and KEY not in repr(info.value)


async def test_anonymous_read_is_forbidden_with_key_hint():
    server = FakeServer()
    server.route("GET", "/api/products", json_response(403, fakes.PAYLOAD_FORBIDDEN))
    async with client(server) as payload:
        with pytest.raises(Forbidden, match="API key may be wrong"):
            await payload.find("products")


def test_repr_hides_key():
    text = repr(PayloadClient(BASE, KEY))
    assert KEY not in text and "<redacted>" in text and "cms.test:3000" in text


def test_base_url_with_api_suffix_is_not_doubled():
    p = PayloadClient("http://cms.test:3000/api/", KEY)
    assert p.origin == "http://cms.test:3000"
    assert (
        p.absolute_url("/api/media/file/red.png") == "http://cms.test:3000/api/media/file/red.png"
    )
    assert p.absolute_url("https://cdn.test/x.png") == "https://cdn.test/x.png"


async def test_wrong_base_url_is_route_missing():
    async with client(FakeServer()) as payload:  # nothing routed: 404 HTML
        with pytest.raises(RouteMissing):
            await payload.me()


# ------------------------------------------------------------------------- find


async def test_find_sends_explicit_limit_where_select_sort_and_parses_docs():
    server = FakeServer()
    server.route(
        "GET",
        "/api/products",
        json_response(200, fakes.payload_find([fakes.PAYLOAD_PRODUCT_FULL], limit=25)),
    )
    async with client(server) as payload:
        page = await payload.find(
            "products",
            where=Where.like("title", "shirt") | Where.equals("medusa_id", "b"),
            limit=25,
            page=1,
            depth=0,
            sort="-updatedAt",
            select=["title", "seo.meta_title"],
            model=PayloadProduct,
        )
    assert isinstance(page.docs[0], PayloadProduct)
    assert page.docs[0].variants[0].option_values[0].value == "M"
    assert page.total_docs == 1 and page.has_next_page is False
    params = server.requests[0].url.params
    assert params["limit"] == "25" and params["depth"] == "0" and params["sort"] == "-updatedAt"
    assert params["where[or][0][title][like]"] == "shirt"
    assert params["where[or][1][medusa_id][equals]"] == "b"
    assert params["select[title]"] == "true" and params["select[seo][meta_title]"] == "true"


async def test_find_default_docs_are_dicts_and_limit_is_never_implicit():
    server = FakeServer()
    server.route("GET", "/api/media", json_response(200, fakes.payload_find([fakes.PAYLOAD_MEDIA])))
    async with client(server) as payload:
        page = await payload.find("media")
    assert page.docs[0]["filename"] == "red.png"
    assert server.requests[0].url.params["limit"] == "100"


async def test_iter_all_walks_pages_until_no_next_page():
    docs = [product(i) for i in range(1, 8)]
    server = FakeServer()

    def handler(request: httpx.Request) -> httpx.Response:
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        chunk = docs[(page - 1) * limit : page * limit]
        return json_response(
            200, fakes.payload_find(chunk, limit=limit, page=page, total=len(docs))
        )

    server.route("GET", "/api/products", handler)
    async with client(server) as payload:
        got = [d["id"] async for d in payload.iter_all("products", page_size=3)]
    assert got == list(range(1, 8))
    assert [r.url.params["page"] for r in server.requests] == ["1", "2", "3"]
    assert {r.url.params["sort"] for r in server.requests} == {"id"}


async def test_find_by_medusa_ids_short_list_uses_get_with_in_and_explicit_limit():
    server = FakeServer()
    server.route(
        "GET",
        "/api/products",
        json_response(200, fakes.payload_find([product(1, "a"), product(2, "b")], limit=3)),
    )
    async with client(server) as payload:
        found = await payload.find_by_medusa_ids(["a", "b", "missing"])
    assert set(found) == {"a", "b"} and found["b"].id == 2
    params = server.requests[0].url.params
    assert params["where[medusa_id][in]"] == "a,b,missing"
    assert params["limit"] == "3"  # never Payload's silent default of 10
    assert params["depth"] == "0"


async def test_find_by_medusa_ids_long_list_uses_method_override_post():
    ids = [f"prod_01M8DPGVCZ9BYN71WJNH6A{i:04d}" for i in range(150)]
    server = FakeServer()

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["x-payload-http-method-override"] == "GET"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        form = dict(parse_qsl(request.content.decode()))
        wanted = form["where[medusa_id][in]"].split(",")
        docs = [product(i, m) for i, m in enumerate(wanted, 1)]
        return json_response(200, fakes.payload_find(docs, limit=int(form["limit"])))

    server.route("POST", "/api/products", handler)
    async with client(server) as payload:
        found = await payload.find_by_medusa_ids(ids, chunk=200, select=["title"])
    assert set(found) == set(ids)
    [req] = server.requests
    assert req.method == "POST" and req.url.query == b""  # everything went in the body
    form = dict(parse_qsl(req.content.decode()))
    assert form["select[medusa_id]"] == "true" and form["select[title]"] == "true"
    assert form["limit"] == "150"


async def test_find_by_medusa_ids_chunks_and_dedupes():
    server = FakeServer()
    seen: list[list[str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        wanted = request.url.params["where[medusa_id][in]"].split(",")
        seen.append(wanted)
        return json_response(200, fakes.payload_find([], limit=len(wanted)))

    server.route("GET", "/api/products", handler)
    ids = [f"p{i}" for i in range(25)] + ["p0", "p1"]
    async with client(server) as payload:
        assert await payload.find_by_medusa_ids(ids, chunk=10) == {}
    assert [len(c) for c in seen] == [10, 10, 5]
    assert sorted(x for c in seen for x in c) == sorted(set(ids))


async def test_find_retries_on_502_for_reads():
    server = FakeServer()
    server.route(
        "GET", "/api/products", [json_response(502, {}), json_response(200, fakes.payload_find([]))]
    )
    async with client(server) as payload:
        await payload.find("products")
    assert len(server.requests) == 2


async def test_count():
    server = FakeServer()
    server.route("GET", "/api/products/count", json_response(200, {"totalDocs": 3}))
    async with client(server) as payload:
        assert await payload.count("products", where=Where.exists("thumbnail")) == 3
    assert server.requests[0].url.params["where[thumbnail][exists]"] == "true"


async def test_get_unknown_id_is_not_found():
    server = FakeServer()
    server.route("GET", "/api/products/99", json_response(404, fakes.PAYLOAD_NOT_FOUND))
    async with client(server) as payload:
        with pytest.raises(NotFound):
            await payload.get("products", 99)


async def test_get_product_depth_zero_and_populated_forms():
    server = FakeServer()
    populated = {**fakes.PAYLOAD_PRODUCT_FULL, "thumbnail": fakes.PAYLOAD_MEDIA}
    server.route(
        "GET",
        "/api/products/1",
        [json_response(200, fakes.PAYLOAD_PRODUCT_FULL), json_response(200, populated)],
    )
    async with client(server) as payload:
        flat = await payload.get_product(1, depth=0)
        full = await payload.get_product(1, depth=1)
    assert flat.thumbnail == 1
    assert isinstance(full.thumbnail, PayloadMedia) and full.thumbnail.filename == "red.png"
    assert server.requests[0].url.params["depth"] == "0"


# ----------------------------------------------------------------------- writes


async def test_patch_sends_json_and_returns_doc():
    server = FakeServer()
    updated = {**fakes.PAYLOAD_PRODUCT_FULL, "subtitle": "new"}
    server.route(
        "PATCH",
        "/api/products/1",
        json_response(200, {"doc": updated, "message": "Updated successfully."}),
    )
    async with client(server) as payload:
        doc = await payload.patch_product(1, {"subtitle": "new"})
    assert doc.subtitle == "new"
    req = server.requests[0]
    assert json.loads(req.content) == {"subtitle": "new"}
    assert "overrideLock" not in req.url.params


async def test_patch_locked_document_raises_locked():
    server = FakeServer()
    server.route("PATCH", "/api/products/1", json_response(423, fakes.PAYLOAD_LOCKED))
    async with client(server) as payload:
        with pytest.raises(Locked) as info:
            await payload.patch("products", 1, {"title": "x"})
    assert info.value.doc_id == "1" and info.value.status == 423
    assert len(server.requests) == 1


async def test_patch_override_lock_is_explicit():
    server = FakeServer()
    server.route(
        "PATCH", "/api/products/1", json_response(200, {"doc": fakes.PAYLOAD_PRODUCT_FULL})
    )
    async with client(server) as payload:
        await payload.patch("products", 1, {"title": "x"}, override_lock=True)
    assert server.requests[0].url.params["overrideLock"] == "true"


async def test_patch_validation_maps_fields():
    server = FakeServer()
    server.route("PATCH", "/api/products/1", json_response(400, fakes.PAYLOAD_REQUIRED_TITLE))
    async with client(server) as payload:
        with pytest.raises(Validation) as info:
            await payload.patch("products", 1, {"title": ""})
    assert info.value.field_errors == {"title": "This field is required."}


async def test_patch_not_retried_on_503():
    server = FakeServer()
    server.route(
        "PATCH", "/api/products/1", [json_response(503, {}), json_response(200, {"doc": {}})]
    )
    async with client(server) as payload:
        with pytest.raises(ServerError):
            await payload.patch("products", 1, {"title": "x"})
    assert len(server.requests) == 1


async def test_patch_retried_after_a_rate_limiters_refusal():
    server = FakeServer()
    sleep = SleepRecorder()
    server.route(
        "PATCH",
        "/api/products/1",
        [fakes.proxy_refusal(429, "4"), json_response(200, {"doc": fakes.PAYLOAD_PRODUCT_FULL})],
    )
    async with PayloadClient(BASE, KEY, transport=server.transport(), sleep=sleep) as payload:
        await payload.patch("products", 1, {"title": "x"})
    assert len(server.requests) == 2
    assert sleep.delays == [4.0]


async def test_rate_limited_find_raises_with_retry_after():
    server = FakeServer()
    server.route("GET", "/api/products", fakes.proxy_refusal(429, "120"))
    async with client(server) as payload:
        with pytest.raises(RateLimited) as info:
            await payload.find("products")
    assert info.value.retry_after == 120.0
    assert len(server.requests) == 1  # beyond the 60 s cap: no sleeping through it


async def test_client_refuses_is_from_medusa_and_medusa_id():
    server = FakeServer()
    async with client(server) as payload:
        with pytest.raises(ValueError, match="is_from_medusa"):
            await payload.patch("media", 1, {"is_from_medusa": True})
        with pytest.raises(ValueError, match="medusa_id"):
            await payload.patch("products", 1, {"medusa_id": "other"})
    assert server.requests == []


def test_client_has_no_product_create_or_delete():
    names = {n for n in dir(PayloadClient) if not n.startswith("_")}
    assert not {n for n in names if n.startswith(("create", "delete"))}


async def test_upload_media_multipart_with_payload_json(tmp_path):
    server = FakeServer()

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(
            201,
            {
                "doc": {**fakes.PAYLOAD_MEDIA, "filename": "red-1.png"},
                "message": "Media successfully created.",
            },
        )

    server.route("POST", "/api/media", handler)
    png = tmp_path / "red.png"
    png.write_bytes(b"\x89PNG fake")
    async with client(server) as payload:
        media = await payload.upload_media(png, alt="red square")
    assert media.filename == "red-1.png"  # the server's renamed file wins
    req = server.requests[0]
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = req.content
    assert b'name="file"; filename="red.png"' in body
    assert b"Content-Type: image/png" in body
    assert b"\x89PNG fake" in body
    assert b'name="_payload"' in body and b'{"alt": "red square"}' in body
    assert b'name="alt"' not in body  # plain form fields are ignored by Payload


async def test_upload_media_never_retried():
    server = FakeServer()
    server.route(
        "POST",
        "/api/media",
        [httpx.ConnectError("refused"), json_response(201, {"doc": fakes.PAYLOAD_MEDIA})],
    )
    async with client(server) as payload:
        with pytest.raises(Unreachable):
            await payload.upload_media(b"bytes", "a.png")
    assert len(server.requests) == 1


async def test_upload_bytes_needs_filename():
    async with client(FakeServer()) as payload:
        with pytest.raises(ValueError, match="filename"):
            await payload.upload_media(b"bytes")


async def test_wrong_auth_collection_is_route_missing_with_hint():
    server = FakeServer()
    server.route("GET", "/api/admins/me", json_response(404, fakes.PAYLOAD_NOT_FOUND))
    async with client(server, auth_collection="admins") as payload:
        with pytest.raises(RouteMissing, match="no user collection 'admins'"):
            await payload.verify_key()


async def test_iter_all_skips_docs_repeated_by_shifting_pages():
    server = FakeServer()
    pages = {
        "1": [product(1), product(2)],
        "2": [product(2), product(3)],  # doc 2 shifted onto page 2
    }

    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params["page"]
        return json_response(200, fakes.payload_find(pages[page], limit=2, page=int(page), total=4))

    server.route("GET", "/api/products", handler)
    async with client(server) as payload:
        got = [d.id async for d in payload.iter_all("products", page_size=2, model=PayloadProduct)]
    assert got == [1, 2, 3]
