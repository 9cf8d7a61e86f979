"""Heavy store writes on one worker thread, over a second connection to the same file.

A full pull saves thousands of rows and rebuilds their search text: a few hundred
milliseconds of CPU per batch. On the GUI's thread that freezes the window, so the
pull hands those writes here. WAL lets the GUI's connection keep reading (the last
commit) meanwhile, and SQLite's lock (30 s busy timeout) orders the two writers.
One thread, so the worker's connection is only ever used by the thread that made it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from desktop_app.store.catalog_store import CatalogStore

T = TypeVar("T")


class StoreWriter:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._store: CatalogStore | None = None

    async def run(self, work: Callable[[CatalogStore], T]) -> T:
        """Run ``work(store)`` on the worker; a cancelled caller does not stop a started write."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._call, work)

    def _call(self, work: Callable[[CatalogStore], T]) -> T:
        if self._store is None:
            self._store = CatalogStore.open(self._path)
        return work(self._store)

    def close(self) -> None:
        """Finish the queued writes, then close the worker's connection."""
        self._executor.submit(self._close_store)
        self._executor.shutdown(wait=True)

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
