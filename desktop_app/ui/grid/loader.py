"""Reads the grid's rows after its first paint, a chunk per turn of the event loop.

Each turn reads as many products as take about ``BUDGET`` seconds (the chunk adapts
to the machine: a slow disk or a busy CPU reads fewer per turn), so the window stays
responsive while thousands of products come in behind the first screen. The rows read
are announced (``read``) every ``SHOW_EVERY`` seconds rather than every turn: each
announcement adds lines to the table, which repaints it, and the new lines are below
the screen anyway.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.grid.loading import GridLoader
from desktop_app.grid.session import GridSession
from desktop_app.ui.grid import gc_freeze

BUDGET = 0.006  # seconds per turn: a third of a frame, the rest for painting and input
SHOW_EVERY = 0.1  # seconds between two announcements of the rows read
LEAST, MOST = 10, 400  # products per turn


class ChunkedLoad(QObject):
    read = Signal(int)  # rows were added from this session row index on
    finished = Signal()

    def __init__(self, session: GridSession, loader: GridLoader,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loader = loader
        self.loader.chunk = 50  # adapted after the first turn
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._turn)
        # An announcement is a turn of its own: reading and showing each fit a frame.
        self._announcer = QTimer(self, singleShot=True, interval=0)
        self._announcer.timeout.connect(self._announce_turn)
        self._unannounced = len(session.rows)  # the first row not announced yet
        self._announced_at = time.perf_counter()

    @property
    def done(self) -> bool:
        return self.loader.done

    @property
    def progress(self) -> tuple[int, int]:
        """(products read, products in all)."""
        return self.loader.position, len(self.loader.ids)

    def start(self) -> None:
        if self.done:
            self.finished.emit()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._announcer.stop()

    def _turn(self) -> None:
        started = time.perf_counter()
        self.session.add_rows(self.loader.next_rows())
        gc_freeze.freeze()  # before the collector walks thousands of new rows (gc_freeze)
        took = time.perf_counter() - started
        # Aim the next chunk at the budget, changing by at most half or double.
        wanted = self.loader.chunk * BUDGET / max(took, 1e-4)
        self.loader.chunk = int(min(MOST, max(LEAST, min(wanted, self.loader.chunk * 2),
                                              self.loader.chunk // 2)))
        if self.done or started - self._announced_at >= SHOW_EVERY:
            self._announcer.start()  # then the next read
        else:
            self._timer.start()

    def _announce_turn(self) -> None:
        self.announce()
        if self.done:
            self.finished.emit()
        else:
            self._timer.start()

    def announce(self) -> None:
        """Say which rows were read since the last time (the grid shows them)."""
        start, self._unannounced = self._unannounced, len(self.session.rows)
        self._announced_at = time.perf_counter()
        if start < self._unannounced:
            self.read.emit(start)
