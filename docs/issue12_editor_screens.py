"""Render the whole-product editor's tabs (issue 12) into docs/screens/.

    scripts/keyring-session.sh xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python docs/issue12_editor_screens.py

No network: a temporary store holds one product as a pull leaves it (options Size ×
Colour, six variants with prices in EUR and USD, stock at two locations, categories,
a collection, tags, sales channels, Medusa images) and the shop's terms. Everything
after that goes through the catalog's methods: a variant added, stock set, a category
ticked. For the errors shot, the push's refusals are recorded on those operations and
edits exactly as ``exchange/operations_push.py`` and ``push.py`` record them.

Writes issue12-product-structure.png (options and variants), -stock.png, -organise.png,
-images.png and -errors.png (the servers' words on their fields).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app import money  # noqa: E402
from desktop_app.services.new_product import VariantDraft  # noqa: E402
from desktop_app.services.offline import Changes, OfflineCatalog  # noqa: E402
from desktop_app.store import CatalogStore, taxonomy  # noqa: E402
from desktop_app.store.operations import Operations  # noqa: E402
from desktop_app.ui.offline.commerce_editor import CommerceEditor  # noqa: E402
from docs import window_shots  # noqa: E402
from docs.window_shots import settle  # noqa: E402

OUT = REPO / "docs" / "screens"
PID = "prod_01JHOODIE0000000000000001"
SIZES, COLOURS = ("S", "M", "L"), ("Oat", "Charcoal")
BERLIN, ROTTERDAM = "sloc_01JBERLIN", "sloc_01JROTTERDAM"
STATIC = "http://localhost:9000/static/"


def vid(size: str, colour: str) -> str:
    return f"variant_01JHOODIE{size}{colour.upper()[:3]}"


def pulled_product() -> dict:
    """The product as ``records.medusa_record`` stores a pull of it."""
    variants = []
    for n, (colour, size) in enumerate((c, s) for c in COLOURS for s in SIZES):
        stocked = (12, 30, 8, 0, 14, 5)[n]
        variants.append({
            "id": vid(size, colour), "title": f"{size} / {colour}",
            "sku": f"HOODIE-{colour.upper()[:3]}-{size}", "options": {"Size": size,
                                                                    "Colour": colour},
            "prices": [{"currency_code": "eur", "amount": 59},
                       {"currency_code": "usd", "amount": 65}],
            "barcode": f"40123456{n:04d}", "ean": f"40123456{n:05d}", "upc": None,
            "weight": 540 + 40 * SIZES.index(size), "length": 70, "height": 4, "width": 55,
            "manage_inventory": True, "allow_backorder": size == "M",
            "inventory_item_id": f"iitem_01J{n}",
            "levels": {BERLIN: {"stocked": stocked, "reserved": (2, 5, 0, 0, 1, 0)[n]},
                       ROTTERDAM: {"stocked": (20, 16, 4, 2, 0, 9)[n], "reserved": 0}},
        })
    return {
        "id": PID, "handle": "organic-cotton-hoodie", "title": "Organic Cotton Hoodie",
        "subtitle": None, "status": "published", "description": "", "deleted_at": None,
        "metadata": {"payload_id": "7", "material": "Organic cotton, 400 g/m²"},
        "updated_at": "2026-12-01T09:30:00.000Z",
        "options": [{"id": "opt_01JSIZE", "title": "Size",
                     "values": [{"id": f"optval_{s}", "value": s} for s in SIZES]},
                    {"id": "opt_01JCOLOUR", "title": "Colour",
                     "values": [{"id": f"optval_{c}", "value": c} for c in COLOURS]}],
        "variants": sorted(variants, key=lambda v: v["id"]),
        "categories": ["pcat_hoodies"], "tags": ["ptag_organic", "ptag_bestseller"],
        "sales_channels": ["sc_webshop"], "collection_id": "pcol_winter", "type_id": "ptyp_apparel",
        "medusa_thumbnail": STATIC + "1733040000-hoodie-oat-front.jpg",
        "medusa_images": [STATIC + f"1733040000-hoodie-{n}.jpg"
                          for n in ("oat-front", "oat-back", "charcoal-front")],
    }


def payload_doc() -> dict:
    """Payload's document; the integration has not copied the Charcoal variants yet."""
    return {"id": "7", "medusa_id": PID, "title": "Organic Cotton Hoodie",
            "subtitle": "Heavyweight fleece, garment-dyed", "description": None, "seo": None,
            "updated_at": "2026-12-01T09:31:00.000Z",
            "variants": [{"title": f"{s} / Oat", "medusa_id": vid(s, "Oat")} for s in SIZES]}


