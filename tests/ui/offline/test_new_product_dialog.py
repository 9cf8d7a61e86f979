"""The new-product dialog: handle from the title, variants from the options, prices per
currency, stock per location, sales channels; a refused draft shows on its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.ui.offline.draft_values import parse_amount, parse_quantity, split_values
from desktop_app.ui.offline.new_product_dialog import NewProductDialog
from desktop_app.ui.offline.variant_grid import KEEP, SKU


def with_terms(catalog: OfflineCatalog) -> OfflineCatalog:
    conn = catalog._store.conn
    taxonomy.save_all(conn, taxonomy.CURRENCY, ["eur", "usd"])
    taxonomy.save_all(conn, taxonomy.LOCATION, [{"id": "sloc_wh", "name": "Warehouse"},
                                                {"id": "sloc_shop", "name": "Shop floor"}])
    taxonomy.save_all(conn, taxonomy.CHANNEL, [{"id": "sc_default",
                                                "name": "Default Sales Channel"},
                                               {"id": "sc_b2b", "name": "Wholesale"}])
    return catalog


@pytest.fixture
def dialog(qtbot, catalog: OfflineCatalog):
    made = NewProductDialog(with_terms(catalog))
    qtbot.addWidget(made)
    made.show()
    return made


def type_title(qtbot, dialog: NewProductDialog, text: str) -> None:
    """As typed (``textEdited``); QTest types ASCII only, ``insert`` takes any text."""
    dialog.title_edit.clear()
    dialog.title_edit.insert(text)


def row_of(dialog: NewProductDialog, title: str) -> int:
    grid = dialog.grid
    return next(r for r in range(grid.rowCount()) if grid.cell(r, KEEP).text() == title)


def test_parsers_read_what_merchants_type():
    assert split_values(" S, M ,, L,") == ["S", "M", "L"]
    assert parse_amount("19,90") == (19.9, None) and parse_amount("25") == (25, None)
    assert parse_amount("") == (None, None)
    assert parse_amount("abc")[1] == "“abc” is not a price."
    assert parse_amount("-1")[1] is not None
    assert parse_quantity("1,200") == (1200, None)
    assert parse_quantity("2.5")[1] is not None and parse_quantity("-3")[1] is not None


def test_the_handle_follows_the_title_until_it_is_edited(qtbot, dialog: NewProductDialog):
    type_title(qtbot, dialog, "Bärlauch Öl 250 ml")
    assert dialog.handle_edit.text() == "barlauch-ol-250-ml"
    dialog.handle_edit.clear()
    qtbot.keyClicks(dialog.handle_edit, "wild-garlic-oil")
    qtbot.keyClicks(dialog.title_edit, " Bio")
    assert dialog.handle_edit.text() == "wild-garlic-oil"  # the merchant's own stays
    dialog.handle_edit.selectAll()
    qtbot.keyClick(dialog.handle_edit, Qt.Key.Key_Backspace)  # emptied: follows again
    assert dialog.handle_edit.text() == "barlauch-ol-250-ml-bio"
    qtbot.keyClicks(dialog.handle_edit, "X")
    assert "lowercase" in dialog.errors["handle"].text() and dialog.errors["handle"].isVisible()


def test_variants_follow_the_options_and_keep_what_was_typed(qtbot, dialog: NewProductDialog):
    grid = dialog.grid
    assert grid.rowCount() == 1 and grid.cell(0, KEEP).text() == "Default"
    assert [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())] == [
        "Variant", "SKU", "Price EUR", "Price USD", "Stock · Shop floor", "Stock · Warehouse"]
    size = dialog.options.add_row("Size", "S, M")
    dialog.options.add_row("Colour", "Black, White, Navy")
    assert grid.rowCount() == 6
    grid.cell(row_of(dialog, "M / Navy"), SKU).setText("TEE-M-NAVY")
    grid.set_kept(row_of(dialog, "S / White"), False)
    size.values.setText("S, M, L")  # a value added: the typed row keeps its SKU
    assert grid.rowCount() == 9
    assert grid.cell(row_of(dialog, "M / Navy"), SKU).text() == "TEE-M-NAVY"
    assert grid.cell(row_of(dialog, "S / White"), KEEP).checkState() == Qt.CheckState.Unchecked
    assert grid.cell(row_of(dialog, "L / Navy"), SKU).text() == ""
    dialog.track_stock.setChecked(False)  # no stock columns while stock is not tracked
    assert grid.columnCount() == 4
    dialog.options.remove_row(size)
    assert [grid.cell(r, KEEP).text() for r in range(grid.rowCount())] == [
        "Black", "White", "Navy"]


def test_create_records_the_draft_as_typed(qtbot, dialog: NewProductDialog,
                                           catalog: OfflineCatalog):
    type_title(qtbot, dialog, "Linen Shirt")
    dialog.subtitle_edit.setText("Washed linen")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("published"))
    dialog.options.add_row("Size", "S, M")
    dialog.options.add_row("Colour", "Sand, Navy")
    grid = dialog.grid
    grid.set_kept(row_of(dialog, "S / Navy"), False)
    dialog.default_price["eur"].setText("49")
    grid.cell(row_of(dialog, "M / Navy"), "price:eur").setText("52,50")
    grid.cell(row_of(dialog, "M / Navy"), "price:usd").setText("59")
    grid.cell(row_of(dialog, "M / Navy"), SKU).setText("LS-M-NAVY")
    grid.cell(row_of(dialog, "M / Navy"), "stock:sloc_wh").setText("7")
    channels = dialog.channels
    assert [channels.item(i).checkState() for i in range(2)] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked]  # Medusa's default channel sells it
    channels.item(1).setCheckState(Qt.CheckState.Checked)

    with qtbot.waitSignal(dialog.created) as made:
        dialog.create_button.click()
    product_id = made.args[0]
    assert product_id == dialog.product_id and not dialog.isVisible()
    detail = catalog.product(product_id)
    assert detail is not None and detail.draft
    record = detail.medusa
    assert (record["title"], record["handle"], record["status"], record["subtitle"]) == (
        "Linen Shirt", "linen-shirt", "published", "Washed linen")
    assert [(o["title"], [v["value"] for v in o["values"]]) for o in record["options"]] == [
        ("Size", ["S", "M"]), ("Colour", ["Sand", "Navy"])]
    variants = {v["title"]: v for v in record["variants"]}
    assert set(variants) == {"S / Sand", "M / Sand", "M / Navy"}  # S / Navy was unticked
    navy = variants["M / Navy"]
    assert navy["sku"] == "LS-M-NAVY" and navy["manage_inventory"] is True
    assert navy["prices"] == [{"currency_code": "eur", "amount": 52.5},
                              {"currency_code": "usd", "amount": 59}]
    assert navy["levels"] == {"sloc_wh": {"stocked": 7, "reserved": 0}}
    assert variants["S / Sand"]["prices"] == [{"currency_code": "eur", "amount": 49}]
    assert variants["S / Sand"]["levels"] == {}
    assert sorted(record["sales_channels"]) == ["sc_b2b", "sc_default"]


def test_a_refused_draft_shows_on_its_field_and_keeps_the_typing(qtbot, dialog: NewProductDialog,
                                                                 catalog: OfflineCatalog):
    before = catalog.product_count()
    dialog.options.add_row("Size", "S, M")
    dialog.create_button.click()  # no title
    assert dialog.isVisible() and dialog.errors["title"].text() == "A product needs a title."
    assert dialog.title_edit.hasFocus()
    type_title(qtbot, dialog, "Tee")
    assert not dialog.errors["title"].isVisible()  # typing there clears it

    dialog.options.add_row("size", "L")  # the same option twice (any case)
    dialog.create_button.click()
    assert "listed twice" in dialog.errors["options"].text()
    dialog.options.remove_row(dialog.options.rows[-1])
    dialog.options.rows[0].values.setText("S, M, S")
    dialog.create_button.click()
    assert "distinct values" in dialog.errors["options"].text()
    dialog.options.rows[0].values.setText("S, M")

    dialog.handle_edit.setText("item-4")  # prod_004's handle
    dialog.create_button.click()
    assert dialog.errors["handle"].text() == "Another product already has the handle “item-4”."
    dialog.handle_edit.setText("tee")

    grid = dialog.grid
    cell = grid.cell(row_of(dialog, "M"), "price:usd")
    cell.setText("twelve")
    dialog.create_button.click()
    assert dialog.errors["variants"].text() == "M, Price USD: “twelve” is not a price."
    assert cell.background().color().name() == "#fbe7e6"  # the cell to fix is marked
    cell.setText("12")
    for r in range(grid.rowCount()):
        grid.set_kept(r, False)
    dialog.create_button.click()
    assert dialog.errors["variants"].text() == "Tick at least one variant to make."
    assert catalog.product_count() == before  # nothing was made
    assert dialog.title_edit.text() == "Tee" and grid.rowCount() == 2  # all still there

    grid.set_kept(0, True)
    dialog.create_button.click()
    assert not dialog.isVisible() and catalog.product_count() == before + 1
    assert cell.background().style() == Qt.BrushStyle.NoBrush


def test_without_terms_prices_are_in_eur_and_there_is_no_stock_column(qtbot, catalog):
    dialog = NewProductDialog(catalog)  # a store never pulled: no currencies, locations
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.grid
    assert [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())] == [
        "Variant", "SKU", "Price EUR"]
    assert dialog.no_channels.isVisible() and not dialog.channels.isVisible()
    type_title(qtbot, dialog, "Gift Card")
    dialog.default_price["eur"].setText("25")
    product_id = dialog.create()
    variant = catalog.product(product_id).medusa["variants"][0]
    assert variant["title"] == "Default"
    assert variant["prices"] == [{"currency_code": "eur", "amount": 25}]


def test_closing_with_typing_asks_first(qtbot, dialog: NewProductDialog):
    type_title(qtbot, dialog, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.ask_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()  # "Keep editing"
    assert dialog.isVisible() and dialog.title_edit.text() == "Half typed"
    dialog.cancel()
    dialog.ask_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()


def test_an_untouched_dialog_closes_without_asking(qtbot, dialog: NewProductDialog):
    dialog.cancel()
    assert dialog.ask_box is None and not dialog.isVisible()
