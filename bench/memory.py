"""Resident memory with 100,000 products cached locally (target: peak RSS <= 250 MB).

Runs in a fresh child process so nothing else inflates the figure: import the app,
open the offline catalog on a 100,000-product store, run searches, open product
details and page through the whole catalog 100 rows at a time, as the list does.
Baseline in the same process: RSS after the imports, before the store is opened.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CHILD = r"""
import json, sys
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return {k: int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")}
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore, SearchQuery
base = rss()
catalog = OfflineCatalog(CatalogStore.open(sys.argv[1]))
words = ["shirt", "blue", "organic mug", "bulk-0", "gift", "winter jacket", "42"]
for i in range(200):
    page = catalog.search(words[i % len(words)], sort=("title", "updated", "handle")[i % 3])
    for row in page.rows[:5]:
        catalog.product(row.product_id)
seen = 0
query = SearchQuery()
total = catalog.count(query)
for offset in range(0, total, 100):
    seen += len(catalog.rows(query, offset, 100))
after = rss()
print(json.dumps({"base": base, "after": after, "rows": seen}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse/keep the synthetic store here")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "catalog.sqlite3"
    if not path.exists():
        from synthetic_catalog import build

        build(path, args.products).close()
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                         text=True, cwd=REPO, check=True)
    figures = json.loads(out.stdout)
    base, after = figures["base"], figures["after"]
    peak = after["VmHWM"]
    print(f"memory: {figures['rows']} products paged through; RSS after imports "
          f"{base['VmRSS']:.0f} MB (baseline), after searches/details/full paging "
          f"{after['VmRSS']:.0f} MB, peak {peak:.0f} MB; the store adds "
          f"{after['VmRSS'] - base['VmRSS']:.0f} MB (target peak <= 250 MB) -> "
          f"{'PASS' if peak <= 250 else 'FAIL'}")
    return 0 if peak <= 250 else 1


if __name__ == "__main__":
    sys.exit(main())
