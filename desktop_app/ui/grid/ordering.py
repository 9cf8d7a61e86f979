"""Sorting and filtering the grid between frames: ``view_order.arranging`` driven by a
zero timer, a slice per turn of the event loop, so 20,000 variants sort without the
window freezing. The view keeps its lines until the new arrangement is ready."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.grid.view_order import Arrangement


class Arranger(QObject):
    arranged = Signal(object)  # the Arrangement

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Iterator[Arrangement | None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._turn)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, job: Iterator[Arrangement | None]) -> None:
        """Arrange with ``job`` (a running one is dropped: its rows may have changed)."""
        self._job = job
        self._turn()

    def stop(self) -> None:
        self._job = None
        self._timer.stop()

    def _turn(self) -> None:
        job = self._job
        if job is None:
            return
        result = next(job)
        if result is None:
            self._timer.start()
            return
        self._job = None
        self.arranged.emit(result)
