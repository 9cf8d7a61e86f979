"""Help menu: Copy diagnostics (the report, on the clipboard) and Open log folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.config import Profile
from desktop_app.diagnostics.logs import SCRUBBER, log_dir
from desktop_app.diagnostics.report import full_report, known_secrets
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.app_services import AppServices
from desktop_app.ui.diagnostics.qt_versions import qt_versions
from desktop_app.ui.diagnostics.report_dialog import ReportDialog
from desktop_app.ui.tasks import TaskSlot

HELP = QT_TRANSLATE_NOOP("HelpMenu", "&Help")
COPY_DIAGNOSTICS = QT_TRANSLATE_NOOP("Diagnostics", "Copy diagnostics")
COPY_TIP = QT_TRANSLATE_NOOP(
    "Diagnostics",
    "Put versions, settings, the servers' answers, recent errors and the doctor's "
    "findings on the clipboard, without secrets, to send to support",
)
OPEN_LOGS = QT_TRANSLATE_NOOP("Diagnostics", "Open log folder")
TITLE = QT_TRANSLATE_NOOP("Diagnostics", "Diagnostics")
INTRO = QT_TRANSLATE_NOOP(
    "Diagnostics",
    "This report goes on the clipboard so you can paste it into a message to support. "
    "Keys, passwords and tokens are removed; read it before you send it.",
)
COLLECTING = QT_TRANSLATE_NOOP(
    "Diagnostics", "Collecting… the doctor checks both servers, which can take a few seconds."
)


class Diagnostics:
    """Help › Copy diagnostics for one window: ``profile()`` is the shop shown now."""

    def __init__(
        self, window: QMainWindow, services: AppServices, profile: Callable[[], Profile | None]
    ) -> None:
        self.window = window
        self.services = services
        self.profile = profile
        self.dialog: ReportDialog | None = None
        self._task = TaskSlot("diagnostics")
        menu = help_menu(window)
        self.copy_action = QAction(translate("Diagnostics", COPY_DIAGNOSTICS), window,
                                   objectName="copyDiagnostics")
        self.copy_action.setToolTip(translate("Diagnostics", COPY_TIP))
        self.copy_action.triggered.connect(self.copy)
        self.logs_action = QAction(translate("Diagnostics", OPEN_LOGS), window,
                                   objectName="openLogFolder")
        self.logs_action.triggered.connect(open_log_folder)
        menu.addAction(self.copy_action)
        menu.addAction(self.logs_action)

    def copy(self) -> ReportDialog:
        """Show the dialog at once, fill it (and the clipboard) when the report is made."""
        if self.dialog is None:
            self.dialog = ReportDialog(translate("Diagnostics", TITLE),
                                       translate("Diagnostics", INTRO), self.window)
            self.dialog.finished.connect(lambda _r: self._task.cancel())
        self.dialog.text.clear()
        self.dialog.copy_button.setEnabled(False)
        self.dialog.busy(translate("Diagnostics", COLLECTING))
        self.dialog.show()
        self._task.start(self._collect(self.dialog), on_error=self._failed)
        return self.dialog

    async def _collect(self, dialog: ReportDialog) -> None:
        services = self.services
        text = await full_report(
            services.profiles,
            self.profile(),
            transports=services.transports,
            stack_dir=services.stack_dir,
            qt=qt_versions(),
        )
        dialog.set_report(text, copy=True)

    def _failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.busy(f"The report could not be made: {type(exc).__name__}")

    def secrets_changed(self) -> None:
        """Settings stored new secrets: the log's scrubber removes their values from now on."""
        SCRUBBER.add_known(known_secrets(self.services.profiles))

    def shut_down(self) -> None:
        self._task.cancel()


def help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu, made if no one has made it yet."""
    bar = window.menuBar()
    found = bar.findChild(QMenu, "helpMenu")
    if found is not None:
        return found
    menu = QMenu(translate("HelpMenu", HELP), bar, objectName="helpMenu")
    bar.addMenu(menu)
    return menu


def open_log_folder() -> bool:
    folder = log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
