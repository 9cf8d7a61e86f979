"""Help › Copy diagnostics: the report (servers, doctor, settings) on the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.qt_support import wait_until
from tests.ui.test_main_window import shop_window


async def test_copy_diagnostics_puts_the_scrubbed_report_on_the_clipboard(
    qtbot, services: AppServices
) -> None:
    window = shop_window(qtbot, services)
    window.start()
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    names = [a.text() for a in menu.actions()]  # one Help menu, shared with other entries
    assert {"Copy diagnostics", "Open log folder"} <= set(names)
    QGuiApplication.clipboard().clear()
    window.diagnostics.copy_action.trigger()
    dialog = window.diagnostics.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.copy_button.isEnabled()  # collecting: the doctor runs
    await wait_until(lambda: dialog.copy_button.isEnabled(), 20, "the report")
    report = QGuiApplication.clipboard().text()
    assert report == dialog.report() and "Copied to the clipboard" in dialog.status_label.text()
    for section in (
        "== Versions ==",
        "== Settings ==",
        "== Active profile (no secrets) ==",
        "== Recent warnings and errors ==",
        "== Servers ==",
        "== Doctor ==",
    ):
        assert section in report
    assert "PySide6 " in report and 'medusa_url: "http://medusa.test:9000"' in report
    assert "Medusa http://medusa.test:9000/health: HTTP 200" in report  # what the server answered
    assert "Medusa accepts the credentials" in report  # a doctor's check
    assert SECRET_KEY not in report and PAYLOAD_KEY not in report
    dialog.reject()
    window.close()


def test_secrets_saved_in_settings_are_scrubbed_from_the_log(qtbot, services: AppServices) -> None:
    from desktop_app.diagnostics.logs import SCRUBBER

    odd_password = "purple monkey dishwasher"  # no shape a pattern knows
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.profiles.save(
        shop_profile(name="Shop"),
        medusa_secret=Secret(odd_password),
        payload_secret=Secret(PAYLOAD_KEY),
    )
    assert odd_password in SCRUBBER(f"pw {odd_password}")
    window._secrets_changed("Shop")  # as Settings says after a save with secrets
    assert odd_password not in SCRUBBER(f"pw {odd_password}")
