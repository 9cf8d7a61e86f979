"""Root fixtures: no test may touch the real config dirs or the real keyring."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from desktop_app.secrets import SecretKind, clear_run_memory
from desktop_app.secrets.testing import MemoryKeyring
from desktop_app.ui.gc_guard import MainThreadCollector
from desktop_app.ui.pyside_refs import keep_singletons_alive

# The real local stack (stack/up), shared by every end-to-end test.
pytest_plugins = ["tests.support.stack", "tests.support.catalogs"]


@dataclass(frozen=True)
class AppDirs:
    config: Path
    data: Path


@pytest.fixture(scope="session", autouse=True)
def _pyside_keeps_singletons_alive() -> None:
    # As the app does at start (desktop_app/ui/pyside_refs.py): a long run of Qt tests
    # on Python 3.11 would otherwise abort with "none_dealloc" / "bool_dealloc".
    keep_singletons_alive()


@pytest.fixture(scope="session")
def _gc_collector() -> Iterator[MainThreadCollector]:
    # As the app does (desktop_app/ui/gc_guard.py): no automatic collection, which would
    # run in whatever thread allocates (a store writer) and destroy Qt objects there.
    gc.disable()
    yield MainThreadCollector()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_on_main_thread(_gc_collector: MainThreadCollector) -> Iterator[None]:
    yield
    _gc_collector.collect_due()


@pytest.fixture(autouse=True)
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppDirs:
    dirs = AppDirs(config=tmp_path / "config", data=tmp_path / "data")
    monkeypatch.setenv("DESKTOP_APP_CONFIG_DIR", str(dirs.config))
    monkeypatch.setenv("DESKTOP_APP_DATA_DIR", str(dirs.data))
    monkeypatch.setenv("DESKTOP_APP_LOG_DIR", str(tmp_path / "log"))  # app.main's log file
    for kind in SecretKind:  # a developer's exported secrets must not leak into tests
        monkeypatch.delenv(kind.env_var, raising=False)
    return dirs


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> MemoryKeyring | None:
    """Every test gets an empty in-memory keyring as the global default backend.

    ``keyring_real`` tests talk to the Secret Service explicitly instead.
    """
    clear_run_memory()  # the no-keyring fallback is process-wide
    if request.node.get_closest_marker("keyring_real"):
        return None
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
