"""``desktop-app products create|duplicate`` refuse a taken handle however many products
match its words (cli/product_cmds.py)."""

from __future__ import annotations

import pytest

from desktop_app.cli.catalog_cmd import CommandError
from desktop_app.cli.product_cmds import _check_handle
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore

STAMP = "2026-11-01T00:00:00.000Z"


def shirts(tmp_path) -> OfflineCatalog:
    """60 products whose titles say shirt sort before the one whose handle is 'shirt'."""
    store = CatalogStore.open(tmp_path / "c.sqlite3")
    store.save_medusa([{"id": f"prod_{n:03d}", "handle": f"aa-{n}", "title": f"A shirt {n}",
                        "status": "published", "updated_at": STAMP} for n in range(60)]
                      + [{"id": "prod_zzz", "handle": "shirt", "title": "Zebra tee",
                          "status": "published", "updated_at": STAMP}])
    return OfflineCatalog(store)


def test_products_create_refuses_a_handle_taken_beyond_a_searchs_first_rows(tmp_path):
    catalog = shirts(tmp_path)
    with pytest.raises(CommandError, match="prod_zzz already has the handle 'shirt'"):
        _check_handle(catalog, "shirt")
    _check_handle(catalog, "shirts")
    catalog._store.close()
