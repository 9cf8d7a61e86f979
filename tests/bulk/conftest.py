"""A real OfflineCatalog pulled from the recorded-shape fakes of tests/exchange/fakes.py."""

from __future__ import annotations

import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import fake_pair

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")


@pytest.fixture
async def env(tmp_path):
    """Six linked products; #2 has a subtitle and SEO title, #6 has no Payload document."""
    medusa, payload = fake_pair(6)
    payload.touch("prod_00002", subtitle="Soft cotton shirt",
                  seo={"meta_title": "Old SEO 2", "meta_description": None,
                       "meta_keywords": None})
    del payload.docs[6]
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    await catalog.pull()
    yield catalog, medusa, payload
    await catalog.aclose()
