"""Content quality per locale (issue 16): docs/screens/issue16-quality-locale-list.png (the
product list scored in German) and docs/screens/issue16-quality-locale-dashboard.png (the
dashboard's chart by rule and locale).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python \
        docs/issue16_quality_locale_screens.py [--out DIR]

No network or stack: the demo catalog half-way through its content work of
``issue16_quality_screens.py``, on a shop translating into German and French: most products
have a German title, half a German description as long as the English one, a third German
SEO; French has started on a few.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The dashboard's screenshot script: its demo records, and scratch profile dirs set up.
import issue16_quality_screens as base
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from stackctl.catalog import demo_products

from desktop_app.quality import stored
from desktop_app.richtext import markdown_to_lexical
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore, taxonomy
from desktop_app.store import translations as translation_store
from desktop_app.translations.setup import build
from desktop_app.ui.offline.catalog_page import CatalogPage
from desktop_app.ui.offline.list_model import Col
from desktop_app.ui.quality.dashboard import QualityDashboard
from desktop_app.ui.style import apply_style

SETUP = build(
    source="en",
    payload_fields=("title", "description", "seo.meta_title", "seo.meta_description"),
    payload_locales=("en", "de", "fr"),
)


def locales(n: int, payload: dict[str, Any]) -> dict[str, Any]:
    """German well under way, French just started."""
    english = payload["description"]
    found: dict[str, Any] = {}
    if n % 7:
        de: dict[str, Any] = {"title": f"{payload['title']} (DE)"}
        de["description"] = english if n % 2 else markdown_to_lexical("Kurz beschrieben.")
        if n % 3 == 0:
            de["seo"] = {
                "meta_title": "Handgemacht, nachhaltig und langlebig: " + payload["title"][:18],
                "meta_description": "Sorgfältig gefertigt. " * 5,
            }
        found["de"] = de
    if n % 4 == 1:
        found["fr"] = {
            "title": f"{payload['title']} (FR)",
            "description": english if n % 8 == 1 else None,
        }
    return found


def seed(path: Path) -> CatalogStore:
    store = CatalogStore.open(path)
    pairs = [base.records(n, p) for n, p in enumerate(demo_products())]
    taxonomy.save_all(store.conn, taxonomy.REGION, base.REGIONS)
    stored.save_media(
        store.conn,
        [{"id": 100 + n, "alt": "Front view" if n % 4 else ""} for n in range(len(pairs))]
        + [{"id": 200 + n, "alt": "Detail" if n % 3 else ""} for n in range(len(pairs))],
    )
    with store.transaction():
        translation_store.save_setup(store.conn, SETUP)
    store.save_medusa([m for m, _ in pairs], refresh=False)
    store.save_payload([{**p, "locales": locales(n, p)} for n, (_, p) in enumerate(pairs)])
    return store


def settle(app: QApplication) -> None:
    for _ in range(20):  # let the layout and the plot settle before the grab
        app.processEvents()


def shoot(widget: Any, target: Path) -> bool:
    if not widget.grab().save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return False
    print(target)
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=base.REPO / "docs" / "screens")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    apply_style(app)
    catalog = OfflineCatalog(seed(base.SCRATCH / "catalog.sqlite3"))
    catalog.quality_report()  # the per-locale scores of every row
    args.out.mkdir(parents=True, exist_ok=True)
    page = CatalogPage(catalog, close_catalog=False)
    page.resize(1400, 640)
    page.show()
    page.score_locale.choose("de")
    page.model.sort(Col.SCORE, Qt.SortOrder.DescendingOrder)
    settle(app)
    ok = shoot(page, args.out / "issue16-quality-locale-list.png")
    page.shut_down()
    page.close()
    dashboard = QualityDashboard(catalog, "Demo shop")
    dashboard.resize(1100, 980)
    dashboard.show()
    settle(app)
    ok = shoot(dashboard, args.out / "issue16-quality-locale-dashboard.png") and ok
    dashboard.close()
    catalog.close_now()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
