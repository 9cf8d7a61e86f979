"""Push's re-read step, batched: one request reads the next few products' records.

Every product's edits are re-read right before they are written (read-compare-write).
Reading them one request each costs the server as much as the writes themselves, so the
first unit that needs a record reads it together with the records of the next
``size - 1`` products of the pass, in pass order; those units then find theirs ready.
A record is therefore at most ``size`` units old when its write goes out: a window of
well under a second, like the one between any re-read and its write (neither server
has optimistic concurrency). ``size=1`` is one read per product.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

Record = dict[str, Any]
ReadMany = Callable[[list[str]], Awaitable[dict[str, Record]]]


def _retrieve(future: asyncio.Future[Record | None]) -> None:
    # A unit that is skipped never awaits its future; do not warn about its error.
    if not future.cancelled():
        future.exception()


def _settle(futures: Iterable[asyncio.Future[Record | None]], exc: BaseException) -> None:
    """The batch read failed: each unit of it fails with the same error."""
    for future in futures:
        if future.done():
            continue
        if isinstance(exc, asyncio.CancelledError):
            future.cancel()
        else:
            future.set_exception(exc)


class BatchReader:
    """Records of one server, read ``size`` products at a time in the order of ``plan``."""

    def __init__(self, read_many: ReadMany, size: int) -> None:
        self._read_many = read_many
        self.size = max(1, size)
        self._order: list[str] = []
        self._position: dict[str, int] = {}
        self._requested: set[str] = set()
        self._futures: dict[str, asyncio.Future[Record | None]] = {}

    def plan(self, product_ids: list[str]) -> None:
        """Start a pass over ``product_ids``; records read in earlier passes are dropped."""
        self._order = list(product_ids)
        self._position = {pid: n for n, pid in enumerate(self._order)}
        self._requested = set()
        self._futures = {}

    async def record(self, product_id: str) -> Record | None:
        """The server's record of ``product_id`` (``None``: the server has none)."""
        future = self._futures.pop(product_id, None)
        if future is not None:
            return await future
        batch = [product_id, *self._following(product_id)]
        self._requested.update(batch)
        loop = asyncio.get_running_loop()
        waiting: dict[str, asyncio.Future[Record | None]] = {}
        for pid in batch[1:]:
            self._futures[pid] = waiting[pid] = loop.create_future()
            waiting[pid].add_done_callback(_retrieve)
        try:
            found = await self._read_many(batch)
        except BaseException as exc:
            _settle(waiting.values(), exc)
            raise
        for pid, future in waiting.items():
            if not future.done():
                future.set_result(found.get(pid))
        return found.get(product_id)

    def _following(self, product_id: str) -> list[str]:
        start = self._position.get(product_id)
        if start is None:
            return []
        following: list[str] = []
        for index in range(start + 1, len(self._order)):  # no slice: passes can be 100k long
            if len(following) >= self.size - 1:
                break
            if self._order[index] not in self._requested:
                following.append(self._order[index])
        return following
