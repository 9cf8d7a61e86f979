"""The editorial stack (``stack/up --editorial``, issue 16) beside the tests' default stack.

``editorial_stack`` uses the editorial stack when it is already up, and starts it only when
asked: ``E2E_EDITORIAL=1``, or in CI (``CI=true``, unless ``E2E_EDITORIAL=0``). A cold start
takes about a minute on the 2-core CI machine (PostgreSQL, Medusa's migrations with the
translation module, Payload's schema push; no seed, no build beyond the default stack's), see
docs/editorial.md. Otherwise its tests skip and say how to run them. A stack this fixture
started is stopped again (``stack/down``: the data stays, the next start takes ~20 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.stack import STACK, StackInfo
from tests.support.stack_env import editorial_env

OPT_IN = "E2E_EDITORIAL"


def asked_for() -> bool:
    value = os.environ.get(OPT_IN, "").strip().lower()
    if value in ("0", "false", "no"):
        return False
    return value in ("1", "true", "yes") or os.environ.get("CI") == "true"


def stackctl(*args: str, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(STACK / "stackctl"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=editorial_env(),
    )


def read_editorial_stack() -> StackInfo:
    state_file = Path(editorial_env()["STACK_STATE_DIR"]) / "stack.json"
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


@pytest.fixture(scope="session")
def editorial_stack() -> Iterator[StackInfo]:
    running = stackctl("status", "--json", timeout=60).returncode == 0
    if not running and not asked_for():
        pytest.skip(
            "the editorial stack is not running: start it with `stack/up --editorial`, or set "
            f"{OPT_IN}=1 to let the tests start it (about a minute)"
        )
    started = time.monotonic()
    result = stackctl("up", "--quiet", "--no-seed")
    if result.returncode != 0:
        message = f"the editorial stack could not be started:\n{result.stderr[-3000:]}"
        if os.environ.get("REQUIRE_STACK") == "1":
            pytest.fail(message)
        pytest.skip(message)
    if not running:
        print(f"\n[editorial] stack/up --editorial took {time.monotonic() - started:.1f}s")
    try:
        yield read_editorial_stack()
    finally:
        if not running:
            stackctl("down", "--quiet", timeout=120)
