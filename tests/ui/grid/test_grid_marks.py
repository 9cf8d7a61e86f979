"""What the grid's cells say about themselves: read-only cells greyed with their
reason, a product's header line, the columns' tooltips, and a catalog edit made
elsewhere appearing in the open grid."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from desktop_app.ui.grid.model import OPEN
from tests.ui.grid.helpers import cell, click, key, texts


def test_a_stock_cell_medusa_does_not_manage_is_grey_and_says_why(qtbot, catalog, open_grid):
    catalog.edit("prod_000001", {"variants.variant_000001_00.manage_inventory": False})
    window = open_grid(catalog)
    stock = cell(window, 6, "stock:sloc_main")  # product 1's S
    assert stock.data(STATE_ROLE) == State.READ_ONLY
    assert stock.data(Qt.ItemDataRole.ToolTipRole) == (
        "Medusa does not manage this variant's stock (Manage inventory is off).")
    assert not stock.flags() & Qt.ItemFlag.ItemIsEditable
    click(window, 6, "stock:sloc_main")
    key(window, Qt.Key.Key_7)  # no editor opens
    assert texts(window, 6, ["stock:sloc_main"]) == ["5"]
    assert cell(window, 6, "manage_inventory").data() == "No"
    assert cell(window, 7, "stock:sloc_main").data(STATE_ROLE) == State.PLAIN


def test_a_products_header_line_names_it_and_counts_its_variants(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    title = cell(window, 0, "product")
    assert title.data() == f"{OPEN}  Product 000000"
    assert title.data(STATE_ROLE) == State.HEADER
    assert title.data(Qt.ItemDataRole.ToolTipRole) == (
        "Click to fold or unfold the product's variants.")
    assert not title.flags() & Qt.ItemFlag.ItemIsSelectable  # a range skips it
    assert cell(window, 0, "price:eur").data() == ""
    assert cell(window, 1, "product").data(STATE_ROLE) == State.MUTED  # said above
    header = window.model.headerData(window.model.keys.index("price:eur"),
                                     Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == ("Price EUR: an amount in the locale's number format; empty removes "
                      "the price.")


def test_an_edit_made_elsewhere_shows_in_the_open_grid(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    window.session.set_texts([(0, "sku", "TYPED")])  # staged here: stays
    catalog.edit("prod_000000", {"variants.variant_000000_01.sku": "FROM-EDITOR"})
    qtbot.waitUntil(lambda: texts(window, 2, ["sku"]) == ["FROM-EDITOR"])
    assert texts(window, 1, ["sku"]) == ["TYPED"]
    assert cell(window, 2, "sku").data(STATE_ROLE) == State.PLAIN
