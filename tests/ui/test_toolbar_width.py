"""The main toolbar at the default window width and narrower, in the app's own style:
the shop selector is always whole (it was cut off at 1240 px once Quality was added),
every button shows at 1240 px, and what a narrower window has no room for is in the
toolbar's » menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.style import stylesheet
from tests.ui.test_main_window import add_profile


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet())
    yield
    qapp.setStyleSheet(before)


def shown_window(qtbot, services: AppServices, width: int) -> MainWindow:
    add_profile(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    window.resize(width, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def whole(window: MainWindow, widget) -> bool:
    bar = window.toolbar
    box = widget.geometry()
    return widget.isVisible() and box.left() >= 0 and box.right() < bar.contentsRect().right()


async def test_everything_fits_at_the_default_width(qtbot, services, styled) -> None:
    window = shown_window(qtbot, services, 1240)
    bar = window.toolbar
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert not extension.isVisible()
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if widget is not None and not action.isSeparator():
            assert whole(window, widget), action.text() or widget.objectName()
    assert whole(window, window.profile_combo)


async def test_a_narrow_window_keeps_the_shop_and_overflows(qtbot, services, styled) -> None:
    window = shown_window(qtbot, services, 820)
    bar = window.toolbar
    assert whole(window, window.profile_combo)
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension.isVisible() and extension.width() >= 8
    assert extension.geometry().right() <= bar.width()
    hidden = [
        a for a in bar.actions() if not a.isSeparator() and not bar.widgetForAction(a).isVisible()
    ]
    assert window.settings_action in hidden  # reachable through the » menu
