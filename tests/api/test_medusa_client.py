"""MedusaClient against a fake server speaking the recorded Medusa 2.21.2 shapes."""

from __future__ import annotations

import asyncio
import base64
import json
from contextlib import aclosing
from datetime import UTC, datetime

import httpx
import pytest

from desktop_app.api.errors import (
    BadCredentials,
    BatchIncomplete,
    MalformedResponse,
    NotFound,
    RateLimited,
    RouteMissing,
    ServerError,
    Timeout,
    Unreachable,
    Validation,
)
from desktop_app.api.http import RetryPolicy
from desktop_app.api.medusa import EmailPassword, MedusaClient, SecretKey
from desktop_app.models.medusa import ProductStatus
from tests.api import fakes
from tests.api.fakes import FakeServer, SleepRecorder, json_response

BASE = "http://shop.test:9000"
PASSWORD = "supersecret-pw"
SK = "sk_365e1dcbaa0c856f77"
PID = fakes.MEDUSA_PRODUCT["id"]
PRODUCT_PATH = f"/admin/products/{PID}"
NOW = 1795756452.0  # the recorded token's iat


def login_ok(token: str | None = None) -> httpx.Response:
    return json_response(200, {"token": token or fakes.medusa_jwt()})


def product_ok(_: httpx.Request | None = None) -> httpx.Response:
    return json_response(200, {"product": fakes.medusa_product()})


def client(server: FakeServer, auth=None, *, clock=lambda: NOW, attempts: int = 3) -> MedusaClient:
    return MedusaClient(
        BASE,
        auth or EmailPassword("admin@test.local", PASSWORD),
        transport=server.transport(),
        retry_policy=RetryPolicy(attempts=attempts),
        clock=clock,
        sleep=SleepRecorder(),
    )


# ---------------------------------------------------------------- email/password


async def test_login_then_bearer_token_on_requests():
    server = FakeServer()
    token = fakes.medusa_jwt()
    server.route("POST", "/auth/user/emailpass", login_ok(token))
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server) as medusa:
        product = await medusa.get_product(PID)
        await medusa.get_product(PID)
    assert product.id == PID
    [login] = server.calls("POST", "/auth/user/emailpass")
    assert json.loads(login.content) == {"email": "admin@test.local", "password": PASSWORD}
    gets = server.calls("GET", PRODUCT_PATH)
    assert [r.headers["authorization"] for r in gets] == [f"Bearer {token}"] * 2


async def test_401_triggers_exactly_one_relogin_and_resend():
    server = FakeServer()
    old, new = fakes.medusa_jwt(exp=int(NOW) + 86400), fakes.medusa_jwt(exp=int(NOW) + 86401)
    server.route("POST", "/auth/user/emailpass", [login_ok(old), login_ok(new)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == f"Bearer {new}":
            return product_ok()
        return json_response(401, fakes.MEDUSA_401)

    server.route("GET", PRODUCT_PATH, handler)
    async with client(server) as medusa:
        product = await medusa.get_product(PID)
    assert product.id == PID
    assert len(server.calls("POST", "/auth/user/emailpass")) == 2
    assert len(server.calls("GET", PRODUCT_PATH)) == 2


async def test_persistent_401_gives_bad_credentials_after_one_relogin():
    server = FakeServer()
    server.route("POST", "/auth/user/emailpass", login_ok())
    server.route("GET", PRODUCT_PATH, json_response(401, fakes.MEDUSA_401))
    async with client(server) as medusa:
        with pytest.raises(BadCredentials):
            await medusa.get_product(PID)
    assert len(server.calls("POST", "/auth/user/emailpass")) == 2
    assert len(server.calls("GET", PRODUCT_PATH)) == 2


async def test_401_on_update_resends_the_update_once():
    # A 401 means nothing was applied, so resending a POST is safe.
    server = FakeServer()
    server.route("POST", "/auth/user/emailpass", login_ok())
    server.route("POST", PRODUCT_PATH, [json_response(401, fakes.MEDUSA_401), product_ok()])
    async with client(server) as medusa:
        await medusa.update_product(PID, {"status": "draft"})
    assert len(server.calls("POST", PRODUCT_PATH)) == 2


async def test_wrong_password_is_bad_credentials_without_the_password():
    server = FakeServer()
    server.route("POST", "/auth/user/emailpass", json_response(401, fakes.MEDUSA_WRONG_LOGIN))
    async with client(server) as medusa:
        with pytest.raises(BadCredentials) as info:
            await medusa.get_product(PID)
    assert "email or password" in str(info.value)
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)
    assert server.calls("GET", PRODUCT_PATH) == []  # never sent without a token


def _password_changed_after_first_login(server: FakeServer, token: str) -> None:
    """Medusa where the first login works and every later one is refused (401)."""
    server.route(
        "POST",
        "/auth/user/emailpass",
        [login_ok(token), json_response(401, fakes.MEDUSA_WRONG_LOGIN)],
    )


async def test_refused_relogin_after_expiry_is_sent_once_for_a_whole_push():
    server = FakeServer()
    now = [NOW]
    _password_changed_after_first_login(server, fakes.medusa_jwt(iat=int(NOW), exp=int(NOW) + 3600))
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server, clock=lambda: now[0]) as medusa:
        await medusa.get_product(PID)
        now[0] = NOW + 7200  # the token expired mid-push
        errors = []
        for _ in range(20):  # a push reading product after product
            with pytest.raises(BadCredentials) as info:
                await medusa.get_product(PID)
            errors.append(info.value)
        with pytest.raises(BadCredentials):
            await medusa.login()  # an explicit check does not try again either
    logins = server.calls("POST", "/auth/user/emailpass")
    assert len(logins) == 2  # the first login and the one refused re-login
    assert len(server.calls("GET", PRODUCT_PATH)) == 1
    assert {e.message for e in errors} == {"Medusa rejected the email or password."}
    assert medusa.login_refused is not None and medusa.login_refused.status == 401


