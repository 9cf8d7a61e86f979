"""Translations in the store (issue 16): the setup, the read cursors, marks and status.

Schema migration 10's tables (``translation_settings``, ``translation_marks``,
``translation_status``); the values themselves are kept in the server records
(``locale_fields``): ``payload_docs.raw`` ``$.locales`` and ``medusa_products.raw``
``$.translations``. A product read without them (a pull on a shop before its setup was
known, a push's answer, Medusa's answer to a structure change) keeps the stored ones
(``records.upsert_*``); the translation reads (``exchange/translations_read.py``) replace
them.

Marks and status follow the records as the merchant sees them (pending edits applied):
``records.refresh_rows`` hands every rebuilt product to a ``Tracker``, which records the marks
its translations need and its status per locale, and gives the locales that are done to the
quality facts (``l``). Without a setup there is no tracker: nothing of this runs.

Writes join the caller's transaction; the shop's catalog is the only writer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from desktop_app.quality import stored as quality_stored
from desktop_app.store.outbox import now

if TYPE_CHECKING:
    from desktop_app.translations import setup as setups
    from desktop_app.translations import status as statuses_of


def _setups() -> ModuleType:
    # Imported when used: desktop_app.translations reads fields through the store package,
    # whose loading imports this module (refresh_rows' tracker).
    from desktop_app.translations import setup

    return setup


def _statuses() -> ModuleType:
    from desktop_app.translations import status

    return status

SETUP, PAYLOAD_CURSOR, MEDUSA_CURSOR = "setup", "payload_cursor", "medusa_cursor"
MARKS_KEPT = 8  # marks per product and field: earlier values a discard may bring back
_CHUNK = 500


def _setting(conn: sqlite3.Connection, key: str) -> Any:
    row = conn.execute("SELECT value FROM translation_settings WHERE key=?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def _put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    if value is None:
        conn.execute("DELETE FROM translation_settings WHERE key=?", (key,))
        return
    conn.execute(
        "INSERT INTO translation_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, json.dumps(value, sort_keys=True)))


def setup(conn: sqlite3.Connection) -> setups.TranslationSetup | None:
    """The shop's setup as last detected (None: nothing to translate, or never detected)."""
    found = _setting(conn, SETUP)
    return None if found is None else _setups().TranslationSetup.from_json(found)


def save_setup(conn: sqlite3.Connection, new: setups.TranslationSetup | None) -> bool:
    """Keep ``new``; True when it differs from the stored one. Then the translation reads
    start over (full reads), every status is judged again (the caller rebuilds the rows),
    and the quality rule "every locale" takes the new locales."""
    before = _setting(conn, SETUP)
    after = new.to_json() if new is not None else None
    if before == after:
        return False
    _put(conn, SETUP, after)
    if new is not None and set(new.medusa_read_fields) - set(_read_fields(before)):
        # Records stored so far lack the new source (material): the next pull reads all.
        conn.execute("UPDATE sync_cursors SET cursor = NULL WHERE server = 'medusa'")
    _put(conn, PAYLOAD_CURSOR, None)
    _put(conn, MEDUSA_CURSOR, None)
    conn.execute("DELETE FROM translation_status")
    quality_stored.save_locales(conn, new.codes if new is not None else ())
    return True


def _read_fields(stored: Any) -> tuple[str, ...]:
    return () if stored is None else _setups().TranslationSetup.from_json(stored).medusa_read_fields


