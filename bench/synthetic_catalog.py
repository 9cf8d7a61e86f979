"""A synthetic catalog written straight into a store (shared by the offline benchmarks)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from desktop_app.store import CatalogStore

ADJECTIVES = ("blue", "red", "green", "organic", "vintage", "classic", "soft", "heavy", "slim",
              "bold", "linen", "woollen", "leather", "cotton", "summer", "winter", "urban",
              "coastal", "alpine", "nordic", "royal", "rustic", "silk", "denim", "canvas")
NOUNS = ("shirt", "mug", "jacket", "scarf", "bag", "cap", "sock", "lamp", "chair", "table",
         "bottle", "notebook", "pillow", "blanket", "poster", "wallet", "belt", "boot",
         "sweater", "apron", "kettle", "vase", "candle", "towel", "hoodie")
WORDS = ("crafted", "durable", "everyday", "gift", "handmade", "light", "premium", "recycled",
         "sustainable", "washable", "travel", "studio", "kitchen", "garden", "office")


def lexical(text: str) -> dict:
    return {"root": {"type": "root", "format": "", "indent": 0, "version": 1, "direction": "ltr",
                     "children": [{"type": "paragraph", "format": "", "indent": 0, "version": 1,
                                   "children": [{"type": "text", "text": text, "format": 0,
                                                 "mode": "normal", "style": "", "detail": 0,
                                                 "version": 1}]}]}}


def build(path: Path | str, count: int, seed: int = 7) -> CatalogStore:
    """Fill a store at ``path`` with ``count`` linked products; prints the time taken."""
    rng = random.Random(seed)
    store = CatalogStore.open(path)
    started = time.perf_counter()
    batch_m, batch_p = [], []
    for n in range(count):
        title = f"{rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS)} {n}"
        pid = f"prod_{n:08d}"
        handle = f"bulk-{n:05d}"
        batch_m.append({
            "id": pid, "handle": handle, "title": title, "subtitle": None,
            "status": rng.choice(("published", "published", "draft", "proposed")),
            "description": "", "metadata": {"payload_id": str(n + 1)},
            "updated_at": f"2026-11-{1 + n % 27:02d}T05:{n % 60:02d}:00.000Z", "deleted_at": None,
            "variants": [{"id": f"variant_{n}_{s}", "title": s, "sku": f"BULK-{n:05d}-{s}",
                          "prices": [{"currency_code": "eur", "amount": 10 + n % 50}]}
                         for s in ("S", "M")],
        })
        text = " ".join(rng.choice(WORDS) for _ in range(12))
        batch_p.append({"id": str(n + 1), "medusa_id": pid, "title": title,
                        "subtitle": rng.choice(WORDS).title(), "description": lexical(text),
                        "seo": None, "updated_at": "2026-11-27T06:00:00.000Z"})
        if len(batch_m) >= 2000 or n == count - 1:
            # Both copies first, then one row refresh: each FTS row is written once.
            store.save_medusa(batch_m, refresh=False)
            ids = store.save_payload(batch_p, refresh=False)
            store.refresh_rows(ids)
            batch_m, batch_p = [], []
    store.conn.execute("PRAGMA optimize")
    print(f"built {count} products in {time.perf_counter() - started:.1f}s")
    return store
