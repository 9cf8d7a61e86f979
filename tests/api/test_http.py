"""Retry rules and transport-error mapping of the shared HTTP core."""

from __future__ import annotations

import random
from email.utils import formatdate

import httpx
import pytest

from desktop_app.api.errors import Timeout, Unreachable
from desktop_app.api.http import HttpCore, Retry, RetryPolicy, parse_retry_after
from tests.api.fakes import FakeServer, SleepRecorder, json_response, proxy_refusal


def _core(server: FakeServer, sleep: SleepRecorder, attempts: int = 3) -> HttpCore:
    return HttpCore(
        server="Medusa",
        base_url="http://admin:hunter2@shop.test:9000",
        transport=server.transport(),
        retry_policy=RetryPolicy(attempts=attempts, base_delay=0.5, max_delay=8.0),
        sleep=sleep,
        rng=random.Random(1),
    )


def _connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("[Errno 111] Connection refused")


async def test_safe_request_retries_503_then_succeeds():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [json_response(503, {}), json_response(200, {"ok": True})])
    resp = await _core(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 200
    assert len(server.requests) == 2
    assert len(sleep.delays) == 1


async def test_safe_request_gives_up_after_attempts_and_returns_last_response():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", json_response(502, {}))
    resp = await _core(server, sleep, attempts=4).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 502
    assert len(server.requests) == 4
    assert len(sleep.delays) == 3


async def test_500_is_not_retried_even_for_reads():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", json_response(500, {}))
    resp = await _core(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 500
    assert len(server.requests) == 1


@pytest.mark.parametrize("retry", [Retry.BEFORE_SEND, Retry.NEVER])
async def test_writes_are_not_retried_on_503(retry):
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [json_response(503, {}), json_response(200, {})])
    resp = await _core(server, sleep).send("POST", "/x", retry=retry, json={})
    assert resp.status_code == 503
    assert len(server.requests) == 1
    assert sleep.delays == []


async def test_update_retried_when_connection_refused():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [_connect_error(), json_response(200, {"ok": 1})])
    resp = await _core(server, sleep).send("POST", "/x", retry=Retry.BEFORE_SEND, json={})
    assert resp.status_code == 200
    assert len(server.requests) == 2


async def test_update_not_retried_after_read_timeout():
    # The server may have applied the update before the answer timed out.
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [httpx.ReadTimeout("slow"), json_response(200, {})])
    with pytest.raises(Timeout, match="did not answer in time"):
        await _core(server, sleep).send("POST", "/x", retry=Retry.BEFORE_SEND, json={})
    assert len(server.requests) == 1


async def test_create_never_retried_even_when_refused():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [_connect_error(), json_response(200, {})])
    with pytest.raises(Unreachable, match=r"Could not connect to Medusa at shop\.test:9000"):
        await _core(server, sleep).send("POST", "/x", retry=Retry.NEVER, json={})
    assert len(server.requests) == 1


async def test_read_timeouts_retried_then_mapped():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [httpx.ReadTimeout("slow")])
    with pytest.raises(Timeout) as info:
        await _core(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert len(server.requests) == 3
    assert info.value.server == "Medusa"
    assert info.value.__cause__ is None and info.value.__suppress_context__


async def test_broken_connection_on_read_is_retried():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [httpx.RemoteProtocolError("peer closed"), json_response(200, {})])
    resp = await _core(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 200


async def test_error_messages_never_contain_url_credentials():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [_connect_error()])
    with pytest.raises(Unreachable) as info:
        await _core(server, sleep, attempts=1).send("GET", "/x", retry=Retry.SAFE)
    assert "hunter2" not in str(info.value)
    assert "hunter2" not in repr(info.value)
    # ... and the credentials are not sent along either.
    assert "authorization" not in server.requests[0].headers


def test_backoff_grows_exponentially_with_bounded_jitter():
    policy = RetryPolicy(attempts=6, base_delay=0.5, max_delay=3.0)
    rng = random.Random(7)
    for retry_number, cap in enumerate([0.5, 1.0, 2.0, 3.0, 3.0]):
        samples = [policy.delay(retry_number, rng) for _ in range(200)]
        assert all(cap / 2 <= s <= cap for s in samples)
        assert max(samples) - min(samples) > cap / 4  # jitter actually varies


async def test_delays_passed_to_sleep_follow_policy():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", json_response(504, {}))
    await _core(server, sleep, attempts=3).send("GET", "/x", retry=Retry.SAFE)
    assert 0.25 <= sleep.delays[0] <= 0.5
    assert 0.5 <= sleep.delays[1] <= 1.0


@pytest.mark.parametrize(("exc", "connected"), [
    (_connect_error(), False),
    (httpx.ConnectTimeout("no answer to SYN"), False),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), True),
    (httpx.ReadTimeout("slow"), True),
    (httpx.ReadError("reset by peer"), True),
])
async def test_transport_errors_say_whether_a_connection_was_made(exc, connected):
    # A caller tells "server down" (nothing to retry soon) from one request lost on the way.
    server, sleep = FakeServer(), SleepRecorder()
    server.route("PATCH", "/x", [exc])
    with pytest.raises((Timeout, Unreachable)) as info:
        await _core(server, sleep, attempts=1).send("PATCH", "/x", retry=Retry.BEFORE_SEND)
    assert info.value.connected is connected


