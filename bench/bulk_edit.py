"""Bulk edit of N products' SEO fields in a local store: plan, apply (record), undo.

A synthetic catalog (``synthetic_catalog.build``) is written to a temporary store.
Measured: ``bulk.plan`` (the preview), ``bulk.apply`` (every edit durable in the outbox,
one transaction) and ``bulk.undo`` (one transaction). Baseline, in the same process and
on a copy of the same catalog: recording the same edits product by product with
``OfflineCatalog.edit`` (one durable commit and one row refresh per product), which is
what a bulk editor built on the single-product API would do.
Target: apply of 1,000 products under a second and ≥ 3× faster than the baseline.
No servers are involved (pushing is the ordinary push, measured end to end in
tests/e2e/bulk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synthetic_catalog import build  # noqa: E402

from desktop_app import bulk  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.store import SearchQuery  # noqa: E402

OPERATION = bulk.SetSeo(meta_title="{title} | Bench shop", meta_description="Buy {title} now")


def timed(label: str, work):
    started = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - started
    print(f"{label:<34} {elapsed * 1000:9.1f} ms")
    return result, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", type=int, default=20_000, help="products in the store")
    parser.add_argument("--products", type=int, default=1_000, help="products edited")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    ours = OfflineCatalog(build(work / "ours.sqlite3", args.catalog))
    base = OfflineCatalog(build(work / "base.sqlite3", args.catalog))
    ids = bulk.select_ids(ours, SearchQuery(sort="handle"))[: args.products]
    print(f"{len(ids):,} products' SEO title and description in a {args.catalog:,}-product store")

    plan, t_plan = timed("preview (bulk.plan)", lambda: bulk.plan(ours, OPERATION, ids))
    result, t_apply = timed("apply (bulk.apply, one transaction)", lambda: bulk.apply(ours, plan))
    _, t_undo = timed("undo (bulk.undo, one transaction)",
                      lambda: bulk.undo(ours, result.op.id))

    def one_by_one() -> None:
        for diff in plan.diffs:
            base.edit(diff.product_id, {c.field: c.after for c in diff.changes})

    _, t_base = timed("baseline: OfflineCatalog.edit each", one_by_one)
    assert len(base.outbox()) == len(ours.outbox(None)) == plan.field_count
    print(f"apply is {t_base / t_apply:.1f}× faster than the baseline "
          f"({t_apply * 1000 / len(ids):.3f} ms vs {t_base * 1000 / len(ids):.3f} ms per product)")
    print(f"preview + apply + undo: {(t_plan + t_apply + t_undo) * 1000:.0f} ms")
    ours.close_now()
    base.close_now()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
