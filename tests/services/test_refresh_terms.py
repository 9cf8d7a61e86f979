"""The catalog re-reads the shop's terms on demand (a region added in Medusa becomes a
grid column), from recorded-shape answers (tests/exchange/fakes.py)."""
from __future__ import annotations

import pytest

from desktop_app.grid.loading import columns_of
from desktop_app.services.offline import OfflineCatalog, TermsNotRead
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore, taxonomy
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import fake_pair


@pytest.fixture
async def shop(tmp_path):
    medusa, payload = fake_pair(1)
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"),
                             Shop(PROFILE, medusa.client(), payload.client()))
    yield catalog, medusa
    await catalog.aclose()


async def test_a_region_added_in_medusa_becomes_a_grid_column(shop):
    catalog, medusa = shop
    seen = []
    catalog.subscribe(seen.append)
    assert not catalog.taxonomy(taxonomy.REGION)
    medusa.terms["/admin/regions"].append(
        {"id": "reg_new", "name": "Nordics", "currency_code": "sek"})
    await catalog.refresh_terms()
    assert "reg_new" in {t.id for t in catalog.taxonomy(taxonomy.REGION)}
    assert "region:reg_new" in {c.key for c in columns_of(catalog)}
    assert seen and seen[-1].taxonomy


async def test_a_kind_that_cannot_be_read_is_named_and_the_rest_is_stored(shop):
    catalog, medusa = shop
    medusa.failing.add("/admin/stock-locations")
    with pytest.raises(TermsNotRead) as raised:
        await catalog.refresh_terms()
    assert raised.value.failed.keys() == {taxonomy.LOCATION}
    assert str(raised.value).startswith("Could not read stock locations from Medusa: Medusa "
                                        "had an internal error, HTTP 500")
    assert catalog.taxonomy(taxonomy.REGION)  # the other kinds came
