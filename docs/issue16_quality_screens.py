"""The quality dashboard (issue 16, content quality): docs/screens/issue16-quality-dashboard.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue16_quality_screens.py \
        [--out DIR]

Runs without a network or a stack: a store in a temporary directory filled with the
demo catalog (stack/stackctl/catalog.py: 40 products, EUR and USD prices, markdown
descriptions as Lexical) in the state a shop is in half-way through its content work:
some products have SEO fields, thumbnails and described images, others not yet; the
shop sells in three regions (Europe, North America and a new United Kingdom region
priced in GBP on a few products only). The dashboard reads it through the shop's
catalog as in the app; the picture is taken once the window has painted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "stack"))
sys.path.insert(0, str(REPO / "stack" / "stackctl"))  # catalog.py imports its siblings flat

SCRATCH = Path(tempfile.mkdtemp(prefix="issue16-screens-"))
os.environ["DESKTOP_APP_CONFIG_DIR"] = str(SCRATCH / "config")
os.environ["DESKTOP_APP_DATA_DIR"] = str(SCRATCH / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtWidgets import QApplication  # noqa: E402
from stackctl.catalog import demo_products  # noqa: E402

from desktop_app.quality import stored  # noqa: E402
from desktop_app.richtext import markdown_to_lexical  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.store import CatalogStore, taxonomy  # noqa: E402
from desktop_app.ui.quality.dashboard import QualityDashboard  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402

STAMP = "2026-12-01T09:00:00.000Z"
REGIONS = [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"},
           {"id": "reg_na", "name": "North America", "currency_code": "usd"},
           {"id": "reg_uk", "name": "United Kingdom", "currency_code": "gbp"}]
LONGER = (" Each piece is checked by hand before it leaves the workshop, packed without "
          "plastic and shipped within two days; it comes with a two-year guarantee and free "
          "returns for thirty days.")


def records(n: int, product: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    pid = f"prod_demo_{n:02d}"
    variants = [{"id": f"{pid}_v{i}", "title": v["title"], "sku": v["sku"],
                 "prices": v["prices"] + ([{"currency_code": "gbp", "amount": 20}]
                                          if n % 4 == 0 else [])}
                for i, v in enumerate(product["variants"])]
    medusa = {"id": pid, "handle": product["handle"], "title": product["title"],
              "status": product["status"], "description": product["description"],
              "variants": variants, "updated_at": STAMP}
    # Half-way through the content work: a different share of products has each field.
    description = product["description"] + (LONGER if n % 3 else "")
    seo = {"meta_title": f"{product['title']} — {product['subtitle']}"[:58] if n % 5 else "",
           "meta_description": (product["subtitle"] + LONGER)[:150] if n % 2 else ""}
    payload = {"id": str(n + 1), "medusa_id": pid, "title": product["title"],
               "subtitle": product["subtitle"], "description": markdown_to_lexical(description),
               "seo": seo, "thumbnail": 100 + n if n % 6 else None,
               "images": [{"id": f"row{n}", "image": 200 + n}] if n % 2 == 0 else [],
               "updated_at": STAMP}
    return medusa, payload


def seed(path: Path) -> CatalogStore:
    store = CatalogStore.open(path)
    pairs = [records(n, p) for n, p in enumerate(demo_products())]
    taxonomy.save_all(store.conn, taxonomy.REGION, REGIONS)
    stored.save_media(store.conn, [{"id": 100 + n, "alt": "Front view" if n % 4 else ""}
                                   for n in range(len(pairs))]
                      + [{"id": 200 + n, "alt": "Detail" if n % 3 else ""}
                         for n in range(len(pairs))])
    store.save_medusa([m for m, _ in pairs], refresh=False)
    store.save_payload([p for _, p in pairs])
    return store


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    apply_style(app)
    store = seed(SCRATCH / "catalog.sqlite3")
    catalog = OfflineCatalog(store)
    dashboard = QualityDashboard(catalog, "Demo shop")
    dashboard.resize(1100, 860)
    dashboard.show()
    for _ in range(20):  # let the layout and the plot settle before the grab
        app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "issue16-quality-dashboard.png"
    if not dashboard.grab().save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    dashboard.close()
    catalog.close_now()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
