"""A profile's store on disk: move it with a rename, retire it to a backup, count its edits.

A profile's store is the directory ``store_path(profile).parent``: the database, its
``-wal`` and ``-shm`` (the WAL holds committed edits not yet folded into the database,
so it must always travel with it) and the profile's run history. The directory moves
as a whole with one ``rename(2)``, which is atomic within one file system: after a
crash the store is under the old name or the new one, never split between them.

Nothing here deletes a store: a store that no longer belongs to a profile is moved to
``<data dir>/store-backups/`` (outside the profile namespace, so no profile name can
ever pick it up again and send its edits somewhere).

**Close the store first.** Every connection to it, in this process and in others, must
be closed before :func:`rename_store` or :func:`retire_store`; both check and raise
:class:`StoreBusyError` otherwise (the GUI closes its catalog page first, see
``MainWindow.release_store``). A connection opened after the check is not detected.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.config.atomic import _fsync_dir
from desktop_app.config.paths import data_dir, ensure_dir
from desktop_app.i18n import translate
from desktop_app.store.db import DB_NAME, StoreError, store_path
from desktop_app.store.outbox import ACTIVE

BACKUPS_DIR = "store-backups"
# What SQLite keeps next to the database (the rollback journal only after a crash of
# a non-WAL connection; our stores are WAL, but a hot journal is store data too).
_SIDECARS = ("-wal", "-shm", "-journal")


class StoreBusyError(StoreError):
    """The store is open (in this process or another) and cannot be moved now."""


class StoreExistsError(StoreError):
    """A store already exists where one was to be moved."""


def store_dir(profile: str) -> Path:
    return store_path(profile).parent


def backups_dir() -> Path:
    """Where retired stores go (not created here)."""
    return data_dir() / BACKUPS_DIR


def _store_files(directory: Path) -> list[Path]:
    db = directory / DB_NAME
    return [p for p in (db, *(Path(f"{db}{s}") for s in _SIDECARS)) if p.exists()]


def has_store(profile: str) -> bool:
    """Whether any file of ``profile``'s database exists."""
    return bool(_store_files(store_dir(profile)))


def same_store(a: str, b: str) -> bool:
    """Whether two profile names map to one store directory.

    Names are made file-system safe (and case-insensitive file systems fold case),
    so "shop" and "Shop." would share a store without this check.
    """
    return store_dir(a).name.casefold() == store_dir(b).name.casefold()


# ----------------------------------------------------------------------- reading
def pending_edits(profile: str) -> int:
    """How many of ``profile``'s edits are not finished (queued, sending, locked, …).

    The database is opened read-only: counting never creates, migrates or changes a
    store. No store (or one without an outbox yet) has none. Raises
    :class:`StoreError` if the file cannot be read.
    """
    db = store_path(profile)
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise StoreError(_unreadable(db, exc)) from None
    try:
        marks = ",".join("?" * len(ACTIVE))
        row = conn.execute(f"SELECT COUNT(*) FROM outbox WHERE state IN ({marks})", ACTIVE)
        return int(row.fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0  # created but never migrated: nothing was ever queued in it
        raise StoreError(_unreadable(db, exc)) from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(_unreadable(db, exc)) from None
    finally:
        conn.close()


# ------------------------------------------------------------------------ moving
def ensure_closed(profile: str) -> None:
    """Fold the WAL into the database; raise :class:`StoreBusyError` if anyone has it open.

    SQLite's last connection to close checkpoints the WAL and deletes ``-wal`` and
    ``-shm``; if they survive our own close, another connection still holds the store.
    """
    db = store_path(profile)
    if not db.exists():
        return
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=rw", uri=True, timeout=2.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _busy(profile) from None
        # Unreadable (damaged, not a database): nobody can be using it; it may still move.
        return
    except sqlite3.DatabaseError:
        return
    if any(Path(f"{db}{s}").exists() for s in ("-wal", "-shm")):
        raise _busy(profile)


def _busy(profile: str) -> StoreBusyError:
    return StoreBusyError(
        translate(
            "Profiles",
            "The local store of profile {name} is in use (the app or a command such as "
            "'desktop-app push' has it open). Close it and try again.",
        ).format(name=repr(profile))
    )


def _unreadable(db: Path, exc: Exception) -> str:
    return translate("Profiles", "The local store {path} cannot be read: {error}").format(
        path=db, error=exc
    )


def _move(src: Path, dst: Path) -> None:
    # One rename of the whole directory: atomic, and the WAL never separates from its db.
    try:
        os.rename(src, dst)
    except OSError as exc:  # e.g. Windows refuses while a file in it is open
        raise StoreError(
            translate("Profiles", "The local store {source} could not be moved to {target}: "
                      "{error}").format(source=src, target=dst, error=exc.strerror or exc)
        ) from None
    _fsync_dir(dst.parent)
    if src.parent != dst.parent:
        _fsync_dir(src.parent)


def rename_store(old: str, new: str) -> Path | None:
    """Move ``old``'s store to ``new``'s name; return the new database path (None: no store).

    Refuses with :class:`StoreExistsError` if ``new`` already has a store and with
    :class:`StoreBusyError` if the store is open. Leftovers without a database under
    the new name (an old run history) are retired first.
    """
    src, dst = store_dir(old), store_dir(new)
    if src == dst:
        return store_path(new) if has_store(new) else None
    case_only = src.exists() and dst.exists() and os.path.samefile(src, dst)
    if dst.exists() and not case_only:
        if _store_files(dst):
            raise StoreExistsError(
                translate(
                    "Profiles",
                    "A local store named {name} already exists ({path}); "
                    "choose another profile name.",
                ).format(name=repr(dst.name), path=dst)
            )
        _clear_leftovers(new)
    if not src.exists():
        return None
    ensure_closed(old)
    _move(src, dst)
    return store_path(new) if has_store(new) else None


def _clear_leftovers(profile: str) -> None:
    directory = store_dir(profile)
    try:
        directory.rmdir()  # empty: nothing to keep
    except OSError:
        retire_store(profile, "leftover")


def retire_store(profile: str, reason: str) -> Path | None:
    """Move ``profile``'s store aside as a timestamped backup; return the backup's database.

    Returns None if there was no database (a directory of leftovers still moves aside).
    The backup is never opened by the app again: its edits are kept, not sent. Raises
    :class:`StoreBusyError` if it is open.
    """
    src = store_dir(profile)
    if not src.exists():
        return None
    ensure_closed(profile)
    had_store = bool(_store_files(src))
    dst = _backup_dir_for(src.name, reason)
    _move(src, dst)
    return dst / DB_NAME if had_store else None


def _backup_dir_for(name: str, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    label = "".join(c if c.isalnum() or c == "-" else "-" for c in reason) or "retired"
    parent = ensure_dir(backups_dir())
    candidate = parent / f"{name}-{stamp}-{label}"
    number = 1
    while candidate.exists():  # two retirements within one second
        number += 1
        candidate = parent / f"{name}-{stamp}-{label}-{number}"
    return candidate


def restore_store(backup: Path, profile: str) -> None:
    """Undo :func:`retire_store` (``backup`` is the path it returned), if nothing took its place."""
    dst = store_dir(profile)
    if dst.exists():
        raise StoreExistsError(
            translate(
                "Profiles", "A local store for profile {name} already exists ({path})."
            ).format(name=repr(profile), path=dst)
        )
    ensure_dir(dst.parent)
    _move(backup.parent, dst)
