"""Completeness scores of 100,000 stored products, against a baseline in the same run.

The store is the synthetic catalog of bench/search.py (bench/synthetic_catalog.py: two
variants priced in EUR, a Lexical description, a Payload document each), given two
regions (EUR and USD: the prices rule fails), SEO fields, thumbnails and images with
and without alt text on a share of the products, so every rule has passes and fails.

Measured, each the best of ``--repeat`` runs:

* baseline: json-decoding the same products' stored records (``medusa_products.raw``
  and ``payload_docs.raw``): the least any scoring that starts from the records costs;
* scores computed: every row's score from its stored facts (``quality_facts``) under new
  rules — read, decode, judge (``checks.judge_with``), no write;
* re-score: the same plus writing the rows whose score changed (``stored.rescore``,
  what a change of the rules, regions or alt texts does), with every score changing;
* report: the per-rule figures of the dashboard (``report.build(products=False)``).

Target: scores computed ≤ 1 s (issue 16), and faster than the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synthetic_catalog import build  # noqa: E402

from desktop_app.quality import report, stored, upkeep  # noqa: E402
from desktop_app.quality.checks import judge_with  # noqa: E402
from desktop_app.quality.rules import QualityRules  # noqa: E402
from desktop_app.store import CatalogStore, taxonomy  # noqa: E402
from desktop_app.store.db import transaction  # noqa: E402

TARGET = 1.0


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def vary(store: CatalogStore, seed: int = 11) -> None:
    """SEO, thumbnails, images and alt texts on a share of the products; two regions."""
    rng = random.Random(seed)
    conn = store.conn
    taxonomy.save_all(conn, taxonomy.REGION, [
        {"id": "reg_eu", "name": "Europe", "currency_code": "eur"},
        {"id": "reg_us", "name": "United States", "currency_code": "usd"}])
    docs = []
    for doc_id, raw in conn.execute("SELECT id, raw FROM payload_docs"):
        doc = json.loads(raw)
        n = int(doc_id)
        doc["seo"] = {"meta_title": doc["title"] * (1 + n % 3) if rng.random() < 0.7 else "",
                      "meta_description": "x" * rng.choice((0, 50, 120, 200))}
        doc["thumbnail"] = n if rng.random() < 0.8 else None
        doc["images"] = [{"id": f"r{n}", "image": 1_000_000 + n}] if n % 2 else []
        docs.append(doc)
    with transaction(conn):
        stored.save_media(conn, [{"id": n, "alt": "front" if n % 5 else ""}
                                 for n in range(1, len(docs) + 1)]
                          + [{"id": 1_000_000 + n, "alt": "" if n % 7 == 0 else "detail"}
                             for n in range(1, len(docs) + 1, 2)])
    store.save_payload(docs)  # rows rebuilt: facts measured
    upkeep.ensure(conn)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", type=Path, help="reuse (or keep) the store at this path")
    args = parser.parse_args()

    path = args.store or Path(tempfile.mkdtemp(prefix="bench-quality-")) / "catalog.sqlite3"
    fresh = not path.exists()
    store = build(path, args.products) if fresh else CatalogStore.open(path)
    if fresh:
        started = time.perf_counter()
        vary(store)
        print(f"varied content and scored in {time.perf_counter() - started:.1f}s")
    conn = store.conn
    count = store.product_count()

    def baseline() -> None:
        for (raw,) in conn.execute("SELECT raw FROM medusa_products"):
            json.loads(raw)
        for (raw,) in conn.execute("SELECT raw FROM payload_docs"):
            json.loads(raw)

    rules = [QualityRules(description_min_words=w) for w in (10, 14)]
    turn = [0]

    def compute() -> None:
        turn[0] += 1
        judge = judge_with(stored.Context(rules[turn[0] % 2], stored.regions(conn),
                                          stored.alts(conn)))
        for (text,) in conn.execute("SELECT quality_facts FROM catalog_rows "
                                    "WHERE quality_facts IS NOT NULL"):
            judge(text)

    def rescore() -> None:
        # Alternating thresholds change every score (12 words: 10 passes, 14 fails).
        turn[0] += 1
        upkeep.use_rules(conn, rules[turn[0] % 2])

    base = best(args.repeat, baseline)
    computed = best(args.repeat, compute)
    rescored = best(args.repeat, rescore)
    figures = best(args.repeat, lambda: report.build(conn, products=False))
    changed = conn.execute("SELECT count(*) FROM catalog_rows WHERE quality < 100").fetchone()[0]
    print(f"{count:,} products ({changed:,} incomplete)")
    print(f"baseline: json-decoding the stored records      {base:7.3f} s")
    print(f"scores computed from the stored facts           {computed:7.3f} s  "
          f"({base / computed:.1f}x faster than the baseline)")
    print(f"re-score with every score changing (written)    {rescored:7.3f} s")
    print(f"report figures (per rule, SQL)                  {figures:7.3f} s")
    ok = computed <= TARGET and computed < base
    print(f"target: scores of {count:,} computed <= {TARGET:.0f} s and faster than the "
          f"baseline: {'ok' if ok else 'MISSED'}")
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
