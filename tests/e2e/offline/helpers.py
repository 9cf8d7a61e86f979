"""Helpers for the offline-catalog end-to-end tests: catalogs on the real stack,
request counting, a recording forward proxy, Payload locks."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import open_shop
from desktop_app.services.transports import Transports
from desktop_app.store import CatalogStore
from tests.support.stack import StackHttp, StackInfo, wait_for


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def profile(medusa_url: str, payload_url: str, name: str = "Offline-e2e") -> Profile:
    return Profile(name=name, medusa_url=medusa_url, medusa_auth=MedusaAuth.SECRET_KEY,
                   payload_url=payload_url)


def secrets(info: StackInfo, name: str = "Offline-e2e") -> InMemorySecretStore:
    store = InMemorySecretStore()
    store.set(name, SecretKind.MEDUSA_SECRET_KEY, Secret(info.medusa_secret_key))
    store.set(name, SecretKind.PAYLOAD_API_KEY, Secret(info.editor_key))
    return store


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts requests (method, path) on the way to the real network."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.counts: Counter[tuple[str, str]] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counts[(request.method, request.url.path)] += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def total(self) -> int:
        return sum(self.counts.values())

    def writes(self) -> int:
        return sum(n for (m, _), n in self.counts.items() if m in ("POST", "PATCH"))


def online_catalog(
    info: StackInfo, db: Path, transports: Transports = Transports()
) -> OfflineCatalog:
    prof = profile(info.medusa_url, info.payload_url)
    shop = open_shop(prof, secrets(info), transports)
    return OfflineCatalog(CatalogStore.open(db), shop)


def offline_catalog(info: StackInfo, db: Path) -> OfflineCatalog:
    """The same store, with both servers unreachable (closed local ports)."""
    prof = profile(f"http://127.0.0.1:{closed_port()}", f"http://127.0.0.1:{closed_port()}")
    return OfflineCatalog(CatalogStore.open(db), open_shop(prof, secrets(info)))


def linked_product(http: StackHttp, handle: str, **extra: Any) -> tuple[dict[str, Any], dict]:
    """A new Medusa product and its Payload doc (created by Medusa's subscriber)."""
    product = http.create_product(handle, **extra)
    docs = wait_for(lambda: http.payload_docs_for(product["id"]), 60,
                    what=f"the Payload doc of {handle}")
    return product, docs[0]


def payload_doc(http: StackHttp, medusa_id: str) -> dict[str, Any]:
    return http.payload_docs_for(medusa_id)[0]


def payload_patch(http: StackHttp, doc_id: int, body: dict[str, Any], role: str = "admin"):
    resp = http.payload.patch(f"/products/{doc_id}", json=body, headers=http.payload_headers(role))
    resp.raise_for_status()
    return resp.json()["doc"]


def lock_doc(http: StackHttp, doc_id: int) -> int:
    """Lock ``doc_id`` as the admin user (as Payload admin does while a doc is open)."""
    headers = http.payload_headers("admin")
    me = http.payload.get("/users/me", headers=headers).json()["user"]
    resp = http.payload.post("/payload-locked-documents", headers=headers, json={
        "document": {"relationTo": "products", "value": doc_id},
        "globalSlug": None,
        "user": {"relationTo": "users", "value": me["id"]},
    })
    resp.raise_for_status()
    return resp.json()["doc"]["id"]


def unlock(http: StackHttp, lock_id: int) -> None:
    resp = http.payload.delete(f"/payload-locked-documents/{lock_id}",
                               headers=http.payload_headers("admin"))
    assert resp.status_code in (200, 404)


class RecordingProxy:
    """A forward proxy in a thread that records every successful product write.

    Writes are counted when the upstream answered 2xx, whether or not the client
    was still there to read the answer (it may have been ``kill -9``'d). ``log`` keeps
    each such write (method, path without query, body) in the order the upstream
    answered, so a test can tell which values reached a server, how often and in
    which order.
    """

    def __init__(self, upstream: str, *, write_answer_delay: float = 0.0) -> None:
        # Holding the answer to a write that landed opens a window to kill the client in.
        self.write_answer_delay = write_answer_delay
        self.upstream = upstream.rstrip("/")
        self.writes: Counter[str] = Counter()
        self.log: list[tuple[str, str, bytes]] = []
        self.in_flight = 0
        self.connections = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            # Connections are counted from accept to close: a request the killed client
            # had already written may sit unread in a socket, not yet "in flight".
            def setup(self) -> None:
                with proxy._lock:
                    proxy.connections += 1
                super().setup()

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with proxy._lock:
                        proxy.connections -= 1

            def _forward(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    # The client died while sending (kill -9): a server never sees this
                    # request whole, so it is not forwarded (forwarded, a POST with a
                    # cut-off body would be a no-op "write" the next push must redo).
                    self.close_connection = True
                    return
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "connection")}
                with proxy._lock:
                    proxy.in_flight += 1
                try:
                    with httpx.Client(timeout=120) as client:
                        resp = client.request(self.command, proxy.upstream + self.path,
                                              headers=headers, content=body)
                    if self.command in ("POST", "PATCH") and resp.is_success:
                        path = self.path.split("?")[0]
                        with proxy._lock:
                            proxy.writes[path] += 1
                            proxy.log.append((self.command, path, body))
                finally:
                    with proxy._lock:
                        proxy.in_flight -= 1
                if self.command in ("POST", "PATCH") and proxy.write_answer_delay:
                    time.sleep(proxy.write_answer_delay)
                try:
                    self.send_response(resp.status_code)
                    for k, v in resp.headers.items():
                        if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                             "content-encoding"):
                            self.send_header(k, v)
                    self.send_header("content-length", str(len(resp.content)))
                    self.end_headers()
                    self.wfile.write(resp.content)
                except OSError:  # the client died meanwhile
                    pass

            do_GET = do_POST = do_PATCH = do_DELETE = _forward

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client killed mid-request (kill -9) is expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def drain(self, timeout: float = 60, quiet: float = 0.5) -> None:
        """Wait until no request of a (dead) client can still reach the server.

        Idle means no open connection and nothing in flight, for `quiet` seconds in a
        row, so a connection still waiting in the accept queue is caught too.
        """
        idle_since: list[float] = []

        def idle_long_enough() -> bool:
            if self.in_flight or self.connections:
                idle_since.clear()
                return False
            if not idle_since:
                idle_since.append(time.monotonic())
            return time.monotonic() - idle_since[0] >= quiet

        wait_for(idle_long_enough, timeout, 0.05, what="in-flight requests")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
