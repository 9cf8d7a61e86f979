"""A start-up report for the cold-start benchmark and the bundle's smoke test.

With ``DESKTOP_APP_STARTUP_REPORT=PATH`` set (never by users), the app writes one JSON
object to PATH once the main window has painted its product list with rows and the
event loop is free again, i.e. the window answers input: the wall-clock time then (the
caller measures from when it started the process), the rows the list holds and the
store's total. The app then keeps running until PATH is removed (the caller takes its
screenshot meanwhile) and closes its window like a user would.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

REPORT_ENV = "DESKTOP_APP_STARTUP_REPORT"
POLL_MS = 100  # how often the removal of the report is looked for


def requested() -> Path | None:
    value = os.environ.get(REPORT_ENV, "").strip()
    return Path(value) if value else None


class StartupReport(QObject):
    """Watches ``painted``'s paints; reports once ``facts()`` says there are rows."""

    def __init__(self, window: QMainWindow, painted: QWidget, path: Path, facts: Any) -> None:
        super().__init__(window)
        self.window, self.path, self.facts = window, path, facts
        self._done = False
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._close_when_removed)
        painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self.facts()["rows"] > 0:
            self._done = True
            # Paint events arrive before the paint: the timer fires once it is done and
            # the loop takes events again.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        facts = {
            "interactive_at": time.time(),
            "cpu_s": time.process_time(),  # on a busy machine, the process's own share
            "pid": os.getpid(),
            "title": self.window.windowTitle(),
            **self.facts(),
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(facts), encoding="utf-8")
        tmp.replace(self.path)  # the caller never reads half a report
        self._poll.start()

    def _close_when_removed(self) -> None:
        if not self.path.exists():
            self._poll.stop()
            self.window.close()


def install(window: Any, path: Path) -> StartupReport | None:
    """Report on the main window's product list (None when no shop page opened)."""
    page = window.page
    if page is None:
        return None

    def facts() -> dict[str, Any]:
        current = window.page
        if current is None:
            return {"rows": 0, "total": 0}
        viewport = current.table.viewport()
        corner = viewport.mapToGlobal(QPoint(0, 0))
        return {
            "rows": current.model.rowCount(),
            "total": current.total_count(),
            # Where the rows are on screen, for a screenshot's check.
            "rows_rect": [corner.x(), corner.y(), viewport.width(), viewport.height()],
        }

    return StartupReport(window, page.table.viewport(), path, facts)
