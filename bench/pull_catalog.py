"""Pull a 2,000-product catalog: the app's client vs a plain sequential default-fields loop.

Both run in this process against the same real Medusa; the script prints each figure
and the ratio (target: the app is at least 3x faster).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.api import MedusaClient, SecretKey  # noqa: E402
from desktop_app.services.live_listing import MEDUSA_FIELDS  # noqa: E402
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

# The tests' stack, never the demo a user opens: benchmarks seed and edit products.
use_test_stack()


def ensure_catalog(products: int) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "stack/stackctl"), "up", "--products", str(products)],
        check=True,
    )


async def baseline(url: str, key: str) -> tuple[int, float]:
    """What a naive script does: default fields, limit=50, one page after the other."""
    started = time.perf_counter()
    seen = 0
    async with httpx.AsyncClient(
        base_url=url, timeout=120, headers={"Authorization": f"Basic {key}"}
    ) as client:
        offset, count = 0, None
        while count is None or offset < count:
            resp = await client.get("/admin/products", params={"limit": 50, "offset": offset})
            resp.raise_for_status()
            body = resp.json()
            count = body["count"]
            seen += len(body["products"])
            offset += 50
    return seen, time.perf_counter() - started


async def app_pull(url: str, key: str) -> tuple[int, float]:
    started = time.perf_counter()
    async with MedusaClient(url, SecretKey(key)) as client:
        seen = [p.id async for p in client.iter_all_products(fields=MEDUSA_FIELDS)]
    return len(seen), time.perf_counter() - started


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ensure_catalog(args.products)
    info = read_stack_info()
    await app_pull(info.medusa_url, info.medusa_secret_key)  # warm both paths once
    base_times, app_times = [], []
    for _ in range(args.rounds):
        n_base, t_base = await baseline(info.medusa_url, info.medusa_secret_key)
        n_app, t_app = await app_pull(info.medusa_url, info.medusa_secret_key)
        base_times.append(t_base)
        app_times.append(t_app)
        print(
            f"baseline: {n_base} products in {t_base:.2f}s | app: {n_app} products in {t_app:.2f}s"
        )
    best_base, best_app = min(base_times), min(app_times)
    ratio = best_base / best_app
    print(
        f"pull_catalog: baseline best {best_base:.2f}s, app best {best_app:.2f}s, "
        f"ratio {ratio:.1f}x (target >= 3x) -> {'PASS' if ratio >= 3 else 'FAIL'}"
    )
    return 0 if ratio >= 3 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