def medusa_read_fields(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Product fields Medusa reads add because the shop translates them (``material``)."""
    found = setup(conn)
    return () if found is None else found.medusa_read_fields


def cursor(conn: sqlite3.Connection, key: str) -> str | None:
    value = _setting(conn, key)
    return value if isinstance(value, str) else None


def save_cursor(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    _put(conn, key, value)


# ------------------------------------------------------------------ values
def store_payload_locales(
    conn: sqlite3.Connection, docs: Iterable[tuple[str, dict[str, Any]]],
    stamps: Mapping[str, str] | None = None,
) -> tuple[set[str], set[str]]:
    """Keep each Payload doc's per-locale values (``(doc id, locales)``), replacing the
    stored ones, but not over a copy stored since that is newer than the one read (its
    ``updatedAt`` in ``stamps``): a read that left before a push's locale write and is
    stored after its answer. Returns the products (medusa ids) whose rows need a refresh,
    and the docs not stored yet (their values wait for the next read)."""
    affected: set[str] = set()
    missing: set[str] = set()
    stamps = stamps or {}
    for doc_id, locales in docs:
        row = conn.execute("SELECT medusa_id FROM payload_docs WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            missing.add(doc_id)
            continue
        read_at = stamps.get(doc_id)
        conn.execute("UPDATE payload_docs SET raw=json_set(raw, '$.locales', json(?)) WHERE id=? "
                     "AND (? IS NULL OR updated_at IS NULL OR updated_at <= ?)",
                     (json.dumps(locales), doc_id, read_at, read_at))
        if row["medusa_id"]:
            affected.add(row["medusa_id"])
    return affected, missing


# The local time a push stored a Medusa translation it wrote (store_medusa_translations).
PUSHED_AT = "pushed_at"


def store_medusa_translations(
    conn: sqlite3.Connection, products: Mapping[str, Mapping[str, Any]], *, whole: bool,
    read_since: str | None = None,
) -> set[str]:
    """Keep Medusa's translations per product (``{product id: {locale: {"id", "values"}}}``):
    ``whole`` replaces a product's translations, else the locales given are replaced and
    the others kept (an incremental read). Returns the products stored; one not stored yet
    is left out (its translations wait for the next read).

    A push stores what it wrote with ``PUSHED_AT`` (the local clock: Medusa's batch answers
    no stamp and moves no product's); a read that began at ``read_since`` (that clock)
    before it keeps that locale as pushed, not what it read before the write landed."""
    affected: set[str] = set()
    for product_id, locales in products.items():
        row = conn.execute("SELECT json_extract(raw, '$.translations') FROM medusa_products "
                           "WHERE id=?", (product_id,)).fetchone()
        if row is None:
            continue
        stored = {} if row[0] is None else json.loads(row[0])
        kept = {} if whole else dict(stored)
        if read_since is not None:
            kept.update({code: entry for code, entry in stored.items()
                         if isinstance(entry, dict)
                         and str(entry.get(PUSHED_AT) or "") >= read_since})
            locales = {code: entry for code, entry in locales.items() if code not in kept
                       or str(kept[code].get(PUSHED_AT) or "") < read_since}
        conn.execute("UPDATE medusa_products SET raw=json_set(raw, '$.translations', json(?)) "
                     "WHERE id=?", (json.dumps({**kept, **locales}), product_id))
        affected.add(product_id)
    return affected


def translated_products(conn: sqlite3.Connection) -> set[str]:
    """Medusa products whose stored record holds translations."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM medusa_products WHERE json_type(raw, '$.translations') = 'object' "
        "AND raw->'$.translations' != '{}'")}


# ------------------------------------------------------------------ marks and status
@dataclass(frozen=True)
class StatusRow:
    product_id: str
    locale: str
    status: str
    fields: dict[str, str]


