"""Keeps the grid in step with its catalog: products re-read after a save, an undo, a
push or a pull, and the servers' conflicts and refusals put on their cells.

The catalog tells what changed (``Changes``); the products concerned are read again a
slice per turn of the event loop (a pull touches them all), through the session's
``reread_rows`` so rows keep their places when the variants stay. Problems are read
from the outbox and operations in trouble only (a handful, whatever the outbox holds).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.grid.problems import TROUBLE, cell_problems
from desktop_app.grid.rows import variant_rows
from desktop_app.grid.session import CellKey, GridSession
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.ui.offline.subscriptions import once

BUDGET = 0.008  # seconds of re-reading per turn
CHUNK = 100  # products per read


class CatalogSync(QObject):
    problems_changed = Signal()
    rows_changed = Signal(bool)  # True: rebuilt (indices moved), False: in place

    def __init__(self, catalog: OfflineCatalog, session: GridSession,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.session = session
        self._queue: dict[str, None] = {}  # products to read again, in order
        # Cells saved to the outbox, by product: they leave the grid's staging when their
        # product is read again (the catalog then shows their value), not before, so a
        # saved cell never shows its old value in between.
        self._saved: dict[str, list[CellKey]] = {}
        self._rebuilt = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._turn)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.read_problems()

    def detach(self) -> None:
        self._timer.stop()
        self._unsubscribe()

    @property
    def busy(self) -> bool:
        return bool(self._queue)

    def read_problems(self) -> None:
        columns = list(self.session.columns.values())
        self.session.problems = cell_problems(columns, self.catalog.outbox(TROUBLE),
                                              self.catalog.operations(TROUBLE))

    def _on_changes(self, changes: Changes) -> None:
        if changes.rows_reset:
            self.reread(r.product_id for r in self.session.rows)
        elif changes.product_ids:
            self.reread(changes.product_ids)
        if changes.outbox or changes.rows_reset or changes.product_ids:
            self.read_problems()
            self.problems_changed.emit()

    def settle(self, cells: Iterable[CellKey]) -> None:
        """``cells`` were saved: unstage each once its product is read again."""
        for key in cells:
            self._saved.setdefault(key[0], []).append(key)
        self.reread(list(self._saved))

    def reread(self, product_ids: Iterable[str]) -> None:
        """Read these products again, in slices from the next turn on."""
        self._queue.update(dict.fromkeys(product_ids))
        if self._queue and not self._timer.isActive():
            self._timer.start()

    def finish(self) -> None:
        """Read everything queued now (before a save, which must see it)."""
        while self._queue:
            self._read(CHUNK * 10)
        self._done()

    def read_now(self, product_ids: Iterable[str]) -> None:
        """Read these products now (the merchant just changed them); others queued stay
        for the turns to come."""
        wanted = [pid for pid in product_ids if pid in self._queue]
        for start in range(0, len(wanted), CHUNK * 10):
            self._read(wanted[start:start + CHUNK * 10])
        if not self._queue:
            self._timer.stop()
            self._done()
        else:  # what was read shows at once (its lines made again if rows moved)
            rebuilt, self._rebuilt = self._rebuilt, False
            self.rows_changed.emit(rebuilt)

    def _turn(self) -> None:
        started = time.perf_counter()
        while self._queue and time.perf_counter() - started < BUDGET:
            self._read(CHUNK)
        if self._queue:
            self._between_turns()
            self._timer.start()
        else:
            self._done()

    def _between_turns(self) -> None:
        """Before the event loop runs with products still queued: rows rebuilt by this
        turn's reads have moved indices, so the view's lines are made again now; else a
        line would show, and typing there would change, another variant until the
        last turn."""
        if self._rebuilt:
            self._rebuilt = False
            self.rows_changed.emit(True)

    def _read(self, count_or_ids: int | list[str]) -> None:
        part = (list(self._queue)[:count_or_ids] if isinstance(count_or_ids, int)
                else count_or_ids)
        for pid in part:
            self._queue.pop(pid, None)
        rows = variant_rows(self.catalog.grid_products(part))
        self._rebuilt |= self.session.reread_rows(part, rows)
        settled = [key for pid in part for key in self._saved.pop(pid, ())]
        if settled:
            self.session.clear(settled)

    def _done(self) -> None:
        if self._saved:  # products gone meanwhile (deleted): nothing left to show
            self.session.clear([key for keys in self._saved.values() for key in keys])
            self._saved.clear()
        rebuilt, self._rebuilt = self._rebuilt, False
        self.rows_changed.emit(rebuilt)
