"""Spreadsheet keys in the grid: typing over a cell, Enter moving down, Escape, Delete,
Ctrl+D fill down, and the Replace (Ctrl+H) and Formula (Ctrl+M) dialogs driven from
the keyboard."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from tests.ui.grid.helpers import CTRL, cell, click, key, select, texts


def editor(window) -> QLineEdit:
    found = window.view.findChild(QLineEdit, "gridEditor")
    assert found is not None and found.isVisible()
    return found


def test_typing_over_a_cell_replaces_it_and_enter_moves_down(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    click(window, 1, "price:eur")
    key(window, Qt.Key.Key_1)  # the first key opens the editor over the cell…
    assert editor(window).text() == "1"  # typed over, not appended to "10.00"
    QTest.keyClicks(editor(window), "9.9")  # …which has the focus for the rest
    QTest.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.currentIndex() == cell(window, 2, "price:eur"))
    assert texts(window, 1, ["price:eur"]) == ["19.90"]
    assert cell(window, 1, "price:eur").data(STATE_ROLE) == State.CHANGED
    assert cell(window, 1, "price:eur").data(Qt.ItemDataRole.ToolTipRole) == (
        "Changed from “10.00”: not saved yet.")
    assert window.statusBar().currentMessage() == "Edit: 1 cell"
    # Enter on the last variant of a product goes over the next product's header.
    click(window, 4, "price:eur")
    key(window, Qt.Key.Key_5)
    QTest.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.currentIndex() == cell(window, 6, "price:eur"))


def test_escape_gives_the_typing_up(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    click(window, 1, "sku")
    key(window, Qt.Key.Key_N)
    QTest.keyClicks(editor(window), "EW")
    QTest.keyClick(editor(window), Qt.Key.Key_Escape)
    assert texts(window, 1, ["sku"]) == ["SKU-000000-00"]
    assert not window.session.staged_cells


def test_delete_clears_the_selection_and_ctrl_d_fills_down(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    select(window, (1, "price:usd"), (2, "region:reg_eu"))
    key(window, Qt.Key.Key_Delete)
    assert texts(window, 1, ["price:usd", "region:reg_eu"]) == ["", ""]  # prices removed
    assert window.session.value(1, "price:usd") is None
    select(window, (1, "stock:sloc_main"), (2, "stock:sloc_main"))
    key(window, Qt.Key.Key_Delete)  # stock needs a number: marked, not cleared
    assert cell(window, 1, "stock:sloc_main").data(STATE_ROLE) == State.BAD
    key(window, Qt.Key.Key_Z, CTRL)
    select(window, (1, "price:eur"), (9, "price:eur"))  # 8 variants, a header between
    key(window, Qt.Key.Key_D, CTRL)
    assert [texts(window, line, ["price:eur"])[0] for line in (2, 3, 4, 6, 7, 8, 9)] == [
        "10.00"] * 7
    assert window.statusBar().currentMessage() == "Fill down: 6 cells"  # 3 were 10 already
    assert texts(window, 5, ["price:eur"]) == [""]  # the header line


def test_replace_within_a_column_from_the_keyboard(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    click(window, 1, "sku")
    key(window, Qt.Key.Key_H, CTRL)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.column.currentData() == "sku"  # the current cell's column
    QTest.keyClicks(dialog.find, "sku-0000")
    QTest.keyClicks(dialog.replacement, "ART-")
    QTest.keyClick(dialog.replacement, Qt.Key.Key_Return)  # Replace all is the default
    assert texts(window, 1, ["sku"]) == ["ART-00-00"]
    assert texts(window, 24, ["sku"]) == ["ART-04-03"]
    assert dialog.result.text() == "Replace “sku-0000” with “ART-”: 20 cells."
    assert dialog.isVisible()  # for the next replacement
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    key(window, Qt.Key.Key_Z, CTRL)
    assert texts(window, 1, ["sku"]) == ["SKU-000000-00"]


def test_replace_in_the_selected_rows_only_and_whole_cells(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    select(window, (1, "price:eur"), (2, "price:usd"))
    dialog = window.open_replace()
    assert dialog.selected_only.isChecked()
    dialog.column.setCurrentIndex(dialog.column.findData("price:eur"))
    dialog.find.setText("10.00")
    dialog.replacement.setText("15")
    dialog.whole_cell.setChecked(True)
    dialog.replace_button.click()
    assert texts(window, 1, ["price:eur"]) == ["15.00"]
    assert texts(window, 6, ["price:eur"]) == ["10.00"]  # not selected


def test_formula_raises_prices_by_a_percentage_then_rounds_them(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    select(window, (1, "sku"), (4, "price:usd"))  # SKUs are left as they are
    key(window, Qt.Key.Key_M, CTRL)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.percent_choice.isChecked()
    dialog.percent.selectAll()
    QTest.keyClicks(dialog.percent, "+10")
    QTest.keyClick(dialog.percent, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert texts(window, 1, ["sku", "price:eur", "price:usd"]) == [
        "SKU-000000-00", "11.00", "13.20"]
    assert window.statusBar().currentMessage().startswith("+10 %: 8 cells")
    window.open_formula()
    dialog = window.dialog
    dialog.round_choice.setChecked(True)
    dialog.ending.setCurrentIndex(dialog.ending.findText(".99"))
    QTest.keyClick(dialog.ending, Qt.Key.Key_Return)
    assert texts(window, 1, ["price:eur", "price:usd"]) == ["10.99", "12.99"]
    assert window.session.value(3, "price:usd") == Decimal("16.99")  # XL: 16.50, nearer up
    key(window, Qt.Key.Key_Z, CTRL)
    key(window, Qt.Key.Key_Z, CTRL)
    assert texts(window, 1, ["price:eur", "price:usd"]) == ["10.00", "12.00"]


def test_formula_sets_a_column_to_another_and_refuses_words_for_numbers(
        qtbot, catalog, open_grid):
    window = open_grid(catalog, "de_DE")
    select(window, (1, "region:reg_eu"), (2, "region:reg_eu"))
    dialog = window.open_formula()
    dialog.add_choice.setChecked(True)
    dialog.amount.setText("zwei")
    apply = dialog.findChild(QPushButton, "formulaApply")
    apply.click()
    assert dialog.isVisible() and dialog.error.text() == "“zwei” is no amount in this locale."
    dialog.copy_choice.setChecked(True)
    dialog.source.setCurrentIndex(dialog.source.findData("price:eur"))
    apply.click()
    assert not dialog.isVisible()
    assert texts(window, 1, ["region:reg_eu"]) == ["10,00"]
    assert texts(window, 2, ["region:reg_eu"]) == ["11,00"]
