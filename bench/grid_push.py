"""Grid push (issue 13): 1,000 variant price edits sent through the variants batch.

All rounds run in this process against the real local Medusa (the tests' stack):

1. seed: ``--products`` products of ``--variants`` variants (Size 1..n, an EUR price
   each, stock not managed) made with ``POST /admin/products/batch``, 25 per request;
   the bench waits until the integration's Payload documents exist (the sync they set
   off would otherwise share the server with the rounds) and reads them into a store;
2. app: every variant gets a new EUR price through ``OfflineCatalog.edit`` of
   ``variants.<id>.prices`` and ``push()`` sends them (per product one re-read, 20
   products a request, and one ``POST /admin/products/{id}/variants/batch`` naming
   its changed variants; 8 products in flight); the push is timed;
3. baseline: another new EUR price for every variant, one ``POST
   /admin/products/{id}/variants/{vid}`` per variant, one after the other, taking the
   server's default answer (the whole product), as a client that knows no better does
   (``--lean-baseline``: asking ``fields=id``, less than a naive client).

The app round runs first, on a server the seeding has just warmed; both rounds are
checked on the server (every variant holds the price sent) and everything made is
deleted at the end. Prints both times and the ratio; target: the app at least 5x faster.
Where the stack's servers run on this machine, each round also prints the CPU they spent
(Medusa, Payload, PostgreSQL; bench/server_cpu.py) until they were idle again, per
variant: the server time a client cannot take away. Both rounds authenticate alike: the
stack's secret key (Medusa hashes it with scrypt on every request), or with
``--password`` the admin's email and password (a session token).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.server_cpu import Meter, spent  # noqa: E402
from bench.stack_catalog import catalog_for, delete_products  # noqa: E402
from desktop_app.api.http import Retry  # noqa: E402
from desktop_app.api.medusa import MedusaClient  # noqa: E402
from desktop_app.api.payload import PayloadClient  # noqa: E402
from desktop_app.api.where import Where  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.store.fields import MEDUSA  # noqa: E402
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

use_test_stack()

SEED_CHUNK = 25  # products per batch create: 250 variants, well under Medusa's 2 MB body
PAYLOAD_WAIT = 120.0  # seconds the integration gets to make the seeded documents
# The stack's integration answers every product-variant event with a Payload sync of its
# product (stack/medusa/src/subscribers): after a round Medusa stays busy for seconds. A
# round starts once a cheap read is back within SETTLED x its idle time, SETTLE_RUN in a row.
SETTLED = 2.0
SETTLE_RUN = 4
SETTLE_MAX = 180.0


def product_body(token: str, n: int, variants: int) -> dict[str, Any]:
    sizes = [str(s) for s in range(1, variants + 1)]
    handle = f"bench-grid-{token}-{n}"
    return {
        "title": f"Bench grid {token} {n}", "handle": handle, "status": "published",
        "options": [{"title": "Size", "values": sizes}],
        "variants": [{"title": f"Size {s}", "sku": f"{handle}-{s}".upper(),
                      "options": {"Size": s}, "manage_inventory": False,
                      "prices": [{"currency_code": "eur", "amount": 10}]} for s in sizes],
    }


async def seed(client: MedusaClient, token: str, products: int, variants: int) -> list[str]:
    """Make the products with the products batch; their ids."""
    ids: list[str] = []
    started = time.perf_counter()
    for start in range(0, products, SEED_CHUNK):
        bodies = [product_body(token, n, variants)
                  for n in range(start, min(products, start + SEED_CHUNK))]
        answer = await client._request("POST", "/admin/products/batch", retry=Retry.NEVER,
                                       params=[("fields", "id")], json={"create": bodies})
        ids += [p["id"] for p in answer["created"]]
    print(f"  seeded {len(ids)} products x {variants} variants in "
          f"{time.perf_counter() - started:.1f} s ({-(-products // SEED_CHUNK)} requests)")
    return ids


async def wait_for_payload(payload: PayloadClient, ids: list[str]) -> None:
    """Until every seeded product has its Payload document (the integration's sync)."""
    started = time.perf_counter()
    while time.perf_counter() - started < PAYLOAD_WAIT:
        page = await payload.find("products", where=Where.in_("medusa_id", ids), limit=1,
                                  select=("medusa_id",))
        if page.total_docs >= len(ids):
            print(f"  Payload documents made in {time.perf_counter() - started:.1f} s")
            return
        await asyncio.sleep(1.0)
    print(f"  Payload had not made every document after {PAYLOAD_WAIT:.0f} s; going on")


async def ping(client: MedusaClient) -> float:
    started = time.perf_counter()
    await client._request("GET", "/admin/products", retry=Retry.SAFE,
                          params=[("fields", "id"), ("limit", "1")])
    return time.perf_counter() - started


async def idle_time(client: MedusaClient) -> float:
    """A cheap read's time on the idle server (the median of 7)."""
    times = sorted([await ping(client) for _ in range(7)])
    return times[3]


async def settle(client: MedusaClient, idle: float) -> float:
    """Wait until the events of the last writes are worked off; the seconds it took."""
    started = time.perf_counter()
    run = 0
    while run < SETTLE_RUN and time.perf_counter() - started < SETTLE_MAX:
        run = run + 1 if await ping(client) <= SETTLED * idle else 0
        await asyncio.sleep(0.25)
    return time.perf_counter() - started


def variants_of(catalog: OfflineCatalog, ids: list[str]) -> list[tuple[str, str]]:
    out = []
    for pid in ids:
        detail = catalog.product(pid)
        assert detail is not None and detail.medusa is not None, pid
        out += [(pid, v["id"]) for v in detail.medusa["variants"]]
    return out


def eur(amount: int) -> list[dict[str, Any]]:
    return [{"currency_code": "eur", "amount": amount}]


def amount_for(n: int, round_base: int) -> int:
    return round_base + n % 97


async def app_round(catalog: OfflineCatalog, wanted: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    by_product: dict[str, dict[str, Any]] = {}
    for n, (pid, vid) in enumerate(wanted):
        by_product.setdefault(pid, {})[f"variants.{vid}.prices"] = eur(amount_for(n, 100))
    for pid, changes in by_product.items():
        catalog.edit(pid, changes)
    recorded = time.perf_counter() - started
    started = time.perf_counter()
    report = await catalog.push()
    elapsed = time.perf_counter() - started
    assert report.sent == len(wanted) and report.failed == report.conflicts == 0, report
    print(f"  app: {len(wanted)} price edits recorded in {recorded:.2f} s; pushed in "
          f"{elapsed:.2f} s ({report.requests} requests: re-reads and one variants batch "
          f"per product)")
    return elapsed


async def baseline_round(client: MedusaClient, wanted: list[tuple[str, str]],
                         lean: bool) -> float:
    """One request per variant, one after the other."""
    params = [("fields", "id")] if lean else None
    started = time.perf_counter()
    for n, (pid, vid) in enumerate(wanted):
        await client._request("POST", f"/admin/products/{pid}/variants/{vid}",
                              retry=Retry.BEFORE_SEND, params=params,
                              json={"prices": eur(amount_for(n, 500))})
    elapsed = time.perf_counter() - started
    print(f"  baseline: {len(wanted)} price edits, one request each, in {elapsed:.1f} s")
    return elapsed


async def check(client: MedusaClient, wanted: list[tuple[str, str]], round_base: int) -> None:
    """Every variant holds the price its round sent."""
    expected = {vid: amount_for(n, round_base) for n, (_pid, vid) in enumerate(wanted)}
    ids = sorted({pid for pid, _ in wanted})
    for start in range(0, len(ids), 50):
        page = await client.list_products(
            fields="id,variants.id,variants.prices.amount,variants.prices.currency_code",
            ids=ids[start:start + 50], limit=50)
        for product in page.products:
            for variant in product.variants or ():
                if variant.id in expected:
                    amounts = [p.amount for p in variant.prices or ()]
                    assert amounts == [expected[variant.id]], (variant.id, amounts)


def cpu(meter: Meter | None, before: dict[str, float] | None, variants: int) -> None:
    """The servers' CPU since ``before``, in all and per variant."""
    if meter is None or before is None:
        return
    after = meter.read()
    total = sum(after.values()) - sum(before.values())
    print(f"  server CPU until idle: {spent(before, after)}; "
          f"{1000 * total / variants:.0f} ms a variant")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=100)
    parser.add_argument("--variants", type=int, default=10)
    parser.add_argument("--lean-baseline", action="store_true",
                        help="the baseline asks fields=id instead of the default answer")
    parser.add_argument("--password", action="store_true",
                        help="both rounds log in with the admin's password, not the key")
    args = parser.parse_args()
    info = read_stack_info()
    meter = Meter.for_state(info.state_file)
    token = uuid.uuid4().hex[:6]
    ids: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        catalog = catalog_for("bench-grid", info, Path(tmp) / "bench.db",
                              password=args.password)
        medusa = catalog.shop.medusa
        payload = catalog.shop.payload
        assert medusa is not None and payload is not None
        try:
            idle = await idle_time(medusa)
            print(f"1. seed {args.products} products of {args.variants} variants "
                  f"(idle read {idle * 1000:.0f} ms)")
            ids = await seed(medusa, token, args.products, args.variants)
            await wait_for_payload(payload, ids)
            await catalog.refresh(ids, servers=(MEDUSA,))
            wanted = variants_of(catalog, ids)
            print(f"  the server settled in {await settle(medusa, idle):.1f} s")
            print(f"2. app: a new EUR price for each of {len(wanted)} variants")
            before = meter.read() if meter else None
            app = await app_round(catalog, wanted)
            app_busy = await settle(medusa, idle)
            print(f"  the server settled {app_busy:.1f} s after the last answer")
            cpu(meter, before, len(wanted))
            await check(medusa, wanted, 100)
            what = "fields=id" if args.lean_baseline else "the default answer"
            print(f"3. baseline: another new EUR price for each of {len(wanted)} variants "
                  f"({what}, {'password' if args.password else 'secret key'})")
            before = meter.read() if meter else None
            base = await baseline_round(medusa, wanted, args.lean_baseline)
            base_busy = await settle(medusa, idle)
            print(f"  the server settled {base_busy:.1f} s after the last answer")
            cpu(meter, before, len(wanted))
            await check(medusa, wanted, 500)
            ratio = base / app
            print(f"  {len(wanted)} prices: app {app:.2f} s, baseline {base:.1f} s → "
                  f"{ratio:.1f}x ({'meets' if ratio >= 5 else 'MISSES'} the 5x target)")
            drained = (base + base_busy) / (app + app_busy)
            print(f"  until the server is idle again: app {app + app_busy:.1f} s, baseline "
                  f"{base + base_busy:.1f} s → {drained:.1f}x")
            print(f"  machine load (1 min) at the end: {os.getloadavg()[0]:.1f} on "
                  f"{os.cpu_count()} cores")
        finally:
            await delete_products(medusa, ids)
            await catalog.aclose()


if __name__ == "__main__":
    asyncio.run(main())
