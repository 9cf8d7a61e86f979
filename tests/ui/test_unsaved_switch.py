"""Switching shop with typing not saved in an open editor asks first (main window)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.app_services import AppServices
from desktop_app.ui.content_editor import hook
from desktop_app.ui.main_window import MainWindow
from tests.ui.qt_support import wait_until
from tests.ui.test_main_window import add_profile, pulled, window  # noqa: F401  (fixture)


def choose(win: MainWindow, name: str) -> None:
    index = win.profile_combo.findData(name)
    win.profile_combo.setCurrentIndex(index)
    win.profile_combo.activated.emit(index)


def question(win: MainWindow) -> QMessageBox | None:
    shown = [b for b in win.findChildren(QMessageBox, "unsavedEditors") if b.isVisible()]
    return shown[-1] if shown else None


async def opened(win: MainWindow, services: AppServices) -> str:
    """The window on shop "Shop", pulled, with "Other" to switch to; a linked product id."""
    win.start()
    await pulled(win, 12)
    add_profile(services, "Other")
    win._refresh_profiles()
    rows = (win.page.model.row_at(r) for r in range(win.page.model.rowCount()))
    return next(row.product_id for row in rows if row.payload_id is not None)


async def test_switch_with_typing_asks_and_cancel_stays(window: MainWindow,  # noqa: F811
                                                        services: AppServices) -> None:
    pid = await opened(window, services)
    first = window.page
    editor = first.open_editor(pid)
    editor.title_edit.setText("Typed, not saved")
    choose(window, "Other")
    box = question(window)
    assert box is not None and editor.heading.text() in box.text()  # names the product
    assert window.page is first and services.profiles.load().active == "Shop"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.page is first and window.profile_combo.currentText() == "Shop"
    assert editor.isVisible() and editor.title_edit.text() == "Typed, not saved"
    editor.discard_and_close()


async def test_switch_with_typing_discards_on_request(window: MainWindow,  # noqa: F811
                                                      services: AppServices) -> None:
    pid = await opened(window, services)
    first = window.page
    commerce = first.open_editor(pid)
    commerce.handle_edit.setText("typed-handle")
    content = hook.open_editor(window, pid)
    await wait_until(lambda: content.content is not None, 5, "content loaded")
    content.subtitle_edit.setText("Typed subtitle")
    choose(window, "Other")
    box = question(window)
    assert box is not None and "2 open editors" in box.text()
    box.button(QMessageBox.StandardButton.Discard).click()
    # Both closed without asking again, and the shop switched.
    assert not commerce.isVisible()
    assert not shiboken6.isValid(content) or not content.isVisible()
    assert not any(b.isVisible() for b in window.findChildren(QMessageBox))
    assert window.page is not first and services.profiles.load().active == "Other"
    await pulled(window, 12)


async def test_switch_without_typing_does_not_ask(window: MainWindow,  # noqa: F811
                                                  services: AppServices) -> None:
    pid = await opened(window, services)
    first = window.page
    editor = first.open_editor(pid)
    choose(window, "Other")
    assert question(window) is None
    assert not editor.isVisible() and window.page is not first
    await pulled(window, 12)


async def test_closing_the_window_with_typing_asks_first(window: MainWindow,  # noqa: F811
                                                         services: AppServices) -> None:
    pid = await opened(window, services)
    editor = window.page.open_editor(pid)
    editor.title_edit.setText("Typed, not saved")
    window.close()
    box = question(window)
    assert box is not None and "Closing the window" in box.informativeText()
    assert window.isVisible() and editor.isVisible()  # nothing closed yet
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and editor.title_edit.text() == "Typed, not saved"
    window.close()
    question(window).button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()
