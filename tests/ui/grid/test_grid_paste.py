"""Pasting real clipboard text as spreadsheets copy it (tabs, quoted cells, decimal
commas in German), then saving it to the outbox and undoing: first in the grid, then
the saved edit with ``undo_bulk``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from tests.ui.grid.helpers import CTRL, SHIFT, cell, click, key, select, texts

# Lines: 0 is product 0's header, 1-4 its variants S, M, L, XL, 5 product 1's header…
# SKU, Barcode, Price EUR, Price USD, Europe (EUR): a quoted quote, a thousands group,
# an empty cell (removes the USD price).
SPREADSHEET = ('SKU-A\t4006381333931\t"12,50"\t"1.299,90"\t7\n'
               '"SKU ""B"""\t\t9,5\t\t0\n')


def test_clipboard_text_from_a_spreadsheet_lands_in_the_cells_in_german(
        qtbot, catalog, open_grid):
    window = open_grid(catalog, "de_DE")
    QApplication.clipboard().setText(SPREADSHEET)
    click(window, 1, "sku")
    key(window, Qt.Key.Key_V, CTRL)
    keys = ["sku", "barcode", "price:eur", "price:usd", "region:reg_eu"]
    assert texts(window, 1, keys) == ["SKU-A", "4006381333931", "12,50", "1299,90", "7,00"]
    assert texts(window, 2, keys) == ['SKU "B"', "", "9,50", "", "0,00"]
    assert cell(window, 1, "price:eur").data(STATE_ROLE) == State.CHANGED
    assert cell(window, 1, "price:eur").data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight)
    session = window.session
    assert session.value(0, "price:usd") == Decimal("1299.90")
    assert session.value(1, "price:usd") is None  # removed
    assert "Paste: 9 cells" in window.statusBar().currentMessage()  # an empty barcode stays
    assert window.changed_label.text() == "9 cells changed, not saved"


def test_a_paste_is_undone_and_redone_as_one_step(qtbot, catalog, open_grid):
    window = open_grid(catalog, "de_DE")
    QApplication.clipboard().setText(SPREADSHEET)
    click(window, 1, "sku")
    key(window, Qt.Key.Key_V, CTRL)
    key(window, Qt.Key.Key_Z, CTRL)
    assert texts(window, 1, ["sku", "price:eur"]) == ["SKU-000000-00", "10,00"]
    assert window.statusBar().currentMessage().startswith("Undone: Paste")
    assert not window.session.staged_cells
    key(window, Qt.Key.Key_Y, CTRL)
    assert texts(window, 1, ["sku", "price:eur"]) == ["SKU-A", "12,50"]
    key(window, Qt.Key.Key_Z, CTRL)
    key(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert texts(window, 2, ["sku"]) == ['SKU "B"']


def test_copy_puts_the_selection_on_the_clipboard_as_a_spreadsheet_reads_it(
        qtbot, catalog, open_grid):
    window = open_grid(catalog, "de_DE")
    window.session.set_texts([(0, "sku", 'A\tB "quoted"')])
    window.model.refresh()
    view = window.view
    view.setFocus()
    select(window, (1, "sku"), (2, "price:eur"))
    key(window, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == (
        '"A\tB ""quoted"""\t\t10,00\nSKU-000000-01\t\t11,00\n')


def test_one_value_fills_the_selection_and_a_larger_block_goes_beyond_it(
        qtbot, catalog, open_grid):
    window = open_grid(catalog)
    view = window.view
    view.setFocus()
    # Lines 3..7 hold L, XL, product 1's header, S, M: four variants.
    select(window, (3, "price:eur"), (7, "price:usd"))
    QApplication.clipboard().setText("20\n")
    key(window, Qt.Key.Key_V, CTRL)
    for line in (3, 4, 6, 7):
        assert texts(window, line, ["price:eur", "price:usd"]) == ["20.00", "20.00"]
    assert texts(window, 5, ["price:eur"]) == [""]  # a header line is no variant
    assert texts(window, 8, ["price:eur"]) == ["12.00"]
    QApplication.clipboard().setText("1\t2\t3\n4\t5\t6\n7\t8\t9\n")
    click(window, 4, "price:eur")  # one cell: the block's corner
    key(window, Qt.Key.Key_V, CTRL)
    assert texts(window, 4, ["price:eur", "price:usd", "region:reg_eu"]) == [
        "1.00", "2.00", "3.00"]
    assert texts(window, 7, ["price:eur", "price:usd", "region:reg_eu"]) == [
        "7.00", "8.00", "9.00"]


def saved_fields(catalog):
    return {(e.product_id, e.field): e.mine for e in catalog.outbox()}


def test_the_pasted_cells_are_saved_to_the_outbox_and_the_save_is_undone(
        qtbot, catalog, open_grid):
    window = open_grid(catalog, "de_DE")
    QApplication.clipboard().setText('"12,50"\t"1.299,90"\n"9,5"\t\n')
    click(window, 1, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    click(window, 1, "stock:sloc_main")
    QApplication.clipboard().setText("40\n")
    key(window, Qt.Key.Key_V, CTRL)
    click(window, 3, "price:eur")
    QApplication.clipboard().setText("-3\n")  # bad: stays in the grid
    key(window, Qt.Key.Key_V, CTRL)
    assert catalog.outbox() == [] and catalog.operations() == []  # staged only
    key(window, Qt.Key.Key_S, CTRL)
    dialog = window.saver.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == ("5 cells change in 1 product (2 variants); 1 cell has "
                                     "an error and stays in the grid.")
    dialog.save_button.click()
    assert saved_fields(catalog) == {
        ("prod_000000", "variants.variant_000000_00.prices"): [
            {"currency_code": "eur", "amount": 12.5}, {"currency_code": "usd", "amount": 1299.9},
            {"currency_code": "eur", "amount": 9, "region_id": "reg_eu"}],
        ("prod_000000", "variants.variant_000000_01.prices"): [
            {"currency_code": "eur", "amount": 9.5},
            {"currency_code": "eur", "amount": 10, "region_id": "reg_eu"}]}
    [level] = [(o.args["variant_id"], o.args["quantity"]) for o in catalog.operations()]
    assert level == ("variant_000000_00", 40)
    # The saved cells read from the catalog now, plain; the bad one stays, marked.
    assert texts(window, 1, ["price:eur", "price:usd", "stock:sloc_main"]) == [
        "12,50", "1299,90", "40"]
    assert cell(window, 1, "price:eur").data(STATE_ROLE) == State.PLAIN
    assert cell(window, 3, "price:eur").data(STATE_ROLE) == State.BAD
    assert "Saved 5 cells in 1 product" in window.statusBar().currentMessage()
    assert not window.session.can_undo  # the grid's steps went with the save
    assert window.undo_save_action.isEnabled()
    box = window.saver.ask_undo()
    next(b for b in box.buttons() if b.text() == "Undo last save").click()
    assert catalog.outbox() == [] and catalog.operations() == []
    assert texts(window, 1, ["price:eur", "price:usd", "stock:sloc_main"]) == [
        "10,00", "12,00", "5"]
    assert not window.undo_save_action.isEnabled()
