"""A wrong Payload API key in Medusa's configuration is reported clearly in Medusa's log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.support.stack import STACK, StackInfo, unique, wait_for

pytestmark = pytest.mark.e2e

SERVER_DIR = STACK / "medusa" / ".medusa" / "server"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _medusa_env(info: StackInfo, port: int, api_key: str) -> dict[str, str]:
    raw = info.raw
    return {
        **os.environ,
        "NODE_ENV": "production",
        "MEDUSA_DISABLE_TELEMETRY": "true",
        "PORT": str(port),
        "DATABASE_URL": raw["postgres"]["medusa_url"],
        "JWT_SECRET": raw["medusa"]["jwt_secret"],
        "COOKIE_SECRET": raw["medusa"]["cookie_secret"],
        "PAYLOAD_SERVER_URL": info.payload_url,
        "PAYLOAD_API_KEY": api_key,
        "PAYLOAD_USER_COLLECTION": "users",
    }


def test_wrong_payload_key_is_named_in_medusa_log(stack: StackInfo, tmp_path: Path) -> None:
    port = _free_port()
    log_path = tmp_path / "medusa-wrong-key.log"
    wrong_key = "00000000-0000-4000-8000-000000000000"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(SERVER_DIR / "node_modules/.bin/medusa"), "start"],
            cwd=SERVER_DIR,
            env=_medusa_env(stack, port, wrong_key),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: _healthy(base) or proc.poll() is not None, 120, 0.5, "second Medusa")
        assert proc.poll() is None, log_path.read_text()[-3000:]
        with httpx.Client(
            base_url=base, timeout=60, headers={"Authorization": f"Basic {stack.medusa_secret_key}"}
        ) as medusa:
            handle = unique("wrongkey")
            created = medusa.post(
                "/admin/products",
                json={
                    "title": "Wrong key",
                    "handle": handle,
                    "options": [{"title": "Size", "values": ["One"]}],
                    "variants": [
                        {
                            "title": "One",
                            "options": {"Size": "One"},
                            "prices": [{"currency_code": "eur", "amount": 1}],
                        }
                    ],
                },
            )
            created.raise_for_status()
            product_id = created.json()["product"]["id"]

            def logged_creation_failure() -> bool:
                text = log_path.read_text(errors="replace")
                return text.count("PAYLOAD_API_KEY") >= 2  # at startup and on the failed create

            wait_for(logged_creation_failure, 30, 0.5, "a log line naming PAYLOAD_API_KEY")
            medusa.delete(f"/admin/products/{product_id}")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    text = log_path.read_text(errors="replace")
    assert wrong_key not in text, "the key itself must never be logged"


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
