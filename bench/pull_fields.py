"""What the store's wider product read costs: a full Medusa pull with the fields before
issue 12 vs the pull's read now (``records.MEDUSA_PULL_FIELDS`` plus one request per page
for categories and tags, ``exchange.pull.with_terms``).

Against the tests' stack, the script adds ``--products`` products that use everything the
new fields read (2 variants managing stock at 2 locations, 2 categories, a collection, a
tag, a type, a sales channel, 2 images; ``--plain``: none of it), waits until Payload
mirrored them (the mirror reads Medusa too), times whole-catalog reads (the pull's client,
page size and record conversion) with each way, alternating, and deletes all it made.

Compared with the fields before (baseline): the pull's read, the same without stock
levels (what stock costs), every new field in one request (``MEDUSA_STORE_FIELDS``, what
a push or an editor reload reads per product), and the ``*relation`` form of
docs/medusa-endpoints.md. Figures and ratios; target: the pull's read beats one request
(it reads much more than before: every relation costs Medusa a join, and joined in one
request they multiply).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.api import MedusaClient, SecretKey  # noqa: E402
from desktop_app.exchange.pull import MEDUSA_PAGE, with_terms  # noqa: E402
from desktop_app.store.records import (  # noqa: E402
    MEDUSA_PULL_FIELDS,
    MEDUSA_STORE_FIELDS,
    medusa_record,
)
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

use_test_stack()  # never the demo a user opens

BEFORE = (  # MEDUSA_STORE_FIELDS before issue 12
    "id", "handle", "title", "subtitle", "status", "description", "metadata",
    "updated_at", "deleted_at", "variants.id", "variants.title", "variants.sku",
    "variants.prices.amount", "variants.prices.currency_code",
)
NO_STOCK = tuple(f for f in MEDUSA_PULL_FIELDS if not f.startswith("variants.inventory_items"))
WIDE = ("id,handle,title,subtitle,status,description,metadata,updated_at,deleted_at,"
        "thumbnail,collection_id,type_id,*options,*options.values,*variants,*variants.options,"
        "*variants.prices,*variants.inventory_items,"
        "*variants.inventory_items.inventory.location_levels,*sales_channels,*categories,"
        "*tags,*images")
BATCH = 50


async def _post(c: httpx.AsyncClient, path: str, body: Any) -> Any:
    resp = await c.post(path, json=body, timeout=300)
    if resp.status_code >= 400:
        raise RuntimeError(f"POST {path}: {resp.status_code} {resp.text[:500]}")
    return resp.json()


async def setup(c: httpx.AsyncClient, n: int, uid: str, made: dict[str, list[str]],
                plain: bool = False) -> None:
    async def one(path: str, body: dict[str, Any], key: str) -> str:
        made_id = (await _post(c, path, body))[key]["id"]
        made.setdefault(path, []).append(made_id)
        return str(made_id)

    locations = [await one("/admin/stock-locations", {"name": f"Bench {uid} {i}"},
                           "stock_location") for i in (1, 2)]
    top = await one("/admin/product-categories", {"name": f"Bench {uid}"}, "product_category")
    sub = await one("/admin/product-categories",
                    {"name": f"Bench {uid} sub", "parent_category_id": top}, "product_category")
    collection = await one("/admin/collections", {"title": f"Bench {uid}"}, "collection")
    tag = await one("/admin/product-tags", {"value": f"bench-{uid}"}, "product_tag")
    kind = await one("/admin/product-types", {"value": f"Bench {uid}"}, "product_type")
    channel = await one("/admin/sales-channels", {"name": f"Bench {uid}"}, "sales_channel")
    started = time.perf_counter()
    for start in range(0, n, BATCH):
        chunk = [{
            "title": f"Bench fields {uid} {i}", "handle": f"bench-f-{uid}-{i}",
            "options": [{"title": "Size", "values": ["S", "M"]}],
            "variants": [{"title": s, "sku": f"BF-{uid}-{i}-{s}", "options": {"Size": s},
                          "prices": [{"currency_code": "eur", "amount": 10}],
                          "manage_inventory": True} for s in ("S", "M")],
            "categories": [{"id": top}, {"id": sub}], "collection_id": collection,
            "tags": [{"id": tag}], "type_id": kind, "sales_channels": [{"id": channel}],
            "thumbnail": f"http://localhost/static/{i}-a.png",
            "images": [{"url": f"http://localhost/static/{i}-a.png"},
                       {"url": f"http://localhost/static/{i}-b.png"}],
        } for i in range(start, min(n, start + BATCH))]
        if plain:  # no organise, no images, no stock: what a shop without them pays
            for product in chunk:
                for key in ("categories", "collection_id", "tags", "type_id", "sales_channels",
                            "thumbnail", "images"):
                    del product[key]
                for variant in product["variants"]:
                    variant["manage_inventory"] = False
        result = await _post(c, "/admin/products/batch?fields=id,variants.id,"
                             "variants.inventory_items.inventory_item_id", {"create": chunk})
        made.setdefault("products", []).extend(p["id"] for p in result["created"])
        items = [v["inventory_items"][0]["inventory_item_id"]
                 for p in result["created"] for v in p["variants"] if v["inventory_items"]]
        levels = [{"inventory_item_id": item, "location_id": loc, "stocked_quantity": 5}
                  for item in items for loc in locations]
        if levels:
            await _post(c, "/admin/inventory-items/location-levels/batch", {"create": levels})
        print(f"  made {len(made['products'])}/{n} ({time.perf_counter() - started:.0f}s)",
              flush=True)


async def cleanup(c: httpx.AsyncClient, made: dict[str, list[str]]) -> None:
    ids = made.pop("products", [])
    for start in range(0, len(ids), BATCH):
        await _post(c, "/admin/products/batch", {"delete": ids[start : start + BATCH]})
    for path in ("/admin/sales-channels", "/admin/product-types", "/admin/product-tags",
                 "/admin/collections", "/admin/product-categories", "/admin/stock-locations"):
        for made_id in reversed(made.get(path, [])):
            await c.delete(f"{path}/{made_id}")
    print(f"cleanup: deleted {len(ids)} products and their terms")


async def wait_for_mirror(c: httpx.AsyncClient, ids: list[str]) -> None:
    """Payload's mirror of new products reads Medusa too: time only once it is done."""
    pending, started = set(ids), time.perf_counter()
    while pending and time.perf_counter() - started < 600:
        for start in range(0, len(ids), 100):
            part = [i for i in ids[start : start + 100] if i in pending]
            if part:
                resp = await c.get("/admin/products", params=[
                    ("fields", "id,metadata"), ("limit", "100"), *(("id[]", i) for i in part)])
                pending -= {p["id"] for p in resp.json()["products"]
                            if (p.get("metadata") or {}).get("payload_id")}
        if pending:
            await asyncio.sleep(2)
    print(f"mirrored into Payload after {time.perf_counter() - started:.0f}s", flush=True)


