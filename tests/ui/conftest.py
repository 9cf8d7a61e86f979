"""UI tests: offscreen Qt, qasync loop for async tests, fail on any Qt warning."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import InMemorySecretStore
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from tests.services.fake_servers import FakeShop, fake_shop
from tests.ui.qt_support import fail_on_qt_warnings, loop_factories


def pytest_asyncio_loop_factories(config, item):
    return loop_factories(config, item)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog):
    # pytest-qt's handler captures every Qt message of the test; warnings fail it.
    yield
    fail_on_qt_warnings(qtlog)


@pytest.fixture
def shop() -> FakeShop:
    return fake_shop(count=12, linked=10, statuses=("published", "draft", "published"))


@pytest.fixture
def services(shop: FakeShop, tmp_path) -> AppServices:
    return AppServices(
        ProfileService(ProfileStore(tmp_path / "config"), InMemorySecretStore()),
        transports=shop.transports,
        stack_dir=tmp_path / "no-stack",
    )


@pytest.fixture(autouse=True)
def _closing_a_window_keeps_the_loop(qapp):
    # Tests close their windows; the last one closing must not quit the test's event loop.
    qapp.setQuitOnLastWindowClosed(False)
