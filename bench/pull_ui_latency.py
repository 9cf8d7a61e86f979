"""How long a full pull blocks the event loop (the GUI's thread), with and without the writer.

A ticker on the loop sleeps 2 ms at a time and records every gap while
``OfflineCatalog.pull()`` reads the whole stack into a fresh store. The baseline,
in the same process, writes on the loop's thread (no ``StoreWriter``), as the app
did before; the app hands its store writes to the writer thread. What is left on
the loop is the HTTP reads and their JSON/pydantic parsing. Against the running
local stack (its current catalog size is printed).

Target: the worst gap shrinks a lot and p99 stays within a frame or two (16 ms); the
figures depend on the machine's load, which is printed alongside.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.api import MedusaClient, PayloadClient, SecretKey  # noqa: E402
from desktop_app.config import MedusaAuth, Profile  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from tests.support.stack import read_stack_info  # noqa: E402
from tests.support.stack_env import use_test_stack  # noqa: E402

# The tests' stack, never the demo a user opens: benchmarks seed and edit products.
use_test_stack()


def open_catalog(info, path: Path, *, writer: bool) -> OfflineCatalog:
    profile = Profile(name="bench", medusa_url=info.medusa_url,
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url=info.payload_url)
    shop = Shop(profile, MedusaClient(info.medusa_url, SecretKey(info.medusa_secret_key)),
                PayloadClient(info.payload_url, info.editor_key))
    catalog = OfflineCatalog(CatalogStore.open(path), shop)
    if not writer:
        catalog._writer.close()
        catalog._writer = None  # the baseline: every write on the loop's thread
    return catalog


async def measure(catalog: OfflineCatalog) -> tuple[float, list[float]]:
    gaps: list[float] = []
    pull = asyncio.ensure_future(catalog.pull())
    started = last = time.perf_counter()
    while not pull.done():
        await asyncio.sleep(0.002)
        now = time.perf_counter()
        gaps.append((now - last) * 1000 - 2)  # beyond the tick itself
        last = now
    report = await pull
    assert report.ok, report
    return time.perf_counter() - started, gaps


def summary(gaps: list[float]) -> str:
    p99 = statistics.quantiles(gaps, n=100)[-1]
    return f"max {max(gaps):.0f} ms, p99 {p99:.1f} ms, over 16 ms: {sum(g > 16 for g in gaps)}"


async def run() -> int:
    info = read_stack_info()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        rounds = (("baseline (writes on the loop)", False), ("app (writer thread)", True))
        for name, writer in rounds:
            catalog = open_catalog(info, Path(tmp) / f"{writer}.sqlite3", writer=writer)
            took, gaps = await measure(catalog)
            rows = catalog.product_count()
            await catalog.aclose()
            results[name] = max(gaps)
            print(f"{name}: full pull of {rows} products in {took:.1f} s; loop blocked "
                  f"{summary(gaps)}")
    base, app = results.values()
    print(f"worst loop block: {base:.0f} ms -> {app:.0f} ms ({base / app:.1f}x smaller); "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(run()))