async def read_all(url: str, key: str, fields: Any, split: bool = False) -> tuple[int, float]:
    started = time.perf_counter()
    async with MedusaClient(url, SecretKey(key)) as client:
        count = 0
        products = client.iter_all_products(fields=fields, page_size=MEDUSA_PAGE)
        async for product in with_terms(client, products) if split else products:
            if fields is not WIDE:
                medusa_record(product)  # the conversion is part of the pull
            count += 1
    return count, time.perf_counter() - started


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--plain", action="store_true",
                        help="products without organise, images or stock")
    args = parser.parse_args()
    info = read_stack_info()
    uid = uuid.uuid4().hex[:6]
    made: dict[str, list[str]] = {}
    async with httpx.AsyncClient(base_url=info.medusa_url, timeout=300, headers={
            "Authorization": f"Basic {info.medusa_secret_key}"}) as c:
        try:
            await setup(c, args.products, uid, made, args.plain)
            await wait_for_mirror(c, made["products"])
            ways = {"before": (BEFORE, False), "pull now": (MEDUSA_PULL_FIELDS, True),
                    "pull, no stock": (NO_STOCK, True),
                    "one request": (MEDUSA_STORE_FIELDS, False), "*relation": (WIDE, False)}
            times: dict[str, list[float]] = {k: [] for k in ways}
            await read_all(info.medusa_url, info.medusa_secret_key, MEDUSA_PULL_FIELDS)  # warm
            for _ in range(args.rounds):
                for name, (fields, split) in ways.items():
                    count, seconds = await read_all(info.medusa_url, info.medusa_secret_key,
                                                    fields, split)
                    times[name].append(seconds)
            base = statistics.median(times["before"])
            for name, spent in times.items():
                mid = statistics.median(spent)
                print(f"{name:>14}: {count} products, median {mid:.2f}s "
                      f"(min {min(spent):.2f}s) -> {mid / base:.2f}x the fields before")
            ratio = statistics.median(times["pull now"]) / base
            # Without relations the extra request per page costs a little (no join to spare).
            ok = args.plain or (statistics.median(times["pull now"])
                                < statistics.median(times["one request"]))
            print(f"the pull's read: {ratio:.2f}x the fields before; faster than one request "
                  f"-> {'PASS' if ok else 'FAIL'} (every relation costs Medusa a join)")
        finally:
            await cleanup(c, made)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
