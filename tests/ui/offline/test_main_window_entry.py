"""The main window's "Offline catalog" action opens one window per profile."""

from __future__ import annotations

from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from tests.ui.qt_support import wait_until
from tests.ui.test_main_window import add_profile


async def test_toolbar_opens_the_offline_window(qtbot, services: AppServices):
    add_profile(services)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()  # stays open: closing the last window would quit the test's loop
    win._refresh_profiles()
    win.offline_action.trigger()
    offline = win.offline_windows["Shop"]
    assert offline.isVisible() and "Offline catalog" in offline.windowTitle()
    await wait_until(lambda: not offline.busy, 10, "first pull finished")
    assert offline.model.rowCount() == 12  # pulled from the fake shop
    assert win.open_offline_catalog() is offline  # a second click raises the same one
    catalog = offline.catalog
    offline.close()  # closes its store once its tasks are done
    await wait_until(lambda: "Shop" not in win.offline_windows, 5, "window deleted")
    await wait_until(lambda: not _open(catalog), 5, "store closed")


def _open(catalog) -> bool:
    try:
        catalog.store.conn.execute("SELECT 1")
    except Exception:
        return False
    return True


def test_without_a_profile_it_says_so(qtbot, services: AppServices):
    win = MainWindow(services)
    qtbot.addWidget(win)
    assert win.open_offline_catalog() is None
    assert "profile" in win.statusBar().currentMessage()
