"""The main toolbar at the default window width and narrower, in the app's own style:
the shop selector is always whole (it was cut off at 1240 px once Quality was added),
every button shows at 1240 px, in German and French too (Abgleich, Diagnose and
Einstellungen were in the » menu), and what a narrower window has no room for is in the
toolbar's » menu. A theme switch leaves it as it was (the last buttons went into »)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.services.app_services import AppServices
from desktop_app.ui import theme
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.catalog_page import SEARCH_MIN_WIDTH
from desktop_app.ui.style import stylesheet
from tests.ui.test_main_window import add_profile, pulled
from tests.ui.test_theme import restored  # noqa: F401  (fixture)


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


def overflowed(window: MainWindow) -> list[str]:
    """The toolbar's actions in its » menu (not shown on the bar)."""
    bar = window.toolbar
    return [
        action.text()
        for action in bar.actions()
        if not action.isSeparator() and not bar.widgetForAction(action).isVisible()
    ]


async def closed(window: MainWindow) -> None:
    """Closes ``window`` and waits for its store (a test failing with it open hung at exit)."""
    window.close()
    if window.closing is not None:
        await asyncio.wait({window.closing}, timeout=5)


@pytest.mark.parametrize("language", ["german", "french"])
async def test_every_button_shows_at_the_default_width_in_german_and_french(
    qtbot, services, styled, request: pytest.FixtureRequest, language: str
) -> None:
    request.getfixturevalue(language)  # the catalogs installed (tests/support/catalogs.py)
    window = shown_window(qtbot, services, 1240)
    await pulled(window, 12)
    translated = window.settings_action.text() != "Settings"
    hidden = overflowed(window)
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible()
    cut = [
        action.text() or bar_widget.objectName()
        for action in window.toolbar.actions()
        if (bar_widget := window.toolbar.widgetForAction(action)) is not None
        and not action.isSeparator()
        and not whole(window, bar_widget)
    ]
    # Narrower than in English (the filters are wider), still room for a few words.
    search = window.page.search_edit.width()
    await closed(window)
    assert translated and hidden == [] and not extension and cut == []
    assert search >= SEARCH_MIN_WIDTH


async def test_a_theme_switch_leaves_the_toolbar_as_it_was(
    qtbot,
    services,
    restored: QApplication,  # noqa: F811
) -> None:
    theme.apply_theme("light")  # the app's stylesheet, as at start
    window = shown_window(qtbot, services, 1240)
    await pulled(window, 12)
    bar = window.toolbar

    def looks() -> tuple[object, ...]:
        QApplication.processEvents()
        hint, margins = bar.sizeHint(), bar.layout().contentsMargins()
        return (
            (hint.width(), hint.height()),
            bar.height(),
            bar.layout().spacing(),
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            overflowed(window),
        )

    before = looks()
    after = []
    for scheme in ("dark", "light"):
        theme.apply_theme(scheme)
        after.append(looks())
    await closed(window)
    assert before[-1] == []  # every button on the bar
    assert after == [before, before]
