"""Whole products in the main window (issue 12), one picture each: docs/screens/issue12-*.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/issue12_screens.py [--out DIR]

Runs without a network or a stack: the app's real main window over the in-process
fake servers of the test suite (tests/exchange/fakes.py), filled with the demo catalog
(stack/stackctl/catalog.py) organised into categories, collections, tags, sales
channels, with stock at two locations, and a store selling in EUR and USD. The window
pulls it as it pulls a real shop; the draft in the list is made through
``OfflineCatalog.create_product``. Profiles, stores and run history go to a temporary
directory and secrets to memory, so a user's real profiles and keyring are untouched.

issue12-new-product.png        the New product dialog: 2 options × 3 values, prices, stock
issue12-list-by-category.png   the list filtered by a category (with those below it)
issue12-list-out-of-stock.png  the list filtered to products out of stock
issue12-category-tree.png      the category filter open: the tree of categories
"""

from __future__ import annotations

import asyncio
import runpy
import shutil
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Shared helpers; the tour sets its own dirs before it imports the app.
from docs import first_session_tour as tour  # noqa: E402
from docs.first_session_tour import TourKeyring, until  # noqa: E402

# Before anything is stored: no store, profile or run history in the user's dirs.
SCRATCH = tour.scratch("issue12-screens-")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.config import MedusaAuth, Profile, ProfileStore  # noqa: E402
from desktop_app.secrets import Secret  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.new_product import ProductDraft, VariantDraft  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.services.transports import Transports  # noqa: E402
from desktop_app.store import taxonomy  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.offline.catalog_page import CatalogPage  # noqa: E402
from desktop_app.ui.offline.new_product_dialog import NewProductDialog  # noqa: E402
from desktop_app.ui.offline.variant_grid import KEEP, SKU  # noqa: E402
from tests.exchange.fakes import API_KEY, SECRET, Clock, FakeMedusa, FakePayload  # noqa: E402

WINDOW = (1400, 860)
WAREHOUSE, SHOP_FLOOR = "sloc_01JDXKWAREHOUSE", "sloc_01JDXKSHOPFLOOR"
WEB, WHOLESALE = "sc_01JDXKWEBSHOP", "sc_01JDXKWHOLESALE"

