"""The store's part of drafts and publishing (issue 16, docs/drafts.md): each Payload
record's ``editorial`` (``draft_fields``), written where Payload's answer changed it.

No table of its own: the part lives in ``payload_docs.raw`` beside the content it
qualifies, so the merged view, the push's compare and the timeline read it with the record;
a record stored without it (a pull's read, a write's answer) keeps the stored one
(``records._KEEP``) until the next publication read replaces it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.store.draft_fields import EDITORIAL


def stored(
    conn: sqlite3.Connection, doc_ids: Iterable[str] | None = None
) -> dict[str, tuple[str | None, dict[str, Any] | None]]:
    """``{doc id: (medusa id, editorial part or None)}`` of the stored Payload docs."""
    sql = f"SELECT id, medusa_id, json_extract(raw, '$.{EDITORIAL}') AS part FROM payload_docs"
    if doc_ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        wanted = list(doc_ids)
        rows = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows += conn.execute(
                f"{sql} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
    return {r[0]: (r[1], json.loads(r[2]) if r[2] else None) for r in rows}


def stamps(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Each stored Payload doc's ``updated_at``: a read that began before a write stored
    a newer copy must not put its older state on it (``exchange/publishing_read.read_all``)."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, updated_at FROM payload_docs")}


def save(conn: sqlite3.Connection, parts: Mapping[str, dict[str, Any]]) -> set[str]:
    """Set the editorial part of these docs (``{doc id: part}``) where it differs from the
    stored one; returns the medusa ids of the products changed (their rows need a refresh)."""
    before = stored(conn, parts)
    changed: set[str] = set()
    for doc_id, part in parts.items():
        medusa_id, old = before.get(doc_id, (None, None))
        if doc_id not in before or old == part:
            continue
        conn.execute(
            f"UPDATE payload_docs SET raw=json_set(raw, '$.{EDITORIAL}', json(?)) WHERE id=?",
            (json.dumps(part, sort_keys=True), doc_id),
        )
        if medusa_id:
            changed.add(medusa_id)
    return changed


def drafts_known(conn: sqlite3.Connection, product_id: str | None = None) -> bool:
    """Whether the store read drafts from this shop: ``product_id``'s doc, or one of the
    oldest docs, carries an editorial part (a full read gives every stored doc one). A few
    rows, not a scan: a pull asks this on every shop, most without drafts."""
    found = conn.execute(
        f"SELECT 1 FROM (SELECT raw FROM payload_docs ORDER BY rowid LIMIT 20) "
        f"WHERE instr(raw, '\"{EDITORIAL}\"') > 0 LIMIT 1").fetchone()
    if found is None and product_id is not None:
        found = conn.execute(
            f"SELECT 1 FROM payload_docs WHERE medusa_id=? AND instr(raw, '\"{EDITORIAL}\"') > 0",
            (product_id,)).fetchone()
    return found is not None