async def test_refused_relogin_after_a_401_stops_concurrent_requests_too():
    # The server invalidated the token (401 "Unauthorized") while 8 reads were in flight.
    server = FakeServer()
    token = fakes.medusa_jwt(exp=int(NOW) + 86400)
    _password_changed_after_first_login(server, token)
    all_sent = asyncio.Event()

    async def token_revoked(_: httpx.Request) -> httpx.Response:
        if len(server.calls("GET", PRODUCT_PATH)) == 8:
            all_sent.set()
        await all_sent.wait()  # every read is in flight before the first 401 comes back
        return json_response(401, fakes.MEDUSA_401)

    server.route("GET", PRODUCT_PATH, token_revoked)
    async with client(server) as medusa:
        await medusa.login()
        results = await asyncio.gather(
            *(medusa.get_product(PID) for _ in range(8)), return_exceptions=True
        )
        with pytest.raises(BadCredentials):
            await medusa.update_product(PID, {"title": "x"})
    assert all(isinstance(r, BadCredentials) for r in results)
    assert len(server.calls("POST", "/auth/user/emailpass")) == 2
    assert len(server.calls("GET", PRODUCT_PATH)) == 8  # each sent once with the dead token
    assert server.calls("POST", PRODUCT_PATH) == []


async def test_a_login_that_fails_otherwise_is_tried_again():
    # A 5xx or a rate limit says nothing about the password: the next request logs in.
    server = FakeServer()
    server.route(
        "POST", "/auth/user/emailpass", [json_response(500, fakes.MEDUSA_UNKNOWN_ERROR), login_ok()]
    )
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server, attempts=1) as medusa:
        with pytest.raises(ServerError):
            await medusa.get_product(PID)
        await medusa.get_product(PID)
        assert medusa.login_refused is None
    assert len(server.calls("POST", "/auth/user/emailpass")) == 2


async def test_token_near_expiry_is_renewed_before_the_request():
    server = FakeServer()
    now = [NOW]
    first = fakes.medusa_jwt(iat=int(NOW), exp=int(NOW) + 3600)
    second = fakes.medusa_jwt(iat=int(NOW) + 3590, exp=int(NOW) + 7200)
    server.route("POST", "/auth/user/emailpass", [login_ok(first), login_ok(second)])
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server, clock=lambda: now[0]) as medusa:
        await medusa.get_product(PID)
        now[0] = NOW + 3590  # 10 s left: inside the safety margin
        await medusa.get_product(PID)
    gets = server.calls("GET", PRODUCT_PATH)
    assert gets[0].headers["authorization"] == f"Bearer {first}"
    assert gets[1].headers["authorization"] == f"Bearer {second}"
    assert len(server.calls("POST", "/auth/user/emailpass")) == 2
    assert len(gets) == 2  # renewed up front, not after a 401


