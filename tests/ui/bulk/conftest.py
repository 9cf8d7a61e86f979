"""Catalogs for the bulk editor: offline (seeded store) or online against the sync fakes."""

from __future__ import annotations

import pytest

from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import fake_pair
from tests.ui.offline.conftest import seed


@pytest.fixture
def catalog(tmp_path):
    """30 products in a local store, no servers (shop=None)."""
    store = CatalogStore.open(tmp_path / "catalog.sqlite3")
    seed(store, 30, unlinked=(30,))
    cat = OfflineCatalog(store)
    yield cat
    store.close()


@pytest.fixture
async def online(tmp_path):
    """Eight products pulled from the fakes; pushes go to them."""
    medusa, payload = fake_pair(8)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    await catalog.pull()
    yield catalog, medusa, payload
    await catalog.aclose()
