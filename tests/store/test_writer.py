"""StoreWriter: heavy writes on one worker thread, visible to the GUI's connection."""

from __future__ import annotations

import threading

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.writer import StoreWriter
from tests.exchange.fakes import fake_pair


def medusa_rec(n: int) -> dict:
    return {"id": f"prod_{n:03d}", "title": f"Title {n}", "subtitle": None, "handle": f"h-{n}",
            "status": "published", "description": "", "deleted_at": None, "metadata": {},
            "updated_at": "2026-11-27T06:00:00.000Z", "variants": []}


async def test_work_runs_on_one_worker_thread_and_main_connection_sees_it(tmp_path):
    main = CatalogStore.open(tmp_path / "s.sqlite3")
    writer = StoreWriter(tmp_path / "s.sqlite3")
    threads = set()

    def save(store: CatalogStore, n: int) -> set[str]:
        threads.add(threading.current_thread().name)
        return store.save_medusa([medusa_rec(n)])

    try:
        for n in range(3):
            assert await writer.run(lambda store, n=n: save(store, n)) == {f"prod_{n:03d}"}
        assert len(threads) == 1 and threading.current_thread().name not in threads
        assert main.product_count() == 3  # committed, read through the other connection
    finally:
        writer.close()
        main.close()


async def test_close_finishes_queued_writes_first(tmp_path):
    writer = StoreWriter(tmp_path / "s.sqlite3")
    pending = [writer._executor.submit(writer._call, lambda s, n=n: s.save_medusa([medusa_rec(n)]))
               for n in range(20)]
    writer.close()
    assert all(f.done() and f.exception() is None for f in pending)
    store = CatalogStore.open(tmp_path / "s.sqlite3")
    assert store.product_count() == 20
    store.close()


async def test_a_pull_writes_from_the_worker_thread(tmp_path, monkeypatch):
    medusa, payload = fake_pair(4)
    shop = Shop(Profile(name="Shop", medusa_url="http://medusa.test",
                        medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test"),
                medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    writers: set[str] = set()
    original = CatalogStore.save_medusa

    def spy(self, recs, **kwargs):
        writers.add(threading.current_thread().name)
        return original(self, recs, **kwargs)

    monkeypatch.setattr(CatalogStore, "save_medusa", spy)
    try:
        report = await catalog.pull()
        assert report.ok and catalog.product_count() == 4
        assert writers and all(name.startswith("store-writer") for name in writers)
    finally:
        await catalog.aclose()