async def test_concurrent_requests_share_one_login():
    server = FakeServer()

    async def slow_login(_: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        return login_ok()

    server.route("POST", "/auth/user/emailpass", slow_login)
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server) as medusa:
        await asyncio.gather(*(medusa.get_product(PID) for _ in range(5)))
    assert len(server.calls("POST", "/auth/user/emailpass")) == 1
    assert len(server.calls("GET", PRODUCT_PATH)) == 5


async def test_login_reply_without_token_is_malformed():
    server = FakeServer()
    server.route("POST", "/auth/user/emailpass", json_response(200, {"nope": 1}))
    async with client(server) as medusa:
        with pytest.raises(MalformedResponse, match="no token"):
            await medusa.login()


# -------------------------------------------------------------------- secret key


async def test_secret_key_uses_basic_username_form_and_no_login():
    server = FakeServer()
    server.route("GET", PRODUCT_PATH, product_ok)
    async with client(server, SecretKey(SK)) as medusa:
        await medusa.get_product(PID)
    [req] = server.requests
    expected = "Basic " + base64.b64encode(f"{SK}:".encode()).decode()
    assert req.headers["authorization"] == expected
    assert server.calls("POST", "/auth/user/emailpass") == []


async def test_revoked_secret_key_is_bad_credentials_without_retry():
    server = FakeServer()
    server.route("GET", PRODUCT_PATH, json_response(401, fakes.MEDUSA_401))
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(BadCredentials, match="secret API key") as info:
            await medusa.get_product(PID)
    assert SK not in str(info.value)
    assert len(server.requests) == 1


def test_credentials_and_client_reprs_hide_secrets():
    ep = EmailPassword("admin@test.local", PASSWORD)
    sk = SecretKey(SK)
    for text in (repr(ep), str(ep), repr(sk), str(sk)):
        assert PASSWORD not in text and SK not in text and "<redacted>" in text
    for auth in (ep, sk):
        text = repr(MedusaClient(BASE, auth))
        assert PASSWORD not in text and SK not in text
        assert "shop.test:9000" in text


def test_secret_key_validation_does_not_echo_value():
    with pytest.raises(ValueError) as info:
        SecretKey("pk_mistyped_secret")
    assert "pk_mistyped_secret" not in str(info.value)


# ---------------------------------------------------------------------- listing


async def test_list_products_query_params_and_envelope():
    server = FakeServer()
    server.route(
        "GET",
        "/admin/products",
        json_response(
            200, {"products": [fakes.medusa_product()], "count": 299, "offset": 50, "limit": 1}
        ),
    )
    since = datetime(2026, 11, 27, 5, 14, 13, 476000, tzinfo=UTC)
    async with client(server, SecretKey(SK)) as medusa:
        page = await medusa.list_products(
            fields=["id", "updated_at", "metadata"],
            q="shirt",
            status=[ProductStatus.DRAFT, "proposed"],
            order="-updated_at",
            updated_after=since,
            with_deleted=True,
            offset=50,
            limit=1,
        )
    assert page.count == 299 and page.products[0].id == PID
    params = server.requests[0].url.params
    assert params.get_list("status[]") == ["draft", "proposed"]
    assert params["updated_at[$gte]"] == "2026-11-27T05:14:13.476Z"
    assert params["fields"] == "id,updated_at,metadata"
    assert params["order"] == "-updated_at"
    assert params["q"] == "shirt"
    assert params["with_deleted"] == "true"
    assert (params["offset"], params["limit"]) == ("50", "1")


async def test_list_products_default_order_is_explicit():
    server = FakeServer()
    server.route(
        "GET",
        "/admin/products",
        json_response(200, {"products": [], "count": 0, "offset": 0, "limit": 50}),
    )
    async with client(server, SecretKey(SK)) as medusa:
        await medusa.list_products()
    params = server.requests[0].url.params
    assert params["order"] == "created_at"
    assert "with_deleted" not in params


