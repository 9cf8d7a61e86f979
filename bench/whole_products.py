"""Whole products (issue 12): creating products offline and pushing them, and stock.

All rounds run in this process against the real local Medusa (the tests' stack):

1. create: 200 products of 4 variants (Size x Color, an EUR price each) made offline
   through ``OfflineCatalog.create_product`` and sent by ``push()`` (one create request
   per product, 8 in flight), against a baseline that sends one request per product,
   per variant and per price, one after the other (product with its options; each
   variant; each variant's price). Prints products/s both ways and the ratio.
2. stock: 1,000 variant levels set at one stock location through ``set_stock`` +
   ``push()`` (levels read and written through Medusa's batch endpoints) against one
   request per level (``POST /admin/inventory-items/{id}/location-levels``) at another
   location. Target: at least 5x faster.

Everything made is checked on the server (variants, prices, levels) and deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.stack_catalog import catalog_for, delete_products  # noqa: E402
from desktop_app.api.medusa_structure import MedusaStructure  # noqa: E402
from desktop_app.services.new_product import ProductDraft  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

use_test_stack()

OPTIONS = [("Size", ["S", "M"]), ("Color", ["Red", "Blue"])]


def draft(token: str, n: int) -> ProductDraft:
    return ProductDraft(title=f"Bench {token} {n}", handle=f"bench-{token}-{n}", options=OPTIONS,
                        prices=[{"currency_code": "eur", "amount": 10 + n % 7}])


async def app_create(catalog: OfflineCatalog, token: str, count: int) -> tuple[float, list[str]]:
    started = time.perf_counter()
    local = [catalog.create_product(draft(token, n)) for n in range(count)]
    recorded = time.perf_counter() - started
    started = time.perf_counter()
    report = await catalog.push()
    pushed = time.perf_counter() - started
    ops = report.operations
    assert ops is not None and ops.created == count, ops
    print(f"  app: {count} drafts recorded offline in {recorded:.2f} s; "
          f"pushed in {pushed:.1f} s ({ops.requests} API calls)")
    return pushed, [catalog.server_id(pid) for pid in local]


async def baseline_create(
    api: MedusaStructure, client: Any, token: str, count: int
) -> tuple[float, list[str]]:
    """One request per product, per variant and per price, one after the other."""
    ids = []
    requests = 0
    started = time.perf_counter()
    for n in range(count):
        product = await api.create_product({
            "title": f"Base {token} {n}", "handle": f"base-{token}-{n}",
            "options": [{"title": t, "values": list(v)} for t, v in OPTIONS]})
        requests += 1
        ids.append(product["id"])
        for size in OPTIONS[0][1]:
            for color in OPTIONS[1][1]:
                body = await client._request(
                    "POST", f"/admin/products/{product['id']}/variants", retry=_never(),
                    json={"title": f"{size} / {color}", "options": {"Size": size, "Color": color},
                          "prices": []}, params=[("fields", "id,variants.id,variants.title")])
                requests += 1
                variant = next(v for v in body["product"]["variants"]
                               if v["title"] == f"{size} / {color}")
                await client._request(
                    "POST", f"/admin/products/{product['id']}/variants/{variant['id']}",
                    retry=_never(), json={"prices": [{"currency_code": "eur",
                                                      "amount": 10 + n % 7}]},
                    params=[("fields", "id")])
                requests += 1
    elapsed = time.perf_counter() - started
    print(f"  baseline: {count} products in {elapsed:.1f} s ({requests} requests)")
    return elapsed, ids


def _never() -> Any:
    from desktop_app.api.http import Retry

    return Retry.NEVER


async def check_created(api: MedusaStructure, ids: list[str]) -> None:
    for pid in ids[:: max(1, len(ids) // 10)]:
        product = await api.read_product(pid)
        variants = product["variants"]
        assert len(variants) == 4, (pid, len(variants))
        assert all(v["prices"] for v in variants), pid


async def stock_round(catalog: OfflineCatalog, api: MedusaStructure, ids: list[str],
                      levels: int) -> tuple[float, float]:
    loc_base = (await api.create_stock_location(f"Bench base {uuid.uuid4().hex[:6]}"))["id"]
    loc_app = (await api.create_stock_location(f"Bench app {uuid.uuid4().hex[:6]}"))["id"]
    await catalog.refresh(ids)
    wanted = []
    for pid in ids:
        detail = catalog.product(pid)
        assert detail is not None and detail.medusa is not None
        for variant in detail.medusa["variants"]:
            wanted.append((pid, variant["id"], variant.get("inventory_item_id")))
    wanted = wanted[:levels]
    assert len(wanted) == levels, f"only {len(wanted)} variants"
    items = {vid: iid for _, vid, iid in wanted}
    missing = [vid for vid, iid in items.items() if not iid]
    if missing:  # a pull without inventory fields: read them like the push does
        for pid in sorted({pid for pid, vid, _ in wanted if vid in missing}):
            for row in await api.variant_levels(pid):
                items[row["variant_id"]] = row["inventory_item_id"]

    started = time.perf_counter()
    for n, (_, vid, _) in enumerate(wanted):
        await api.set_level(items[vid], loc_base, n % 50, exists=False)
    baseline = time.perf_counter() - started
    print(f"  baseline: {levels} levels, one request each, in {baseline:.1f} s")

    started = time.perf_counter()
    catalog.set_stock([(pid, vid, loc_app, n % 50) for n, (pid, vid, _) in enumerate(wanted)])
    recorded = time.perf_counter() - started
    report = await catalog.push()
    app = time.perf_counter() - started
    ops = report.operations
    assert ops is not None and ops.applied == levels, ops
    print(f"  app: recorded in {recorded:.2f} s, pushed ({ops.requests} API calls) — "
          f"{app:.2f} s in all")

    current = await api.inventory_levels(sorted(set(items.values())))
    got = {item: lv["stocked_quantity"]
           for item, levels_ in current.items() for lv in levels_
           if lv["location_id"] == loc_app}
    for n, (_, vid, _) in enumerate(wanted):
        assert got.get(items[vid]) == n % 50, (vid, got.get(items[vid]))
    return baseline, app


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--levels", type=int, default=1000)
    args = parser.parse_args()
    info = read_stack_info()
    token = uuid.uuid4().hex[:6]
    made: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        catalog = catalog_for("bench-whole", info, Path(tmp) / "bench.db")
        medusa = catalog.shop.medusa  # type: ignore[union-attr]
        api = MedusaStructure(medusa)
        try:
            print(f"1. create {args.products} products of 4 variants")
            base_time, base_ids = await baseline_create(api, medusa, token, args.products)
            made += base_ids
            app_time, app_ids = await app_create(catalog, token, args.products)
            made += app_ids
            await check_created(api, app_ids)
            await check_created(api, base_ids)
            base_rate, app_rate = args.products / base_time, args.products / app_time
            print(f"  products/s: app {app_rate:.1f}, baseline {base_rate:.1f} "
                  f"→ {app_rate / base_rate:.1f}x")

            extra = max(0, (args.levels + 3) // 4 - args.products)
            if extra:
                _, more = await app_create(catalog, token + "x", extra)
                made += more
                app_ids += more
            print(f"2. stock for {args.levels} variants")
            base_stock, app_stock = await stock_round(catalog, api, app_ids, args.levels)
            ratio = base_stock / app_stock
            print(f"  stock: app {app_stock:.2f} s, baseline {base_stock:.1f} s → {ratio:.1f}x "
                  f"({'meets' if ratio >= 5 else 'MISSES'} the 5x target)")
        finally:
            await delete_products(api, made)
            await catalog.aclose()


if __name__ == "__main__":
    asyncio.run(main())
