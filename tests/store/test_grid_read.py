"""The shop's holders of SKUs for the grid's check (store/grid_read.py): whole SKUs,
pending edits applied, found without reading the whole shop."""

from __future__ import annotations

from desktop_app.store.grid_read import sku_holders
from tests.grid.synthetic import grid_catalog


def test_skus_are_compared_whole_with_pending_edits_applied(tmp_path):
    catalog = grid_catalog(tmp_path / "c.db", products=3, variants=2)
    try:
        catalog.edit("prod_000001", {"variants.variant_000001_00.sku": "AB 12",
                                     "variants.variant_000001_01.sku": "---"})
        catalog.edit("prod_000002", {"variants.variant_000002_00.sku": "AB-12 X"})
        conn = catalog._store.conn
        asked = ["AB 12", "AB", "12", "ab 12", "---", "SKU-000001-00", "SKU-000000-01"]
        assert sku_holders(conn, asked) == {
            "AB 12": {"prod_000001"}, "---": {"prod_000001"},
            "SKU-000000-01": {"prod_000000"}}  # the edited-away SKU is held no more
        assert sku_holders(conn, ["AB 12", "SKU-000000-01"], ignore={"prod_000001"}) == {
            "SKU-000000-01": {"prod_000000"}}
    finally:
        catalog.close_now()