async def test_count_products_uses_limit_zero():
    server = FakeServer()
    server.route(
        "GET",
        "/admin/products",
        json_response(200, {"products": [], "count": 299, "offset": 0, "limit": 0}),
    )
    async with client(server, SecretKey(SK)) as medusa:
        assert await medusa.count_products() == 299
    assert server.requests[0].url.params["limit"] == "0"


async def test_wrong_envelope_shape_is_malformed():
    server = FakeServer()
    server.route("GET", "/admin/products", json_response(200, {"items": []}))
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(MalformedResponse, match="product list"):
            await medusa.list_products()


async def test_html_200_is_malformed_not_a_crash():
    server = FakeServer()
    server.route(
        "GET",
        "/admin/products",
        httpx.Response(200, text="<html>shop</html>", headers={"content-type": "text/html"}),
    )
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(MalformedResponse, match="instead of JSON"):
            await medusa.list_products()


# ------------------------------------------------------------- full catalog pager


def _catalog(n: int) -> list[dict]:
    return [{"id": f"prod_{i:04d}", "updated_at": "2026-11-27T05:14:13.476Z"} for i in range(n)]


def _pager(rows: list[dict], state: dict) -> object:
    async def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        state["in_flight"] += 1
        state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
        state["offsets"].append(offset)
        try:
            # Later pages answer faster, so completion order differs from page order.
            await asyncio.sleep(0.02 if offset == 0 else 0.001 * (100 - offset % 100))
        except asyncio.CancelledError:
            state["cancelled"] = state.get("cancelled", 0) + 1
            raise
        finally:
            state["in_flight"] -= 1
        page = rows[offset : offset + limit]
        return json_response(
            200,
            {
                "products": page,
                "count": state.get("count", len(rows)),
                "offset": offset,
                "limit": limit,
            },
        )

    return handler


async def test_iter_all_products_fetches_every_page_in_order_with_bounded_concurrency():
    rows = _catalog(23)
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": []}
    server = FakeServer()
    server.route("GET", "/admin/products", _pager(rows, state))
    async with client(server, SecretKey(SK)) as medusa:
        got = [
            p.id
            async for p in medusa.iter_all_products(
                fields="id,updated_at", page_size=5, concurrency=2
            )
        ]
    assert got == [r["id"] for r in rows]
    assert state["offsets"][0] == 0  # count-first
    assert sorted(state["offsets"]) == [0, 5, 10, 15, 20]  # no page twice
    assert state["max_in_flight"] == 2
    params = server.requests[0].url.params
    assert params["order"] == "id" and params["fields"] == "id,updated_at"


def _with_malformed(rows: list[dict]) -> list[dict]:
    """The catalog with product 3 missing its id and product 7 with a numeric title."""
    rows = [dict(r) for r in rows]
    del rows[3]["id"]
    rows[7]["title"] = 7
    return rows


async def test_a_malformed_product_fails_the_page_unless_the_caller_skips_it():
    server = FakeServer()
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": []}
    server.route("GET", "/admin/products", _pager(_with_malformed(_catalog(10)), state))
    skipped: list[tuple[str, str]] = []
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(MalformedResponse):
            await medusa.list_products(limit=10, offset=0)
        page = await medusa.list_products(
            limit=10, offset=0, on_malformed=lambda *bad: skipped.append(bad)
        )
    assert [p.id for p in page.products] == [f"prod_{i:04d}" for i in range(10) if i not in (3, 7)]
    assert page.count == 10
    assert skipped == [
        ("?", "unexpected shape (id: Field required)"),
        ("prod_0007", "unexpected shape (title: Input should be a valid string)"),
    ]


async def test_iter_all_products_reports_skipped_products_in_page_order():
    server = FakeServer()
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": []}
    server.route("GET", "/admin/products", _pager(_with_malformed(_catalog(12)), state))
    events: list[str] = []
    async with client(server, SecretKey(SK)) as medusa:
        async for p in medusa.iter_all_products(
            page_size=5, concurrency=2, on_malformed=lambda pid, _: events.append(f"bad {pid}")
        ):
            events.append(p.id)
    assert events == [
        "bad ?", "prod_0000", "prod_0001", "prod_0002", "prod_0004",
        "bad prod_0007", "prod_0005", "prod_0006", "prod_0008", "prod_0009",
        "prod_0010", "prod_0011",
    ]


