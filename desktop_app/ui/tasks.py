"""One cancellable asyncio task per job (load, test, demo): starting anew cancels the old."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskSlot:
    def __init__(self, name: str) -> None:
        self._name = name
        self._task: asyncio.Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def start(
        self,
        coro: Coroutine[Any, Any, Any],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Cancel the running task (if any) and start ``coro`` in its place."""
        self.cancel()
        task = asyncio.ensure_future(coro)
        task.add_done_callback(lambda t: self._finished(t, on_error))
        self._task = task
        return task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def _finished(
        self, task: asyncio.Task[Any], on_error: Callable[[BaseException], None] | None
    ) -> None:
        if task is self._task:
            self._task = None
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            # The coroutines handle server failures themselves; this is a bug path.
            log.error("%s task failed", self._name, exc_info=exc)
            if on_error is not None:
                on_error(exc)
