"""The real main window lists the stack's seeded products."""

from __future__ import annotations

import pytest

from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.product_model import ROW_ROLE, Column
from tests.ui.qt_support import fail_on_qt_warnings, wait_until


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog):
    yield
    fail_on_qt_warnings(qtlog)


@pytest.fixture
def window(qtbot, stack_services: AppServices) -> MainWindow:
    win = MainWindow(stack_services)
    qtbot.addWidget(win)
    win.show()
    return win


async def test_main_window_lists_seeded_products(window: MainWindow) -> None:
    window.start()
    await wait_until(lambda: window.catalog is not None and window.load_task is None, 60,
                     "catalog loaded from the stack")

    assert not any(b.isVisible() for b in window.banners.values())
    rows = [window.model.index(r, Column.TITLE).data(ROW_ROLE)
            for r in range(window.model.rowCount())]
    handles = {r.handle for r in rows}
    assert len([h for h in handles if h.startswith("demo-")]) >= 40
    assert window.windowTitle().startswith("Local-demo")
    assert window.counts_label.text().startswith(f"{len(rows)} products")

    window.search_edit.setText("hoodie")
    await wait_until(lambda: window.model.rowCount() < len(rows), 2, "search applied")
    titles = [window.model.index(r, Column.TITLE).data() for r in range(window.model.rowCount())]
    assert "Heavyweight Hoodie" in titles
    assert all("hoodie" in t.lower() or "hoodie" in window.model.row_at(i).handle
               for i, t in enumerate(titles))
