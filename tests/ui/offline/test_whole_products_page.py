"""New product, Duplicate and Delete on the catalog page; how drafts and new products
read in the list (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.new_product import ProductDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.roles import VALUE_ROLE
from tests.exchange.fake_creates import FakeCreates
from tests.exchange.fakes import FakePayload
from tests.ui.offline.conftest import PROFILE, medusa_rec
from tests.ui.qt_support import wait_until


def make_page(qtbot, catalog: OfflineCatalog) -> CatalogPage:
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    return page


def selected_titles(page: CatalogPage) -> list[str]:
    return [row.title for row in page.selected_rows()]


def sync_of(page: CatalogPage, product_id: str) -> tuple[str, str]:
    row = page.model.find_row(product_id)
    assert row is not None
    index = page.model.index(row, Col.SYNC)
    return index.data(), index.data(VALUE_ROLE)


def test_a_new_product_is_selected_even_when_the_filters_hid_it(qtbot, catalog):
    page = make_page(qtbot, catalog)
    messages: list[str] = []
    page.message.connect(lambda text, _ms: messages.append(text))
    page.status_combo.setCurrentIndex(page.status_combo.findData("published"))
    dialog = page.new_product()
    assert dialog.isVisible() and page.new_product() is dialog  # one at a time
    dialog.title_edit.insert("Zz Linen Shirt")
    dialog.options.add_row("Size", "S, M, L")
    product_id = dialog.create()
    assert product_id is not None and not dialog.isVisible()
    # A draft under "Published": the filter was cleared so the new product shows.
    assert page.status_combo.currentIndex() == 0
    assert selected_titles(page) == ["Zz Linen Shirt"]
    assert page.table.currentIndex().row() == page.model.find_row(product_id)
    assert sync_of(page, product_id) == ("Not in Medusa", "draft")
    assert page.model.index(page.model.find_row(product_id), Col.VARIANTS).data() == "3"
    assert messages[-1] == "Created locally; sent at the next push."  # no shop: no push
    page.shut_down()


def test_duplicate_asks_for_a_free_handle_and_selects_the_copy(qtbot, catalog):
    catalog._store.save_medusa([medusa_rec(
        3, options=[{"id": "opt_3", "title": "Size",
                     "values": [{"id": "v_s", "value": "S"}, {"id": "v_m", "value": "M"}]}],
        variants=[{"id": f"variant_3_{s}", "title": s, "sku": f"SKU-003-{s}",
                   "options": {"Size": s}, "prices": [{"currency_code": "eur", "amount": 10}]}
                  for s in ("S", "M")])])
    page = make_page(qtbot, catalog)
    page.select_product("prod_003")
    assert page.duplicate_action.isEnabled()
    dialog = page.duplicate_selected()
    assert dialog is not None
    assert dialog.handle_edit.text() == "item-3-copy" and dialog.title_edit.text() == "Product 003"
    dialog.handle_edit.setText("item-4")  # another product's handle
    dialog.ok_button.click()
    assert dialog.isVisible() and "already has the handle “item-4”" in dialog.error.text()
    dialog.handle_edit.setText("Item 3 copy")
    dialog.ok_button.click()
    assert "lowercase" in dialog.error.text()
    dialog.handle_edit.setText("item-3-copy")
    dialog.title_edit.setText("Product 003 (summer)")
    dialog.ok_button.click()
    copy_id = dialog.new_id
    assert copy_id is not None and not dialog.isVisible()
    assert selected_titles(page) == ["Product 003 (summer)"]
    record = catalog.product(copy_id).medusa
    assert record["handle"] == "item-3-copy"
    assert [(v["title"], v["options"], v["prices"]) for v in record["variants"]] == [
        (s, {"Size": s}, [{"currency_code": "eur", "amount": 10}]) for s in ("S", "M")]
    assert all(not v["sku"] for v in record["variants"])  # SKUs must stay unique

    page.select_product("prod_003")
    again = page.duplicate_selected()
    assert again.handle_edit.text() == "item-3-copy-2"  # the first copy took -copy
    again.reject()
    page.table.selectAll()
    assert not page.duplicate_action.isEnabled()  # one product at a time
    page.shut_down()


def test_delete_names_the_products_and_deletes_them_all(qtbot, catalog):
    page = make_page(qtbot, catalog)
    draft = catalog.create_product(ProductDraft("Never Sent"))
    page.select_product(draft)
    # Not selectRow: it follows the keyboard modifiers Qt believes held, and a Ctrl left
    # "down" by an earlier test's modal dialog would add row 1 to the draft's selection.
    page.table.selectionModel().select(
        page.model.index(1, 0), page.table.selectionModel().SelectionFlag.ClearAndSelect
        | page.table.selectionModel().SelectionFlag.Rows)
    for row in (2, 3):
        page.table.selectionModel().select(
            page.model.index(row, 0), page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)
    chosen = page.selected_ids()
    assert len(chosen) == 3 and draft not in chosen  # the draft is not among rows 1..3
    page.select_product(draft)
    selection = page.table.selectionModel()
    for pid in chosen:
        selection.select(page.model.index(page.model.find_row(pid), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    titles = selected_titles(page)
    assert len(titles) == 4 and page.delete_action.text() == "Delete 4 products…"

    box = page.delete_selected()
    assert box is not None and box.isVisible()
    for title in titles:
        assert f"•  {title}" in box.text()
    assert box.text().startswith("Delete 4 products?")
    assert "3 products" not in box.informativeText()
    assert "deleted in Medusa at the next push" in box.informativeText()
    assert "A draft never sent to Medusa is simply dropped." in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.model.rowCount() == 31  # Cancel deletes nothing

    box = page.delete_selected()
    box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)), "deleteButton").click()
    assert page.model.rowCount() == 27
    assert catalog.product(draft) is None  # a draft Medusa never saw is just dropped
    kinds = sorted((op.product_id, op.kind) for op in catalog.operations())
    assert kinds == sorted((pid, "delete") for pid in chosen)
    assert [page.pending.table.item(r, 1).text() for r in range(3)] == ["Delete product"] * 3
    page.shut_down()


def test_one_product_is_named_in_the_question(qtbot, catalog):
    page = make_page(qtbot, catalog)
    page.select_product("prod_005")
    box = page.delete_selected()
    assert box.text() == "Delete “Product 005”?"
    assert "It is deleted in Medusa at the next push" in box.informativeText()
    box.reject()
    page.shut_down()


def test_the_context_menu_and_keys_of_the_list(qtbot, catalog):
    page = make_page(qtbot, catalog)
    table = page.table
    rect = table.visualRect(page.model.index(4, Col.HANDLE))
    menu = page.context_menu_at(rect.center())
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Edit product", "Edit in grid…", "Timeline…", "Translations…", "New product…",
        "Duplicate…", "Delete…"]
    assert selected_titles(page) == ["Product 005"]  # the row under the pointer
    menu.deleteLater()

    page.activateWindow()  # keys reach shortcuts of the active window only
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert isinstance(page.prompt, QMessageBox) and page.prompt.isVisible()
    assert page.prompt.text() == "Delete “Product 005”?"
    page.prompt.reject()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.prompt.objectName() == "duplicateDialog" and page.prompt.isVisible()
    page.prompt.reject()
    page.search_edit.setFocus()
    page.search_edit.setText("abc")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Home)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)  # text, not products
    assert page.search_edit.text() == "bc" and not page.prompt.isVisible()
    page.shut_down()


def test_the_menu_offers_nothing_to_duplicate_or_delete_without_a_selection(qtbot, catalog):
    page = make_page(qtbot, catalog)
    page.search_edit.setText("Product 001")
    page.apply_filter()  # one row: room below it
    page.table.clearSelection()
    assert not page.delete_action.isEnabled() and not page.duplicate_action.isEnabled()
    assert page.new_action.isEnabled()
    menu = page.context_menu_at(QPoint(5, page.table.viewport().height() - 5))  # no row
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()] == [
        False, True, False, False, True, False, False]  # Edit in grid: the whole list
    menu.deleteLater()
    page.shut_down()


async def test_a_created_product_waits_for_its_payload_document(qtbot, tmp_path):
    medusa, payload = FakeCreates(), FakePayload()
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    page = make_page(qtbot, catalog)
    try:
        dialog = page.new_product()
        dialog.title_edit.insert("Fresh Tee")
        dialog.default_price["eur"].setText("20")
        local = dialog.create()
        assert sync_of(page, local)[1] == "draft"
        # Created locally while online: pushed at once, like a saved edit.
        await wait_until(lambda: not page.busy and catalog.server_id(local) != local, 5,
                         "created in Medusa")
        server = catalog.server_id(local)
        assert server in medusa.products
        assert sync_of(page, server) == ("Waiting for Payload", "awaiting")
        assert selected_titles(page) == ["Fresh Tee"]  # still the selected row
        payload.add(server, "Fresh Tee")  # the integration made its document
        await wait_until(lambda: sync_of(page, server)[1] == "linked", 10, "linked")
        assert sync_of(page, server)[0] == "Linked"
    finally:
        page.shut_down()
        await catalog.aclose()
