"""Keeping the stored scores current when something besides a product changes.

A product's own changes re-score its row where the row is rebuilt (``records.
refresh_rows``). What scores share — the rules, the shop's regions, the media's alt
texts, the locales — changes elsewhere (a profile edit, a pull); ``ensure`` notices by
a digest of those inputs (``stored.inputs``) and re-scores the catalog from the
stored facts. Rows stored before schema migration 8 have no facts: ``ensure`` builds
them first (a one-off rebuild of those rows).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_app.quality import stored
from desktop_app.store import records
from desktop_app.store.db import transaction

REBUILD_BATCH = 2000  # rows rebuilt per transaction: a reader never waits long


@dataclass(frozen=True)
class Upkeep:
    rebuilt: int = 0  # rows that got their facts (stored before migration 8)
    rescored: int = 0  # rows whose score or rule results changed

    @property
    def changed(self) -> bool:
        return bool(self.rebuilt or self.rescored)


def ensure(conn: sqlite3.Connection) -> Upkeep:
    """Make every row's score follow the current rules, regions, alt texts and locales."""
    missing = stored.unscored(conn)
    for start in range(0, len(missing), REBUILD_BATCH):
        with transaction(conn):
            records.refresh_rows(conn, missing[start : start + REBUILD_BATCH])
    rescored = 0
    if not stored.scores_current(conn):
        with transaction(conn):
            rescored = stored.rescore(conn)
    return Upkeep(len(missing), rescored)


def use_rules(conn: sqlite3.Connection, rules: stored.QualityRules) -> Upkeep:
    """Score by ``rules`` from now on (the profile's): the rows that have facts are
    re-scored when the rules changed (bench/quality.py); rows without facts wait for
    ``ensure``."""
    with transaction(conn):
        stored.save_rules(conn, rules)
        if stored.scores_current(conn):
            return Upkeep()
        return Upkeep(rescored=stored.rescore(conn))
