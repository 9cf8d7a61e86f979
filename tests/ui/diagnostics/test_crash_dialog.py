"""An unhandled error shows the report in a dialog (never a silent exit), scrubbed."""

from __future__ import annotations

import asyncio
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from desktop_app.config import ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.diagnostics.crash import TITLE, CrashReporter
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.qt_support import wait_until


@pytest.fixture
def reporter(qtbot, tmp_path) -> CrashReporter:
    profiles = ProfileService(ProfileStore(tmp_path / "config"), InMemorySecretStore())
    profiles.save(
        shop_profile(name="Shop"),
        medusa_secret=Secret(SECRET_KEY),
        payload_secret=Secret(PAYLOAD_KEY),
    )
    crash = CrashReporter(profiles, profiles.active)
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.reject()


def _raised(text: str) -> BaseException:
    try:
        raise RuntimeError(text)
    except RuntimeError as exc:
        return exc


def test_the_hook_shows_one_dialog_with_the_scrubbed_report(reporter: CrashReporter) -> None:
    exc = _raised(f"the server refused key {PAYLOAD_KEY}")
    reporter.excepthook(RuntimeError, exc, exc.__traceback__)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == TITLE
    report = dialog.report()
    assert "RuntimeError: the server refused key" in report
    assert "test_crash_dialog.py" in report  # the traceback
    assert 'name: "Shop"' in report and "desktop-app 0.1.0" in report
    assert PAYLOAD_KEY not in report and SECRET_KEY not in report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    # A second error while it is open is counted in it, not stacked on top.
    again = _raised("again")
    reporter.excepthook(RuntimeError, again, again.__traceback__)
    assert reporter.dialog is dialog and dialog.status_label.text() == (
        "1 more unexpected error since; the log has them all.")
    dialog.close_button.click()  # "Keep working"
    assert reporter.dialog is None


def test_keyboard_interrupt_is_left_to_python(reporter: CrashReporter, monkeypatch) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: passed.append(t))
    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt] and reporter.dialog is None


@pytest.mark.qt_no_exception_capture
async def test_an_error_in_a_qt_slot_reaches_the_dialog(reporter: CrashReporter) -> None:
    reporter.install()

    def broken_slot() -> None:
        raise ValueError("slot broke")

    QTimer.singleShot(0, broken_slot)
    await wait_until(lambda: reporter.dialog is not None, 3, "the dialog")
    assert "ValueError: slot broke" in reporter.dialog.report()


async def test_an_error_in_the_event_loop_reaches_the_dialog(reporter: CrashReporter) -> None:
    loop = asyncio.get_running_loop()
    reporter.install(loop)

    def broken_callback() -> None:
        raise LookupError("callback broke")

    loop.call_soon(broken_callback)
    await wait_until(lambda: reporter.dialog is not None, 3, "the dialog")
    assert "LookupError: callback broke" in reporter.dialog.report()
    # A cancelled task is not an error, and a message without an exception is only logged.
    reporter.loop_exception(loop, {"message": "x", "exception": asyncio.CancelledError()})
    reporter.loop_exception(loop, {"message": "Task was destroyed but it is pending!"})
    assert len(reporter.shown) == 1
    reporter.uninstall(loop)


def test_a_failed_event_loop_shows_the_report_before_the_exit(reporter: CrashReporter) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        seen.append(reporter.dialog.report())
        reporter.dialog.accept()

    QTimer.singleShot(50, read_and_close)
    reporter.show_fatal(_raised("the loop broke"))  # blocks until the dialog is closed
    assert "RuntimeError: the loop broke" in seen[0]
    assert reporter.dialog is None
