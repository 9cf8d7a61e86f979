"""UI tests: offscreen Qt, qasync loop for async tests, fail on any Qt warning."""

from __future__ import annotations

import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import InMemorySecretStore
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from tests.services.fake_servers import FakeShop, fake_shop
from tests.ui.qt_harness import *  # noqa: F403  (the Qt test harness)


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
