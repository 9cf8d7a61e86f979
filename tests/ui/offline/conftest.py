"""A real ``OfflineCatalog`` over a temporary SQLite store, seeded directly (no network)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore


def medusa_rec(n: int, **extra: Any) -> dict[str, Any]:
    rec = {
        "id": f"prod_{n:03d}", "handle": f"item-{n}", "title": f"Product {n:03d}", "subtitle": None,
        "status": "published", "description": "", "deleted_at": None,
        "metadata": {"payload_id": str(n), "color": "blue"},
        "updated_at": f"2026-11-27T05:00:{n % 60:02d}.000Z",
        "variants": [{"id": f"variant_{n}_{s}", "title": s, "sku": f"SKU-{n:03d}-{s}",
                      "prices": [{"currency_code": "eur", "amount": 10}]} for s in ("S", "M")],
    }
    rec.update(extra)
    return rec


def payload_rec(n: int, **extra: Any) -> dict[str, Any]:
    rec = {"id": str(n), "medusa_id": f"prod_{n:03d}", "title": f"Product {n:03d}",
           "subtitle": "Cotton", "description": None, "seo": None,
           "updated_at": "2026-11-27T06:00:00.000Z"}
    rec.update(extra)
    return rec


def seed(store: CatalogStore, count: int, unlinked: tuple[int, ...] = ()) -> None:
    store.save_medusa([medusa_rec(n) for n in range(1, count + 1)])
    store.save_payload([payload_rec(n) for n in range(1, count + 1) if n not in unlinked])


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    store = CatalogStore.open(tmp_path / "catalog.sqlite3")
    seed(store, 30, unlinked=(30,))
    cat = OfflineCatalog(store)  # shop=None: no network at all
    yield cat
    store.close()
