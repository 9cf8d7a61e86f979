"""The variant grid window over a synthetic shop (tests/grid/synthetic.py): EUR and USD,
regions Europe and United States, stock at Main warehouse and East; no servers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop_app import money
from desktop_app.grid.loading import product_ids
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.grid import GridWindow
from tests.grid.synthetic import grid_catalog
from tests.ui.qt_harness import *  # noqa: F403  (the Qt test harness)


@pytest.fixture(autouse=True)
def _money_in_en_us() -> Iterator[None]:
    """The grid reads numbers in en_US unless a test says otherwise (``open_grid``)."""
    before = money.current_locale()
    money.set_locale("en_US")
    yield
    money.set_locale(before)


@pytest.fixture
def catalog(tmp_path) -> Iterator[OfflineCatalog]:
    """5 products × 4 variants (S, M, L, XL): EUR 10-13, USD 12-15, Europe 9-12, stock at
    the main warehouse 5-8, none at East."""
    catalog = grid_catalog(tmp_path / "shop" / "catalog.sqlite3", products=5, variants=4)
    yield catalog
    catalog.close_now()


GridOpener = Callable[..., GridWindow]


@pytest.fixture
def open_grid(qtbot) -> GridOpener:
    """``open_grid(catalog, locale="en_US", ids=None)``: a shown grid, every row read."""

    def make(catalog: OfflineCatalog, locale: str = "en_US",
             ids: list[str] | None = None) -> GridWindow:
        money.set_locale(locale)
        window = GridWindow(catalog, ids if ids is not None else product_ids(catalog),
                            "All products")
        qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
        window.show()
        window.activateWindow()  # its keys are the window's shortcuts
        qtbot.waitUntil(lambda: window.isActiveWindow())
        qtbot.waitUntil(lambda: window.load.done and not window.order.busy)
        return window

    return make
