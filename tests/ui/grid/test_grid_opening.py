"""Opening the grid from the product list: on the selected products (two or more), else
on the search result, else the whole catalog; Ctrl+G and the list's context menu."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from desktop_app.secrets import Secret
from desktop_app.ui.grid import GridWindow
from desktop_app.ui.grid.opening import grid_scope
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.unsaved import unsaved_editors
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, shop_profile
from tests.ui.grid.helpers import let_go
from tests.ui.qt_support import wait_until


def select_rows(page: CatalogPage, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, Col.TITLE), flags.Select | flags.Rows)


def test_the_scope_is_the_selection_else_the_search_else_everything(qtbot, catalog):
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    assert grid_scope(page) == ([f"prod_00000{n}" for n in range(5)], "All 5 products")
    select_rows(page, [1, 3])
    assert grid_scope(page) == (["prod_000001", "prod_000003"], "2 products selected")
    select_rows(page, [2])  # one row: where the merchant is, not a choice
    page.search_edit.setText("000004")
    page.apply_filter()
    assert grid_scope(page) == (["prod_000004"], "1 product matching “000004”")
    page.shut_down()


async def test_ctrl_g_opens_the_grid_and_an_unsaved_one_is_kept(qtbot, services):
    services.profiles.save(shop_profile(name="Shop"), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() == 12, 10, "pulled")
    page = window.page
    assert page.grid_action in page.context_menu_at(page.table.rect().center()).actions()
    assert page.grid_action in window.product_menu.actions()  # Edit product's arrow
    window.activateWindow()
    await wait_until(window.isActiveWindow, 5, "the window active")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    let_go(page.table)
    grid = window.tools.get("grid")
    assert isinstance(grid, GridWindow) and grid.scope == "All 12 products"
    await wait_until(lambda: grid.load.done, 5, "rows read")
    assert grid.model.rowCount() == 12 + len(grid.session.rows)  # a header per product
    select_rows(page, [0, 1, 2])
    page.grid_action.trigger()  # the list's own entry: the same grid, anew
    again = window.tools.get("grid")
    assert again is not grid and again.scope == "3 products selected"
    await wait_until(lambda: again.load.done, 5, "rows read")
    again.session.set_texts([(0, "sku", "CHANGED")])
    select_rows(page, [4, 5])
    window.product_menu.actions()[0].trigger()  # Edit product ▾ › Edit in grid…
    assert window.tools.get("grid") is again  # its unsaved cell is not thrown away
    assert unsaved_editors(window) == [again]  # a shop switch or quitting asks first
    again.close()  # asks too
    box = again.dialog
    assert again.isVisible() and box.isVisible()
    assert box.text() == "1 changed cell is not saved to the outbox."
    box.button(box.StandardButton.Discard).click()
    assert not again.isVisible() and window.tools.get("grid") is None
    window.close()
