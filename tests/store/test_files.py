"""A profile's store on disk: renamed whole, retired to a backup, its unsent edits counted."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, StoreError, store_path
from desktop_app.store.files import (
    StoreBusyError,
    StoreExistsError,
    backups_dir,
    has_store,
    pending_edits,
    rename_store,
    restore_store,
    retire_store,
    same_store,
)


def store_with_edits(profile: str, products: int = 2) -> None:
    """A closed store holding one queued and one failed edit per product, plus a done one."""
    store = CatalogStore.for_profile(profile)
    for n in range(products):
        [_queued, failed] = store.outbox.record(f"prod_{n}", {"title": f"T{n}", "status": "draft"},
                                                {"title": "Server", "status": "published"})
        store.outbox.set_state([failed], "failed", message="rejected")
    [done] = store.outbox.record("prod_done", {"handle": "h"}, {"handle": "old"})
    store.outbox.set_state([done], "done", outcome="sent")
    store.close()


def outbox_of(profile: str) -> list[tuple[str, str, str]]:
    store = CatalogStore.for_profile(profile)
    try:
        return [(e.product_id, e.field, e.state) for e in store.outbox.entries()]
    finally:
        store.close()


def test_pending_edits_counts_active_entries_read_only(app_dirs) -> None:
    assert pending_edits("Shop") == 0
    assert not store_path("Shop").exists()  # counting never creates a store
    store_with_edits("Shop", products=2)
    assert pending_edits("Shop") == 4  # queued + failed per product; the done one is not


def test_pending_edits_of_an_unreadable_store_raises(app_dirs) -> None:
    path = store_path("Shop")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot be read"):
        pending_edits("Shop")


def test_rename_moves_the_store_with_its_outbox(app_dirs) -> None:
    store_with_edits("Shop")
    before = outbox_of("Shop")
    assert rename_store("Shop", "Shop-2") == store_path("Shop-2")
    assert not store_path("Shop").parent.exists()
    assert outbox_of("Shop-2") == before and len(before) == 4


def test_rename_carries_edits_still_only_in_the_wal(app_dirs) -> None:
    # A crash leaves committed edits in the -wal file: they must move with the db.
    store = CatalogStore.for_profile("Shop")
    store.conn.execute("PRAGMA wal_autocheckpoint=0")
    store.outbox.record("p", {"title": "only in the WAL"}, {"title": "Server"})
    wal = store_path("Shop").with_name("catalog.sqlite3-wal")
    assert wal.stat().st_size > 0
    # Simulate the crash: copy the files as a dead process would leave them.
    crashed = app_dirs.data / "crashed"
    crashed.mkdir()
    for path in store_path("Shop").parent.iterdir():
        (crashed / path.name).write_bytes(path.read_bytes())
    store.close()
    target = store_path("Shop").parent
    for path in target.iterdir():
        path.unlink()
    for path in crashed.iterdir():
        (target / path.name).write_bytes(path.read_bytes())

    rename_store("Shop", "Renamed")
    assert [e.mine for e in _entries("Renamed")] == ["only in the WAL"]


def _entries(profile: str):
    store = CatalogStore.for_profile(profile)
    try:
        return store.outbox.entries()
    finally:
        store.close()


def test_rename_refuses_when_the_new_name_has_a_store(app_dirs) -> None:
    store_with_edits("Shop")
    CatalogStore.for_profile("Other").close()
    with pytest.raises(StoreExistsError):
        rename_store("Shop", "Other")
    assert pending_edits("Shop") == 4 and pending_edits("Other") == 0


def test_rename_refuses_while_the_store_is_open(app_dirs) -> None:
    store_with_edits("Shop")
    store = CatalogStore.for_profile("Shop")
    store.outbox.entries()  # an open connection that has read the store
    try:
        with pytest.raises(StoreBusyError, match="in use"):
            rename_store("Shop", "Shop-2")
        assert has_store("Shop") and not has_store("Shop-2")
    finally:
        store.close()
    rename_store("Shop", "Shop-2")  # closed: now it moves
    assert pending_edits("Shop-2") == 4


def test_rename_without_a_store_does_nothing(app_dirs) -> None:
    assert rename_store("Shop", "Shop-2") is None
    assert not store_path("Shop-2").parent.exists()


def test_retire_moves_the_store_to_a_backup_and_restore_undoes_it(app_dirs) -> None:
    store_with_edits("Shop")
    backup = retire_store("Shop", "host-changed")
    assert backup is not None and backup.parent.parent == backups_dir()
    assert backup.parent.name.startswith("Shop-") and backup.parent.name.endswith("host-changed")
    assert not store_path("Shop").parent.exists()
    assert pending_edits("Shop") == 0  # the profile starts empty
    # The backup is a whole store: its edits are all there.
    backup_store = CatalogStore.open(backup)
    assert len(backup_store.outbox.entries()) == 4
    backup_store.close()

    restore_store(backup, "Shop")
    assert pending_edits("Shop") == 4


def test_two_retirements_in_one_second_keep_both(app_dirs) -> None:
    store_with_edits("Shop")
    first = retire_store("Shop", "removed")
    store_with_edits("Shop", products=1)
    second = retire_store("Shop", "removed")
    assert first != second and first.exists() and second.exists()
    assert retire_store("Shop", "removed") is None  # nothing left to retire


def test_names_that_share_a_store_directory(app_dirs) -> None:
    assert same_store("shop", "shop.") and same_store("Shop", "shop")
    assert not same_store("shop", "shop-2")


def test_leftovers_without_a_database_move_aside_too(app_dirs) -> None:
    leftovers = store_path("Shop").parent
    leftovers.mkdir(parents=True)
    (leftovers / "sync-runs.jsonl").write_text("{}\n")
    store_with_edits("Other")
    assert rename_store("Other", "Shop") == store_path("Shop")  # the leftovers went aside
    assert pending_edits("Shop") == 4
    [moved] = backups_dir().iterdir()
    assert (moved / "sync-runs.jsonl").exists()

    (store_path("Shop").parent / "sync-runs.jsonl").write_text("{}\n")
    for path in store_path("Shop").parent.glob("catalog.sqlite3*"):
        path.unlink()
    assert retire_store("Shop", "removed") is None  # no database: nothing to report
    assert not store_path("Shop").parent.exists()


def test_a_move_the_os_refuses_is_a_store_error(app_dirs, monkeypatch) -> None:
    store_with_edits("Shop")

    def refuse(src, dst) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("desktop_app.store.files.os.rename", refuse)
    with pytest.raises(StoreError, match="could not be moved"):
        rename_store("Shop", "Shop-2")
    assert pending_edits("Shop") == 4