class Tracker:
    """Marks and status of the products ``refresh_rows`` rebuilds, one chunk at a time."""

    def __init__(self, conn: sqlite3.Connection, setup: setups.TranslationSetup) -> None:
        self.conn = conn
        self.setup = setup
        self._marks: dict[str, dict[tuple[str, str], str]] = {}
        self._evaluations: dict[str, statuses_of.Evaluation] = {}

    @classmethod
    def for_rows(cls, conn: sqlite3.Connection) -> Tracker | None:
        found = setup(conn)
        return None if found is None else cls(conn, found)

    def load(self, product_ids: list[str]) -> None:
        self._marks = {pid: {} for pid in product_ids}
        self._evaluations = {}
        marks = ",".join("?" * len(product_ids))
        for row in self.conn.execute(
            f"SELECT product_id, field, value_hash, source_hash FROM translation_marks "
            f"WHERE product_id IN ({marks})", product_ids,
        ):
            self._marks[row[0]][(row[1], row[2])] = row[3]

    def observe(self, product_id: str, medusa: Mapping[str, Any] | None,
                payload: Mapping[str, Any] | None) -> list[str]:
        """Judge one product (its records as the merchant sees them); the locales done."""
        found = _statuses().evaluate(self.setup, medusa, payload,
                                    self._marks.get(product_id, {}))
        self._evaluations[product_id] = found
        return found.done_locales()

    def flush(self) -> None:
        """Write the chunk's new marks and statuses (in the caller's transaction)."""
        stamp = now()
        new_marks = [(pid, field, value_hash, source_hash, stamp)
                     for pid, found in self._evaluations.items()
                     for field, value_hash, source_hash in found.new_marks]
        if new_marks:
            self.conn.executemany(
                "INSERT OR IGNORE INTO translation_marks (product_id, field, value_hash, "
                "source_hash, seen_at) VALUES (?,?,?,?,?)", new_marks)
            for pid, field in {(m[0], m[1]) for m in new_marks}:
                self.conn.execute(
                    """DELETE FROM translation_marks WHERE product_id=? AND field=? AND
                       value_hash NOT IN (SELECT value_hash FROM translation_marks
                         WHERE product_id=? AND field=? ORDER BY seen_at DESC LIMIT ?)""",
                    (pid, field, pid, field, MARKS_KEPT))
        rows = [(pid, s.target.code, s.state.value,
                 json.dumps({f.pair.name: f.state.value for f in s.fields}))
                for pid, found in self._evaluations.items() for s in found.statuses]
        self.conn.executemany(
            "INSERT INTO translation_status (product_id, locale, status, fields) "
            "VALUES (?,?,?,?) ON CONFLICT(product_id, locale) DO UPDATE SET "
            "status=excluded.status, fields=excluded.fields", rows)
        self._evaluations = {}


def marks(conn: sqlite3.Connection, product_id: str) -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT field, value_hash, source_hash FROM translation_marks WHERE product_id=?",
        (product_id,))}


def statuses(conn: sqlite3.Connection, product_ids: Iterable[str] | None = None,
             locale: str | None = None) -> list[StatusRow]:
    """The stored status of listed products (all when None), in list order by title."""
    sql = ("SELECT s.product_id, s.locale, s.status, s.fields FROM translation_status s "
           "JOIN catalog_rows r ON r.product_id = s.product_id")
    args: list[Any] = []
    where = []
    if locale is not None:
        where.append("s.locale = ?")
        args.append(locale)
    ids = sorted(set(product_ids)) if product_ids is not None else None
    found: list[StatusRow] = []
    parts = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)] if ids is not None \
        else [None]
    for part in parts:
        clause = list(where)
        values = list(args)
        if part is not None:
            clause.append(f"s.product_id IN ({','.join('?' * len(part))})")
            values += part
        text = sql + (" WHERE " + " AND ".join(clause) if clause else "") + \
            " ORDER BY r.title_key, s.product_id, s.locale"
        found += [StatusRow(r[0], r[1], r[2], json.loads(r[3]))
                  for r in conn.execute(text, values)]
    return found


def counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Per locale how many listed products are missing, outdated, done."""
    out: dict[str, dict[str, int]] = {}
    for locale, status, n in conn.execute(
        "SELECT s.locale, s.status, count(*) FROM translation_status s JOIN catalog_rows r "
        "ON r.product_id = s.product_id GROUP BY s.locale, s.status"
    ):
        out.setdefault(locale, {state.value: 0 for state in _statuses().ORDER})[status] = n
    return out