async def test_iter_all_products_single_request_for_small_catalog():
    server = FakeServer()
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": []}
    server.route("GET", "/admin/products", _pager(_catalog(3), state))
    async with client(server, SecretKey(SK)) as medusa:
        got = [p async for p in medusa.iter_all_products(page_size=5)]
    assert len(got) == 3 and state["offsets"] == [0]


async def test_iter_all_products_deduplicates_shifted_rows():
    rows = _catalog(10)
    server = FakeServer()

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        # A product deleted after page 1: page 2 starts one row earlier.
        start = offset - 1 if offset else 0
        page = rows[start : start + 5]
        return json_response(200, {"products": page, "count": 10, "offset": offset, "limit": 5})

    server.route("GET", "/admin/products", handler)
    async with client(server, SecretKey(SK)) as medusa:
        got = [p.id async for p in medusa.iter_all_products(page_size=5)]
    assert len(got) == len(set(got)) == 9


async def test_iter_all_products_follows_a_growing_catalog():
    rows = _catalog(12)
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": [], "count": 10}
    server = FakeServer()
    handler = _pager(rows, state)

    async def growing(request: httpx.Request) -> httpx.Response:
        resp = await handler(request)
        state["count"] = 12  # two products created after the first page
        return resp

    server.route("GET", "/admin/products", growing)
    async with client(server, SecretKey(SK)) as medusa:
        got = [p.id async for p in medusa.iter_all_products(page_size=5, concurrency=1)]
    assert got == [r["id"] for r in rows]


async def test_iter_all_products_error_propagates_and_cancels_pending():
    rows = _catalog(40)
    state = {"in_flight": 0, "max_in_flight": 0, "offsets": []}
    ok = _pager(rows, state)
    server = FakeServer()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["offset"] == "10":
            return json_response(500, fakes.MEDUSA_UNKNOWN_ERROR)
        return await ok(request)

    server.route("GET", "/admin/products", handler)
    got = []
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(ServerError):
            async with aclosing(medusa.iter_all_products(page_size=5, concurrency=2)) as it:
                async for p in it:
                    got.append(p.id)
    assert got == [r["id"] for r in rows[:10]]
    assert state["in_flight"] == 0
    assert asyncio.all_tasks() == {asyncio.current_task()}  # read-ahead tasks are gone


async def test_iter_all_products_early_stop_cancels_read_ahead():
    rows = _catalog(100)
    started: list[int] = []
    cancelled: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        started.append(offset)
        if offset:
            try:
                await asyncio.sleep(30)  # read-ahead that would hang if it were awaited
            except asyncio.CancelledError:
                cancelled.append(offset)
                raise
        page = rows[offset : offset + 5]
        return json_response(200, {"products": page, "count": 100, "offset": offset, "limit": 5})

    server = FakeServer()
    server.route("GET", "/admin/products", handler)
    async with client(server, SecretKey(SK)) as medusa:
        async with aclosing(medusa.iter_all_products(page_size=5, concurrency=2)) as it:
            async for _ in it:
                await asyncio.sleep(0.01)  # let the read-ahead requests start
                break
    assert started[0] == 0
    assert len(started) == 3  # first page + `concurrency` in flight, the rest wait
    assert sorted(cancelled) == [5, 10]


# ------------------------------------------------------------ single product ops


async def test_get_unknown_product_is_not_found_with_server_message():
    server = FakeServer()
    server.route("GET", "/admin/products/prod_nope", json_response(404, fakes.MEDUSA_NOT_FOUND))
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(NotFound, match="Product not found"):
            await medusa.get_product("prod_nope")


async def test_unknown_route_is_route_missing():
    server = FakeServer()  # nothing routed: Express answers 404 HTML
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(RouteMissing, match="Check the Medusa address"):
            await medusa.trigger_sync()


async def test_update_product_posts_changes_and_maps_validation():
    server = FakeServer()
    server.route(
        "POST",
        PRODUCT_PATH,
        json_response(
            400,
            fakes.medusa_invalid(
                "Invalid request: Expected: 'draft, proposed, published, rejected' "
                "for field 'status', but got: 'weird'"
            ),
        ),
    )
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(Validation) as info:
            await medusa.update_product(PID, {"status": "weird"}, fields="id")
    req = server.requests[0]
    assert json.loads(req.content) == {"status": "weird"}
    assert req.url.params["fields"] == "id"
    assert list(info.value.field_errors) == ["status"]