# The category tree (id, name, parent) and which demo products are in each.
CATEGORIES = [
    ("pcat_apparel", "Apparel", None), ("pcat_tops", "Tops", "pcat_apparel"),
    ("pcat_bottoms", "Bottoms", "pcat_apparel"),
    ("pcat_accessories", "Accessories", "pcat_apparel"),
    ("pcat_footwear", "Footwear", "pcat_apparel"),
    ("pcat_kitchen", "Kitchen", None), ("pcat_coffee", "Coffee & Tea", "pcat_kitchen"),
    ("pcat_cookware", "Cookware", "pcat_kitchen"),
    ("pcat_home", "Home", None), ("pcat_outdoors", "Outdoors", None),
    ("pcat_tech", "Tech", None), ("pcat_stationery", "Stationery", None),
    ("pcat_care", "Personal care", None),
]
PLACES = {
    "pcat_tops": ("Classic Crew T-Shirt", "Heavyweight Hoodie", "Rain Jacket"),
    "pcat_bottoms": ("Denim Jeans",),
    "pcat_accessories": ("Merino Beanie", "Wool Scarf", "Running Socks 3-Pack", "Sunglasses",
                         "Leather Card Wallet", "Canvas Tote Bag"),
    "pcat_footwear": ("Trail Running Shoe",),
    "pcat_coffee": ("Stoneware Coffee Mug", "Pour-Over Coffee Dripper",
                    "Single-Origin Coffee Beans", "Loose Leaf Green Tea"),
    "pcat_cookware": ("Chef's Knife 20 cm", "End-Grain Cutting Board", "Cast Iron Skillet",
                      "Linen Apron"),
    "pcat_kitchen": ("Dark Chocolate Bar",),
    "pcat_home": ("Desk Lamp", "Wool Throw Blanket", "Scented Soy Candle", "Ceramic Plant Pot",
                  "Cotton Bath Towel", "Linen Bedding Set", "Picnic Blanket"),
    "pcat_outdoors": ("Waxed Canvas Backpack", "Insulated Water Bottle", "Yoga Mat",
                      "Dog Leash", "Bicycle Bell"),
    "pcat_tech": ("Wireless Earbuds", "Bluetooth Speaker", "Phone Case"),
    "pcat_stationery": ("Hardcover Notebook", "Fountain Pen"),
    "pcat_care": ("Bamboo Toothbrush 4-Pack", "Natural Shampoo Bar", "Kids' Wooden Blocks"),
}
# Stock per product, (stocked, reserved) per variant at the warehouse; the shop floor
# holds 2 of every variant of what is not listed. Empty: stock not managed.
STOCK: dict[str, list[tuple[int, int]]] = {
    "Merino Beanie": [(0, 0)] * 3,  # sold out
    "Rain Jacket": [(0, 0)] * 8,
    "Cast Iron Skillet": [(4, 4), (2, 2)],  # everything reserved: none left to sell
    "Fountain Pen": [(0, 0)] * 4,
    "Trail Running Shoe": [(1, 0)] + [(0, 0)] * 9,  # low
    "Wool Scarf": [(2, 0), (1, 0)],
    "Single-Origin Coffee Beans": [],
    "Dark Chocolate Bar": [],
    "Loose Leaf Green Tea": [],
}
OUT_OF_STOCK = ("Merino Beanie", "Rain Jacket", "Cast Iron Skillet", "Fountain Pen")


def demo_catalog() -> list[dict[str, Any]]:
    """The products stack/up seeds (stackctl/catalog.py)."""
    return runpy.run_path(str(REPO / "stack" / "stackctl" / "catalog.py"))["demo_products"]()


def seeded_at(n: int, minutes: int = 0) -> str:
    """When product ``n`` was last saved: spread over the weeks before the fakes' clock."""
    day, hour, minute = 1 + (n * 7) % 26, 8 + n % 10, (n * 13 + minutes) % 60
    return f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:{n % 60:02d}.000Z"


def levels(title: str, count: int) -> list[list[dict[str, Any]]] | None:
    """Each variant's location levels as Medusa sends them; None when not managed."""
    if title in STOCK and not STOCK[title]:
        return None
    warehouse = STOCK.get(title) or [(12 + 3 * i, i % 2) for i in range(count)]
    shop_floor = 0 if title in STOCK else 2
    return [[{"location_id": WAREHOUSE, "stocked_quantity": s, "reserved_quantity": r},
             {"location_id": SHOP_FLOOR, "stocked_quantity": shop_floor,
              "reserved_quantity": 0}]
            for s, r in warehouse[:count]]


def medusa_product(n: int, seed: dict[str, Any], category: str) -> dict[str, Any]:
    pid = f"prod_01JDXK{n:04d}"
    stock = levels(seed["title"], len(seed["variants"]))
    variants = []
    for i, v in enumerate(seed["variants"]):
        variant = {"id": f"variant_01JDXK{n:04d}{i:02d}", "title": v["title"], "sku": v["sku"],
                   "manage_inventory": stock is not None,
                   "prices": [{"id": f"price_{n:04d}_{i}_{p['currency_code']}", **p}
                              for p in v["prices"]]}
        if stock is not None:
            variant["inventory_items"] = [{
                "inventory_item_id": f"iitem_{n:04d}_{i:02d}",
                "inventory": {"location_levels": stock[i]}}]
        variants.append(variant)
    return {"id": pid, "title": seed["title"], "subtitle": seed["subtitle"],
            "handle": seed["handle"], "status": seed["status"],
            "description": seed["description"], "deleted_at": None, "updated_at": seeded_at(n),
            "metadata": {"seed": "demo", "payload_id": str(n)},
            "categories": [{"id": category}],
            "collection_id": "pcol_essentials" if n % 3 == 0 else None,
            "tags": [{"id": "ptag_organic"}] if "organic" in seed["material"] else [],
            "sales_channels": [{"id": WEB}] + ([{"id": WHOLESALE}] if n % 2 else []),
            "variants": variants}


