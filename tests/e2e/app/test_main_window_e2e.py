"""The real main window pulls the stack's catalog into its store and lists it."""

from __future__ import annotations

import pytest

from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.roles import ROW_ROLE
from tests.ui.qt_support import wait_until


@pytest.fixture
def window(qtbot, stack_services: AppServices) -> MainWindow:
    win = MainWindow(stack_services)
    qtbot.addWidget(win)
    win.show()
    return win


async def test_main_window_lists_seeded_products(window: MainWindow) -> None:
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling, 180,
                     "catalog pulled from the stack")
    page = window.page
    assert not any(b.isVisible() for b in window.banners.values())
    total = page.model.rowCount()
    assert total >= 40
    assert window.windowTitle().startswith("Local-demo")
    assert window.counts_label.text().startswith(f"{total:,} products")

    page.search_edit.setText("hoodie")
    page.apply_filter()
    rows = [page.model.index(r, Col.TITLE).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert 0 < len(rows) < total
    assert "Heavyweight Hoodie" in [r.title for r in rows]
    assert all(r.product_id.startswith("prod_") for r in rows)

    window.close()  # as the app does: the store closes before the loop ends
    await wait_until(lambda: window.closing is not None and window.closing.done(), 10,
                     "store closed")
