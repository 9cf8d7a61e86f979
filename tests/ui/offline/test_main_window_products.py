"""The main window's whole-product actions: New product (the list's button, Ctrl+N),
Duplicate and Delete beside Edit product, Edit content in the list's context menu."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.new_product_dialog import NewProductDialog
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.qt_support import wait_until


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    services.profiles.save(shop_profile(name="Shop"), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


async def test_new_product_is_a_button_of_the_list_and_ctrl_n(qtbot, window: MainWindow):
    assert not window.new_action.isEnabled()  # no shop shown yet
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() == 12, 10, "pulled")
    page = window.page
    assert window.new_action.isEnabled()
    assert page.new_button.isVisible() and page.new_button.text() == "New product"
    page.new_button.click()
    assert page.new_dialog is not None and page.new_dialog.isVisible()
    page.new_dialog.reject()
    window.activateWindow()
    await wait_until(window.isActiveWindow, 2, "the window active")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.new_dialog
    assert isinstance(dialog, NewProductDialog) and dialog.isVisible()
    dialog.title_edit.insert("Toolbar Tee")
    dialog.default_price["eur"].setText("15")  # the fake store has no currencies: EUR
    dialog.create_button.click()
    assert [row.title for row in page.selected_rows()] == ["Toolbar Tee"]
    assert window.statusBar().currentMessage() == "Created locally; pushing…"
    await wait_until(lambda: not page.busy, 5, "the push ended")
    window.close()  # the store closes once its tasks end
    await asyncio.wait({window.closing}, timeout=5)


async def test_duplicate_and_delete_sit_beside_edit_product(window: MainWindow):
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() == 12, 10, "pulled")
    page = window.page
    button = window.toolbar.widgetForAction(window.edit_action)
    assert isinstance(button, QToolButton) and button.menu() is window.product_menu
    assert window.product_menu.actions() == [page.grid_action, page.duplicate_action,
                                             page.delete_action]
    page.table.selectRow(2)
    window.product_menu.actions()[2].trigger()
    assert page.prompt is not None and page.prompt.isVisible()
    page.prompt.reject()
    menu = page.context_menu_at(page.table.visualRect(page.model.index(2, 0)).center())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Edit product", "Edit content"]
    menu.deleteLater()

    window._close_page()  # a shop switch: the page's actions leave the menu with it
    assert window.product_menu.actions() == [] and not window.new_action.isEnabled()
