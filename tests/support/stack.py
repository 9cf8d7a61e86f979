"""Session fixture: the real local stack (stack/up), brought up once or reused.

Tests that need it get ready credentials. Outside CI a missing toolchain skips
them with the reason; with REQUIRE_STACK=1 (set by .ci/run) it fails instead,
so end-to-end tests never skip silently in CI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
STACK = REPO / "stack"


@dataclass(frozen=True)
class StackInfo:
    medusa_url: str
    medusa_email: str
    medusa_password: str
    medusa_secret_key: str
    payload_url: str
    payload_keys: dict[str, str]  # role -> API key
    payload_users: dict[str, dict[str, str]]
    state_file: Path
    raw: dict[str, Any]

    @property
    def integration_key(self) -> str:
        return self.payload_keys["integration"]

    @property
    def editor_key(self) -> str:
        return self.payload_keys["editor"]


def run_stack(
    *args: str, timeout: float = 1800, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``stack/stackctl *args``, in ``env`` (this process's environment when None)."""
    return subprocess.run(
        [sys.executable, str(STACK / "stackctl"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def read_stack_info() -> StackInfo:
    status = json.loads(run_stack("status", "--json").stdout)
    return stack_info_from(Path(status["state_file"]))


def stack_info_from(state_file: Path) -> StackInfo:
    """The StackInfo a stack's state file (``stack.json``) describes."""
    raw = json.loads(state_file.read_text())
    users = raw["payload"]["users"]
    return StackInfo(
        medusa_url=raw["medusa"]["url"],
        medusa_email=raw["medusa"]["admin_email"],
        medusa_password=raw["medusa"]["admin_password"],
        medusa_secret_key=raw["medusa"]["secret_key"],
        payload_url=raw["payload"]["url"],
        payload_keys={role: user["api_key"] for role, user in users.items()},
        payload_users=users,
        state_file=state_file,
        raw=raw,
    )


def ensure_stack(*flags: str) -> StackInfo:
    result = run_stack("up", "--quiet", *flags)
    if result.returncode != 0:
        message = f"the local stack could not be started:\n{result.stderr[-3000:]}"
        if os.environ.get("REQUIRE_STACK") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return read_stack_info()


@pytest.fixture(scope="session")
def stack() -> StackInfo:
    return ensure_stack()


def unique(prefix: str = "t") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class StackHttp:
    """Plain HTTP helpers for stack tests (the app's own clients are tested separately)."""

    def __init__(self, info: StackInfo) -> None:
        self.info = info
        self.medusa = httpx.Client(
            base_url=info.medusa_url,
            timeout=120,
            headers={"Authorization": f"Basic {info.medusa_secret_key}"},
        )
        self.payload = httpx.Client(base_url=f"{info.payload_url}/api", timeout=60)

    def close(self) -> None:
        self.medusa.close()
        self.payload.close()

    def payload_headers(self, role: str | None) -> dict[str, str]:
        if role is None:
            return {}
        return {"Authorization": f"users API-Key {self.info.payload_keys[role]}"}

    def create_product(
        self, handle: str, sizes: tuple[str, ...] = ("S", "M"), **extra: Any
    ) -> dict[str, Any]:
        body = {
            "title": extra.pop("title", f"Test {handle}"),
            "handle": handle,
            "options": [
                {"title": "Size", "values": list(sizes)},
                {"title": "Color", "values": ["Red"]},
            ],
            "variants": [
                {
                    "title": f"{s} / Red",
                    "sku": f"{handle}-{s}".upper(),
                    "options": {"Size": s, "Color": "Red"},
                    "prices": [{"currency_code": "eur", "amount": 10}],
                    "manage_inventory": False,
                }
                for s in ("S", "M")
            ],
            **extra,
        }
        resp = self.medusa.post("/admin/products", json=body)
        resp.raise_for_status()
        return resp.json()["product"]

    def delete_product(self, product_id: str) -> None:
        """Delete a test's product (the integration removes its Payload doc)."""
        resp = self.medusa.delete(f"/admin/products/{product_id}")
        if resp.status_code != 404:
            resp.raise_for_status()

    def payload_docs_for(self, medusa_id: str, role: str = "integration") -> list[dict[str, Any]]:
        resp = self.payload.get(
            "/products",
            params={"where[medusa_id][equals]": medusa_id, "limit": "0", "depth": "0"},
            headers=self.payload_headers(role),
        )
        resp.raise_for_status()
        return resp.json()["docs"]

    def medusa_product(self, product_id: str, fields: str = "id,metadata") -> dict[str, Any] | None:
        resp = self.medusa.get(f"/admin/products/{product_id}", params={"fields": fields})
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()["product"]


def wait_for(predicate, timeout: float, interval: float = 0.2, what: str = "condition"):
    """Poll until `predicate()` returns a truthy value; return it, or fail naming `what`."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


@pytest.fixture(scope="session")
def stack_http(stack: StackInfo):
    client = StackHttp(stack)
    yield client
    client.close()
