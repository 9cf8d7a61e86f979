"""Server actions follow reachability: off, saying why, while their server is offline.

A button that reads from or writes to a server (Reload from server, Push now,
Override lock, Verify, Trigger sync, Add images…) does nothing useful while the
catalog's connectivity says that server cannot be reached: it is disabled and its
tooltip says which server is offline and that the action comes back with it. Edits
are never blocked: they wait in the outbox.

    gate = ServerGate(catalog, parent=window)
    gate.guard(button, (MEDUSA, PAYLOAD), "Read this product again now",
               allowed=lambda: not busy)    # the button's own condition
    gate.refresh()                          # after the owner's state changed

The gate listens to ``Changes.connectivity``; ``detach()`` stops it (also done when
the gate's parent is destroyed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.exchange.connectivity import Reach
from desktop_app.i18n import translate
from desktop_app.servers import Server
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.ui.offline.subscriptions import once

Servers = Iterable[str] | Callable[[], Iterable[str]]


def offline_reason(catalog: OfflineCatalog, servers: Iterable[str],
                   any_server: bool = False) -> str | None:
    """Why an action needing ``servers`` cannot run now, or None when it can.

    ``any_server``: the action is useful while one of them answers (a push sends
    each server its own edits).
    """
    needed = list(dict.fromkeys(servers))
    down = [Server(s).label for s in needed
            if catalog.connectivity.state(s) is Reach.UNREACHABLE]
    if not down or (any_server and len(down) < len(needed)):
        return None
    if len(down) == 1:
        return translate(
            "ServerGate", "{server} is offline: this is possible again when it is back."
        ).format(server=down[0])
    return translate(
        "ServerGate", "{first} and {second} are offline: this is possible again when they "
        "are back."
    ).format(first=", ".join(down[:-1]), second=down[-1])


@dataclass
class _Guarded:
    target: QWidget | QAction
    servers: Servers
    tip: str
    allowed: Callable[[], bool]
    any_server: bool

    def needed(self) -> Iterable[str]:
        return self.servers() if callable(self.servers) else self.servers


class ServerGate(QObject):
    def __init__(self, catalog: OfflineCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._guarded: list[_Guarded] = []
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.destroyed.connect(self._unsubscribe)

    def guard(self, target: QWidget | QAction, servers: Servers, tip: str,
              allowed: Callable[[], bool] = lambda: True, *, any_server: bool = False) -> None:
        """Enable ``target`` only while ``allowed()`` and none of ``servers`` (or of what
        ``servers()`` returns now) is known to be offline (``any_server``: not all)."""
        self._guarded.append(_Guarded(target, servers, tip, allowed, any_server))
        self.refresh()

    def reason(self, servers: Iterable[str], any_server: bool = False) -> str | None:
        return offline_reason(self.catalog, servers, any_server)

    def refresh(self) -> None:
        for guarded in self._guarded:
            if not shiboken6.isValid(guarded.target):
                continue
            why = self.reason(guarded.needed(), guarded.any_server)
            guarded.target.setEnabled(why is None and guarded.allowed())
            guarded.target.setToolTip(why or guarded.tip)

    def detach(self) -> None:
        self._unsubscribe()

    def _on_changes(self, changes: Changes) -> None:
        if changes.connectivity and shiboken6.isValid(self):
            self.refresh()
