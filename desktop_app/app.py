"""Composition root: the one place that builds stores, services and the window.

``desktop-app`` with no arguments lands here (via cli.main.launch_gui). Core
objects are built first (Qt-free), then the Qt application and the qasync
event loop that runs both Qt and our asyncio tasks on the main thread.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.config import ProfileStore
from desktop_app.desktop_entry import APP_ID
from desktop_app.secrets import SecretStoreStatus, open_secret_store
from desktop_app.services.app_services import AppServices
from desktop_app.services.demo import STACK_DIR
from desktop_app.services.profiles import ProfileService
from desktop_app.services.transports import Transports

log = logging.getLogger(__name__)


def build_services(
    *,
    transports: Transports = Transports(),
    stack_dir: Path = STACK_DIR,
    on_keyring_degraded: Callable[[SecretStoreStatus], None] | None = None,
) -> AppServices:
    """Profiles on disk + secrets in the OS keyring (memory fallback) + API access."""
    secrets = open_secret_store(on_degraded=on_keyring_degraded)
    return AppServices(ProfileService(ProfileStore(), secrets), transports, stack_dir)


def main(argv: Sequence[str] | None = None) -> int:
    # Qt is imported here, not at module level, so importing this module stays cheap.
    import qasync
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from desktop_app.config import AppSettingsStore
    from desktop_app.diagnostics.logs import SCRUBBER, setup_logging, teardown_logging
    from desktop_app.diagnostics.report import known_secrets
    from desktop_app.ui import startup_report
    from desktop_app.ui.diagnostics.crash import CrashReporter
    from desktop_app.ui.gc_guard import GuiThreadGc
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pyside_refs import keep_singletons_alive
    from desktop_app.ui.style import apply_style
    from desktop_app.ui.translator import install as install_language

    keep_singletons_alive()

    # A rotated file in the platform's log directory at the settings' level (DESKTOP_APP_LOG
    # overrides it), scrubbed of secrets; see docs/diagnostics.md.
    settings, settings_problem = AppSettingsStore().load_or_default()
    setup_logging(settings.log_level)
    if settings_problem is not None:
        log.warning("settings not used: %s", settings_problem)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    # The loop ends when run() returns, after the store closed; Qt's own quit on the last
    # window's close would stop it first ("Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("Shop Admin")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its entry and icon
    app.setOrganizationName("desktop-app")
    apply_style(app)
    # The settings' language (else the system's): texts, Qt's dialogs, numbers, prices, dates.
    install_language(settings.language)
    collector = GuiThreadGc(app)
    collector.start()

    window: MainWindow | None = None

    def keyring_degraded(_status: SecretStoreStatus) -> None:
        # The keyring broke mid-run (locked, daemon gone): tell the user once.
        if window is not None:
            window.show_keyring_status()

    window = MainWindow(build_services(on_keyring_degraded=keyring_degraded))
    SCRUBBER.add_known(known_secrets(window.services.profiles))  # the log never holds them
    # An unhandled error shows the diagnostics report in a dialog, never a silent exit.
    crash = CrashReporter(window.services.profiles, lambda: window.profile, lambda: window)

    async def run() -> None:
        crash.install(asyncio.get_running_loop())
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        window.show()
        window.start()
        if (report_to := startup_report.requested()) is not None:  # benchmarks, CI
            startup_report.install(window, report_to)
        await closed.wait()
        if window.closing is not None:  # let the store close before the loop goes away
            await asyncio.wait({window.closing}, timeout=5)

    # asyncio.Runner cancels leftover tasks (a load in flight) on the way out.
    code = 0
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        try:
            runner.run(run())
        except Exception as exc:  # the loop itself failed: say so before exiting
            crash.show_fatal(exc)
            code = 1
    crash.uninstall()
    # Destroy the widgets while the QApplication is still alive: left to the
    # garbage collector, the order is arbitrary and PySide can crash at exit.
    shiboken6.delete(window)
    collector.stop()
    teardown_logging()
    return code
