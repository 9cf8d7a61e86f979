"""Opening the timeline of a product with 100 Payload versions, against a baseline in the run.

The product has a ~6 KB description (48 blocks: headings, paragraphs, list items); the store
holds 100 states of it pulled from Payload and 20 from Medusa, each changing a block or a
price, and 60 pushed edits; Payload answers 100 versions of it (as the editorial stack does,
``GET /api/products/versions?where[parent][equals]=…&limit=100&depth=0``, ~0.6 MB of JSON)
from memory through the app's own client (an ``httpx.MockTransport``: no network, so what is
timed is the app's work, not the server's). Caches are emptied before every run (a cold open).

Measured, each the best of ``--repeat`` runs:

* baseline: json-decoding Payload's answer and the store's states (``SELECT content FROM
  timeline_states`` + ``json.loads``), and a plain text diff (difflib) of the newest two
  versions' descriptions as indented JSON: the least any timeline with a diff costs;
* store's part: the point list from the store (``timeline.build.local``) and a first diff
  (the newest two states pulled from Payload, the description by block): what the window
  can show before Payload answers;
* with versions: Payload's 100 versions read through the client and turned into points, the
  whole point list, and the first diff (the newest version against the one before, the
  description by block): what the window shows when Payload has answered;
* window (``--window``): the Qt window built, filled and painted offscreen with the versions.

Target: with versions ≤ 100 ms (issue 16).

What recording states costs a pull (``--pull N``, default 2,000): saving N products of both
servers as a pull does (``save_medusa``/``save_payload``, rows refreshed; ~1 KB descriptions),
into an empty store (every copy a new state), then the same copies again (a full pull that
finds nothing new: Payload's are not even hashed), then with only ``updated_at`` moved
(Medusa's sync PATCHes do that to Payload: hashed, no state); the time spent in the
timeline's hook is measured inside each save, so the machine's other work weighs on both.

    .venv/bin/python bench/timeline.py [--repeat 7] [--window] [--pull 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.api.capabilities import (  # noqa: E402
    Capability,
    Feature,
    ShopCapabilities,
    Support,
)
from desktop_app.api.http import RetryPolicy  # noqa: E402
from desktop_app.api.medusa import MedusaClient  # noqa: E402
from desktop_app.api.medusa_auth import SecretKey  # noqa: E402
from desktop_app.api.payload import PayloadClient  # noqa: E402
from desktop_app.config import MedusaAuth, Profile  # noqa: E402
from desktop_app.richtext import markdown_to_lexical  # noqa: E402
from desktop_app.services.capabilities import CapabilityCache  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.timeline import blocks, build, diff  # noqa: E402
from desktop_app.timeline.points import Kind  # noqa: E402

TARGET = 0.100
PID = "prod_bench"
DOC_ID = 7
VERSIONS = 100
PROFILE = Profile(name="Bench", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")


def stamp(n: int) -> str:
    return f"2026-03-{1 + n // 1440:02d}T{n // 60 % 24:02d}:{n % 60:02d}:00.000Z"


def markdown(version: int) -> str:
    """48 blocks; version ``n`` rewords paragraph ``n % 16`` and a list item."""
    parts = []
    for section in range(8):
        parts.append(f"## Section {section + 1}")
        for para in range(2):
            k = section * 2 + para
            extra = f" (revision {version})" if version % 16 == k else ""
            parts.append(f"Paragraph {k}: made from **bamboo** and *oiled by hand*, packed "
                         f"without plastic and shipped within two days{extra}.")
        parts.append("\n".join(f"- Point {section}.{i}" + (f" v{version}" if i == version % 3
                                                          else "") for i in range(3)))
    return "\n\n".join(parts)


def payload_doc(version: int) -> dict[str, Any]:
    return {"id": str(DOC_ID), "medusa_id": PID, "title": f"Bamboo brush v{version}",
            "subtitle": "Soft bristles", "description": markdown_to_lexical(markdown(version)),
            "seo": {"meta_title": "Bamboo brush", "meta_description": None,
                    "meta_keywords": None}, "thumbnail": None, "images": [],
            "updated_at": stamp(10 * version)}


def medusa_record(n: int) -> dict[str, Any]:
    return {"id": PID, "handle": "bamboo-brush", "title": "Bamboo brush", "status": "published",
            "metadata": {"payload_id": str(DOC_ID)}, "updated_at": stamp(10 * n + 5),
            "variants": [{"id": f"var_{v}", "title": f"V{v}", "sku": f"BB-{v}",
                          "prices": [{"currency_code": "eur", "amount": 10 + n}]}
                         for v in range(4)]}


def versions_answer() -> bytes:
    docs = []
    for n in range(VERSIONS, 0, -1):  # newest first, as sort=-updatedAt answers
        content = {k: v for k, v in payload_doc(n).items() if k not in ("id", "updated_at")}
        docs.append({"id": n, "parent": DOC_ID, "createdAt": stamp(10 * n + 1),
                     "updatedAt": stamp(10 * n + 1), "autosave": n % 3 == 0,
                     "latest": n == VERSIONS, "snapshot": None, "publishedLocale": None,
                     "version": {**content, "updatedAt": stamp(10 * n),
                                 "_status": "draft" if n % 2 else "published"}})
    return json.dumps({"docs": docs, "totalDocs": VERSIONS, "limit": VERSIONS,
                       "totalPages": 1, "page": 1, "hasNextPage": False,
                       "hasPrevPage": False}).encode()


class Fixed(CapabilityCache):
    async def get(self, shop: Any, *, refresh: bool = False, extra_locales: Any = ()
                  ) -> ShopCapabilities:
        def one(feature: Feature, on: bool) -> Capability:
            return Capability(feature, Support.AVAILABLE if on else Support.MISSING)

        return ShopCapabilities(one(Feature.VERSIONS, True), one(Feature.DRAFTS, True),
                                one(Feature.LOCALISED_CONTENT, False),
                                one(Feature.MEDUSA_TRANSLATIONS, False))


def seed(path: Path) -> CatalogStore:
    store = CatalogStore.open(path)
    for n in range(1, VERSIONS + 1):
        store.save_payload([payload_doc(n)])
        if n % 5 == 0:
            store.save_medusa([medusa_record(n)])
    # 60 pushed edits, settled: what the outbox keeps of them.
    rows = [(PID, "payload", "subtitle", json.dumps("a"), json.dumps(f"Sent {n}"), "done",
             "sent", stamp(10 * n + 2), stamp(10 * n + 2)) for n in range(60)]
    store.conn.executemany(
        """INSERT INTO outbox (product_id, server, field, base, mine, state, outcome,
               created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)""", rows)
    return store


def catalog_for(store: CatalogStore, answer: bytes) -> OfflineCatalog:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/products/versions"
        return httpx.Response(200, content=answer, headers={"content-type": "application/json"})

    payload = PayloadClient("http://payload.test", "key", transport=httpx.MockTransport(handle),
                            retry_policy=RetryPolicy(attempts=1))
    medusa = MedusaClient("http://medusa.test", SecretKey("sk_bench"),
                          transport=httpx.MockTransport(lambda r: httpx.Response(404)))
    return OfflineCatalog(store, Shop(PROFILE, medusa, payload, capability_cache=Fixed()))


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        blocks._blocks_of_json.cache_clear()  # a cold open: no block exported before
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--window", action="store_true",
                        help="also the Qt window, offscreen")
    parser.add_argument("--pull", type=int, default=2000, metavar="N",
                        help="products saved to time the recording of states (0: skip)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    started = time.perf_counter()
    store = seed(tmp / "catalog.sqlite3")
    answer = versions_answer()
    catalog = catalog_for(store, answer)
    loop = asyncio.new_event_loop()
    print(f"seeded in {time.perf_counter() - started:.1f}s: "
          f"{store.conn.execute('SELECT COUNT(*) FROM timeline_states').fetchone()[0]} states, "
          f"60 pushed edits, {VERSIONS} versions ({len(answer) / 1e6:.2f} MB of JSON)")

    def baseline() -> None:
        decoded = json.loads(answer)
        for row in store.conn.execute(
                "SELECT content FROM timeline_states WHERE product_id=? ORDER BY id", (PID,)):
            json.loads(row[0])
        a, b = (json.dumps(d["version"]["description"], indent=1, sort_keys=True).splitlines()
                for d in decoded["docs"][:2])
        list(difflib.unified_diff(a, b, lineterm=""))

    def local() -> int:
        timeline = build.local(catalog, PID)
        newest = [p for p in timeline.points if p.kind is Kind.PULLED and p.server == "payload"]
        result = diff.compare(timeline, newest[1].id, newest[0].id)
        return len(result.field("description").blocks)

    def with_versions() -> tuple[int, int]:
        read = loop.run_until_complete(build.read_versions(catalog, PID))
        timeline = build.local(catalog, PID, read)
        listed = [p for p in timeline.points if p.kind is Kind.VERSION]
        result = diff.compare(timeline, listed[1].id, listed[0].id)
        return len(timeline.points), len(result.field("description").blocks)

    points, described = with_versions()
    assert points == 1 + 100 + 20 + 60 + VERSIONS, points
    assert described == 48 and local() == 48  # each first diff shows the description
    base = best(args.repeat, baseline)
    store_part = best(args.repeat, local)
    full = best(args.repeat, with_versions)
    print(f"baseline (decode answer and states, JSON text diff): {base * 1000:7.1f} ms")
    print(f"store's part (points + first diff):                  {store_part * 1000:7.1f} ms")
    print(f"with 100 versions (read, points, first diff):        {full * 1000:7.1f} ms  "
          f"{full / base:.2f}x the baseline; target ≤ {TARGET * 1000:.0f} ms: "
          f"{'met' if full <= TARGET else 'MISSED'}")
    if args.window:
        print(f"window (built, filled, painted offscreen):           "
              f"{window_time(catalog, loop, args.repeat) * 1000:7.1f} ms")
    loop.run_until_complete(catalog.aclose())
    loop.close()
    if args.pull:
        pull_cost(args.pull, tmp)
    return 0 if full <= TARGET else 1


def pull_records(count: int, minute: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    text = markdown(0)[:1000]
    doc = markdown_to_lexical(text)
    medusa, payload = [], []
    for n in range(count):
        pid = f"prod_{n:06d}"
        record = medusa_record(n % 50)
        record.update(id=pid, handle=f"item-{n}", updated_at=stamp(minute))
        medusa.append(record)
        payload.append({**payload_doc(0), "id": str(n + 1), "medusa_id": pid,
                        "title": f"Item {n}", "description": doc, "updated_at": stamp(minute)})
    return medusa, payload


def pull_cost(count: int, tmp: Path) -> None:
    """The time spent recording states, inside saves timed whole (the same run: the
    machine's other work weighs on both alike)."""
    from desktop_app.store import timeline_states

    first, bumped = pull_records(count, 1), pull_records(count, 2)
    real = timeline_states.remember
    spent = [0.0]

    def timed(*args: Any, **kwargs: Any) -> int:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    def save(store: CatalogStore, batch: tuple[list[Any], list[Any]]) -> tuple[float, float]:
        spent[0] = 0.0
        started = time.perf_counter()
        for at in range(0, count, 500):  # as the pull saves pages
            store.save_medusa(batch[0][at:at + 500])
            store.save_payload(batch[1][at:at + 500])
        return time.perf_counter() - started, spent[0]

    timeline_states.remember = timed  # type: ignore[assignment]
    try:
        store = CatalogStore.open(tmp / "pull.sqlite3")
        phases = (("first pull (every copy new)", save(store, first)),
                  ("full pull, nothing changed", save(store, first)),
                  ("stamps moved, content not", save(store, bumped)))
        store.close()
    finally:
        timeline_states.remember = real
    for what, (whole, states) in phases:
        print(f"{what:30} {count:,} products saved in {whole:5.2f} s, of which states "
              f"{states * 1000:6.0f} ms ({100 * states / (whole - states):.0f}% on top of the "
              f"save, {states / count * 1e6:.0f} µs a product)")



def window_time(catalog: OfflineCatalog, loop: asyncio.AbstractEventLoop, repeat: int) -> float:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.timeline.window import TimelineWindow

    app = QApplication.instance() or QApplication([])
    read = loop.run_until_complete(build.read_versions(catalog, PID))

    def open_window() -> None:
        window = TimelineWindow(catalog, PID)
        window.versions = read
        window.reload()
        window.show()
        app.processEvents()
        window.grab()  # painted
        window.close()
        window.deleteLater()

    took = best(repeat, open_window)
    app.processEvents()
    return took


if __name__ == "__main__":
    raise SystemExit(main())
