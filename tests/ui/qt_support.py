"""Shared by tests/ui and tests/e2e: qasync loops for async tests, Qt-warning guard.

Async tests run on a qasync.QEventLoop (via pytest-asyncio's loop-factory
hook), so Qt events and asyncio tasks are processed together while a test
awaits. Inside async tests wait with ``wait_until`` (never qtbot.waitUntil,
which would block the very loop the work runs on), and never stop the loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication


def qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync

    app = QApplication.instance() or QApplication([])
    return qasync.QEventLoop(app)


def loop_factories(config, item):  # body of the pytest_asyncio_loop_factories hook
    return {"qasync": qasync_loop}


async def wait_until(predicate: Callable[[], object], timeout: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what or predicate}")
        await asyncio.sleep(0.02)


# Platform-plugin notices that say nothing about our code: the offscreen plugin
# cannot resize native windows to their size hints.
IGNORED = ("This plugin does not support propagateSizeHints()",)


def fail_on_qt_warnings(qtlog) -> None:
    """Fail the test if Qt logged a warning (or worse) while it ran."""
    bad = [r for r in qtlog.records if r.type in
           (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and r.message not in IGNORED]
    if bad:
        pytest.fail("Qt warnings:\n" + "\n".join(r.message for r in bad), pytrace=False)
