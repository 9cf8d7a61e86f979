"""Operations: the outbox of everything that is not one field's new value.

A field edit (``outbox.py``) sets a value; an operation creates or deletes a product,
adds or removes a variant or an option, or sets a stock level. Each is durable
before any request, and is claimed and settled exactly like an outbox row: a push
marks it ``sending`` under its run token and commits before the request; it is
settled only if its ``version`` and claim are still the push's own, so an operation
changed while on the wire is sent again. ``sent`` says a request may have reached
the server: a replay first looks for what that request made (a product by handle
and marker, a variant by its marker) so nothing is made twice.

States as in the outbox: queued, sending, conflict, failed, done (outcome sent,
already, theirs, discarded). A failed operation stays active (its ``message`` and
``field`` say what the server refused) until it is changed or discarded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.store.db import transaction
from desktop_app.store.outbox import now

CREATE = "create"
DELETE = "delete"
VARIANT_ADD = "variant.add"
VARIANT_REMOVE = "variant.remove"
OPTION_ADD = "option.add"
OPTION_RENAME = "option.rename"
OPTION_REMOVE = "option.remove"
OPTION_VALUES = "option.values"
STOCK = "stock.set"
KINDS = (CREATE, DELETE, VARIANT_ADD, VARIANT_REMOVE, OPTION_ADD, OPTION_RENAME,
         OPTION_REMOVE, OPTION_VALUES, STOCK)

ACTIVE = ("queued", "sending", "conflict", "failed")
PUSHABLE = ("queued", "sending")
# The prefix of ids made on this machine (products and variants not yet on Medusa).
LOCAL_PREFIX = "local_"


def is_local(some_id: str | None) -> bool:
    return bool(some_id) and str(some_id).startswith(LOCAL_PREFIX)


# The values of an operation that may have reached the server (its requests' answers
# were not seen): a re-read finding one of them finds the app's own write, not another's.
INFLIGHT = "_inflight"


def _keep_inflight(new: dict[str, Any], old: Mapping[str, Any]) -> dict[str, Any]:
    if old.get(INFLIGHT):
        new[INFLIGHT] = list(old[INFLIGHT])
    return new


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Operation:
    seq: int
    product_id: str
    kind: str
    args: dict[str, Any]
    base: Any
    state: str
    outcome: str | None
    message: str | None
    field: str | None
    attempts: int
    version: int
    claim: str | None
    sent: bool
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Operation:
        return cls(
            seq=row["seq"], product_id=row["product_id"], kind=row["kind"],
            args=json.loads(row["args"]),
            base=json.loads(row["base"]) if row["base"] is not None else None,
            state=row["state"], outcome=row["outcome"], message=row["message"],
            field=row["field"], attempts=row["attempts"], version=row["version"],
            claim=row["claim"], sent=bool(row["sent"]), created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def key(self) -> tuple[str, ...]:
        """What the operation is about: a newer one about the same thing replaces it."""
        return op_key(self.kind, self.args, self.seq)


def op_key(kind: str, args: Mapping[str, Any], seq: int = 0) -> tuple[str, ...]:
    if kind == STOCK:
        return (kind, args["variant_id"], args["location_id"])
    if kind in (CREATE, DELETE):
        return (kind,)
    return (kind, str(seq))


class Operations:
    """Operation rows on one connection; every method joins or opens a transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(
        self, product_id: str, kind: str, args: Mapping[str, Any], base: Any = None
    ) -> int:
        """Queue an operation; one about the same thing still pending absorbs it."""
        if kind not in KINDS:
            raise ValueError(f"unknown operation {kind!r}")
        stamp = now()
        with transaction(self.conn):
            key = op_key(kind, args)
            for row in self._active_rows(product_id, kind):
                if Operation.from_row(row).key != key:
                    continue
                merged = _keep_inflight(dict(args), json.loads(row["args"]))
                if row["state"] in ("sending", "conflict"):
                    # On the wire: a newer version; settle() re-queues it. In conflict:
                    # still the merchant's to settle, now with their newer value.
                    self.conn.execute(
                        "UPDATE operations SET args=?, version=version+1, updated_at=? "
                        "WHERE seq=?", (_dumps(merged), stamp, row["seq"]))
                else:
                    self.conn.execute(
                        """UPDATE operations SET args=?, state='queued', message=NULL,
                           field=NULL, version=version+1, updated_at=? WHERE seq=?""",
                        (_dumps(merged), stamp, row["seq"]))
                return int(row["seq"])
            cur = self.conn.execute(
                """INSERT INTO operations (product_id, kind, args, base, state, created_at,
                       updated_at) VALUES (?,?,?,?,'queued',?,?)""",
                (product_id, kind, _dumps(dict(args)), _dumps(base), stamp, stamp))
            return int(cur.lastrowid or 0)

    def _active_rows(self, product_id: str, kind: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            f"""SELECT * FROM operations WHERE product_id=? AND kind=? AND state IN
                ({",".join("?" * len(ACTIVE))}) ORDER BY seq""",
            (product_id, kind, *ACTIVE)).fetchall()

    def update_args(self, seq: int, args: Mapping[str, Any]) -> None:
        """Change what a queued or refused operation sends; it is queued (again)."""
        with transaction(self.conn):
            self.conn.execute(
                """UPDATE operations SET args=?, state='queued', message=NULL, field=NULL,
                   version=version+1, updated_at=? WHERE seq=? AND state IN
                   ('queued','failed','conflict')""", (_dumps(dict(args)), now(), seq))

    def requeue(self, seq: int) -> None:
        """A failed or conflicted operation is tried again (its cause was fixed)."""
        with transaction(self.conn):
            self.conn.execute(
                """UPDATE operations SET state='queued', message=NULL, field=NULL,
                   version=version+1, updated_at=? WHERE seq=? AND state IN
                   ('failed','conflict')""", (now(), seq))

    # ------------------------------------------------------------ claims
    def claim(self, seqs: Iterable[int], token: str) -> list[Operation]:
        """Mark pushable operations ``sending`` under ``token``, committed before any request."""
        with transaction(self.conn):
            claimed = []
            for seq in seqs:
                cur = self.conn.execute(
                    f"""UPDATE operations SET state='sending', claim=?, message=NULL,
                        field=NULL, attempts=attempts+1, updated_at=? WHERE seq=? AND state IN
                        ({",".join("?" * len(PUSHABLE))})""",
                    (token, now(), seq, *PUSHABLE))
                if cur.rowcount:
                    claimed.append(seq)
            return [self._get(seq) for seq in claimed]

    def mark_sent(self, op: Operation, value: Any = None) -> None:
        """A request is about to leave: a replay must look before it makes anything.

        ``value`` (a stock quantity, say) is remembered as possibly on the server.
        """
        with transaction(self.conn):
            if value is not None:
                row = self.conn.execute("SELECT args FROM operations WHERE seq=?",
                                        (op.seq,)).fetchone()
                args = json.loads(row["args"])
                sent = args.setdefault(INFLIGHT, [])
                if value not in sent:
                    sent.append(value)
                self.conn.execute("UPDATE operations SET args=? WHERE seq=?",
                                  (_dumps(args), op.seq))
            self.conn.execute("UPDATE operations SET sent=1 WHERE seq=? AND claim=?",
                              (op.seq, op.claim))

    def settle(
        self,
        op: Operation,
        state: str,
        *,
        outcome: str | None = None,
        message: str | None = None,
        field: str | None = None,
        base: Any = ...,
    ) -> bool:
        """End a claimed operation's send; False when it changed (or was re-claimed) meanwhile."""
        with transaction(self.conn):
            row = self.conn.execute("SELECT * FROM operations WHERE seq=?",
                                    (op.seq,)).fetchone()
            if row is None or row["state"] != "sending" or row["claim"] != op.claim:
                return False
            current = row["version"] == op.version
            sets, args = ["claim=NULL", "updated_at=?"], [now()]
            # Somebody else's value is there: the merchant decides, with their newest value.
            if current or state == "conflict":
                sets += ["state=?", "outcome=?", "message=?", "field=?"]
                args += [state, outcome, message, field]
                if state in ("done", "failed", "conflict"):
                    sets.append("sent=0")
            else:
                sets += ["state='queued'", "outcome=NULL", "message=NULL", "field=NULL"]
            if base is not ...:
                sets.append("base=?")
                args.append(_dumps(base))
            self.conn.execute(f"UPDATE operations SET {', '.join(sets)} WHERE seq=?",
                              [*args, op.seq])
            return current

    def release(self, op: Operation, message: str | None = None) -> None:
        """Back to queued (server down, passing fault): the next push tries again."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE operations SET state='queued', claim=NULL, message=?, updated_at=? "
                "WHERE seq=? AND claim=?", (message, now(), op.seq, op.claim))

    def set_state(self, seq: int, state: str, *, outcome: str | None = None) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE operations SET state=?, outcome=?, claim=NULL, updated_at=? WHERE seq=?",
                (state, outcome, now(), seq))

    # ----------------------------------------------------------- queries
    def _get(self, seq: int) -> Operation:
        row = self.conn.execute("SELECT * FROM operations WHERE seq=?", (seq,)).fetchone()
        return Operation.from_row(row)

    def get(self, seq: int) -> Operation | None:
        row = self.conn.execute("SELECT * FROM operations WHERE seq=?", (seq,)).fetchone()
        return None if row is None else Operation.from_row(row)

    def entries(
        self, states: Iterable[str] | None = ACTIVE, product_id: str | None = None
    ) -> list[Operation]:
        sql, args = "SELECT * FROM operations WHERE 1=1", []
        if states is not None:
            states = list(states)
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args += states
        if product_id is not None:
            sql += " AND product_id=?"
            args.append(product_id)
        return [Operation.from_row(r) for r in self.conn.execute(sql + " ORDER BY seq", args)]

    def pushable(self) -> list[Operation]:
        return self.entries(PUSHABLE)

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT state, COUNT(*) AS n FROM operations WHERE state != 'done' GROUP BY state")
        return {r["state"]: r["n"] for r in rows}

    # ------------------------------------------------------------- ids
    def map_ids(self, mapping: Mapping[str, str]) -> None:
        """Local ids became server ids: remember them and move every reference over.

        Runs in the caller's transaction with the store of the created record, so an
        operation or edit is never left naming an id that no longer exists.
        """
        stamp = now()
        for local, server in mapping.items():
            self.conn.execute(
                "INSERT OR REPLACE INTO id_map (local_id, server_id, mapped_at) VALUES (?,?,?)",
                (local, server, stamp))
        for table in ("operations", "outbox"):
            for local, server in mapping.items():
                self.conn.execute(f"UPDATE {table} SET product_id=? WHERE product_id=?",
                                  (server, local))
        for local, server in mapping.items():
            # Field edits name variants in the field; operations in their args.
            self.conn.execute(
                "UPDATE outbox SET field='variants.' || ? || substr(field, ?) "
                "WHERE field LIKE ?",
                (server, len("variants.") + len(local) + 1, f"variants.{local}.%"))
        for row in self.conn.execute(
                f"""SELECT seq, args FROM operations WHERE state IN
                    ({",".join("?" * len(ACTIVE))})""", ACTIVE).fetchall():
            args = json.loads(row["args"])
            changed = False
            for key in ("variant_id", "option_id"):
                if args.get(key) in mapping:
                    args[key] = mapping[args[key]]
                    changed = True
            if changed:
                self.conn.execute("UPDATE operations SET args=? WHERE seq=?",
                                  (_dumps(args), row["seq"]))

    def discard(self, seqs: Iterable[int], message: str | None = None) -> None:
        """Settle operations as discarded (their product or variant went)."""
        with transaction(self.conn):
            for seq in seqs:
                self.conn.execute(
                    """UPDATE operations SET state='done', outcome='discarded', claim=NULL,
                       message=?, updated_at=? WHERE seq=?""", (message, now(), seq))

    def server_id(self, local_id: str) -> str | None:
        row = self.conn.execute("SELECT server_id FROM id_map WHERE local_id=?",
                                (local_id,)).fetchone()
        return None if row is None else str(row[0])
