"""Content quality in the store: the scoring context, scores written to the rows, re-scoring.

SQL only (no import of the store's modules, which import this one): the tables are
schema migration 8's ``catalog_rows.quality*``, ``media`` and ``quality_settings``,
and migration 6's ``taxonomy`` (regions). Writes join the caller's transaction; the
shop's catalog is the only writer.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop_app.quality.checks import Context, Judge, judge_with
from desktop_app.quality.facts import Facts, decode, encode
from desktop_app.quality.rules import QualityRules

RULES_KEY, INPUTS_KEY, LOCALES_KEY = "rules", "inputs", "locales"
MEDIA_READ_KEY = "media_read_at"
_CHUNK = 500


def _setting(conn: sqlite3.Connection, key: str) -> Any:
    row = conn.execute("SELECT value FROM quality_settings WHERE key=?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def _put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO quality_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, json.dumps(value, sort_keys=True)))


def rules(conn: sqlite3.Connection) -> QualityRules:
    """The rules the scores follow (the profile's, as the catalog last set them)."""
    stored = _setting(conn, RULES_KEY)
    return QualityRules() if stored is None else QualityRules.model_validate(stored)


def save_rules(conn: sqlite3.Connection, new: QualityRules) -> bool:
    """Keep ``new`` as the rules in force; True when they differ from the stored ones
    (the caller re-scores: ``upkeep.ensure``)."""
    if _setting(conn, RULES_KEY) == new.model_dump(mode="json"):
        return False
    _put(conn, RULES_KEY, new.model_dump(mode="json"))
    return True


def regions(conn: sqlite3.Connection) -> tuple[tuple[str, str], ...]:
    """The shop's regions ``(id, currency)`` as last pulled (taxonomy kind ``region``)."""
    rows = conn.execute(
        "SELECT id, lower(json_extract(raw, '$.currency_code')) FROM taxonomy "
        "WHERE kind='region' ORDER BY id")
    return tuple((r[0], r[1]) for r in rows if r[1])


def locales(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The deployment's locales besides its default; none is known on a deployment
    without localisation (and none is stored until translations are pulled)."""
    return tuple(_setting(conn, LOCALES_KEY) or ())


def save_locales(conn: sqlite3.Connection, codes: Iterable[str]) -> bool:
    """Keep the locales to translate into (the translation setup's targets, issue 16); True
    when they changed (``upkeep.ensure`` then re-scores from the stored facts)."""
    codes = list(codes)
    if list(locales(conn)) == codes:
        return False
    _put(conn, LOCALES_KEY, codes)
    return True


def alts(conn: sqlite3.Connection, media_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Alt text by media id (all media docs when ``media_ids`` is None)."""
    if media_ids is None:
        return {r[0]: r[1] for r in conn.execute("SELECT id, alt FROM media")}
    ids = sorted(set(media_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        found.update(conn.execute(
            f"SELECT id, alt FROM media WHERE id IN ({','.join('?' * len(part))})", part))
    return found


def context(conn: sqlite3.Connection, media_ids: Iterable[str] | None = None) -> Context:
    return Context(rules(conn), regions(conn), alts(conn, media_ids), locales(conn))


class RowScorer:
    """Scores for rows being rebuilt (``records.refresh_rows``): the rules and regions
    read once, the alt texts of each batch's media in one query."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.base = context(conn, ())

    def score(self, batch: list[Facts]) -> list[tuple[int | None, int, int, str]]:
        """``(score, fails, not applicable, facts JSON)`` of each product in ``batch``."""
        wanted = {m for facts in batch for m in facts.get("m") or ()}
        ctx = Context(self.base.rules, self.base.regions,
                      alts(self.conn, wanted) if wanted else {}, self.base.locales)
        judge = judge_with(ctx)
        encoded = [encode(facts) for facts in batch]
        return [(*judge(text), text) for text in encoded]

    def score_locales(
        self, batch: list[tuple[str, dict[str, Facts]]]
    ) -> list[tuple[str, str, int | None, int, int, str]]:
        """``(product id, locale, score, fails, not applicable, facts)`` of each product's
        locales (``locale_facts.measure``): each judged with "every locale" meaning its own."""
        wanted = {m for _, found in batch for facts in found.values() for m in facts.get("m") or ()}
        shown = alts(self.conn, wanted) if wanted else {}
        judges: dict[str, Judge] = {}
        rows = []
        for pid, found in batch:
            for code, facts in found.items():
                judge = judges.get(code)
                if judge is None:
                    judge = judges[code] = judge_with(
                        Context(self.base.rules, self.base.regions, shown, (code,)))
                text = encode(facts)
                rows.append((pid, code, *judge(text), text))
        return rows


# ------------------------------------------------------------------ media docs
def save_media(conn: sqlite3.Connection, docs: Iterable[dict[str, Any]], *,
               replace_all: bool = False, read_at: float | None = None) -> int:
    """Store media docs' alt texts (``{id, alt, updatedAt}`` as Payload sends them);
    ``replace_all``: they are every media doc there is (a full read); ``read_at``: when
    they were read (unix time, for ``media_age``). Returns how many were stored."""
    rows = [(str(d["id"]), d.get("alt") if isinstance(d.get("alt"), str) else "",
             d.get("updatedAt") if isinstance(d.get("updatedAt"), str) else None, _shown(d))
            for d in docs if isinstance(d, dict) and d.get("id") is not None]
    if replace_all:
        conn.execute("DELETE FROM media")
    conn.executemany(
        "INSERT INTO media (id, alt, updated_at, doc) VALUES (?,?,?,?) ON CONFLICT(id) DO "
        "UPDATE SET alt=excluded.alt, updated_at=excluded.updated_at, "
        "doc=coalesce(excluded.doc, media.doc)", rows)
    if read_at is not None:
        _put(conn, MEDIA_READ_KEY, read_at)
    return len(rows)


# What an upload node of a description shows of its media doc (Payload's HTML converter:
# richtext/html_export.py ``_upload``), kept with the alt text (schema migration 12).
SHOWN = ("url", "mimeType", "filename", "filesize", "width", "height", "sizes")


def _shown(doc: dict[str, Any]) -> str | None:
    found = {k: doc[k] for k in SHOWN if k in doc}
    return json.dumps(found, sort_keys=True) if found else None


def media_docs(conn: sqlite3.Connection, media_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored media docs of ``media_ids`` as an upload shows them (``{id, alt, url,
    mimeType, …}``); a doc read before migration 12 (alt text only) is left out."""
    ids = sorted({str(i) for i in media_ids})
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        for mid, alt, doc in conn.execute(
                f"SELECT id, alt, doc FROM media WHERE doc IS NOT NULL AND id IN "
                f"({','.join('?' * len(part))})", part):
            found[mid] = {"id": mid, "alt": alt, **json.loads(doc)}
    return found


def media_age(conn: sqlite3.Connection, now: float) -> float | None:
    """Seconds since the media docs were last read (None: never)."""
    read_at = _setting(conn, MEDIA_READ_KEY)
    return None if read_at is None else now - float(read_at)


def unknown_media(conn: sqlite3.Connection, product_ids: Iterable[str]) -> set[str]:
    """Media these products show that the store has not read."""
    shown = {m for facts in stored_facts(conn, product_ids).values()
             for m in facts.get("m") or ()}
    return shown - set(alts(conn, shown)) if shown else set()


def media_cursor(conn: sqlite3.Connection) -> str | None:
    """The latest ``updatedAt`` stored: an incremental read asks for what changed since."""
    return conn.execute("SELECT max(updated_at) FROM media").fetchone()[0]


def media_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM media")}


# ------------------------------------------------------------------ re-scoring
def inputs(conn: sqlite3.Connection) -> str:
    """A digest of everything scores depend on besides each product's facts."""
    media = conn.execute("SELECT count(*), max(updated_at), total(length(alt) > 0) "
                         "FROM media").fetchone()
    text = json.dumps([_setting(conn, RULES_KEY), regions(conn), locales(conn), list(media)])
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def scores_current(conn: sqlite3.Connection) -> bool:
    return _setting(conn, INPUTS_KEY) == inputs(conn)


def rescore(conn: sqlite3.Connection) -> int:
    """Score every row again from its stored facts; only rows whose score or rule
    results changed are written. Returns how many changed."""
    judge = judge_with(context(conn))
    changed = []
    for rowid, quality, fails, na, text in conn.execute(
            "SELECT rowid, quality, quality_fails, quality_na, quality_facts FROM catalog_rows "
            "WHERE quality_facts IS NOT NULL"):
        now = judge(text)
        if now != (quality, fails, na):
            changed.append((*now, rowid))
    conn.executemany(
        "UPDATE catalog_rows SET quality=?, quality_fails=?, quality_na=? WHERE rowid=?",
        changed)
    changed_locales = _rescore_locales(conn)
    _put(conn, INPUTS_KEY, inputs(conn))
    return len(changed) + changed_locales


def _rescore_locales(conn: sqlite3.Connection) -> int:
    """``rescore`` of the per-locale scores (quality_locales), one judge per locale."""
    base = context(conn)
    judges: dict[str, Judge] = {}
    changed = []
    for row, code, quality, fails, na, text in conn.execute(
            "SELECT row, locale, score, fails, na, facts FROM quality_locales"):
        judge = judges.get(code)
        if judge is None:
            judge = judges[code] = judge_with(Context(base.rules, base.regions, base.alts,
                                                      (code,)))
        now = judge(text)
        if now != (quality, fails, na):
            changed.append((*now, row, code))
    conn.executemany(
        "UPDATE quality_locales SET score=?, fails=?, na=? WHERE row=? AND locale=?", changed)
    return len(changed)


def unscored(conn: sqlite3.Connection) -> list[str]:
    """Products whose rows have no facts yet (stored before migration 8), or, on a shop with
    locales to translate into, no per-locale scores yet (stored before migration 11)."""
    missing = [r[0] for r in conn.execute(
        "SELECT product_id FROM catalog_rows WHERE quality_facts IS NULL")]
    if locales(conn):
        missing += [r[0] for r in conn.execute(
            "SELECT product_id FROM catalog_rows r WHERE quality_facts IS NOT NULL AND NOT "
            "EXISTS (SELECT 1 FROM quality_locales q WHERE q.row = r.rowid)")]
    return missing


def stored_facts(conn: sqlite3.Connection, product_ids: Iterable[str]) -> dict[str, Facts]:
    ids = list(product_ids)
    found: dict[str, Facts] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        for pid, text in conn.execute(
                f"SELECT product_id, quality_facts FROM catalog_rows WHERE product_id IN "
                f"({','.join('?' * len(part))}) AND quality_facts IS NOT NULL", part):
            found[pid] = decode(text)
    return found