def demo_servers() -> tuple[FakeMedusa, FakePayload]:
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), FakePayload(clock=clock)
    medusa.terms = {
        "/admin/product-categories": [
            {"id": cid, "name": name, "handle": cid[5:], "parent_category_id": parent}
            for cid, name, parent in CATEGORIES],
        "/admin/collections": [{"id": "pcol_essentials", "title": "Essentials",
                                "handle": "essentials"}],
        "/admin/product-tags": [{"id": "ptag_organic", "value": "organic"}],
        "/admin/product-types": [],
        "/admin/sales-channels": [{"id": WEB, "name": "Web shop", "is_disabled": False},
                                  {"id": WHOLESALE, "name": "Wholesale", "is_disabled": False}],
        "/admin/stock-locations": [{"id": WAREHOUSE, "name": "Warehouse"},
                                   {"id": SHOP_FLOOR, "name": "Shop floor"}],
        "/admin/stores": [{"id": "store_01JDXK", "name": "Northwind", "supported_currencies": [
            {"currency_code": "eur", "is_default": True}, {"currency_code": "usd"}]}],
    }
    category_of = {title: cid for cid, titles in PLACES.items() for title in titles}
    for n, seed in enumerate(demo_catalog(), 1):
        product = medusa_product(n, seed, category_of[seed["title"]])
        medusa.products[product["id"]] = product
        doc = payload.add(product["id"], seed["title"], subtitle=seed["subtitle"],
                          updatedAt=seeded_at(n, 1))
        assert doc["id"] == n  # the payload_id the product names
    return medusa, payload


