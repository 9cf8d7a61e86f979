"""The outbox: every local edit, durable before any network call.

One entry per edited field, holding ``base`` (the server value the merchant saw),
``mine`` (their value) and, after a conflict, ``theirs``. States:

============  ===============================================================
``queued``    waiting to be pushed
``sending``   a push is under way (committed *before* the request, so a crash
              leaves it here and the next push re-runs read-compare-write)
``locked``    Payload answered 423; retried by the next push
``conflict``  the server changed the field differently; needs the merchant
``failed``    the server rejected the value (``message`` says why)
``done``      finished; ``outcome`` is sent|already|theirs|discarded
============  ===============================================================

A second edit of a field that has not been sent yet replaces ``mine`` and keeps
the first ``base``: the server still holds the value the merchant first saw.

Every change of ``mine`` bumps the row's ``version``. A push *claims* the rows it
sends (``claim``: state ``sending``, its run token, the value it sends added to
``inflight``) and *settles* them with the version it read: a row edited while its
request was on the wire is not marked done; it goes back to ``queued`` with the
sent value as its new base, so the newer value is pushed next. ``inflight`` lists
our own values that may have reached the server (a crash mid-request), so a
re-read that finds one of them is not taken for somebody else's change.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.store.db import transaction
from desktop_app.store.fields import owner

ACTIVE = ("queued", "sending", "locked", "conflict", "failed")
PUSHABLE = ("queued", "sending", "locked")
# States whose entry may absorb a newer edit of the same field (nothing in flight).
MERGEABLE = ("queued", "locked", "failed", "conflict")
# A row in flight absorbs a newer edit too, as a newer version (see settle).
ABSORBING = (*MERGEABLE, "sending")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    product_id: str
    server: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    state: str
    outcome: str | None
    message: str | None
    attempts: int
    created_at: str
    updated_at: str
    version: int = 1
    claim: str | None = None
    inflight: tuple[Any, ...] = ()  # our values that may already be on the server

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> OutboxEntry:
        return cls(
            seq=row["seq"],
            product_id=row["product_id"],
            server=row["server"],
            field=row["field"],
            base=json.loads(row["base"]) if row["base"] is not None else None,
            mine=json.loads(row["mine"]) if row["mine"] is not None else None,
            theirs=json.loads(row["theirs"]) if row["theirs"] is not None else None,
            state=row["state"],
            outcome=row["outcome"],
            message=row["message"],
            attempts=row["attempts"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            version=row["version"],
            claim=row["claim"],
            inflight=tuple(json.loads(row["inflight"])) if row["inflight"] else (),
        )

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Outbox:
    """Outbox operations on one connection. Every method commits before returning."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _commit_durably(self) -> None:
        # An edit must survive a power cut too, not just a crash: FULL fsyncs the WAL.
        self.conn.execute("PRAGMA synchronous=FULL")

    def record(
        self, product_id: str, changes: Mapping[str, Any], bases: Mapping[str, Any]
    ) -> list[int]:
        """Store edits ``{field: mine}`` with their ``bases``; returns the entry seqs."""
        for field in changes:
            owner(field)  # ValueError before anything is written
        stamp = now()
        with self.durable_transaction():
            return [self._record_field(product_id, field, mine, bases.get(field), stamp)
                    for field, mine in changes.items()]

    def _record_field(
        self, product_id: str, field: str, mine: Any, base_value: Any, stamp: str
    ) -> int:
        """One field's edit inside the caller's transaction; returns its entry seq."""
        row = self.conn.execute(
            f"""SELECT * FROM outbox WHERE product_id=? AND field=? AND state IN
                ({",".join("?" * len(ABSORBING))}) ORDER BY seq DESC LIMIT 1""",
            (product_id, field, *ABSORBING),
        ).fetchone()
        if row is None:
            cur = self.conn.execute(
                """INSERT INTO outbox (product_id, server, field, base, mine, state,
                       created_at, updated_at) VALUES (?,?,?,?,?,'queued',?,?)""",
                (product_id, owner(field), field, _dumps(base_value), _dumps(mine), stamp,
                 stamp),
            )
            return int(cur.lastrowid or 0)
        if row["state"] == "sending":
            # In flight: a newer version; the push settles the old one without losing it.
            self.conn.execute(
                "UPDATE outbox SET mine=?, version=version+1, updated_at=? WHERE seq=?",
                (_dumps(mine), stamp, row["seq"]))
            return int(row["seq"])
        # A conflicted entry that is edited again is resolved with the new
        # value against what the server has now.
        base = row["theirs"] if row["state"] == "conflict" else row["base"]
        self.conn.execute(
            """UPDATE outbox SET mine=?, base=?, theirs=NULL, state='queued', message=NULL,
               version=version+1, updated_at=? WHERE seq=?""",
            (_dumps(mine), base, stamp, row["seq"]),
        )
        return int(row["seq"])

    # ------------------------------------------------------------ claims
    def claim(self, product_id: str, server: str, token: str) -> list[OutboxEntry]:
        """Mark the product's pushable rows for ``server`` ``sending`` under ``token``.

        Read and marked in one transaction, committed before any request: what is
        returned is exactly what was claimed, with the versions to settle against.
        """
        with transaction(self.conn):
            rows = self.conn.execute(
                f"""SELECT * FROM outbox WHERE product_id=? AND server=? AND state IN
                    ({",".join("?" * len(PUSHABLE))}) ORDER BY seq""",
                (product_id, server, *PUSHABLE),
            ).fetchall()
            stamp = now()
            for row in rows:
                inflight = json.loads(row["inflight"]) if row["inflight"] else []
                mine = json.loads(row["mine"]) if row["mine"] is not None else None
                if mine not in inflight:
                    inflight.append(mine)
                self.conn.execute(
                    # The last try's error is stale once it is sent again; the
                    # send's own outcome sets a new message if it fails too.
                    """UPDATE outbox SET state='sending', claim=?, inflight=?, message=NULL,
                       attempts=attempts+1, updated_at=? WHERE seq=?""",
                    (token, _dumps(inflight), stamp, row["seq"]))
            seqs = [r["seq"] for r in rows]
            return [OutboxEntry.from_row(r) for r in self._rows(seqs)]

    def _rows(self, seqs: list[int]) -> list[sqlite3.Row]:
        if not seqs:
            return []
        return self.conn.execute(
            f"SELECT * FROM outbox WHERE seq IN ({','.join('?' * len(seqs))}) ORDER BY seq",
            seqs).fetchall()

    def settle(
        self,
        entry: OutboxEntry,
        state: str,
        *,
        outcome: str | None = None,
        message: str | None = None,
        theirs: Any = ...,
    ) -> bool:
        """End a claimed row's send; False when it was edited (or re-claimed) meanwhile.

        The version sent is still current: the row takes ``state``. It was edited in
        flight: the newer value stays pending (after a write the server holds the
        sent value, so that becomes its base). Claimed by another run: left alone.
        """
        with transaction(self.conn):
            row = self.conn.execute("SELECT * FROM outbox WHERE seq=?", (entry.seq,)).fetchone()
            if row is None or row["state"] != "sending" or row["claim"] != entry.claim:
                return False
            current = row["version"] == entry.version
            sets, args = ["claim=NULL", "updated_at=?"], [now()]
            if current or state not in ("done", "failed"):
                sets += ["state=?", "outcome=?", "message=?"]
                args += [state, outcome, message]
            else:
                sets += ["state='queued'", "outcome=NULL", "message=NULL"]
            # Our values in flight may be on the server until the row is done or the
            # server is found holding somebody else's (a conflict): a refused (locked,
            # failed) or lost (queued) request leaves it as the re-read found it, maybe
            # on one of them, which must not be taken for another's change next time.
            if state == "done" or (current and state == "conflict"):
                sets.append("inflight=NULL")
            if not current and state == "done":
                sets.append("base=?")  # the server holds what was sent
                args.append(_dumps(entry.mine))
            if theirs is not ...:
                sets.append("theirs=?")
                args.append(_dumps(theirs))
            self.conn.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE seq=?",
                              [*args, entry.seq])
            return current

    # ----------------------------------------------------------- queries
    def entries(
        self, states: Iterable[str] | None = ACTIVE, product_id: str | None = None
    ) -> list[OutboxEntry]:
        sql = "SELECT * FROM outbox WHERE 1=1"
        args: list[Any] = []
        if states is not None:
            states = list(states)
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args += states
        if product_id is not None:
            sql += " AND product_id=?"
            args.append(product_id)
        return [OutboxEntry.from_row(r) for r in self.conn.execute(sql + " ORDER BY seq", args)]

    def get(self, seq: int) -> OutboxEntry | None:
        row = self.conn.execute("SELECT * FROM outbox WHERE seq=?", (seq,)).fetchone()
        return None if row is None else OutboxEntry.from_row(row)

    def pushable_products(self) -> list[str]:
        """Products with something to push, in the order of their oldest edit."""
        rows = self.conn.execute(
            # Edits of a local draft wait for its create (operations_push.py).
            f"""SELECT product_id, MIN(seq) AS first FROM outbox WHERE state IN
                ({",".join("?" * len(PUSHABLE))}) AND product_id NOT LIKE 'local\\_%' ESCAPE '\\'
                GROUP BY product_id ORDER BY first""",
            PUSHABLE,
        )
        return [r["product_id"] for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT state, COUNT(*) AS n FROM outbox WHERE state != 'done' GROUP BY state"
        )
        return {r["state"]: r["n"] for r in rows}

    # ------------------------------------------------------- transitions
    def set_state(
        self,
        seqs: Iterable[int],
        state: str,
        *,
        outcome: str | None = None,
        message: str | None = None,
        theirs: Any = ...,
        base: Any = ...,
        mine: Any = ...,
        count_attempt: bool = False,
    ) -> None:
        """Move entries to ``state``; must run inside the caller's transaction or commits alone."""
        sets = ["state=?", "outcome=?", "message=?", "updated_at=?"]
        args: list[Any] = [state, outcome, message, now()]
        for column, value in (("theirs", theirs), ("base", base), ("mine", mine)):
            if value is not ...:
                sets.append(f"{column}=?")
                args.append(None if value is None and column == "theirs" else _dumps(value))
        if count_attempt:
            sets.append("attempts=attempts+1")
        with transaction(self.conn):
            for seq in seqs:
                self.conn.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE seq=?", [*args, seq])

    # ------------------------------------------------------------- batches
    @contextlib.contextmanager
    def durable_transaction(self) -> Iterator[None]:
        """One transaction whose COMMIT is fsynced (FULL); joins a caller's transaction.

        SQLite refuses to change ``synchronous`` inside a transaction, so the caller that
        opens the outermost transaction must use this to make it durable.
        """
        if self.conn.in_transaction:
            yield
            return
        self._commit_durably()
        try:
            with transaction(self.conn):
                yield
        finally:
            self.conn.execute("PRAGMA synchronous=NORMAL")

    def record_batch(
        self, edits: Iterable[tuple[str, Mapping[str, Any], Mapping[str, Any]]]
    ) -> dict[tuple[str, str], int]:
        """Record many products' edits ``(product_id, {field: mine}, bases)`` at once.

        All or nothing, in one durable transaction (one fsync for thousands of edits);
        returns ``{(product_id, field): seq}``.
        """
        edits = list(edits)
        for _, changes, _ in edits:
            for field in changes:
                owner(field)  # ValueError before anything is written
        stamp = now()
        seqs: dict[tuple[str, str], int] = {}
        with self.durable_transaction():
            for product_id, changes, bases in edits:
                for field, mine in changes.items():
                    seqs[(product_id, field)] = self._record_field(
                        product_id, field, mine, bases.get(field), stamp)
        return seqs

    def get_many(self, seqs: Iterable[int]) -> dict[int, OutboxEntry]:
        """Entries by seq, read in chunks (SQLite limits the number of bound values)."""
        wanted = sorted(set(seqs))
        found: dict[int, OutboxEntry] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            rows = self.conn.execute(
                f"SELECT * FROM outbox WHERE seq IN ({','.join('?' * len(part))})", part)
            found.update((r["seq"], OutboxEntry.from_row(r)) for r in rows)
        return found

    def latest_active(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """The newest active entry seq of each ``(product_id, field)`` that has one."""
        keys = set(keys)
        products = sorted({pid for pid, _ in keys})
        found: dict[tuple[str, str], int] = {}
        for start in range(0, len(products), 500):
            part = products[start : start + 500]
            rows = self.conn.execute(
                f"""SELECT product_id, field, MAX(seq) AS seq FROM outbox
                    WHERE product_id IN ({",".join("?" * len(part))})
                    AND state IN ({",".join("?" * len(ACTIVE))})
                    GROUP BY product_id, field""",
                (*part, *ACTIVE),
            )
            for r in rows:
                key = (r["product_id"], r["field"])
                if key in keys:
                    found[key] = int(r["seq"])
        return found
