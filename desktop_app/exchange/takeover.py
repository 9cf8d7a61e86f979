"""A push that lost the store's push lease starts no more requests.

After a long stall (a laptop asleep) the lease expires and another process (the GUI, a
``desktop-app push``) takes it over; two pushers would then overwrite each other. The
push checks ``Takeover.happened`` before each request it starts: once it is true the
request is not sent and ``TakenOver`` is raised in its place, which the pushers handle
like a server that cannot be reached: the claimed rows go back to the queue (a settle the
new holder's claim refuses is refused) and the rest waits. Requests already on the wire
settle as usual.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from desktop_app.api.errors import ApiError
from desktop_app.i18n import translate


class TakenOver(ApiError):
    """This push's lease is held by another process: the request was not sent."""

    def __init__(self, server: str) -> None:
        super().__init__(translate("Push", "Another process took over the push."), server=server)


class Takeover:
    """Whether the lease was lost; ``check`` answers the store (None: never lost)."""

    def __init__(self, check: Callable[[], bool] | None = None) -> None:
        self._check = check
        self.happened = False

    def lost(self) -> bool:
        """True from the first time the check says the lease is someone else's."""
        if not self.happened and self._check is not None and self._check():
            self.happened = True
        return self.happened

    def guard(self, server: str, call: Any) -> None:
        """Raise ``TakenOver`` instead of starting ``call`` once the lease is lost."""
        if self.lost():
            if inspect.iscoroutine(call):
                call.close()  # never started: no "never awaited" warning
            raise TakenOver(server)
