"""The product list's context menu on one product, as the merchant opens it."""

from __future__ import annotations

from PySide6.QtGui import QAction

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.offline.catalog_page import CatalogPage


def product_menu(qtbot, catalog: OfflineCatalog,  # type: ignore[no-untyped-def]
                 product_id: str) -> tuple[CatalogPage, list[QAction]]:
    """A shown list of ``catalog`` (which it does not close), ``product_id`` selected, and
    the actions of the menu opened on it (the menu itself is deleted)."""
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    page.show()
    page.select_product(product_id)
    menu = page.context_menu_at(page.table.visualRect(page.table.currentIndex()).center())
    actions = menu.actions()
    menu.deleteLater()
    return page, actions
