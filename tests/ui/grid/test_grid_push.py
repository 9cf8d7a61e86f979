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
    assert window.statusBar().currentMessage() == (
        "Push: 1 change sent; 1 needs attention (marked on its cell).")
    window.session.clear()
    window.close()
    await catalog.aclose()
