"""App-level e2e: qasync loop for async tests (the window needs Qt events)."""

from __future__ import annotations

import pytest

from desktop_app.services.app_services import AppServices
from tests.e2e.app.helpers import services_for
from tests.support.stack import StackInfo
from tests.ui.qt_harness import *  # noqa: F403  (the Qt test harness)


@pytest.fixture
def stack_services(stack: StackInfo, tmp_path) -> AppServices:
    return services_for(stack, tmp_path / "config")
