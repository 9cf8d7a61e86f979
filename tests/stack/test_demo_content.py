"""The demo catalog's content (stack/stackctl: catalog, demo_copy, demo_content,
demo_regions, swatch): scored by the app's own quality rules, the seeded shop is mid-way
through its content work, and the same seed always gives the same catalog."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "stack" / "stackctl"))

import catalog
import demo_content
import demo_regions
import swatch

from desktop_app.quality import stored
from desktop_app.quality.facts import words
from desktop_app.richtext import lexical_to_plaintext, markdown_to_lexical
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore, taxonomy

STAMP = "2026-12-01T09:00:00.000Z"


def seeded_store(path: Path) -> CatalogStore:
    """What a pull of a freshly seeded stack stores: the regions, the media's alt texts,
    Medusa's products and the Payload docs with the planned content."""
    store = CatalogStore.open(path)
    regions = [{"id": f"reg_{n}", **r} for n, r in enumerate(demo_regions.REGIONS)]
    taxonomy.save_all(store.conn, taxonomy.REGION, regions)
    stored.save_media(
        store.conn,
        [
            {"id": 100 + n, "alt": "alt" if has_alt else None}
            for n, (_name, _colour, has_alt) in enumerate(demo_content.SWATCHES)
        ],
    )
    medusa, payload = [], []
    for n, product in enumerate(catalog.demo_products()):
        pid = f"prod_{n:02d}"
        variants = [
            {"id": f"{pid}_v{i}", "title": v["title"], "sku": v["sku"], "prices": v["prices"]}
            for i, v in enumerate(product["variants"])
        ]
        medusa.append(
            {
                "id": pid,
                "handle": product["handle"],
                "title": product["title"],
                "status": product["status"],
                "description": product["description"],
                "variants": variants,
                "updated_at": STAMP,
            }
        )
        content = demo_content._fields(demo_content.plan(n), list(range(100, 108)))
        payload.append(
            {
                "id": str(n + 1),
                "medusa_id": pid,
                "title": product["title"],
                "description": markdown_to_lexical(product["description"]),
                "updated_at": STAMP,
                **content,
            }
        )
    store.save_medusa(medusa, refresh=False)
    store.save_payload(payload)
    return store


def test_the_demo_shop_scores_from_0_to_100_averaging_about_60(tmp_path):
    quality = OfflineCatalog(seeded_store(tmp_path / "c.sqlite3"))
    try:
        report = quality.quality_report()
    finally:
        quality.close_now()
    scores = [p.score for p in report.products]
    assert len(scores) == len(catalog.DEMO) == 40
    assert (min(scores), max(scores)) == (0, 100)
    assert 50 <= mean(scores) <= 62
    assert len(set(scores)) >= 7  # a spread, not two piles
    failed = {f.rule: f.failed for f in report.figures}
    assert failed["prices"] == len(catalog.UNPRICED) == 2
    assert all(
        failed[rule]
        for rule in ("description", "meta_title", "meta_description", "alt_text", "thumbnail")
    )


def test_two_thirds_of_the_descriptions_hold_55_to_70_words():
    counts = [
        words(lexical_to_plaintext(markdown_to_lexical(p["description"])))
        for p in catalog.demo_products()
    ]
    long = [c for c in counts if c >= 50]
    assert all(55 <= c <= 70 for c in long)
    assert len(long) == 27


def test_seo_fits_the_search_engines_lengths_where_it_is_written():
    seo = [demo_content.plan(n).get("seo", {}) for n in range(len(catalog.DEMO))]
    titles = [s["meta_title"] for s in seo if "meta_title" in s]
    descriptions = [s["meta_description"] for s in seo if "meta_description" in s]
    assert len(titles) == 32 and all(len(t) <= 60 for t in titles)
    assert len(descriptions) == 20 and all(len(d) <= 160 for d in descriptions)


def test_the_same_seed_gives_the_same_catalog():
    assert catalog.demo_products() == catalog.demo_products()
    assert [demo_content.plan(n) for n in range(40)] == [demo_content.plan(n) for n in range(40)]


def test_a_swatch_is_a_small_valid_png():
    data = swatch.png((62, 104, 72), "circle")
    assert len(data) < 4000
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (swatch.WIDTH, swatch.HEIGHT)
    length = struct.unpack(">I", data[33:37])[0]
    pixels = zlib.decompress(data[41 : 41 + length])
    assert len(pixels) == height * (1 + 3 * width)
    centre = 1 + 3 * (width // 2)
    row = pixels[(height // 2) * (1 + 3 * width) :][: 1 + 3 * width]
    assert row[centre : centre + 3] == bytes((62, 104, 72))  # the shape
    assert row[1:4] == bytes(swatch.BACKGROUND)  # the background at the edge
