"""The grid's table: frozen columns, folding products, sorting and filtering from the
headers, grouping, chosen columns remembered per shop, rows read in chunks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop_app.grid.loading import product_ids
from desktop_app.grid.view_order import Sort
from desktop_app.ui.grid import GridWindow, column_memory
from desktop_app.ui.grid.model import OPEN, SHUT
from tests.grid.synthetic import grid_catalog
from tests.ui.grid.helpers import cell, click, key, texts


def titles(window, lines):
    return [texts(window, line, ["product", "variant"]) for line in lines]


def test_product_and_variant_stay_in_view_when_the_grid_scrolls_right(
        qtbot, catalog, open_grid):
    window = open_grid(catalog)
    window.resize(760, 500)
    view, frozen = window.view, window.view.frozen
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    width = view.columnWidth(0) + view.columnWidth(1)
    assert frozen.isVisible() and frozen.x() == view.frameWidth()
    assert frozen.width() == width + 2  # and its dividing line
    assert frozen.indexAt(QPoint(5, 5)) == cell(window, 0, "product")
    assert frozen.indexAt(QPoint(width - 5, 40)) == cell(window, 1, "variant")
    assert view.indexAt(QPoint(width + 5, 5)).column() > 2  # SKU… scrolled under it
    view.verticalScrollBar().setValue(300)  # one vertical scroll for both
    assert frozen.verticalScrollBar().value() == 300
    assert frozen.rowAt(10) == view.rowAt(10) > 5
    # Moving left to SKU scrolls it out from under the frozen columns.
    line = view.rowAt(10) + 1
    click(window, line, "stock:sloc_main")
    keys = window.model.keys
    for _ in range(keys.index("stock:sloc_main") - keys.index("sku")):
        key(window, Qt.Key.Key_Left)
    assert view.currentIndex() == cell(window, line, "sku")
    assert view.visualRect(view.currentIndex()).left() >= width
    scrolled = view.horizontalScrollBar().value()
    key(window, Qt.Key.Key_Left)  # into the frozen columns: shown there, nothing scrolls
    assert view.currentIndex() == cell(window, line, "variant")
    assert view.horizontalScrollBar().value() == scrolled
    assert frozen.columnWidth(0) == view.columnWidth(0)
    view.horizontalHeader().resizeSection(0, 300)  # widening Product widens the overlay
    assert frozen.columnWidth(0) == 300 and frozen.width() == 300 + view.columnWidth(1) + 2


def test_a_click_on_a_products_header_folds_and_unfolds_it(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    assert texts(window, 5, ["product"]) == [f"{OPEN}  Product 000001"]
    assert texts(window, 5, ["variant"]) == ["4 variants"]
    frozen = window.view.frozen
    rect = frozen.visualRect(cell(window, 5, "product"))
    QTest.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert texts(window, 5, ["product"]) == [f"{SHUT}  Product 000001"]
    assert titles(window, [6]) == [[f"{OPEN}  Product 000002", "4 variants"]]
    assert window.model.rowCount() == 21
    QTest.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert titles(window, [5, 6]) == [[f"{OPEN}  Product 000001", "4 variants"],
                                      ["Product 000001", "S"]]
    window.fold_action.trigger()
    assert window.model.rowCount() == 5
    window.unfold_action.trigger()
    assert window.model.rowCount() == 25


def test_a_header_click_sorts_within_the_products_then_descending_then_not(
        qtbot, catalog, open_grid):
    window = open_grid(catalog)
    window.session.set_texts([(13, "price:eur", "99"), (6, "price:eur", "1")])
    header = window.view.horizontalHeader()
    col = window.model.keys.index("price:eur")

    def click_header() -> None:
        x = header.sectionViewportPosition(col) + 10
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
        qtbot.waitUntil(lambda: not window.order.busy)

    click_header()
    assert header.sortIndicatorSection() == col
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert titles(window, [0, 1, 2]) == [[f"{OPEN}  Product 000001", "4 variants"],
                                         ["Product 000001", "L"], ["Product 000001", "S"]]
    click_header()
    assert titles(window, [0, 1]) == [[f"{OPEN}  Product 000003", "4 variants"],
                                      ["Product 000003", "M"]]
    click_header()
    assert not header.isSortIndicatorShown()
    assert titles(window, [0, 1]) == [[f"{OPEN}  Product 000000", "4 variants"],
                                      ["Product 000000", "S"]]


def test_ungrouped_the_sort_is_over_every_variant(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    window.session.set_texts([(13, "price:eur", "99"), (6, "price:eur", "1")])
    window.group_action.trigger()
    window.order.set_sort(Sort("price:eur", descending=True))
    qtbot.waitUntil(lambda: not window.order.busy)
    assert window.model.rowCount() == 20  # no header lines
    assert titles(window, [0, 1, 19]) == [["Product 000003", "M"], ["Product 000000", "XL"],
                                          ["Product 000001", "L"]]


def test_a_filter_typed_in_the_header_menu_narrows_the_rows(qtbot, catalog, open_grid):
    window = open_grid(catalog)
    window.session.set_texts([(1, "price:eur", "30"), (9, "price:eur", "25")])
    menu = window.order.header_menu_for(window.model.keys.index("price:eur"))
    field = menu.field.edit
    assert field.placeholderText() == ">10, <=5, 10..20, =0, empty"
    QTest.keyClicks(field, ">20")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.order.busy)
    assert titles(window, range(window.model.rowCount())) == [
        [f"{OPEN}  Product 000000", "1 of 4 variants"], ["Product 000000", "M"],
        [f"{OPEN}  Product 000002", "1 of 4 variants"], ["Product 000002", "M"]]
    header = window.model.headerData(window.model.keys.index("price:eur"),
                                     Qt.Orientation.Horizontal)
    assert header == "Price EUR (>20)"
    assert window.filter_label.text().startswith("Filtered: Price EUR >20 — 2 variants shown")
    assert window.order.set_filter("sku", "=sku-000002-01") is None  # text: the whole cell
    qtbot.waitUntil(lambda: not window.order.busy)
    assert window.model.rowCount() == 2
    why = window.order.set_filter("stock:sloc_main", "many")
    assert why == ("“many” is no number filter for Stock Main warehouse: try >10, <=5, "
                   "10..20, =0, empty or !empty.")
    assert window.statusBar().currentMessage() == why
    assert "stock:sloc_main" not in window.order.filters
    window.order.clear_filters()
    qtbot.waitUntil(lambda: not window.order.busy)
    assert window.model.rowCount() == 25 and window.filter_label.text() == ""


def test_the_chosen_columns_are_remembered_for_the_shop(qtbot, catalog, open_grid, tmp_path):
    window = open_grid(catalog)
    assert "ean" not in window.model.keys and "barcode" in window.model.keys
    chooser = window.open_columns()
    chooser.set_checked("ean", True)
    chooser.set_checked("barcode", False)
    chooser.accept()
    assert "ean" in window.model.keys and "barcode" not in window.model.keys
    assert (tmp_path / "shop" / "grid-columns.json").is_file()  # beside the shop's store
    window.set_columns([k for k in window.model.keys if k != "stock:sloc_east"])
    window.session.clear()
    window.close()
    again = open_grid(catalog)
    assert again.model.keys[:2] == ["product", "variant"]
    assert "ean" in again.model.keys and "barcode" not in again.model.keys
    assert "stock:sloc_east" not in again.model.keys
    other = grid_catalog(tmp_path / "other" / "catalog.sqlite3", products=1)
    try:
        assert column_memory.load(other) is None  # another shop: the defaults
    finally:
        other.close_now()


def test_rows_are_read_in_chunks_after_the_first_paint(qtbot, tmp_path):
    catalog = grid_catalog(tmp_path / "big.sqlite3", products=400, variants=2)
    try:
        window = GridWindow(catalog, product_ids(catalog), "All 400 products")
        qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
        assert window.model.rowCount() == 200 * 3  # the first chunk: header + 2 variants
        window.show()
        window.order.set_sort(Sort("sku", descending=True))
        assert window.loading_label.text().startswith("Reading products…")
        # The last chunk is read a turn before it is shown and the sort starts (done is
        # true in between): wait for the rows shown, then for the sort.
        qtbot.waitUntil(
            lambda: window.model.rowCount() == 400 * 3 and not window.order.busy, timeout=10000
        )
        assert window.load.done
        assert window.loading_label.text() == ""
        # Sorted once everything was read: the last product first.
        assert texts(window, 1, ["sku"]) == ["SKU-000399-01"]
    finally:
        catalog.close_now()


def test_the_lines_scrolled_to_next_are_prepared_between_frames(qtbot, tmp_path, open_grid):
    catalog = grid_catalog(tmp_path / "big.sqlite3", products=100, variants=4)
    try:
        window = open_grid(catalog)
        view, model = window.view, window.model
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()
        first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
        below = range(last + 1, last + 1 + 2 * (last - first + 1))
        qtbot.waitUntil(lambda: all(line in model._looks for line in below))
        # Their texts are laid out too: painting them lays out nothing more.
        laid = dict(view.cells._laid)
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        assert view.cells._laid.keys() == laid.keys()
        # What is shown is what the model says, whichever way the looks were made.
        line = view.rowAt(10)
        assert model.look(line, 2) == model._line_looks(line)[2]
        bar.setValue(bar.value() - 3 * bar.pageStep())  # and upwards
        view.viewport().repaint()
        top = view.rowAt(0)
        qtbot.waitUntil(lambda: all(line in model._looks for line in range(top - 20, top)))
    finally:
        catalog.close_now()
