"""A store holding one whole product as a pull leaves it, and the shop's terms (no network).

Options Size (S, M) × Colour (Oat, Black) make four variants with prices, codes,
weights and stock at two locations; one variant does not track stock. The product is
in one category, one collection, has one tag and is sold in one channel; Medusa holds
a thumbnail and two images. Payload's copy of the variants lags (it lacks M / Black).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import CatalogStore, taxonomy
from desktop_app.store.operations import Operations

PID = "prod_whole"
BERLIN, PARIS = "sloc_berlin", "sloc_paris"
STATIC = "http://localhost:9000/static/"
SIZES, COLOURS = ("S", "M"), ("Oat", "Black")


def vid(size: str, colour: str) -> str:
    return f"variant_{size}_{colour.lower()}"


def variant(size: str, colour: str, n: int) -> dict[str, Any]:
    tracked = (size, colour) != ("M", "Black")
    return {
        "id": vid(size, colour), "title": f"{size} / {colour}",
        "sku": f"TEE-{colour.upper()}-{size}", "options": {"Size": size, "Colour": colour},
        "prices": [{"currency_code": "eur", "amount": 20},
                   {"currency_code": "usd", "amount": 22}],
        "barcode": f"0001{n}", "ean": None, "upc": None, "weight": 200 + n, "length": None,
        "height": None, "width": None, "manage_inventory": tracked, "allow_backorder": False,
        "inventory_item_id": f"iitem_{n}" if tracked else None,
        "levels": {BERLIN: {"stocked": 10 + n, "reserved": n},
                   PARIS: {"stocked": 5, "reserved": 0}} if tracked else {},
    }


def medusa_record() -> dict[str, Any]:
    variants = [variant(s, c, n) for n, (c, s) in enumerate(
        (c, s) for c in COLOURS for s in SIZES)]
    return {
        "id": PID, "handle": "organic-tee", "title": "Organic Tee", "subtitle": None,
        "status": "published", "description": "", "deleted_at": None,
        "metadata": {"payload_id": "5"}, "updated_at": "2026-12-01T09:30:00.000Z",
        "options": [{"id": "opt_size", "title": "Size",
                     "values": [{"id": f"ov_{s}", "value": s} for s in SIZES]},
                    {"id": "opt_colour", "title": "Colour",
                     "values": [{"id": f"ov_{c}", "value": c} for c in COLOURS]}],
        "variants": sorted(variants, key=lambda v: v["id"]),
        "categories": ["pcat_tops"], "tags": ["ptag_organic"], "sales_channels": ["sc_web"],
        "collection_id": "pcol_summer", "type_id": None,
        "medusa_thumbnail": STATIC + "tee-front.jpg",
        "medusa_images": [STATIC + "tee-front.jpg", STATIC + "tee-back.jpg"],
    }


def payload_record() -> dict[str, Any]:
    return {"id": "5", "medusa_id": PID, "title": "Organic Tee", "subtitle": "Soft",
            "description": None, "seo": None, "updated_at": "2026-12-01T09:31:00.000Z",
            "variants": [{"title": f"{s} / {c}", "medusa_id": vid(s, c)}
                         for c in COLOURS for s in SIZES if (s, c) != ("M", "Black")]}


def save_terms(store: CatalogStore) -> None:
    conn = store.conn
    taxonomy.save_all(conn, "category", [
        {"id": "pcat_clothing", "name": "Clothing", "parent_category_id": None},
        {"id": "pcat_tops", "name": "Tops", "parent_category_id": "pcat_clothing"},
        {"id": "pcat_sale", "name": "Sale", "parent_category_id": None}])
    taxonomy.save_all(conn, "collection", [{"id": "pcol_summer", "title": "Summer"},
                                           {"id": "pcol_basics", "title": "Basics"}])
    taxonomy.save_all(conn, "type", [{"id": "ptyp_apparel", "value": "Apparel"}])
    taxonomy.save_all(conn, "tag", [{"id": "ptag_organic", "value": "organic"},
                                    {"id": "ptag_vegan", "value": "vegan"},
                                    {"id": "ptag_limited", "value": "limited"}])
    taxonomy.save_all(conn, "channel", [{"id": "sc_web", "name": "Webshop"},
                                        {"id": "sc_retail", "name": "Retail"}])
    taxonomy.save_all(conn, "location", [{"id": BERLIN, "name": "Berlin"},
                                         {"id": PARIS, "name": "Paris"}])
    taxonomy.save_all(conn, "currency", ["eur", "usd"])


def open_catalog(tmp_path: Path) -> OfflineCatalog:
    store = CatalogStore.open(tmp_path / "whole.sqlite3")
    store.save_medusa([medusa_record()])
    store.save_payload([payload_record()])
    save_terms(store)
    return OfflineCatalog(store)  # no shop: nothing reaches a network


def refuse_operations(catalog: OfflineCatalog, refusals: dict[str, tuple[str, str | None, str]]
                      ) -> None:
    """Settle pending operations as a push records Medusa's answers.

    ``refusals`` maps an operation kind to ``(state, field, message)``; the others go
    back to the queue (a push that did not reach them).
    """
    operations = Operations(catalog._store.conn)
    pending = operations.entries(product_id=PID)
    for op in operations.claim([op.seq for op in pending], "test-push"):
        if op.kind in refusals:
            state, name, message = refusals[op.kind]
            operations.settle(op, state, message=message, field=name)
        else:
            operations.release(op)
    catalog._notify(Changes(frozenset({PID}), outbox=True))


def refuse_edit(catalog: OfflineCatalog, name: str, message: str) -> None:
    """What the push records when the server answers 400 for ``name``."""
    entry = next(e for e in catalog.outbox() if e.field == name)
    catalog._store.outbox.set_state([entry.seq], "failed", message=message)
    catalog._notify(Changes(frozenset({PID}), outbox=True))
