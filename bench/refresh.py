"""Refresh after one changed product in a 2,000-product shop: requests and time.

Against the local stack (``--ensure-stack`` runs ``stack/up --products 2000``).
A first full pull fills a temporary store; then one product is changed on each
server and an incremental pull runs. Requests are counted per server on the
transport. Baseline, in the same process: reloading the catalog the way the
first window does (``services.live_listing.load_listing``, every product every time).
Target: the incremental refresh costs <= 3 requests per server.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.api import MedusaClient, PayloadClient, SecretKey  # noqa: E402
from desktop_app.config import MedusaAuth, Profile  # noqa: E402
from desktop_app.services.live_listing import load_listing  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

# The tests' stack, never the demo a user opens: benchmarks seed and edit products.
use_test_stack()


class Counting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.counts: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counts[f"{request.method} {request.url.path}"] += 1
        return await self.inner.handle_async_request(request)

    def total(self) -> int:
        return sum(self.counts.values())


def shop(info, medusa_t: Counting, payload_t: Counting) -> Shop:
    profile = Profile(name="bench", medusa_url=info.medusa_url,
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url=info.payload_url)
    return Shop(profile,
                MedusaClient(info.medusa_url, SecretKey(info.medusa_secret_key),
                             transport=medusa_t),
                PayloadClient(info.payload_url, info.editor_key, transport=payload_t))


async def run() -> int:
    info = read_stack_info()
    medusa_t, payload_t = Counting(), Counting()
    catalog = OfflineCatalog(CatalogStore.open(Path(tempfile.mkdtemp()) / "c.sqlite3"),
                             shop(info, medusa_t, payload_t))
    started = time.perf_counter()
    await catalog.pull()
    full_time = time.perf_counter() - started
    products = catalog.product_count()
    print(f"first full pull: {products} products in {full_time:.2f}s, "
          f"{medusa_t.total()} Medusa + {payload_t.total()} Payload requests")

    row = catalog.search(limit=1).rows[0]
    async with httpx.AsyncClient(timeout=60) as http:
        detail = catalog.product(row.product_id)
        status = "draft" if detail.value("status") != "draft" else "published"
        resp = await http.post(f"{info.medusa_url}/admin/products/{row.product_id}",
                               json={"status": status}, params={"fields": "id"},
                               headers={"Authorization": f"Basic {info.medusa_secret_key}"})
        resp.raise_for_status()
        resp = await http.patch(f"{info.payload_url}/api/products/{row.payload_id}",
                                json={"subtitle": f"bench {time.time():.0f}"},
                                params={"select[id]": "true"},
                                headers={"Authorization": f"users API-Key {info.editor_key}"})
        resp.raise_for_status()

    medusa_t.counts.clear()
    payload_t.counts.clear()
    started = time.perf_counter()
    report = await catalog.pull()
    inc_time = time.perf_counter() - started
    m, p = medusa_t.total(), payload_t.total()
    print(f"incremental refresh: {report.servers['medusa'].changed} + "
          f"{report.servers['payload'].changed} changed rows in {inc_time * 1000:.0f} ms; "
          f"requests Medusa {m} {dict(medusa_t.counts)}, Payload {p} {dict(payload_t.counts)}")
    await catalog.aclose()

    base_m, base_p = Counting(), Counting()
    started = time.perf_counter()
    async with shop(info, base_m, base_p) as baseline_shop:
        await load_listing(baseline_shop)
    base_time = time.perf_counter() - started
    print(f"baseline (reload everything, services.live_listing): {base_m.total()} Medusa + "
          f"{base_p.total()} Payload requests in {base_time * 1000:.0f} ms")
    ok = m <= 3 and p <= 3
    print(f"refresh: {m}+{p} requests vs {base_m.total()}+{base_p.total()} "
          f"({(base_m.total() + base_p.total()) / max(1, m + p):.0f}x fewer), "
          f"{base_time / inc_time:.0f}x faster (target <= 3 per server) -> "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ensure-stack", action="store_true",
                        help="run stack/up --products 2000 first")
    args = parser.parse_args()
    if args.ensure_stack:
        subprocess.run([sys.executable, str(REPO / "stack/stackctl"), "up", "--products",
                        "2000"], check=True)
    return asyncio.run(run())


if __name__ == "__main__":
    sys.exit(main())
