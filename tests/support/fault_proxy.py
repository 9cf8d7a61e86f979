"""A loopback HTTP proxy that breaks a seeded fraction of requests on purpose.

Put it in front of a server to test that clients lose nothing and apply nothing
twice when the network misbehaves::

    with FaultProxy("http://127.0.0.1:8000", rate=0.2, seed=1, stall=3.0) as proxy:
        client = PayloadClient(proxy.url, key, timeout=2.0)
        ...
        proxy.drain()                      # let stalled requests land first
        proxy.counts, proxy.writes         # what it did, what reached the server

Each faulted request suffers one of :class:`Fault` (chosen with the same seeded
RNG): the connection dropped before or AFTER forwarding (the server applied the
write but the client never hears of it), a 502 without forwarding, or a stall
longer than the client's timeout followed by a forward or a drop. The proxy runs
its own asyncio loop in a thread, so it serves sync and async callers alike.
"""

from __future__ import annotations

import asyncio
import enum
import random
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

# Headers that belong to one hop, never forwarded (RFC 9110 §7.6.1), plus the
# ones the proxy recomputes because httpx hands over a decoded body.
_HOP = frozenset({"connection", "keep-alive", "proxy-connection", "te", "trailer",
                  "transfer-encoding", "upgrade", "host", "content-length",
                  "content-encoding"})
WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})
BAD_GATEWAY = (b"<html><head><title>502 Bad Gateway</title></head>"
               b"<body><center><h1>502 Bad Gateway</h1></center></body></html>")


class Fault(enum.StrEnum):
    DROP_BEFORE = "drop_before"      # close without forwarding
    DROP_AFTER = "drop_after"        # forward, then close without answering
    BAD_GATEWAY = "bad_gateway"      # answer 502 without forwarding
    STALL_FORWARD = "stall_forward"  # hold for `stall` seconds, then forward (late)
    STALL_DROP = "stall_drop"        # hold for `stall` seconds, then close


@dataclass
class _Request:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name), None)


class _Closed(Exception):
    """The client closed the connection (or sent garbage): stop serving it."""


async def _read_request(reader: asyncio.StreamReader) -> _Request:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError) as exc:
        raise _Closed from exc
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError as exc:
        raise _Closed from exc
    headers = [tuple(part.strip() for part in line.split(":", 1))
               for line in lines[1:] if ":" in line]
    request = _Request(method.upper(), target, headers, b"")  # type: ignore[arg-type]
    try:
        if (request.header("transfer-encoding") or "").lower() == "chunked":
            request.body = await _read_chunked(reader)
        else:
            length = int(request.header("content-length") or 0)
            request.body = await reader.readexactly(length) if length else b""
    except (asyncio.IncompleteReadError, ConnectionError, ValueError) as exc:
        raise _Closed from exc
    return request


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = b""
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # no trailers are expected
            return body
        body += await reader.readexactly(size)
        await reader.readexactly(2)


