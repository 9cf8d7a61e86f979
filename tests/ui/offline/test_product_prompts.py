"""The product dialogs' taken-handle check (ui/offline/product_prompts.py) in a catalog
where many products match the handle's words."""

from __future__ import annotations

import pytest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.product_prompts import handle_taken

STAMP = "2026-11-01T00:00:00.000Z"


def shirts(tmp_path) -> OfflineCatalog:
    """60 products whose titles say shirt sort before the one whose handle is 'shirt'."""
    store = CatalogStore.open(tmp_path / "c.sqlite3")
    store.save_medusa([{"id": f"prod_{n:03d}", "handle": f"aa-{n}", "title": f"A shirt {n}",
                        "status": "published", "updated_at": STAMP} for n in range(60)]
                      + [{"id": "prod_zzz", "handle": "shirt", "title": "Zebra tee",
                          "status": "published", "updated_at": STAMP}])
    return OfflineCatalog(store)


@pytest.fixture
def catalog(tmp_path):
    catalog = shirts(tmp_path)
    yield catalog
    catalog._store.close()


def test_the_dialogs_see_a_handle_taken_beyond_a_searchs_first_rows(catalog):
    assert handle_taken(catalog, "shirt")
    assert not handle_taken(catalog, "shirts")  # a longer one is free
