"""App-level e2e: qasync loop for async tests (the window needs Qt events)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.services.app_services import AppServices
from tests.e2e.app.helpers import services_for
from tests.support.stack import StackInfo
from tests.ui.qt_support import loop_factories


def pytest_asyncio_loop_factories(config, item):
    return loop_factories(config, item)


@pytest.fixture
def stack_services(stack: StackInfo, tmp_path) -> AppServices:
    return services_for(stack, tmp_path / "config")
