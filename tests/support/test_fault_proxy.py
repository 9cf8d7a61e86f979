"""The fault proxy against a tiny local server: transparent at rate 0, each fault
does what it says (and counts it), the seeded choice is repeatable."""

from __future__ import annotations

import http.server
import json
import threading
from collections import Counter

import httpx
import pytest

from tests.support.fault_proxy import Fault, FaultProxy


class TinyServer:
    """A JSON key-value store over HTTP that counts the PATCHes it applied."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.applied: Counter[str] = Counter()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each reply waits ~40 ms for a delayed ACK

            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Tiny", "yes")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                key = self.path.split("?")[0].rsplit("/", 1)[1]
                self._reply(200, {"key": key, "value": server.values.get(key),
                                  "query": self.path.partition("?")[2]})

            def do_PATCH(self) -> None:
                key = self.path.rsplit("/", 1)[1]
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.values[key] = body["value"]
                server.applied[key] += 1
                self._reply(200, {"doc": {"key": key, "value": body["value"]}})

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def tiny():
    server = TinyServer()
    yield server
    server.close()


def only(fault: Fault, tiny: TinyServer, **options: object) -> FaultProxy:
    return FaultProxy(tiny.url, rate=1.0, faults=[fault], **options).start()


def test_rate_zero_forwards_everything_unchanged_over_one_connection(tiny):
    with FaultProxy(tiny.url, rate=0.0) as proxy, httpx.Client(base_url=proxy.url) as client:
        for n in range(5):
            resp = client.patch(f"/items/k{n}", json={"value": f"v{n}"})
            assert resp.status_code == 200 and resp.json()["doc"]["value"] == f"v{n}"
        resp = client.get("/items/k3", params={"a": "1", "b": "x y"})
        assert resp.json() == {"key": "k3", "value": "v3", "query": "a=1&b=x+y"}
        assert resp.headers["x-tiny"] == "yes"
        assert proxy.counts == Counter({"requests": 6, "forwarded": 6})
        assert proxy.writes == Counter({f"/items/k{n}": 1 for n in range(5)})
    assert tiny.applied == Counter({f"k{n}": 1 for n in range(5)})


def test_drop_before_never_reaches_the_server(tiny):
    proxy = only(Fault.DROP_BEFORE, tiny)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.patch(proxy.url + "/items/a", json={"value": "x"})
        assert proxy.counts["drop_before"] == 1 and proxy.counts["forwarded"] == 0
        assert tiny.applied == {} and not proxy.writes
    finally:
        proxy.stop()


def test_drop_after_applies_the_write_but_the_client_never_hears(tiny):
    proxy = only(Fault.DROP_AFTER, tiny)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.patch(proxy.url + "/items/a", json={"value": "applied"})
        assert tiny.values["a"] == "applied" and tiny.applied["a"] == 1
        assert proxy.counts["drop_after"] == 1 and proxy.writes["/items/a"] == 1
        assert proxy.write_faults == Counter({"drop_after": 1})
    finally:
        proxy.stop()


def test_bad_gateway_answers_502_without_forwarding(tiny):
    proxy = only(Fault.BAD_GATEWAY, tiny)
    try:
        with httpx.Client(base_url=proxy.url) as client:
            first = client.patch("/items/a", json={"value": "x"})
            second = client.get("/items/a")  # the connection stays usable
        assert (first.status_code, second.status_code) == (502, 502)
        assert "Bad Gateway" in first.text
        assert tiny.applied == {} and proxy.counts["bad_gateway"] == 2
    finally:
        proxy.stop()


def test_stall_then_forward_lands_after_the_client_timed_out(tiny):
    proxy = only(Fault.STALL_FORWARD, tiny, stall=0.6)
    try:
        with pytest.raises(httpx.ReadTimeout):
            httpx.patch(proxy.url + "/items/a", json={"value": "late"}, timeout=0.2)
        assert tiny.applied["a"] == 0  # still held
        proxy.drain(timeout=10)
        assert tiny.values["a"] == "late" and tiny.applied["a"] == 1
        assert proxy.late_writes["/items/a"] == 1 and proxy.writes["/items/a"] == 1
    finally:
        proxy.stop()


def test_stall_then_drop_never_reaches_the_server(tiny):
    proxy = only(Fault.STALL_DROP, tiny, stall=0.4)
    try:
        with pytest.raises(httpx.ReadTimeout):
            httpx.patch(proxy.url + "/items/a", json={"value": "x"}, timeout=0.1)
        proxy.drain(timeout=10)
        assert tiny.applied == {} and proxy.counts["stall_drop"] == 1
    finally:
        proxy.stop()


def test_methods_limit_which_requests_are_faulted(tiny):
    with FaultProxy(tiny.url, rate=1.0, faults=[Fault.BAD_GATEWAY], methods=["PATCH"]) as proxy:
        assert httpx.get(proxy.url + "/items/a").status_code == 200
        assert httpx.patch(proxy.url + "/items/a", json={"value": "x"}).status_code == 502


def run_sequence(tiny: TinyServer, seed: int, n: int = 150) -> list[str]:
    outcomes = []
    with FaultProxy(tiny.url, rate=0.2, seed=seed, stall=0.3) as proxy:
        with httpx.Client(timeout=0.1) as client:
            for i in range(n):
                try:
                    resp = client.get(f"{proxy.url}/items/{i}")
                    outcomes.append(str(resp.status_code))
                except httpx.HTTPError as exc:
                    outcomes.append(type(exc).__name__)
        proxy.drain(timeout=10)
        faulted = sum(proxy.counts[f.value] for f in Fault)
        assert proxy.counts["requests"] == n
        assert 0.12 * n <= faulted <= 0.28 * n  # about the configured 20%
        assert {f.value for f in Fault} <= set(proxy.counts)  # every kind occurs
    return outcomes


def test_seeded_choice_is_repeatable_and_near_the_rate(tiny):
    first = run_sequence(tiny, seed=7)
    assert run_sequence(tiny, seed=7) == first
    assert run_sequence(tiny, seed=8) != first
