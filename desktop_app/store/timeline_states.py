"""The states of each product the store has seen, for its timeline (issue 16, migration 9).

``remember`` runs where the store saves server copies (``records.upsert_medusa`` and
``upsert_payload``: pulls, refreshes, the re-read after a push, a create's answer), inside the
same transaction. Per copy it looks up the head row of its product and server and hashes the
editable content (``timeline.content``; a Payload description is hashed from the text the
upsert just wrote, not dumped again): the same hash costs nothing more (no write), a new one
adds a state, unless the upsert kept a newer copy instead (a read that left before a push's
write and landed after it): what the store holds is what the timeline holds. A Payload copy
with the ``updatedAt`` of the last state is that same write (Payload moves it on every write,
even an empty one): not even hashed. Medusa keeps a product's ``updated_at`` when only its
variants change, so its copies are always hashed. The last ``KEEP`` states per product and
server are kept; older ones are let go, and the head counts them for the timeline's note.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.store.operations import is_local
from desktop_app.store.outbox import now
from desktop_app.timeline.content import content_hash, content_of, dump

KEEP = 100  # states kept per product and server


class LazyContent(Mapping[str, Any]):
    """A state's content, decoded on first use: a timeline lists a hundred states of a long
    description and a diff reads two of them."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: dict[str, Any] | None = None

    def _decoded(self) -> dict[str, Any]:
        if self._value is None:
            self._value = json.loads(self._text)
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self._decoded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())


@dataclass(frozen=True)
class SeenState:
    id: int
    product_id: str
    server: str
    doc_id: str
    hash: str
    content: Mapping[str, Any]  # {field: value}, decoded when first read
    server_at: str | None
    seen_at: str


@dataclass(frozen=True)
class Dropped:
    """States of one server let go to keep the history bounded."""

    server: str
    count: int
    until: str | None  # seen_at of the newest one let go


def _product_id(server: str, record: Mapping[str, Any]) -> str | None:
    pid = record.get("id") if server == MEDUSA else record.get("medusa_id")
    if not pid or is_local(str(pid)):  # a draft made here is no server's state
        return None
    return str(pid)


def remember(conn: sqlite3.Connection, server: str, records: Iterable[Mapping[str, Any]]) -> int:
    """Record the copies whose content changed; returns how many states were added.

    Runs in the caller's transaction (the upsert's), so a state and its copy commit together.
    """
    added = 0
    stamp = now()
    for record in records:
        pid = _product_id(server, record)
        if pid is None:
            continue
        server_at = record.get("updated_at")
        head = conn.execute(
            "SELECT hash, server_at, kept FROM timeline_heads WHERE product_id=? AND server=?",
            (pid, server),
        ).fetchone()
        if (server == PAYLOAD and head is not None and server_at is not None
                and server_at == head["server_at"]):
            continue  # the same Payload write (every write moves updatedAt): nothing to hash
        stored = _stored(conn, server, record)
        if stored is None or stored["updated_at"] != server_at or (
                server == MEDUSA and stored["variants"] != _variants_text(record)):
            continue  # the upsert kept a newer copy: what the store holds, the timeline holds
        content = content_of(server, record)
        text = stored["description"] if server == PAYLOAD else None
        digest = content_hash(content, (text or "null") if server == PAYLOAD else None)
        if head is not None and head["hash"] == digest:
            continue
        conn.execute(
            """INSERT INTO timeline_states (product_id, server, doc_id, hash, content,
                   server_at, seen_at) VALUES (?,?,?,?,?,?,?)""",
            (pid, server, str(record.get("id")), digest, _content_text(content, text),
             server_at, stamp),
        )
        kept = (head["kept"] if head is not None else 0) + 1
        conn.execute(
            """INSERT INTO timeline_heads (product_id, server, hash, server_at, kept)
               VALUES (?,?,?,?,?)
               ON CONFLICT(product_id, server) DO UPDATE SET hash=excluded.hash,
                 server_at=excluded.server_at, kept=excluded.kept""",
            (pid, server, digest, server_at, kept),
        )
        if kept > KEEP:
            _let_go(conn, pid, server, kept - KEEP)
        added += 1
    return added


def _stored(conn: sqlite3.Connection, server: str, record: Mapping[str, Any]
            ) -> sqlite3.Row | None:
    """The copy the upsert left: its ``updated_at`` (and Payload's description text)."""
    if server == MEDUSA:  # one product stamp, newer variants (records._MEDUSA_NOT_OLDER)
        sql = "SELECT updated_at, variants, NULL AS description FROM medusa_products WHERE id=?"
    else:
        sql = "SELECT updated_at, description FROM payload_docs WHERE id=?"
    return conn.execute(sql, (str(record.get("id")),)).fetchone()


def _variants_text(record: Mapping[str, Any]) -> str | None:
    """The variants as the upsert stores them (``records._dumps``)."""
    variants = record.get("variants")
    return None if variants is None else json.dumps(variants, ensure_ascii=False,
                                                    sort_keys=True)


def _content_text(content: Mapping[str, Any], description: str | None) -> str:
    """The content as JSON, the description spliced in from the store's own text."""
    if description is None or "description" not in content:
        return dump(dict(content))
    rest = dump({k: v for k, v in content.items() if k != "description"})
    return '{"description":' + description + ("," + rest[1:] if rest != "{}" else "}")


def _let_go(conn: sqlite3.Connection, pid: str, server: str, count: int) -> None:
    old = conn.execute(
        "SELECT id, seen_at FROM timeline_states WHERE product_id=? AND server=? "
        "ORDER BY id LIMIT ?",
        (pid, server, count),
    ).fetchall()
    conn.executemany("DELETE FROM timeline_states WHERE id=?", [(r["id"],) for r in old])
    conn.execute(
        """UPDATE timeline_heads SET kept=kept-?, dropped=dropped+?, dropped_until=?
           WHERE product_id=? AND server=?""",
        (len(old), len(old), old[-1]["seen_at"], pid, server),
    )


def load(conn: sqlite3.Connection, product_id: str) -> list[SeenState]:
    """The product's states of both servers, oldest first (in the order they were seen)."""
    rows = conn.execute(
        "SELECT * FROM timeline_states WHERE product_id=? ORDER BY id", (product_id,)
    ).fetchall()
    return [
        SeenState(row["id"], row["product_id"], row["server"], row["doc_id"], row["hash"],
                  LazyContent(row["content"]), row["server_at"], row["seen_at"])
        for row in rows
    ]


def dropped(conn: sqlite3.Connection, product_id: str) -> list[Dropped]:
    rows = conn.execute(
        "SELECT server, dropped, dropped_until FROM timeline_heads "
        "WHERE product_id=? AND dropped > 0 ORDER BY server",
        (product_id,),
    ).fetchall()
    return [Dropped(r["server"], r["dropped"], r["dropped_until"]) for r in rows]
