"""Minimal JSON-over-HTTP helpers (stdlib only, so `up` works before any venv exists)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any


class HttpError(RuntimeError):
    def __init__(self, method: str, url: str, status: int, body: str) -> None:
        super().__init__(f"{method} {url} -> {status}: {body[:500]}")
        self.status = status
        self.body = body


def request(
    method: str,
    url: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> Any:
    data = None if body is None else json.dumps(body).encode()
    return request_raw(method, url, data, "application/json", headers, timeout)


def is_up(url: str, timeout: float = 2) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def wait_until_up(url: str, alive: Any, timeout: float, what: str) -> None:
    """Poll `url`; fail fast when `alive()` says the server process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_up(url):
            return
        if not alive():
            raise RuntimeError(f"{what} exited before it became healthy")
        time.sleep(0.25)
    raise RuntimeError(f"{what} did not become healthy within {timeout:.0f}s ({url})")


def request_raw(
    method: str,
    url: str,
    body: bytes | None,
    content_type: str,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> Any:
    """Send raw bytes (`request` sends JSON through here; uploads send multipart forms)."""
    req = urllib.request.Request(url, data=body, method=method)
    req.add_header("Accept", "application/json")
    if body is not None:
        req.add_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read().decode()
    except urllib.error.HTTPError as err:
        raise HttpError(method, url, err.code, err.read().decode(errors="replace")) from None
    return json.loads(raw) if raw else None
