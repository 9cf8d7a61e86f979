"""A real ``OfflineCatalog`` over a temporary SQLite store, seeded directly (no network)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app import money
from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.ui.offline.catalog_page import CatalogPage
from tests.exchange.fakes import fake_pair
from tests.ui.qt_support import wait_until


@pytest.fixture(autouse=True)
def _money_in_en_us():
    """Prices read as in en_US, whatever the machine's locale (app.main sets the system's)."""
    before = money.current_locale()
    money.set_locale("en_US")
    yield
    money.set_locale(before)


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


PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")


@pytest.fixture
def page_factory(qtbot, tmp_path):
    """``page_factory(n)``: a catalog page over ``n`` fake products (not pulled yet)."""

    def make(count: int):
        medusa, payload = fake_pair(count)
        shop = Shop(PROFILE, medusa.client(), payload.client())
        catalog = OfflineCatalog(CatalogStore.open(tmp_path / "w.sqlite3"), shop)
        page = CatalogPage(catalog, close_catalog=False)
        qtbot.addWidget(page)
        page.show()
        return page, catalog, medusa, payload

    return make


@pytest.fixture
async def pulled(page_factory):
    """A page over 2 fake products, pulled; closed (page and store) after the test."""
    page, catalog, medusa, payload = page_factory(2)
    page.pull()
    await wait_until(lambda: page.model.rowCount() == 2 and not page.busy, 5, "pulled")
    yield page, catalog, medusa, payload
    page.shut_down()
    await catalog.aclose()
