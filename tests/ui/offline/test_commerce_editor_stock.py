"""The editor's Stock tab: variants × stock locations, saved through set_stock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import operations as ops
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.stock_tab import UNTRACKED
from tests.ui.offline.whole_product import (
    BERLIN,
    PARIS,
    PID,
    open_catalog,
    refuse_operations,
    vid,
)


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    cat = open_catalog(tmp_path)
    yield cat
    cat._store.close()


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.tabs.setCurrentWidget(ed.stock)
    return ed


def painted(editor: CommerceEditor, variant_id: str, location: str) -> str:
    """A stock cell's text as the delegate paints it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    item = editor.stock.cell(variant_id, location)
    index = editor.stock.grid.indexFromItem(item)
    option = QStyleOptionViewItem()
    editor.stock.grid.itemDelegate().initStyleOption(option, index)
    return option.text


def available(editor: CommerceEditor, variant_id: str) -> str:
    grid = editor.stock.grid
    row = next(r for r in range(grid.rowCount())
               if grid.item(r, 0).data(Qt.ItemDataRole.UserRole) == variant_id)
    return grid.item(row, grid.columnCount() - 1).text()


def stock_ops(catalog: OfflineCatalog) -> list[dict]:
    return [op.args for op in catalog.operations() if op.kind == ops.STOCK]


def test_a_grid_of_variants_and_locations(editor: CommerceEditor):
    grid = editor.stock.grid
    headers = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert headers == ["Variant", "Berlin", "Paris", "Available"]
    assert [grid.item(r, 0).text() for r in range(grid.rowCount())] == [
        "S / Oat", "S / Black", "M / Oat", "M / Black"]
    # S / Oat is n=0: 10 stocked, none reserved; M / Oat (n=1) holds one for an order.
    assert painted(editor, vid("S", "Oat"), BERLIN) == "10"
    assert painted(editor, vid("M", "Oat"), BERLIN) == "11  · 1 reserved"
    assert available(editor, vid("M", "Oat")) == "15"  # 11 − 1 + 5
    assert painted(editor, vid("M", "Black"), PARIS) == UNTRACKED
    assert available(editor, vid("M", "Black")) == "—"
    assert editor.stock.total.text() == "45 available in all"  # 15 each; M / Black untracked


def test_changed_cells_are_saved_through_set_stock(editor: CommerceEditor,
                                                   catalog: OfflineCatalog):
    editor.stock.cell(vid("S", "Oat"), PARIS).setText("8")
    editor.stock.cell(vid("S", "Black"), BERLIN).setText("0")
    assert available(editor, vid("S", "Oat")) == "18"  # 10 + 8, as typed
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert sorted(stock_ops(catalog), key=lambda a: a["variant_id"]) == [
        {"variant_id": vid("S", "Black"), "location_id": BERLIN, "quantity": 0},
        {"variant_id": vid("S", "Oat"), "location_id": PARIS, "quantity": 8},
    ]
    assert catalog.outbox() == []  # stock is an operation, not a field edit
    level = catalog.product(PID).medusa["variants"]
    assert next(v for v in level if v["id"] == vid("S", "Oat"))["levels"][PARIS]["stocked"] == 8


@pytest.mark.parametrize("typed,words", [
    ("-2", "stock cannot be negative"), ("1.5", "is not a whole number"),
    ("many", "is not a whole number"), ("", "Type 0 for none"),
])
def test_a_quantity_must_be_a_whole_number(editor: CommerceEditor, catalog: OfflineCatalog,
                                           typed: str, words: str):
    item = editor.stock.cell(vid("S", "Oat"), BERLIN)
    item.setText(typed)
    assert editor.save() is False
    assert words in editor.errors["stock"].text()
    assert "S / Oat at Berlin" in editor.errors["stock"].text()
    assert item.background().color().name() == "#fbe7e6"
    assert stock_ops(catalog) == []


def test_untracked_variants_open_when_manage_inventory_is_ticked(editor: CommerceEditor,
                                                                 catalog: OfflineCatalog):
    item = editor.stock.cell(vid("M", "Black"), BERLIN)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert "Manage inventory" in item.toolTip()
    flag = editor.variants.cell(vid("M", "Black"), "manage_inventory")
    flag.setCheckState(Qt.CheckState.Checked)  # on the other tab, not saved yet
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    item.setText("4")
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [
        (f"variants.{vid('M', 'Black')}.manage_inventory", True)]
    assert stock_ops(catalog) == [
        {"variant_id": vid("M", "Black"), "location_id": BERLIN, "quantity": 4}]


def test_a_level_medusa_refused_shows_the_servers_words_on_its_cell(editor: CommerceEditor,
                                                                    catalog: OfflineCatalog):
    catalog.set_stock([(PID, vid("S", "Oat"), PARIS, 3)])
    assert editor.stock.cell(vid("S", "Oat"), PARIS).text() == "3"  # followed the catalog
    message = ("Invalid request: Value for field 'stocked_quantity' too small, "
               "expected at least: '0'")
    refuse_operations(catalog, {ops.STOCK: ("failed", f"stock.{vid('S', 'Oat')}.{PARIS}",
                                            message)})
    item = editor.stock.cell(vid("S", "Oat"), PARIS)
    assert item.toolTip() == message and item.background().color().name() == "#fbe7e6"
    assert editor.errors["stock"].text() == f"S / Oat at Paris — Server: {message}"
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.stock)) == "Stock •"
    assert [op.state for op in catalog.operations()] == ["failed"]


def test_a_level_that_moved_in_medusa_says_so_on_its_cell(editor: CommerceEditor,
                                                          catalog: OfflineCatalog):
    catalog.set_stock([(PID, vid("M", "Oat"), BERLIN, 30)])
    refuse_operations(catalog, {ops.STOCK: (
        "conflict", None, "Medusa's stock changed to 9 since you set it.")})
    item = editor.stock.cell(vid("M", "Oat"), BERLIN)
    assert item.toolTip() == "Medusa's stock changed to 9 since you set it."
    assert "M / Oat at Berlin — Server: Medusa's stock changed" in editor.errors["stock"].text()


def test_typing_survives_a_stock_change_elsewhere(editor: CommerceEditor,
                                                  catalog: OfflineCatalog):
    editor.stock.cell(vid("S", "Oat"), BERLIN).setText("50")
    catalog.set_stock([(PID, vid("S", "Black"), PARIS, 7)])  # e.g. the CLI, or a bulk edit
    assert editor.stock.cell(vid("S", "Black"), PARIS).text() == "7"
    assert editor.stock.cell(vid("S", "Oat"), BERLIN).text() == "50"
    # The level set elsewhere reads as not sent yet; the typed one is the merchant's.
    assert editor.stock.cell(vid("S", "Black"), PARIS).foreground().color().name() == "#3b5bdb"
    assert editor.save()
    assert {(a["variant_id"], a["quantity"]) for a in stock_ops(catalog)} == {
        (vid("S", "Black"), 7), (vid("S", "Oat"), 50)}
