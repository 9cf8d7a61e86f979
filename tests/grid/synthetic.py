"""A store of products with variants, prices per currency and region, and stock levels,
in the shapes the pull stores (store/records.py), for grid tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore, taxonomy

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")
REGIONS = [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"},
           {"id": "reg_us", "name": "United States", "currency_code": "usd"}]
LOCATIONS = [{"id": "sloc_main", "name": "Main warehouse"},
             {"id": "sloc_east", "name": "East"}]
SIZES = ("S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL", "6XL", "7XL")


def product(n: int, variants: int = 4) -> dict:
    pid = f"prod_{n:06d}"
    rows = []
    for v in range(variants):
        vid = f"variant_{n:06d}_{v:02d}"
        rows.append({
            "id": vid, "title": SIZES[v % len(SIZES)], "sku": f"SKU-{n:06d}-{v:02d}",
            "barcode": None, "ean": None, "upc": None,
            "prices": [{"currency_code": "eur", "amount": 10 + v},
                       {"currency_code": "usd", "amount": 12 + v},
                       {"currency_code": "eur", "amount": 9 + v, "region_id": "reg_eu"}],
            "options": {"Size": SIZES[v % len(SIZES)]},
            "manage_inventory": True, "allow_backorder": False,
            "inventory_item_id": f"iitem_{n:06d}_{v:02d}",
            "levels": {"sloc_main": {"stocked": 5 + v, "reserved": 0}},
        })
    return {"id": pid, "handle": f"product-{n:06d}", "title": f"Product {n:06d}",
            "subtitle": None, "status": "published", "description": None, "metadata": {},
            "updated_at": "2026-12-01T10:00:00.000Z", "deleted_at": None,
            "options": [{"id": f"opt_{n:06d}", "title": "Size",
                         "values": [{"id": f"optval_{n}_{v}", "value": SIZES[v % len(SIZES)]}
                                    for v in range(variants)]}],
            "variants": rows}


def build_store(path: Path, products: int, variants: int = 4) -> CatalogStore:
    store = CatalogStore.open(path)
    store.save_medusa(product(n, variants) for n in range(products))
    taxonomy.save_all(store.conn, taxonomy.CURRENCY, ["eur", "usd"])
    taxonomy.save_all(store.conn, taxonomy.REGION, REGIONS)
    taxonomy.save_all(store.conn, taxonomy.LOCATION, LOCATIONS)
    return store


def grid_catalog(path: Path, products: int = 3, variants: int = 4) -> OfflineCatalog:
    """A catalog (no servers reachable) holding ``products`` × ``variants``."""
    return OfflineCatalog(build_store(path, products, variants), Shop(PROFILE, None, None))
