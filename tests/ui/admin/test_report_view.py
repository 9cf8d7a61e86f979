"""The verification report leads with what to fix, names products by title, reads in full.

Each test fails on the old main: the headline said "all N products agree" (or "N of M
products agree") first, products were cut-off Medusa ids, information rows were mixed in
by category only, and "What it means" was one elided line.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.admin.watch import Agreement, Outcome, WatchResult
from desktop_app.ui.admin.findings_model import Col
from desktop_app.ui.admin.sync_panel import SyncPanel, watch_text
from tests.admin.fakes import synced_shop
from tests.services.admin_support import admin_for, drifted_shop
from tests.ui.qt_support import wait_until


@pytest.fixture
def verified(qtbot):
    async def run(shop) -> SyncPanel:
        panel = SyncPanel(admin_for(shop))
        qtbot.addWidget(panel)
        panel.show()
        panel.verify_button.click()
        await wait_until(lambda: not panel.busy, 10, "the verification")
        return panel

    return run


def column(panel: SyncPanel, col: Col, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = panel.report_view.model
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def drifted_with_a_renamed_title():
    shop = drifted_shop()
    shop.payload.docs[0]["title"] = "Renamed in Payload"  # prod_0000: information only
    return shop


async def test_headline_counts_problems_and_problems_come_before_information(verified):
    panel = await verified(drifted_with_a_renamed_title())
    view = panel.report_view
    assert view.summary.text() == "4 problems to fix"
    counts = view.counts_label.text()
    assert counts.startswith("2 of 5 products in agreement")
    assert counts.endswith("1 difference for information only, nothing to fix")
    assert column(panel, Col.SEVERITY) == ["Problem"] * 4 + ["Information"]
    combo = [view.category_combo.itemText(i) for i in range(view.category_combo.count())]
    assert "Information only (1)" in combo


async def test_products_show_by_title_with_their_ids_on_hover(verified):
    panel = await verified(drifted_with_a_renamed_title())
    assert column(panel, Col.PRODUCT) == ["Title 10", "Gone", "Title 2", "Title 1",
                                          "Renamed in Payload"]
    tips = column(panel, Col.PRODUCT, Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == "Medusa id: prod_0010\nNo Payload doc"
    assert tips[1] == "Medusa id: prod_gone\nPayload doc: 99"
    panel.report_view.table.selectRow(3)
    assert "Medusa id: prod_0001" in panel.report_view.detail.text()


async def test_the_explanation_wraps_in_rows_tall_enough_to_read_it(verified):
    panel = await verified(drifted_with_a_renamed_title())
    table = panel.report_view.table
    line = table.fontMetrics().height()
    assert table.wordWrap()
    assert table.rowHeight(0) >= 2 * line  # the longest explanation takes several lines
    panel.resize(800, panel.height())  # narrower: more lines, taller rows
    await wait_until(lambda: table.rowHeight(0) > 3 * line, 2, "taller rows")


async def test_information_only_report_says_they_agree_and_that_nothing_needs_fixing(verified):
    shop = synced_shop(3)
    shop.payload.docs[0]["title"] = "Renamed in Payload"
    panel = await verified(shop)
    view = panel.report_view
    assert view.summary.text() == "Medusa and Payload agree on all 3 products"
    assert "1 difference for information only, nothing to fix" in view.counts_label.text()


async def test_a_finished_sync_with_problems_leads_with_them_not_with_all_agree(verified):
    panel = await verified(drifted_with_a_renamed_title())
    now = datetime.now(UTC)
    result = WatchResult("products", Outcome.AGREED, now, now,
                         after=Agreement(5, 5, frozenset(), frozenset()), report=panel.report)
    kind, title, text = watch_text(result)
    assert (kind, title) == ("warning", "Sync finished")
    assert text.startswith("4 problems to fix: 1 missing in Payload, 1 orphan in Payload")
    assert "all 5 products agree" not in text