def terms(store: CatalogStore) -> None:
    """The shop's terms as a pull stores them (Medusa's list shapes)."""
    conn = store.conn
    taxonomy.save_all(conn, "category", [
        {"id": "pcat_clothing", "name": "Clothing", "parent_category_id": None},
        {"id": "pcat_hoodies", "name": "Hoodies & sweatshirts",
         "parent_category_id": "pcat_clothing"},
        {"id": "pcat_tshirts", "name": "T-shirts", "parent_category_id": "pcat_clothing"},
        {"id": "pcat_outer", "name": "Outerwear", "parent_category_id": "pcat_clothing"},
        {"id": "pcat_access", "name": "Accessories", "parent_category_id": None},
        {"id": "pcat_bags", "name": "Bags", "parent_category_id": "pcat_access"},
        {"id": "pcat_sale", "name": "Sale", "parent_category_id": None},
        {"id": "pcat_new", "name": "New in", "parent_category_id": None},
    ])
    taxonomy.save_all(conn, "collection", [{"id": "pcol_winter", "title": "Winter 2026"},
                                           {"id": "pcol_basics", "title": "Everyday basics"}])
    taxonomy.save_all(conn, "type", [{"id": "ptyp_apparel", "value": "Apparel"},
                                     {"id": "ptyp_gift", "value": "Gift card"}])
    taxonomy.save_all(conn, "tag", [{"id": f"ptag_{t}", "value": t} for t in (
        "organic", "bestseller", "fleece", "unisex", "gots-certified", "vegan", "limited")])
    taxonomy.save_all(conn, "channel", [{"id": "sc_webshop", "name": "Webshop"},
                                        {"id": "sc_retail", "name": "Retail stores"},
                                        {"id": "sc_wholesale", "name": "Wholesale"}])
    taxonomy.save_all(conn, "location", [{"id": BERLIN, "name": "Berlin warehouse"},
                                         {"id": ROTTERDAM, "name": "Rotterdam hub"}])
    taxonomy.save_all(conn, "currency", ["eur", "usd"])


def open_catalog() -> OfflineCatalog:
    store = CatalogStore.open(Path(tempfile.mkdtemp()) / "catalog.sqlite3")
    store.save_medusa([pulled_product()])
    store.save_payload([payload_doc()])
    terms(store)
    return OfflineCatalog(store)  # no shop: nothing reaches a network


def stage(catalog: OfflineCatalog) -> str:
    """What the merchant did offline: returns the new variant's id."""
    new = catalog.add_variant(PID, VariantDraft(
        options={"Size": "XL", "Colour": "Oat"}, title="XL / Oat", sku="HOODIE-OAT-XL",
        prices=[{"currency_code": "eur", "amount": "62"},
                {"currency_code": "usd", "amount": "69"}]))
    catalog.change_option_values(PID, "opt_01JSIZE", add=["XL"])
    catalog.set_stock([(PID, vid("L", "Oat"), BERLIN, 20), (PID, new, ROTTERDAM, 6)])
    catalog.edit(PID, {"categories": ["pcat_hoodies", "pcat_new"]})
    return new


def refuse(catalog: OfflineCatalog, new: str) -> None:
    """The push's refusals, recorded as operations_push/push record Medusa's 400s."""
    conn = catalog._store.conn  # what a push does; the editor only reads it
    operations = Operations(conn)
    pending = operations.entries(product_id=PID)
    for op in operations.claim([op.seq for op in pending], "screens"):  # as a push does
        if op.kind == "variant.add":
            operations.settle(op, "failed", message=(
                "Product variant with sku: HOODIE-OAT-XL, already exists."),
                field=f"variants.{new}.sku")
        elif op.kind == "stock.set" and op.args["variant_id"] == vid("L", "Oat"):
            operations.settle(op, "conflict", base=24,
                              message="Medusa's stock changed to 24 since you set it.")
        else:
            operations.release(op)  # not reached: waits for the next push
    entry = next(e for e in catalog.outbox() if e.field == "categories")
    catalog._store.outbox.set_state([entry.seq], "failed", message=(
        "Product category with id: pcat_new was not found"))
    catalog._notify(Changes(frozenset({PID}), outbox=True))


async def shoot(page: str, editor: CommerceEditor, name: str) -> None:
    editor.tabs.setCurrentWidget(getattr(editor, page))
    await settle(editor, rounds=10)
    path = OUT / f"issue12-product-{name}.png"
    editor.grab().save(str(path))
    print("wrote", path)


async def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    catalog = open_catalog()
    new = stage(catalog)
    editor = CommerceEditor(catalog, PID)
    editor.resize(1180, 800)
    editor.show()
    await shoot("structure", editor, "structure")
    await shoot("stock", editor, "stock")
    await shoot("organise", editor, "organise")
    await shoot("images", editor, "images")
    refuse(catalog, new)
    await shoot("structure", editor, "errors")
    await shoot("stock", editor, "errors-stock")
    await shoot("organise", editor, "errors-organise")
    editor.discard_and_close()
    await catalog.aclose()


def main() -> int:
    money.set_locale("en_US")
    return window_shots.run(run)


if __name__ == "__main__":
    raise SystemExit(main())
