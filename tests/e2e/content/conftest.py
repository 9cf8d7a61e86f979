"""Content-editor e2e: qasync loop for async tests, Qt warnings fail the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.ui.qt_support import fail_on_qt_warnings, loop_factories


def pytest_asyncio_loop_factories(config, item):
    return loop_factories(config, item)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog):
    yield
    fail_on_qt_warnings(qtlog)