# ------------------------------------------------------------------- Retry-After

NOW = 1795756452.0  # a fixed "now" for HTTP-date Retry-After values


def _core_at(server: FakeServer, sleep: SleepRecorder, **policy: float) -> HttpCore:
    return HttpCore(
        server="Medusa",
        base_url="http://shop.test:9000",
        transport=server.transport(),
        retry_policy=RetryPolicy(**{"attempts": 3, **policy}),
        sleep=sleep,
        rng=random.Random(1),
        clock=lambda: NOW,
    )


@pytest.mark.parametrize(("value", "seconds"), [
    ("12", 12.0),
    (" 0 ", 0.0),
    ("Fri, 27 Nov 2026 05:15:12 GMT", 60.0),  # RFC 9110's IMF-fixdate
    ("Friday, 27-Nov-26 05:15:12 GMT", 60.0),  # obsolete forms a recipient must accept:
    ("Fri Nov 27 05:15:12 2026", 60.0),  # RFC 850 and asctime
    (formatdate(NOW + 30, usegmt=True), 30.0),
    (formatdate(NOW - 30, usegmt=True), 0.0),  # already past: no wait, not a negative one
    ("-5", None),
    ("1.5", None),  # delta-seconds is an integer only
    ("soon", None),
    ("", None),
    (None, None),
])
def test_parse_retry_after_reads_seconds_and_http_dates(value, seconds):
    got = parse_retry_after(value, NOW)
    if seconds is None:
        assert got is None
    else:
        assert got == pytest.approx(seconds)


@pytest.mark.parametrize("status", [429, 503])
async def test_read_waits_exactly_the_retry_after_then_succeeds(status):
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [proxy_refusal(status, "12"), json_response(200, {"ok": True})])
    resp = await _core_at(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 200
    assert sleep.delays == [12.0]  # the server's wait, not the 0.25–0.5 s backoff


async def test_retry_after_as_http_date_is_waited_until_that_time():
    server, sleep = FakeServer(), SleepRecorder()
    date = formatdate(NOW + 20, usegmt=True)
    server.route("GET", "/x", [proxy_refusal(503, date), json_response(200, {})])
    await _core_at(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert sleep.delays == [pytest.approx(20.0)]


async def test_429_without_retry_after_is_retried_with_backoff():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [proxy_refusal(429), json_response(200, {})])
    resp = await _core_at(server, sleep).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 200
    assert 0.25 <= sleep.delays[0] <= 0.5


async def test_retry_after_beyond_the_cap_is_not_slept_through():
    # Five minutes on a progress bar is worse than an error that says when to retry.
    server, sleep = FakeServer(), SleepRecorder()
    server.route("GET", "/x", [proxy_refusal(429, "300"), json_response(200, {})])
    resp = await _core_at(server, sleep, max_retry_after=60.0).send("GET", "/x", retry=Retry.SAFE)
    assert resp.status_code == 429
    assert len(server.requests) == 1
    assert sleep.delays == []


@pytest.mark.parametrize("refusal", [proxy_refusal(429), proxy_refusal(429, "3"),
                                     proxy_refusal(503, "3")])
async def test_update_retried_after_a_refusal(refusal):
    # A rate limiter refused it before it reached the server: sending it again is safe.
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [refusal, json_response(200, {"ok": 1})])
    resp = await _core_at(server, sleep).send("POST", "/x", retry=Retry.BEFORE_SEND, json={})
    assert resp.status_code == 200
    assert len(server.requests) == 2


async def test_update_not_retried_after_a_bare_503():
    # Without Retry-After a 503 may be a proxy's answer to a request it had forwarded.
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [proxy_refusal(503), json_response(200, {})])
    resp = await _core_at(server, sleep).send("POST", "/x", retry=Retry.BEFORE_SEND, json={})
    assert resp.status_code == 503
    assert len(server.requests) == 1


async def test_create_not_retried_even_after_429():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/x", [proxy_refusal(429, "1"), json_response(200, {})])
    resp = await _core_at(server, sleep).send("POST", "/x", retry=Retry.NEVER, json={})
    assert resp.status_code == 429
    assert len(server.requests) == 1


async def test_a_repeated_multipart_field_sends_every_part():
    server, sleep = FakeServer(), SleepRecorder()
    server.route("POST", "/up", json_response(200, {}))
    parts = [("files", ("a.png", b"AAA", "image/png")), ("files", ("b.png", b"BBB", "image/png"))]
    await _core(server, sleep).send("POST", "/up", retry=Retry.NEVER, files=parts)
    [request] = server.requests
    body = request.content
    assert body.count(b'name="files"') == 2
    assert b'filename="a.png"' in body and b'filename="b.png"' in body
    assert body.index(b"AAA") < body.index(b"BBB")
