"""A paste of 300 cells with 3 bad ones keeps the 297 and marks the 3, each with its
reason; the bad ones stay behind when the rest is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from tests.grid.synthetic import grid_catalog
from tests.ui.grid.helpers import CTRL, cell, click, key

PRICES = ["price:eur", "price:usd", "region:reg_eu"]
BAD = {(7, 0): "abc", (42, 1): "-5", (99, 2): "1,2,3"}  # (variant, column): text


@pytest.fixture
def shop(tmp_path):
    catalog = grid_catalog(tmp_path / "catalog.sqlite3", products=25, variants=4)
    yield catalog
    catalog.close_now()


def block() -> str:
    """100 rows × 3 prices as a spreadsheet copies them; three cells are no price."""
    return "".join("\t".join(BAD.get((r, c), f"{20 + r}.{c}5") for c in range(3)) + "\n"
                   for r in range(100))


def states(window):
    found: dict[str, list] = {}
    for line in range(window.model.rowCount()):
        if window.model.row_at(line) is None:
            continue
        for k in PRICES:
            index = cell(window, line, k)
            found.setdefault(index.data(STATE_ROLE), []).append(index)
    return found


def test_297_cells_are_kept_and_3_are_marked_with_their_reason(qtbot, shop, open_grid):
    window = open_grid(shop)
    ungroup = window.group_action
    ungroup.trigger()  # one flat list: variant n is line n
    qtbot.waitUntil(lambda: not window.model.arrangement.grouped)
    QApplication.clipboard().setText(block())
    click(window, 0, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    found = states(window)
    assert len(found[State.CHANGED]) == 297 and len(found[State.BAD]) == 3
    tips = {(i.row(), window.model.keys[i.column()]): i.data(Qt.ItemDataRole.ToolTipRole)
            for i in found[State.BAD]}
    assert tips == {
        (7, "price:eur"): "“abc” is not a number in English (United States) (the decimal "
                          "sign is “.”).",
        (42, "price:usd"): "A price cannot be negative.",
        (99, "region:reg_eu"): "“1,2,3” is not a number in English (United States) (the "
                               "decimal sign is “.”)."}
    bad = cell(window, 7, "price:eur")
    assert bad.data() == "abc"  # the text as pasted, to be fixed in place
    assert bad.data(Qt.ItemDataRole.ForegroundRole).name() == "#a3261c"
    assert cell(window, 8, "price:eur").data() == "28.05"
    assert window.attention_label.text() == "3 cells need attention"
    assert window.changed_label.text() == "297 cells changed, not saved"
    assert window.statusBar().currentMessage() == "Paste: 300 cells, 3 with errors"
    # F8 walks to each bad cell and says why.
    click(window, 0, "price:eur")
    key(window, Qt.Key.Key_F8)
    assert window.view.currentIndex() == bad
    assert window.statusBar().currentMessage().startswith("“abc” is not a number")
    key(window, Qt.Key.Key_F8)
    assert window.view.currentIndex() == cell(window, 42, "price:usd")


def test_the_bad_cells_stay_in_the_grid_when_the_rest_is_saved(qtbot, shop, open_grid):
    window = open_grid(shop)
    window.group_action.trigger()
    qtbot.waitUntil(lambda: not window.model.arrangement.grouped)
    QApplication.clipboard().setText(block())
    click(window, 0, "price:eur")
    key(window, Qt.Key.Key_V, CTRL)
    assert window.saver.save().startswith(
        "Saved 297 cells in 25 products to the outbox (grid edit #1); 3 cells with "
        "errors stay in the grid.")
    assert len(shop.outbox()) == 100  # one price list per variant
    qtbot.waitUntil(lambda: not window.sync.busy)
    found = states(window)
    assert len(found[State.BAD]) == 3 and len(found[State.PLAIN]) == 297
    assert window.session.value(8, "price:eur") == Decimal("28.05")
    assert window.attention_label.text() == "3 cells need attention"
    assert window.changed_label.text() == ""
    assert not window.review_action.isEnabled()  # nothing good left to save
