"""A named lease in the store: one holder at a time, across processes.

One pusher per store: the GUI and a ``desktop-app push`` in a terminal open the same
file, and two pushers would claim the same outbox rows. The holder renews the
lease while it works; a holder that crashed stops renewing, so its lease expires
and the next pusher takes over (it never blocks forever). Time is the wall clock,
the one clock that processes share.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.store.db import transaction

PUSH = "push"
DEFAULT_TTL = 30.0


def new_owner() -> str:
    """``host:pid:token``: who holds it, for the message shown to whoever waits."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Holder:
    owner: str
    expires_at: float

    @property
    def pid(self) -> str:
        parts = self.owner.split(":")
        return parts[1] if len(parts) >= 3 else "?"


class Lease:
    def __init__(
        self,
        conn: sqlite3.Connection,
        name: str,
        owner: str,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.conn = conn
        self.name = name
        self.owner = owner
        self.ttl = ttl
        self._clock = clock

    def acquire(self) -> Holder | None:
        """Take the lease if it is free, expired or ours; else return its holder."""
        now = self._clock()
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT owner, expires_at FROM leases WHERE name=?", (self.name,)).fetchone()
            if row is not None and row["owner"] != self.owner and row["expires_at"] > now:
                return Holder(row["owner"], row["expires_at"])
            self.conn.execute(
                "INSERT OR REPLACE INTO leases (name, owner, expires_at) VALUES (?,?,?)",
                (self.name, self.owner, now + self.ttl))
        return None

    def renew(self) -> bool:
        """Extend our lease; False if it was lost (expired and taken by another)."""
        with transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE leases SET expires_at=? WHERE name=? AND owner=?",
                (self._clock() + self.ttl, self.name, self.owner))
        return cur.rowcount == 1

    def held(self) -> bool:
        """Still ours: expired but not taken counts (the next renew keeps it)."""
        row = self.conn.execute("SELECT owner FROM leases WHERE name=?",
                                (self.name,)).fetchone()
        return row is not None and row["owner"] == self.owner

    def release(self) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM leases WHERE name=? AND owner=?",
                              (self.name, self.owner))

    def holder(self) -> Holder | None:
        row = self.conn.execute(
            "SELECT owner, expires_at FROM leases WHERE name=?", (self.name,)).fetchone()
        if row is None or row["expires_at"] <= self._clock():
            return None
        return Holder(row["owner"], row["expires_at"])
