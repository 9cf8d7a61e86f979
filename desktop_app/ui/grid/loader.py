"""Reads the grid's rows after its first paint, a chunk per turn of the event loop.

Each turn reads as many products as take about ``BUDGET`` seconds (the chunk adapts
to the machine: a slow disk or a busy CPU reads fewer per turn), so the window stays
responsive while thousands of products come in behind the first screen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.grid.loading import GridLoader
from desktop_app.grid.session import GridSession

BUDGET = 0.008  # seconds per turn: half a frame, the rest for painting and input
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

    def _turn(self) -> None:
        started = time.perf_counter()
        start = len(self.session.rows)
        self.session.add_rows(self.loader.next_rows())
        took = time.perf_counter() - started
        # Aim the next chunk at the budget, changing by at most half or double.
        wanted = self.loader.chunk * BUDGET / max(took, 1e-4)
        self.loader.chunk = int(min(MOST, max(LEAST, min(wanted, self.loader.chunk * 2),
                                              self.loader.chunk // 2)))
        self.read.emit(start)
        if self.done:
            self.finished.emit()
        else:
            self._timer.start()
