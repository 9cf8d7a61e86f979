"""Per-server reachability, from call outcomes plus a cheap periodic probe.

Any HTTP answer (even 401 or 500) proves the server is reachable; only transport
failures (:class:`~desktop_app.api.errors.TransportError`: refused, broken,
timed out) make it unreachable. Observers are told about every change of state;
``on_back_online`` callbacks run when a server is found reachable after being
unreachable or not known yet (the façade pushes the outbox then: edits queued in an
earlier session, or before a setting was corrected, go as soon as the shop answers).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from desktop_app.api.errors import TransportError
from desktop_app.store.fields import MEDUSA, PAYLOAD, SERVERS

log = logging.getLogger(__name__)


class Reach(enum.StrEnum):
    UNKNOWN = "unknown"
    REACHABLE = "reachable"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class ReachChange:
    server: str
    before: Reach
    after: Reach
    message: str = ""


Observer = Callable[[ReachChange], None]
Probe = Callable[[], Awaitable[None]]


class Connectivity:
    def __init__(self) -> None:
        self._state = dict.fromkeys(SERVERS, Reach.UNKNOWN)
        self._messages = dict.fromkeys(SERVERS, "")
        self._observers: list[Observer] = []
        self._back_online: list[Callable[[str], Awaitable[None] | None]] = []
        self._task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[object]] = set()

    def state(self, server: str) -> Reach:
        return self._state[server]

    def message(self, server: str) -> str:
        return self._messages[server]

    def snapshot(self) -> dict[str, Reach]:
        return dict(self._state)

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def on_back_online(self, callback: Callable[[str], Awaitable[None] | None]) -> None:
        self._back_online.append(callback)

    # ------------------------------------------------------------ reports
    def _set(self, server: str, reach: Reach, message: str = "") -> None:
        before = self._state[server]
        self._state[server] = reach
        self._messages[server] = message
        if before == reach:
            return
        change = ReachChange(server, before, reach, message)
        for observer in list(self._observers):
            observer(change)
        if reach == Reach.REACHABLE:  # back, or reached for the first time
            for callback in list(self._back_online):
                result = callback(server)
                if asyncio.iscoroutine(result):
                    task = asyncio.ensure_future(result)
                    self._background.add(task)  # keep a reference until it finishes
                    task.add_done_callback(self._background.discard)

    def succeeded(self, server: str) -> None:
        self._set(server, Reach.REACHABLE)

    def failed(self, server: str, exc: BaseException) -> None:
        """Record a failed call: only transport errors mean "unreachable"."""
        if isinstance(exc, TransportError):
            self._set(server, Reach.UNREACHABLE, getattr(exc, "message", str(exc)))
        else:
            self._set(server, Reach.REACHABLE)

    async def observe(self, server: str, call: Awaitable[object]) -> object:
        """Await ``call`` and record its outcome for ``server``."""
        try:
            result = await call
        except Exception as exc:
            self.failed(server, exc)
            raise
        self.succeeded(server)
        return result

    # ------------------------------------------------------------- probes
    async def probe(self, probes: dict[str, Probe]) -> dict[str, Reach]:
        async def one(server: str, probe: Probe) -> None:
            with contextlib.suppress(Exception):  # recorded by observe()
                await self.observe(server, probe())

        await asyncio.gather(*(one(s, p) for s, p in probes.items()))
        return self.snapshot()

    def start(self, probes: dict[str, Probe], interval: float = 30.0) -> None:
        """Probe every ``interval`` seconds (more often while a server is unreachable)."""
        if self._task is not None:
            return

        async def loop() -> None:
            while True:
                await self.probe(probes)
                down = any(v == Reach.UNREACHABLE for v in self._state.values())
                await asyncio.sleep(min(interval, 5.0) if down else interval)

        self._task = asyncio.ensure_future(loop())

    async def stop(self) -> None:
        tasks = [t for t in (self._task, *self._background) if t is not None]
        self._task = None
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


__all__ = ["MEDUSA", "PAYLOAD", "Connectivity", "Reach", "ReachChange"]
