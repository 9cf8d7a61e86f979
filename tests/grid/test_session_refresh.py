"""Rows read again after a save, push or pull: in place when the variants stay, rebuilt
when a product gained, lost or dropped variants; staged cells stay either way."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.grid.rows import variant_rows
from desktop_app.services.new_product import VariantDraft


def reread(catalog, session, ids):
    return session.reread_rows(ids, variant_rows(catalog.grid_products(ids)))


def test_a_product_that_keeps_its_variants_keeps_its_rows(catalog, session):
    session.set_texts([(5, "sku", "NEW-5"), (1, "price:eur", "99")])
    catalog.set_stock([("prod_000001", "variant_000001_02", "sloc_main", 40)])
    before = list(session.rows)
    assert reread(catalog, session, ["prod_000001", "prod_999999"]) is False
    assert session.value(6, "stock:sloc_main") == 40  # re-read, same index
    assert session.rows[0] is before[0] and session.rows[6] is not before[6]
    assert session.text(5, "sku") == "NEW-5" and session.value(1, "price:eur") == Decimal(99)


def test_a_product_with_other_variants_rebuilds_the_rows_in_the_same_order(catalog, session):
    session.set_texts([(9, "price:usd", "50")])  # product 2, variant 1
    catalog.remove_variant("prod_000000", "variant_000000_03")
    catalog.add_variant("prod_000001", VariantDraft({"Size": "XXL"}, sku="SKU-X"))
    assert reread(catalog, session, ["prod_000000", "prod_000001"]) is True
    products = [r.product_id[-1] for r in session.rows]
    assert products == ["0"] * 3 + ["1"] * 5 + ["2"] * 4
    moved = session.row_of("prod_000002", "variant_000002_01")
    assert moved == 9 and session.value(moved, "price:usd") == Decimal(50)
    assert session.text(7, "sku") == "SKU-X"
