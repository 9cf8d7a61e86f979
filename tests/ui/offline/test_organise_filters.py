"""The list's organise and stock filters (in SQL, by name) and its Stock column."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.offline.term_combo import DEPTH_ROLE
from desktop_app.ui.roles import VALUE_ROLE
from tests.ui.offline.conftest import medusa_rec

CATEGORIES = [{"id": "pcat_apparel", "name": "Apparel"},
              {"id": "pcat_shirts", "name": "Shirts", "parent_category_id": "pcat_apparel"},
              {"id": "pcat_linen", "name": "Linen", "parent_category_id": "pcat_shirts"},
              {"id": "pcat_home", "name": "Home"}]


def stocked(*levels: tuple[int, int]) -> list[dict[str, Any]]:
    """Managed variants, one per ``(stocked, reserved)`` at one location."""
    return [{"id": f"variant_{i}", "title": f"V{i}", "sku": None, "manage_inventory": True,
             "levels": {"sloc_wh": {"stocked": s, "reserved": r}},
             "prices": [{"currency_code": "eur", "amount": 10}]}
            for i, (s, r) in enumerate(levels)]


@pytest.fixture
def shop(catalog: OfflineCatalog) -> OfflineCatalog:
    """The 30 products, organised: 1-3 shirts, 4 linen shirts, 5 apparel, 6 home; stock
    managed on 1 (0 left), 2 (3 left), 3 (40 left), 4 (reserved all: 0 left)."""
    conn = catalog._store.conn
    taxonomy.save_all(conn, taxonomy.CATEGORY, CATEGORIES)
    taxonomy.save_all(conn, taxonomy.COLLECTION, [{"id": "pcol_summer", "title": "Summer"}])
    taxonomy.save_all(conn, taxonomy.TAG, [{"id": "ptag_eco", "value": "organic"}])
    taxonomy.save_all(conn, taxonomy.CHANNEL, [{"id": "sc_web", "name": "Web shop"}])
    catalog._store.save_medusa([
        medusa_rec(1, categories=["pcat_shirts"], variants=stocked((0, 0))),
        medusa_rec(2, categories=["pcat_shirts"], tags=["ptag_eco"],
                   variants=stocked((2, 0), (1, 0))),
        medusa_rec(3, categories=["pcat_shirts"], collection_id="pcol_summer",
                   variants=stocked((40, 0))),
        medusa_rec(4, categories=["pcat_linen"], sales_channels=["sc_web"],
                   variants=stocked((5, 5))),
        medusa_rec(5, categories=["pcat_apparel"]),
        medusa_rec(6, categories=["pcat_home"]),
    ])
    return catalog


@pytest.fixture
def page(qtbot, shop: OfflineCatalog):
    made = CatalogPage(shop, close_catalog=False)
    qtbot.addWidget(made)
    made.resize(1400, 700)
    made.show()
    yield made
    made.shut_down()


def titles(page: CatalogPage) -> list[str]:
    return [page.model.index(r, Col.TITLE).data() for r in range(page.model.rowCount())]


def test_the_filters_name_the_shops_terms_as_a_tree(page: CatalogPage):
    combos = page.organise.combos
    assert page.organise.isVisible()
    category = combos[taxonomy.CATEGORY]
    items = [(category.itemText(i), category.itemData(i, DEPTH_ROLE)) for i in
             range(category.count())]
    assert items == [("All categories", None), ("Apparel", 0), ("Shirts", 1), ("Linen", 2),
                     ("Home", 0)]
    assert category.itemData(3, Qt.ItemDataRole.ToolTipRole) == "Apparel › Shirts › Linen"
    assert combos[taxonomy.TAG].itemText(1) == "organic"
    assert not combos[taxonomy.TYPE].isVisible()  # the shop has no product types
    assert combos[taxonomy.COLLECTION].isVisible()


def test_a_category_filters_in_sql_with_the_categories_below_it(page: CatalogPage):
    page.organise.select(taxonomy.CATEGORY, "pcat_shirts")
    assert page.model.query.categories == ("pcat_shirts",)
    assert titles(page) == ["Product 001", "Product 002", "Product 003", "Product 004"]
    page.organise.select(taxonomy.CATEGORY, "pcat_apparel")
    assert len(titles(page)) == 5
    assert page.organise.combos[taxonomy.CATEGORY].toolTip() == "Apparel"
    page.organise.select(taxonomy.CHANNEL, "sc_web")  # kinds combine: both must hold
    assert titles(page) == ["Product 004"]
    page.search_edit.setText("zebra")
    page.apply_filter()
    assert page.body.currentWidget() is page.no_results
    assert page.no_results.text.text().startswith(
        "Filtered to category Apparel and sales channel Web shop.")
    page.no_results.clear_button.click()
    assert page.model.rowCount() == 30 and page.model.query.categories == ()
    assert page.organise.combos[taxonomy.CATEGORY].currentIndex() == 0


def test_stock_filters_and_the_stock_column(qtbot, page: CatalogPage):
    model = page.model
    by_title = {model.index(r, Col.TITLE).data(): r for r in range(model.rowCount())}
    stock = {t: model.index(r, Col.STOCK).data() for t, r in by_title.items()}
    assert [stock[f"Product 00{n}"] for n in range(1, 6)] == ["0", "3", "40", "0", ""]
    assert model.index(by_title["Product 005"], Col.STOCK).data(VALUE_ROLE) is None
    colors = {t: model.index(r, Col.STOCK).data(Qt.ItemDataRole.ForegroundRole)
              for t, r in by_title.items()}
    assert colors["Product 001"].name() == "#a3261c"  # out of stock: red
    assert colors["Product 002"].name() == "#8a4f00"  # low: amber
    assert colors["Product 003"] is None and colors["Product 005"] is None
    assert model.headerData(Col.STOCK, Qt.Orientation.Horizontal) == "Stock"

    page.organise.set_stock("out")
    assert titles(page) == ["Product 001", "Product 004"]  # reserved counts as gone
    page.organise.set_stock("low")
    assert titles(page) == ["Product 002"]
    assert "low stock" in " ".join(page.organise.describe(page.model.query))
    page.organise.set_stock(None)

    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Col.STOCK) + header.sectionSize(Col.STOCK) // 2
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert (model.query.sort, model.query.descending) == ("stock", False)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert model.query.descending
    assert titles(page)[:2] == ["Product 003", "Product 002"]  # the most in stock first


def test_sorting_keeps_the_filters(page: CatalogPage):
    page.organise.select(taxonomy.CATEGORY, "pcat_shirts")
    page.status_combo.setCurrentIndex(page.status_combo.findData("published"))
    page.model.sort(Col.HANDLE, Qt.SortOrder.DescendingOrder)
    query = page.model.query
    assert (query.sort, query.categories, query.statuses) == (
        "handle", ("pcat_shirts",), ("published",))
    assert len(titles(page)) == 4


def test_a_term_gone_after_a_pull_drops_its_filter(page: CatalogPage, shop: OfflineCatalog):
    page.organise.select(taxonomy.CATEGORY, "pcat_home")
    page.organise.select(taxonomy.TAG, "ptag_eco")
    assert page.model.rowCount() == 0
    taxonomy.save_all(shop._store.conn, taxonomy.CATEGORY, CATEGORIES[:3])  # Home deleted
    taxonomy.save_all(shop._store.conn, taxonomy.TAG, [{"id": "ptag_eco", "value": "eco"}])
    shop._notify(Changes(taxonomy=True))
    assert page.model.query.categories == () and page.model.query.tags == ("ptag_eco",)
    assert page.organise.combos[taxonomy.TAG].currentText() == "eco"  # renamed, kept
    assert titles(page) == ["Product 002"]


def test_without_terms_the_organise_row_is_hidden(qtbot, catalog: OfflineCatalog):
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    page.show()
    assert not page.organise.isVisible()
    assert page.organise.stock_combo.isVisible()  # stock is a column of every store
    taxonomy.save_all(catalog._store.conn, taxonomy.TYPE, [{"id": "ptyp_1", "value": "Gift"}])
    catalog._notify(Changes(taxonomy=True))
    assert page.organise.isVisible() and page.organise.combos[taxonomy.TYPE].isVisible()
    assert not page.organise.combos[taxonomy.CATEGORY].isVisible()
    page.shut_down()