def _response_bytes(status: int, reason: str, headers: Iterable[tuple[str, str]],
                    body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{k}: {v}" for k, v in headers if k.lower() not in _HOP]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class FaultProxy:
    """Forwards to ``upstream``; faults ``rate`` of the requests (see module doc).

    ``methods`` limits faults to those HTTP methods (default: every request).
    Counters: ``counts`` (requests, forwarded, and one key per fault),
    ``write_faults`` (the faults that hit write requests), ``writes`` (path →
    write requests the upstream answered 2xx, late ones included) and
    ``late_writes`` (the stalled-then-forwarded share of those).
    """

    def __init__(
        self,
        upstream: str,
        *,
        rate: float = 0.2,
        seed: int = 0,
        faults: Iterable[Fault] = tuple(Fault),
        stall: float = 5.0,
        methods: Iterable[str] | None = None,
        upstream_timeout: float = 120.0,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.rate = rate
        self.faults = tuple(faults)
        if rate > 0 and not self.faults:
            raise ValueError("a fault rate needs at least one kind of fault")
        self.stall = stall
        self.methods = frozenset(m.upper() for m in methods) if methods is not None else None
        self.upstream_timeout = upstream_timeout
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.writes: Counter[str] = Counter()
        self.late_writes: Counter[str] = Counter()
        self.write_faults: Counter[str] = Counter()  # fault → times it hit a write request
        self.in_flight = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._upstream: httpx.AsyncClient | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ------------------------------------------------------------ lifecycle
    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None or not self.port:
            raise RuntimeError(f"the fault proxy did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        """Close the listener and every connection (stalled requests are abandoned)."""
        if self._thread is None:
            return
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)
        self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported by start(); a thread cannot raise
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=64)
        async with httpx.AsyncClient(timeout=self.upstream_timeout, limits=limits) as upstream:
            self._upstream = upstream
            server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()
            server.close()
            # Keep-alive and stalled connections would keep wait_closed() waiting.
            for writer in list(self._writers):
                writer.close()

    # -------------------------------------------------------------- control
    def drain(self, timeout: float = 60.0, quiet: float = 0.2) -> None:
        """Wait until nothing is in flight (stalled requests landed) for ``quiet`` s."""
        deadline = time.monotonic() + timeout
        idle_since: float | None = None
        while time.monotonic() < deadline:
            if self.in_flight:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since >= quiet:
                return
            time.sleep(0.02)
        raise TimeoutError(f"{self.in_flight} requests still in flight after {timeout}s")

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self.rate = rate

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self.counts)

    def _count(self, key: str, path: str | None = None, late: bool = False) -> None:
        with self._lock:
            self.counts[key] += 1
            if path is not None:
                self.writes[path] += 1
                if late:
                    self.late_writes[path] += 1

    def _choose(self, method: str) -> Fault | None:
        with self._lock:
            if self.methods is not None and method not in self.methods:
                return None
            if self._rng.random() >= self.rate:
                return None
            return self._rng.choice(self.faults)

    # ------------------------------------------------------------ serving
    async def _connection(self, reader: asyncio.StreamReader,
                          writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                request = await _read_request(reader)
                with self._lock:
                    self.in_flight += 1
                try:
                    keep = await self._handle(request, writer)
                finally:
                    with self._lock:
                        self.in_flight -= 1
                if not keep:
                    break
        except (_Closed, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _handle(self, request: _Request, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False closes the connection."""
        self._count("requests")
        fault = self._choose(request.method)
        if fault is not None:
            self._count(fault.value)
            if request.method in WRITE_METHODS:
                with self._lock:
                    self.write_faults[fault.value] += 1
        if fault is Fault.DROP_BEFORE:
            return False
        if fault is Fault.BAD_GATEWAY:
            writer.write(_response_bytes(502, "Bad Gateway",
                                         [("Content-Type", "text/html")], BAD_GATEWAY))
            await writer.drain()
            return True
        if fault in (Fault.STALL_FORWARD, Fault.STALL_DROP):
            await asyncio.sleep(self.stall)
            if fault is Fault.STALL_DROP:
                return False
        response = await self._forward(request, late=fault is Fault.STALL_FORWARD)
        if response is None or fault in (Fault.DROP_AFTER, Fault.STALL_FORWARD):
            return False  # a late answer would go to a client that gave up: drop it too
        writer.write(_response_bytes(response.status_code, response.reason_phrase,
                                     response.headers.multi_items(), response.content))
        await writer.drain()
        return (request.header("connection") or "").lower() != "close"

    async def _forward(self, request: _Request, late: bool) -> httpx.Response | None:
        headers = [(k, v) for k, v in request.headers if k.lower() not in _HOP]
        assert self._upstream is not None  # set before the first connection is accepted
        try:
            response = await self._upstream.request(
                request.method, self.upstream + request.target, headers=headers,
                content=request.body)
        except httpx.HTTPError:
            self._count("upstream_errors")
            return None
        write = request.method in WRITE_METHODS and response.is_success
        self._count("forwarded", request.path if write else None, late)
        return response
