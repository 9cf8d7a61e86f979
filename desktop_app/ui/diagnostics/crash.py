"""An unhandled error shows a dialog with the diagnostics report instead of a silent exit.

Installed by the composition root as ``sys.excepthook`` (errors in Qt slots and event
handlers reach it) and as the asyncio loop's exception handler (callbacks, tasks whose
error nobody read). The error is logged (scrubbed), then one dialog shows the report
with Copy; errors that follow while it is open are counted in it, not stacked.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop_app.config import Profile
from desktop_app.diagnostics.report import base_report
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.diagnostics.qt_versions import qt_versions
from desktop_app.ui.diagnostics.report_dialog import ReportDialog

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("MainWindow", "Something went wrong")
INTRO = QT_TRANSLATE_NOOP(
    "Crash",
    "An unexpected error happened. Your saved edits are safe in the local store. You "
    "can keep working, or quit and start the app again. The report below helps fix "
    "the problem: copy it and send it to support (keys, passwords and tokens are "
    "removed).",
)
QUIT = QT_TRANSLATE_NOOP("Crash", "Quit the app")
CONTINUE = QT_TRANSLATE_NOOP("Crash", "Keep working")


class CrashReporter:
    def __init__(
        self,
        profiles: ProfileService | None,
        profile: Callable[[], Profile | None] = lambda: None,
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self.profiles = profiles
        self.profile = profile
        self.parent = parent
        self.dialog: ReportDialog | None = None
        self.more = 0
        self.shown: list[BaseException] = []
        self._previous_hook: Any = None

    # -------------------------------------------------------------- install
    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        if loop is not None:
            loop.set_exception_handler(self.loop_exception)

    def uninstall(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook or sys.__excepthook__
        if loop is not None:
            loop.set_exception_handler(None)

    # -------------------------------------------------------------- entries
    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled error", exc_info=(exc_type, exc, tb))
        self.show(exc.with_traceback(tb))

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = context.get("message", "asyncio error")
        if exc is None:  # "Task was destroyed but it is pending" and the like: log only
            log.error("%s", message)
            return
        if isinstance(exc, asyncio.CancelledError):
            return
        log.error("unhandled error in the event loop: %s", message, exc_info=exc)
        self.show(exc)

    # --------------------------------------------------------------- dialog
    def show(self, exc: BaseException) -> ReportDialog | None:
        self.shown.append(exc)
        if self.dialog is not None:
            self.more += 1
            self.dialog.status_label.setText(translate(
                "Crash", "%Ln more unexpected error(s) since; the log has them all.", None,
                self.more))
            return self.dialog
        try:
            return self._open(exc)
        except Exception:  # the dialog itself failed: the log and stderr still have it
            log.exception("the error dialog could not be shown")
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
            return None

    def _open(self, exc: BaseException) -> ReportDialog:
        report = base_report(self.profiles, self.profile(), qt=qt_versions(), exc=exc)
        dialog = ReportDialog(translate("MainWindow", TITLE), translate("Crash", INTRO),
                              self.parent())
        dialog.setObjectName("crashDialog")
        dialog.close_button.setText(translate("Crash", CONTINUE))
        quit_button = QPushButton(translate("Crash", QUIT), objectName="crashQuit")
        quit_button.clicked.connect(self._quit)
        dialog.buttons.insertWidget(2, quit_button)
        dialog.set_report(report.text())
        dialog.finished.connect(self._closed)
        self.dialog, self.more = dialog, 0
        dialog.show()
        return dialog

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _quit(self) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        QApplication.closeAllWindows()  # each window asks about unsaved typing as usual

    def show_fatal(self, exc: BaseException) -> None:
        """The event loop itself ended with an error: a blocking dialog, then the exit."""
        log.critical("the app stopped on an error", exc_info=exc)
        dialog = self.show(exc)
        if dialog is not None:
            dialog.exec()
