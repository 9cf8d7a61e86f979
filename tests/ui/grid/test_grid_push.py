"""Push from the grid, and the servers' answer on the cells: a price changed in Medusa
since it was read comes back as a conflict, marked on that variant's price cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.grid.loading import product_ids
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.grid import GridWindow
from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from tests.exchange.fakes import fake_pair
from tests.grid.synthetic import PROFILE
from tests.ui.grid.helpers import CTRL, cell, click, key
from tests.ui.qt_support import wait_until


async def test_a_conflict_of_the_push_is_marked_on_the_variants_price_cells(qtbot, tmp_path):
    medusa, payload = fake_pair(2)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    await catalog.pull()
    window = GridWindow(catalog, product_ids(catalog), "All 2 products")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
    window.show()
    window.activateWindow()
    await wait_until(lambda: window.load.done and window.isActiveWindow(), 5, "rows read")
    assert window.push_action.isEnabled()
    lines = {window.session.rows[window.model.row_at(line)].variant_id: line
             for line in (1, 2)}  # product 1's variants, under its header
    small, medium = lines["variant_1_S"], lines["variant_1_M"]
    QApplication.clipboard().setText("12\n13\n")
    click(window, 1, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    assert window.saver.save().startswith("Saved 2 cells in 1 product")
    # Meanwhile someone changes variant S's price in Medusa.
    product = medusa.products["prod_00001"]
    product["variants"][0]["prices"] = [{"id": "price_x", "amount": 15,
                                         "currency_code": "eur"}]
    medusa.touch("prod_00001")
    window.push_action.trigger()
    await wait_until(lambda: not window.saver.pushing, 10, "pushed")
    conflicted = cell(window, small, "price:eur")
    await wait_until(lambda: conflicted.data(STATE_ROLE) == State.PROBLEM, 5,
                     "the conflict on its cell")
    assert conflicted.data(Qt.ItemDataRole.ToolTipRole) == (
        "Conflict: Changed on the server since you edited it.")
    assert cell(window, medium, "price:eur").data(STATE_ROLE) == State.PLAIN  # it went
    assert medusa.products["prod_00001"]["variants"][1]["prices"][0]["amount"] == (
        12 if medium == 1 else 13)
    assert window.problem_label.text() == "2 cells in conflict or refused"  # EUR, Europe
    assert window.statusBar().currentMessage() == "Push: 1 sent, 1 conflict."
    window.session.clear()
    window.close()
    await catalog.aclose()


async def _grid_with_a_saved_price(qtbot, tmp_path, push=None, push_ended=None):
    medusa, payload = fake_pair(2)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    await catalog.pull()
    window = GridWindow(catalog, product_ids(catalog), "All 2 products", push,
                        push_ended=push_ended)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
    window.show()
    window.activateWindow()
    await wait_until(lambda: window.load.done and window.isActiveWindow(), 5, "rows read")
    QApplication.clipboard().setText("12\n")
    click(window, 1, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    assert window.saver.save().startswith("Saved 1 cell in 1 product")
    return window, catalog, medusa


async def test_a_push_through_the_main_window_says_how_it_went(qtbot, tmp_path):
    """The grid's Push runs the main window's (one push per shop): its status bar said
    "Pushing…" and never what came of it."""
    from desktop_app.ui.offline.catalog_page import CatalogPage

    medusa, payload = fake_pair(2)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    page = CatalogPage(catalog, close_catalog=False)
    qtbot.addWidget(page)
    await catalog.pull()
    window = GridWindow(catalog, product_ids(catalog), "All 2 products", page.push,
                        push_ended=page.pushEnded)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
    window.show()
    window.activateWindow()
    await wait_until(lambda: window.load.done and window.isActiveWindow(), 5, "rows read")
    QApplication.clipboard().setText("12\n")
    click(window, 1, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    window.saver.save()
    window.push_action.trigger()
    assert window.statusBar().currentMessage().startswith("Pushing…")
    await wait_until(lambda: window.statusBar().currentMessage() == "Push: 1 sent.", 10,
                     "the push's outcome")
    window.close()
    page.shut_down()
    await catalog.aclose()


async def test_an_offline_push_says_its_edits_wait(qtbot, tmp_path):
    window, catalog, medusa = await _grid_with_a_saved_price(qtbot, tmp_path)
    medusa.down = True
    window.push_action.trigger()
    await wait_until(lambda: not window.saver.pushing, 10, "pushed")
    assert window.statusBar().currentMessage() == "Push: 0 sent, 1 kept for later."
    window.close()
    await catalog.aclose()


async def test_a_push_that_fails_says_so(qtbot, tmp_path):
    window, catalog, _medusa = await _grid_with_a_saved_price(qtbot, tmp_path)

    async def broken(*_args, **_kwargs):
        raise RuntimeError("the store is read-only")

    catalog.push = broken
    window.push_action.trigger()
    await wait_until(lambda: not window.saver.pushing, 10, "pushed")
    assert window.statusBar().currentMessage() == (
        "Push failed: RuntimeError: the store is read-only")
    window.close()
    await catalog.aclose()
