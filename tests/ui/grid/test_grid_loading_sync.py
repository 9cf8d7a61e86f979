"""A pull landing while the grid still reads its rows after the first paint
(ui/grid/loader.py with ui/grid/catalog_sync.py)."""

from __future__ import annotations

from collections import Counter

from desktop_app.grid.loading import product_ids
from desktop_app.services.offline import Changes
from desktop_app.ui.grid import GridWindow, loader
from tests.grid.synthetic import grid_catalog, product


def test_a_pull_changing_variants_while_rows_are_read_shows_each_variant_once(
    qtbot, tmp_path, monkeypatch
):
    """The first chunk is shown, the next is read but not announced yet, and a pull
    adds a variant to a product shown: the rebuilt lines already hold the rows read,
    so the loader's next announcement must not add them a second time."""
    catalog = grid_catalog(tmp_path / "catalog.sqlite3", products=260, variants=2)
    monkeypatch.setattr(loader, "SHOW_EVERY", 3600.0)  # the turn below announces nothing
    window = GridWindow(catalog, product_ids(catalog), "All products")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.clear())
    first = len(window.session.rows)  # the first chunk, painted at once
    window.load._turn()  # more rows read behind it, not announced yet
    window.load._timer.stop()
    assert len(window.session.rows) > first and not window.load.done
    assert len(window.model.arrangement.rows) == first

    catalog._store.save_medusa([product(0, variants=3)])  # a pull: a variant more
    catalog._notify(Changes(product_ids=frozenset({"prod_000000"})))
    qtbot.waitUntil(lambda: not window.sync.busy)
    window.load.start()
    qtbot.waitUntil(lambda: window.load.done and not window.order.busy)

    arrangement = window.model.arrangement
    shown = Counter(window.session.rows[r].key for r in arrangement.rows)
    assert [key for key, n in shown.items() if n > 1] == []
    assert len(arrangement.rows) == len(window.session.rows) == 260 * 2 + 1
    headers = Counter(g.product_id for g in arrangement.groups)
    assert len(headers) == 260 and max(headers.values()) == 1
    window.session.clear()
    catalog.close_now()