class Screens:
    def __init__(self, window: MainWindow, out: Path) -> None:
        self.window, self.out = window, out
        self.shots: list[Path] = []

    async def settle(self) -> None:
        for _ in range(5):  # layouts and the debounced search settle
            QApplication.processEvents()
            await asyncio.sleep(0.08)

    async def shoot(self, widget: QWidget | None, name: str) -> None:
        """``widget`` alone, or the whole screen (popups included) when None."""
        await self.settle()
        path = self.out / f"issue12-{name}.png"
        if widget is not None:
            widget.repaint()
            picture = widget.grab()
        else:
            screen = QGuiApplication.primaryScreen()
            geometry = self.window.frameGeometry()
            picture = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                        geometry.height())
        if not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        self.shots.append(path)
        print("wrote", path.relative_to(REPO) if path.is_relative_to(REPO) else path)

    @property
    def page(self) -> CatalogPage:
        assert self.window.page is not None
        return self.window.page

    async def run(self) -> None:
        window = self.window
        window.resize(*WINDOW)
        window.move(40, 30)
        window.show()
        window.start()
        await until(lambda: window.page is not None and not window.pulling
                    and window.page.model.rowCount() == 40, "the demo catalog pulled")
        catalog = self.page.catalog
        # Made here and not pushed yet: the list says it is not in Medusa.
        catalog.create_product(ProductDraft(
            "Organic Linen Overshirt", options=[("Size", ["M", "L"])],
            categories=["pcat_tops"], sales_channels=[WEB],
            prices=[{"currency_code": "eur", "amount": 119}],
            variants=[VariantDraft({"Size": s}, sku=f"LOS-{s}", levels={WAREHOUSE: 6})
                      for s in ("M", "L")]))
        for step in (self.new_product, self.by_category, self.category_tree,
                     self.out_of_stock):
            await step()

    async def new_product(self) -> None:
        self.window.new_action.trigger()
        dialog = self.page.new_dialog
        assert isinstance(dialog, NewProductDialog)
        await until(dialog.isVisible, "the new product dialog")
        dialog.title_edit.insert("Merino Crew Sweater")
        dialog.subtitle_edit.setText("Fine-gauge merino, ribbed cuffs")
        dialog.options.add_row("Size", "S, M, L")
        dialog.options.add_row("Colour", "Charcoal, Oat, Navy")
        dialog.default_price["eur"].setText("89")
        dialog.default_price["usd"].setText("99")
        grid = dialog.grid
        rows = {grid.cell(r, KEEP).text(): r for r in range(grid.rowCount())}
        for title, r in rows.items():
            size, colour = title.split(" / ")
            grid.cell(r, SKU).setText(f"MCS-{size}-{colour[:3].upper()}")
            grid.cell(r, f"stock:{WAREHOUSE}").setText(str(4 + 2 * (r % 4)))
        grid.cell(rows["L / Navy"], "price:eur").setText("95")  # larger sizes cost more
        grid.cell(rows["L / Navy"], "price:usd").setText("105")
        grid.cell(rows["S / Navy"], f"stock:{SHOP_FLOOR}").setText("3")
        grid.set_kept(rows["L / Oat"], False)  # a combination the shop does not make
        dialog.channels.item(0).setCheckState(Qt.CheckState.Checked)  # the web shop
        dialog.title_edit.setFocus()
        dialog.title_edit.end(False)
        await self.shoot(dialog, "new-product")
        dialog.discard_and_close()

    async def by_category(self) -> None:
        page = self.page
        page.organise.select(taxonomy.CATEGORY, "pcat_apparel")
        apparel = sum(len(PLACES.get(cid, ())) for cid, _name, parent in CATEGORIES
                      if "pcat_apparel" in (cid, parent)) + 1  # and the new overshirt
        await until(lambda: page.model.rowCount() == apparel, "the Apparel filter")
        page.select_product(next(page.model.row_at(r).product_id
                                 for r in range(page.model.rowCount())
                                 if page.model.row_at(r).title == "Organic Linen Overshirt"))
        await self.shoot(self.window, "list-by-category")

    async def category_tree(self) -> None:
        combo = self.page.organise.combos[taxonomy.CATEGORY]
        combo.showPopup()
        await self.shoot(None, "category-tree")
        combo.hidePopup()

    async def out_of_stock(self) -> None:
        page = self.page
        page.organise.select(taxonomy.CATEGORY, None)
        page.organise.set_stock("out")
        await until(lambda: page.model.rowCount() == len(OUT_OF_STOCK), "the stock filter")
        page.table.clearSelection()
        await self.shoot(self.window, "list-out-of-stock")


def demo_window(medusa: FakeMedusa, payload: FakePayload) -> MainWindow:
    """The main window over the demo servers, with the shop's profile (Northwind) saved."""
    services = AppServices(
        ProfileService(ProfileStore(SCRATCH / "config"), TourKeyring()),
        transports=Transports(medusa=medusa.transport, payload=payload.transport),
        stack_dir=SCRATCH / "no-stack")
    services.profiles.save(
        Profile(name="Northwind", medusa_url="http://medusa.test:9000",
                medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test:3000"),
        medusa_secret=Secret(SECRET), payload_secret=Secret(API_KEY))
    return MainWindow(services)  # outside the loop's task, as app.py does


def main() -> int:
    out = tour.out_dir(__doc__, "docs/screens")
    _app, collector = tour.start_app("en_US")  # the same pictures on every machine
    medusa, payload = demo_servers()
    window = demo_window(medusa, payload)
    screens = Screens(window, out)
    tour.shoot_in(window, screens.run, collector)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print(f"{len(screens.shots)} pictures in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
