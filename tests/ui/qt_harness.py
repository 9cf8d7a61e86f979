"""The Qt test harness, imported by every conftest whose tests show widgets.

``from tests.ui.qt_harness import *`` in a conftest gives its tests: offscreen Qt, a
qasync loop for async tests (Qt events and asyncio tasks together), a failure on
any Qt warning, garbage collection on the GUI thread only (as in the app), and
windows that may close without quitting the test's loop.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.ui.gc_guard import GuiThreadGc
from tests.ui.qt_support import fail_on_qt_warnings, loop_factories

__all__ = ["_closing_a_window_keeps_the_loop", "_gc_on_the_gui_thread", "_no_qt_warnings",
           "pytest_asyncio_loop_factories"]


def pytest_asyncio_loop_factories(config, item):
    return loop_factories(config, item)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog):
    # pytest-qt's handler captures every Qt message of the test; warnings fail it.
    yield
    fail_on_qt_warnings(qtlog)


@pytest.fixture(autouse=True)
def _closing_a_window_keeps_the_loop(qapp):
    # Tests close their windows; the last one closing must not quit the test's event loop.
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(qapp):
    # As the app (desktop_app/ui/gc_guard.py): collected cycles never free Qt objects in
    # a worker thread, even during a long test.
    collector = GuiThreadGc()
    collector.start()
    yield
    collector.stop()
    collector.deleteLater()
