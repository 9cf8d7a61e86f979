"""Cyclic garbage is collected on the GUI thread only, never in a worker that allocates."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject, QThread, QTimer

from desktop_app.ui.gc_guard import GuiThreadGc, MainThreadCollector
from tests.ui.qt_support import wait_until


class Cycle:
    def __init__(self) -> None:
        self.me = self


class TimerOwner(QObject):
    """A Qt object with a running timer, kept alive only by a reference cycle."""

    destroyed_in: ClassVar[list[object]] = []

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(10_000)
        self.me = self
        self.destroyed.connect(self._record)

    @staticmethod
    def _record() -> None:
        TimerOwner.destroyed_in.append(QThread.currentThread())


@pytest.fixture
def low_thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    yield
    gc.set_threshold(*saved)


def test_nothing_is_due_right_after_a_collection() -> None:
    gc.collect()
    assert MainThreadCollector().due() is None


def test_collects_the_young_generation_once_its_threshold_is_passed(low_thresholds) -> None:
    gc.collect()
    collector = MainThreadCollector()
    garbage = weakref.ref(Cycle())
    for _ in range(60):
        Cycle()
    assert garbage() is not None  # automatic collection is off
    assert collector.collect_due() == 0
    assert garbage() is None


def test_full_collections_are_spaced_out(low_thresholds) -> None:
    gc.collect()
    collector = MainThreadCollector(full_every_s=3600)
    generations = []
    for _ in range(20):
        for _ in range(60):
            Cycle()
        generations.append(collector.collect_due())
    assert 1 in generations and 2 not in generations
    assert MainThreadCollector(full_every_s=0).due() == 2  # gen 2's count is over by now


def test_start_turns_automatic_collection_off_and_stop_restores_it() -> None:
    gc.enable()
    try:
        guard = GuiThreadGc()
        guard.start()
        assert not gc.isenabled()
        guard.stop()
        assert gc.isenabled()
    finally:
        gc.disable()  # as the test session runs (tests/conftest.py)


async def test_a_worker_allocating_never_frees_qt_objects_off_the_gui_thread(
        low_thresholds) -> None:
    # Without the guard the worker's allocations would run the collector in the worker,
    # destroying the QObject there: Qt warns "Timers cannot be stopped from another thread".
    TimerOwner.destroyed_in.clear()
    guard = GuiThreadGc(tick_ms=5)
    guard.start()
    TimerOwner()
    worker = threading.Thread(target=lambda: [Cycle() for _ in range(200_000)])
    worker.start()
    worker.join()
    assert TimerOwner.destroyed_in == []  # the worker collected nothing
    await wait_until(lambda: TimerOwner.destroyed_in, 2, "the GUI thread's collection")
    guard.stop()
    assert TimerOwner.destroyed_in == [QThread.currentThread()]
