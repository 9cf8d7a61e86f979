"""ProductTableModel: rows, roles, filtering and sorting without a proxy model."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop_app.services.catalog import CatalogRow
from desktop_app.ui.product_model import ROW_ROLE, VALUE_ROLE, Column, ProductTableModel

ROWS = [
    CatalogRow("prod_1", "Merino Beanie", "demo-merino-beanie", "published", 3,
               datetime(2026, 11, 27, 5, 9, tzinfo=UTC), True, "7"),
    CatalogRow("prod_2", "Heavyweight Hoodie", "demo-heavyweight-hoodie", "draft", 8,
               datetime(2026, 11, 20, 8, 0, tzinfo=UTC), False, None),
    CatalogRow("prod_3", "Canvas Tote Bag", "demo-canvas-tote-bag", "published", 2,
               None, None, None),
]


def model_with_rows(qtmodeltester=None) -> ProductTableModel:
    model = ProductTableModel()
    model.set_rows(ROWS)
    if qtmodeltester is not None:
        qtmodeltester.check(model)
    return model


def test_counts_and_headers(qtmodeltester) -> None:
    model = model_with_rows(qtmodeltester)
    assert model.rowCount() == 3
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Title", "Handle", "Status", "Variants", "Updated", "Payload"]


def test_display_and_raw_roles() -> None:
    model = model_with_rows()
    # Sorted by title by default.
    assert [model.index(r, Column.TITLE).data() for r in range(3)] == [
        "Canvas Tote Bag", "Heavyweight Hoodie", "Merino Beanie"]
    hoodie = 1
    assert model.index(hoodie, Column.STATUS).data() == "Draft"
    assert model.index(hoodie, Column.STATUS).data(VALUE_ROLE) == "draft"
    assert model.index(hoodie, Column.PAYLOAD).data() == "Missing"
    assert model.index(hoodie, Column.PAYLOAD).data(VALUE_ROLE) is False
    assert model.index(hoodie, Column.VARIANTS).data() == "8"
    assert model.index(hoodie, Column.TITLE).data(ROW_ROLE) is ROWS[1]
    tote = 0
    assert model.index(tote, Column.PAYLOAD).data() == "Unknown"
    assert model.index(tote, Column.UPDATED).data() == "—"
    beanie = 2
    assert model.index(beanie, Column.PAYLOAD).data() == "✓ Linked"
    assert "2026" in model.index(beanie, Column.UPDATED).data()
    assert "prod_1" in model.index(beanie, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    align = model.index(beanie, Column.VARIANTS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)


def test_filter_by_search_and_status() -> None:
    model = model_with_rows()
    model.set_filter("hood", None)
    assert [r.title for r in model.visible_rows] == ["Heavyweight Hoodie"]
    model.set_filter("", "published")
    assert [r.title for r in model.visible_rows] == ["Canvas Tote Bag", "Merino Beanie"]
    model.set_filter("tote-bag", "published")  # matches the handle
    assert model.rowCount() == 1
    model.set_filter("", None)
    assert model.rowCount() == 3 and model.total_count == 3


def test_sort_by_column_and_keep_filter_on_new_rows() -> None:
    model = model_with_rows()
    model.sort(Column.VARIANTS, Qt.SortOrder.DescendingOrder)
    assert [r.variants for r in model.visible_rows] == [8, 3, 2]
    model.sort(Column.PAYLOAD, Qt.SortOrder.AscendingOrder)
    assert [r.linked for r in model.visible_rows] == [False, None, True]  # missing first
    model.set_filter("", "published")
    model.set_rows(ROWS[:2])  # a reload keeps the filter
    assert [r.title for r in model.visible_rows] == ["Merino Beanie"]
