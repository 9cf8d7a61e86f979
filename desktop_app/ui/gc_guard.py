"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate: during a pull
that is the store writer's thread. A Qt object whose last reference sits in a
collected cycle is then destroyed off the GUI thread ("QObject::~QObject: Timers
cannot be stopped from another thread") and PySide crashes soon after. So while the
GUI runs, automatic collection is off and the GUI thread collects on a timer, as
often as the default thresholds would (full collections at most every few seconds).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 100
FULL_EVERY_S = 5.0


class MainThreadCollector:
    """Collects the generations that are due, called from one (the GUI) thread."""

    def __init__(self, full_every_s: float = FULL_EVERY_S) -> None:
        self.full_every_s = full_every_s
        self._last_full = time.monotonic()

    def collect_due(self) -> int | None:
        """Collect the oldest generation over its threshold; returns it (None: nothing due)."""
        generation = self.due()
        if generation is None:
            return None
        gc.collect(generation)
        if generation == 2:
            self._last_full = time.monotonic()
        return generation

    def due(self) -> int | None:
        # Older generations' counts grow only as younger ones are collected, so look
        # from the oldest down, as CPython does.
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                if generation == 2 and not self._full_allowed():
                    continue
                return generation
        return None

    def _full_allowed(self) -> bool:
        # A full collection walks every object; spacing them keeps the GUI responsive.
        return time.monotonic() - self._last_full >= self.full_every_s


class GuiThreadGc(QObject):
    """Turns automatic collection off and collects on a timer of the GUI thread."""

    def __init__(self, parent: QObject | None = None, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.collector = MainThreadCollector()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.collector.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection (what the process had before ``start``)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
