"""The open grid kept in step with its catalog (ui/grid/catalog_sync.py)."""

from __future__ import annotations

import itertools

from desktop_app.services.offline import Changes
from desktop_app.ui.grid import catalog_sync
from tests.grid.synthetic import product
from tests.ui.grid.helpers import cell


def test_rows_rebuilt_by_a_pull_are_shown_before_the_other_products_are_read(
        qtbot, catalog, open_grid, monkeypatch):
    """A product whose variants changed rebuilds the rows (indices move); the products
    still queued are read in later turns, and meanwhile each line must show, and take
    typing for, a variant of its product (it showed another, or failed to paint)."""
    window = open_grid(catalog)
    session = window.session
    monkeypatch.setattr(catalog_sync, "CHUNK", 1)  # one product per read
    ticks = itertools.chain([0.0, 0.0], itertools.repeat(1.0))  # one read, then no time
    monkeypatch.setattr(catalog_sync.time, "perf_counter", lambda: next(ticks))
    # A pull stored product 0 with a variant fewer and says every row may have changed.
    catalog._store.save_medusa([product(0, variants=3)])
    catalog._notify(Changes(rows_reset=True))
    window.sync._timer.stop()
    window.sync._turn()  # product 0 read (the rows rebuilt); the rest wait for later turns
    assert window.sync.busy
    arrangement = window.model.arrangement
    group = None
    for line in range(len(arrangement)):
        if (header := arrangement.group_at(line)) is not None:
            group = header.product_id
        else:
            assert session.rows[arrangement.row_at(line)].product_id == group, line
    line = arrangement.line_of(session.row_of("prod_000002", "variant_000002_01"))
    assert cell(window, line, "sku").data() == "SKU-000002-01"
    window.model.setData(cell(window, line, "price:eur"), "99")
    assert ("prod_000002", "variant_000002_01", "price:eur") in session.staged_cells