async def test_update_is_not_retried_on_503_but_get_is():
    server = FakeServer()
    server.route("POST", PRODUCT_PATH, json_response(503, {}))
    server.route("GET", PRODUCT_PATH, [json_response(503, {}), product_ok()])
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(ServerError):
            await medusa.update_product(PID, {"title": "x"})
        await medusa.get_product(PID)
    assert len(server.calls("POST", PRODUCT_PATH)) == 1
    assert len(server.calls("GET", PRODUCT_PATH)) == 2


async def test_update_retried_only_when_connection_refused():
    server = FakeServer()
    server.route("POST", PRODUCT_PATH, [httpx.ConnectError("refused"), product_ok()])
    async with client(server, SecretKey(SK)) as medusa:
        await medusa.update_product(PID, {"title": "x"})
    assert len(server.calls("POST", PRODUCT_PATH)) == 2


async def test_create_is_never_retried():
    server = FakeServer()
    server.route("POST", "/admin/products", [httpx.ConnectError("refused"), product_ok()])
    server.route("POST", "/admin/products/batch", [httpx.ReadTimeout("slow"), product_ok()])
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(Exception, match="Could not connect"):
            await medusa.create_product({"title": "T", "options": []})
        with pytest.raises(Timeout):
            await medusa.batch_update([{"id": PID, "title": "x"}])
    assert len(server.calls("POST", "/admin/products")) == 1
    assert len(server.calls("POST", "/admin/products/batch")) == 1


async def test_product_ids_are_path_escaped():
    server = FakeServer()
    server.route("GET", "/admin/products/a/b", product_ok)  # FakeServer routes on decoded paths
    async with client(server, SecretKey(SK)) as medusa:
        await medusa.get_product("a/b")
    assert server.requests[0].url.raw_path.startswith(b"/admin/products/a%2Fb")


# ------------------------------------------------------------------------- batch


def _batch_handler(fail_chunk: int | None = None):
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == fail_chunk:
            return json_response(
                400, fakes.medusa_invalid("Invalid request: Field 'title' is required")
            )
        body = json.loads(request.content)
        updated = [fakes.medusa_product(id=u["id"]) for u in body["update"]]
        return json_response(
            200,
            {
                "created": [],
                "updated": updated,
                "deleted": {"ids": [], "object": "product", "deleted": True},
            },
        )

    return handler


async def test_batch_update_chunks_requests():
    server = FakeServer()
    server.route("POST", "/admin/products/batch", _batch_handler())
    updates = [{"id": f"prod_{i}", "status": "draft"} for i in range(120)]
    async with client(server, SecretKey(SK)) as medusa:
        saved = await medusa.batch_update(updates, chunk_size=50)
    sizes = [len(json.loads(r.content)["update"]) for r in server.requests]
    assert sizes == [50, 50, 20]
    assert [p.id for p in saved] == [u["id"] for u in updates]
    assert set(json.loads(server.requests[0].content)) == {"update"}


async def test_batch_update_reports_partial_progress():
    server = FakeServer()
    server.route("POST", "/admin/products/batch", _batch_handler(fail_chunk=2))
    updates = [{"id": f"prod_{i}"} for i in range(120)]
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(BatchIncomplete) as info:
            await medusa.batch_update(updates, chunk_size=50)
    err = info.value
    assert err.saved_ids == [f"prod_{i}" for i in range(50)]
    assert err.failed_ids == [f"prod_{i}" for i in range(50, 100)]
    assert err.pending_ids == [f"prod_{i}" for i in range(100, 120)]
    assert isinstance(err.cause, Validation)
    assert "Saved 50 of 120" in err.message
    assert len(server.requests) == 2  # stops at the failing chunk


async def test_batch_update_first_chunk_failure_raises_plain_error():
    server = FakeServer()
    server.route("POST", "/admin/products/batch", _batch_handler(fail_chunk=1))
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(Validation):
            await medusa.batch_update([{"id": "prod_1"}])


