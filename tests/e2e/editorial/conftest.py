"""The editorial stack (``stack/up --editorial``, issue 16) beside the tests' default stack.

``editorial_stack`` uses the editorial stack when it is already up, and starts it only when
asked: ``E2E_EDITORIAL=1``, or in CI (``CI=true``, unless ``E2E_EDITORIAL=0``). A cold start
takes about a minute on the 2-core CI machine (PostgreSQL, Medusa's migrations with the
translation module, Payload's schema push; no seed, no build beyond the default stack's), see
docs/editorial.md. Otherwise its tests skip and say how to run them. A stack this fixture
started is stopped again (``stack/down``: the data stays, the next start takes ~20 s).
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.capabilities import CapabilityCache
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.support.stack import StackInfo, run_stack, stack_info_from
from tests.support.stack_env import editorial_env, use_test_stack

OPT_IN = "E2E_EDITORIAL"


def asked_for() -> bool:
    value = os.environ.get(OPT_IN, "").strip().lower()
    if value in ("0", "false", "no"):
        return False
    return value in ("1", "true", "yes") or os.environ.get("CI") == "true"


def stackctl(*args: str, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    return run_stack(*args, timeout=timeout, env=editorial_env())


def read_editorial_stack() -> StackInfo:
    return stack_info_from(Path(editorial_env()["STACK_STATE_DIR"]) / "stack.json")


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


@pytest.fixture(params=["default", "editorial"])
def deployment(request: pytest.FixtureRequest) -> tuple[str, StackInfo]:
    """Each configuration in turn: ("default", the tests' stack), ("editorial", its stack)."""
    name = request.param
    if name == "default":
        use_test_stack()  # never the demo a user opens, even when pytest runs by hand
    return name, request.getfixturevalue("stack" if name == "default" else "editorial_stack")


def shop_for(info: StackInfo) -> Shop:
    """The app's shop on the stack ``info`` describes, as its editor, under a fresh profile."""
    profile = Profile(
        name=f"e2e-{uuid.uuid4().hex[:8]}",
        medusa_url=info.medusa_url,
        medusa_auth=MedusaAuth.SECRET_KEY,
        payload_url=info.payload_url,
    )
    return Shop(
        profile,
        MedusaClient(info.medusa_url, SecretKey(info.medusa_secret_key)),
        PayloadClient(info.payload_url, info.editor_key),
        capability_cache=CapabilityCache(),
    )


def catalog_for(info: StackInfo, path: Path) -> OfflineCatalog:
    """An offline catalog in the store at ``path`` over ``shop_for(info)``."""
    return OfflineCatalog(CatalogStore.open(path), shop_for(info))
