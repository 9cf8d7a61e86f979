"""Content-editor e2e: qasync loop for async tests, Qt warnings fail the test."""

from __future__ import annotations

from tests.ui.qt_harness import *  # noqa: F403  (the Qt test harness)
