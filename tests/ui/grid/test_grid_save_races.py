"""Saving the grid when another process changed its cells meanwhile (``desktop-app``
in a terminal on the same profile): the grid's cells are not dropped and not written
over the other change; they stay staged, said so, based on the fresh row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.grid.cell_look import STATE_ROLE, State
from tests.grid.synthetic import PROFILE
from tests.ui.grid.helpers import CTRL, cell, click, key

FIELD = "variants.variant_000000_00.prices"


def terminal(catalog) -> OfflineCatalog:
    """A second process's catalog on the same store (the CLI on the same profile)."""
    return OfflineCatalog(CatalogStore.open(catalog.path), Shop(PROFILE, None, None))


def paste(window, line: int, key_: str, text: str) -> None:
    click(window, line, key_)
    QApplication.clipboard().setText(text)
    key(window, Qt.Key.Key_V, CTRL)


def test_cells_a_terminal_changed_meanwhile_stay_staged_and_the_save_says_so(
        qtbot, catalog, open_grid):
    window = open_grid(catalog)
    paste(window, 1, "price:eur", "21\n")  # variant 0 of product 0
    paste(window, 5, "price:eur", "31\n")  # variant 0 of product 1
    other = terminal(catalog)
    other.edit("prod_000000", {FIELD: [{"currency_code": "eur", "amount": 50}]})
    other.close_now()
    text = window.saver.save()
    assert "the cells of 1 product changed elsewhere since stay in the grid" in text
    edits = {(e.product_id, e.field): e.mine for e in catalog.outbox()}
    assert edits[("prod_000000", FIELD)] == [{"currency_code": "eur", "amount": 50}]
    assert ("prod_000001", "variants.variant_000001_00.prices") in edits
    qtbot.waitUntil(lambda: cell(window, 1, "price:eur").data(STATE_ROLE) == State.CHANGED)
    assert cell(window, 1, "price:eur").data(Qt.ItemDataRole.DisplayRole) == "21.00"
    # Saved again, on the fresh row: the grid's value now replaces the terminal's.
    window.saver.save()
    edits = {(e.product_id, e.field): e.mine for e in catalog.outbox()}
    assert edits[("prod_000000", FIELD)][0] == {"currency_code": "eur", "amount": 21}


def test_when_every_cell_changed_meanwhile_nothing_is_saved_and_nothing_is_lost(
        qtbot, catalog, open_grid):
    window = open_grid(catalog)
    paste(window, 1, "price:eur", "21\n")
    other = terminal(catalog)
    other.edit("prod_000000", {FIELD: [{"currency_code": "eur", "amount": 50}]})
    other.close_now()
    text = window.saver.save()
    assert text.startswith("Nothing saved: Every product changed since the preview")
    assert [e.mine for e in catalog.outbox()] == [[{"currency_code": "eur", "amount": 50}]]
    assert cell(window, 1, "price:eur").data(STATE_ROLE) == State.CHANGED