async def test_batch_update_requires_ids():
    async with client(FakeServer(), SecretKey(SK)) as medusa:
        with pytest.raises(ValueError, match="'id'"):
            await medusa.batch_update([{"title": "x"}])


# ------------------------------------------------------------------ misc routes


async def test_trigger_sync_returns_message():
    server = FakeServer()
    server.route(
        "POST",
        "/admin/payload/sync/products",
        json_response(200, {"message": "Syncing products with Payload"}),
    )
    async with client(server, SecretKey(SK)) as medusa:
        assert await medusa.trigger_sync() == "Syncing products with Payload"
    assert server.requests[0].method == "POST"


async def test_health_is_unauthenticated_and_accepts_text():
    server = FakeServer()
    server.route("GET", "/health", httpx.Response(200, text="OK"))
    async with client(server) as medusa:
        await medusa.health()
    assert "authorization" not in server.requests[0].headers
    assert server.calls("POST", "/auth/user/emailpass") == []


async def test_health_on_wrong_base_url_is_route_missing():
    async with client(FakeServer()) as medusa:
        with pytest.raises(RouteMissing):
            await medusa.health()


async def test_offline_server_is_unreachable_after_read_retries():
    server = FakeServer()
    server.route("GET", "/admin/products", [httpx.ConnectError("[Errno 111] Connection refused")])
    async with client(server, SecretKey(SK), attempts=3) as medusa:
        with pytest.raises(Unreachable, match="Is the server running") as info:
            await medusa.list_products()
    assert len(server.requests) == 3
    assert SK not in str(info.value)


async def test_slow_server_read_is_timeout():
    server = FakeServer()
    server.route("GET", PRODUCT_PATH, [httpx.ReadTimeout("timed out")])
    async with client(server, SecretKey(SK), attempts=2) as medusa:
        with pytest.raises(Timeout):
            await medusa.get_product(PID)
    assert len(server.requests) == 2


# ------------------------------------------------------------- rate limits (Retry-After)


async def test_rate_limited_read_waits_then_raises_with_the_servers_wait():
    server = FakeServer()
    server.route("GET", PRODUCT_PATH, fakes.proxy_refusal(429, "2"))
    sleep = SleepRecorder()
    async with MedusaClient(
        BASE, SecretKey(SK), transport=server.transport(), retry_policy=RetryPolicy(attempts=3),
        sleep=sleep,
    ) as medusa:
        with pytest.raises(RateLimited) as info:
            await medusa.get_product(PID)
    assert sleep.delays == [2.0, 2.0]
    assert len(server.calls("GET", PRODUCT_PATH)) == 3
    assert info.value.retry_after == 2.0  # what a push waits before its next pass
    assert str(info.value) == "Medusa: Medusa is busy (HTTP 429); retry in 2 s."


async def test_long_retry_after_raises_at_once_instead_of_sleeping():
    server = FakeServer()
    server.route("POST", PRODUCT_PATH, [fakes.proxy_refusal(429, "300"), product_ok()])
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(RateLimited) as info:
            await medusa.update_product(PID, {"title": "x"})
    assert len(server.calls("POST", PRODUCT_PATH)) == 1
    assert info.value.retry_after == 300.0
    assert "retry in 5 min" in info.value.message


async def test_update_refused_by_a_rate_limiter_is_sent_again():
    server = FakeServer()
    server.route("POST", PRODUCT_PATH, [fakes.proxy_refusal(503, "1"), product_ok()])
    async with client(server, SecretKey(SK)) as medusa:
        await medusa.update_product(PID, {"title": "x"})
    assert len(server.calls("POST", PRODUCT_PATH)) == 2


async def test_batch_incomplete_carries_the_wait_of_its_failed_chunk():
    server = FakeServer()
    ok = _batch_handler()
    chunks = []

    def handler(request: httpx.Request) -> httpx.Response:
        chunks.append(request)
        return ok(request) if len(chunks) == 1 else fakes.proxy_refusal(429, "600")

    server.route("POST", "/admin/products/batch", handler)
    async with client(server, SecretKey(SK)) as medusa:
        with pytest.raises(BatchIncomplete) as info:
            await medusa.batch_update([{"id": f"prod_{i}"} for i in range(60)], chunk_size=50)
    assert info.value.retry_after == 600.0
