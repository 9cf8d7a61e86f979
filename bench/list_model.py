"""Opening the offline list over 100,000 products: lazy paged model vs load-everything.

Times what the merchant waits for when the Offline catalog window opens: model
construction (one COUNT) plus the data of the rows a 1000 px high table shows,
painted by a real QTableView (offscreen). The baseline, in the same run, is the
classic approach: read every row into a Python list and serve it from a list model.

Target: ≤ 0.3 s for 100,000 rows.

    .venv/bin/python bench/list_model.py [--products 100000] [--db /tmp/bench.sqlite3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from synthetic_catalog import build  # noqa: E402

from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.store import CatalogStore, SearchQuery, SearchRow  # noqa: E402
from desktop_app.ui.offline.list_model import Col, StoreListModel, _display  # noqa: E402

ROUNDS = 7


class ListModel(QAbstractTableModel):
    """Baseline: every row in memory, as the main window's model does it."""

    def __init__(self, rows: list[SearchRow]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(Col)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _display(self.rows[index.row()], Col(index.column()))


def paint(view: QTableView, model: QAbstractTableModel) -> int:
    """Attach, lay out and render the view once; returns the rows it asked for."""
    view.setModel(model)
    view.grab()  # a full render of the visible rows, like the first paint on screen
    return view.rowAt(view.viewport().height() - 1) + 1


def time_open(make: Any, view: QTableView) -> tuple[float, float, int]:
    started = time.perf_counter()
    model = make()
    built = time.perf_counter() - started
    visible = paint(view, model)
    total = time.perf_counter() - started
    view.setModel(None)
    return built, total, visible


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse/keep the synthetic store here")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "catalog.sqlite3"
    if path.exists():
        store = CatalogStore.open(path)
        print(f"reusing {path} ({store.product_count()} products)")
    else:
        store = build(path, args.products)
    catalog = OfflineCatalog(store)
    total_rows = catalog.count(SearchQuery())

    app = QApplication.instance() or QApplication([])
    view = QTableView()
    view.resize(1400, 1000)
    view.verticalHeader().setDefaultSectionSize(34)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.show()
    app.processEvents()

    lazy, base = [], []
    made: list[StoreListModel] = []

    def make_lazy() -> StoreListModel:
        made.append(StoreListModel(catalog))
        return made[-1]

    for _ in range(ROUNDS):
        lazy.append(time_open(make_lazy, view))
        made[-1].detach()
        base.append(time_open(lambda: ListModel(catalog.rows(SearchQuery(), 0, total_rows)),
                              view))

    def fmt(samples: list[tuple[float, float, int]], i: int) -> str:
        values = [s[i] * 1000 for s in samples]
        return f"median {statistics.median(values):8.1f} ms   max {max(values):8.1f} ms"

    print(f"\n{total_rows:,} products, {ROUNDS} rounds, {lazy[-1][2]} rows visible")
    print(f"  paged model   construct   {fmt(lazy, 0)}")
    print(f"  paged model   first paint {fmt(lazy, 1)}   ({made[-1].pages_fetched} page(s) read)")
    print(f"  list baseline construct   {fmt(base, 0)}")
    print(f"  list baseline first paint {fmt(base, 1)}")
    lazy_med = statistics.median(s[1] for s in lazy)
    base_med = statistics.median(s[1] for s in base)
    print(f"  ratio (baseline / paged, first paint): {base_med / lazy_med:.1f}x")
    ok = max(s[1] for s in lazy) <= 0.3
    print(f"  target ≤ 300 ms for the paged model: {'met' if ok else 'MISSED'}")
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
