"""SyncPanel over recorded-shape fakes: verify, trigger+watch, cancel, repairs, export, history."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.admin.verify import Kind
from desktop_app.admin.watch import WatchOptions
from desktop_app.ui.admin.findings_model import PROBLEMS, Col
from desktop_app.ui.admin.history_model import Col as HistoryCol
from desktop_app.ui.admin.sync_panel import SyncPanel
from tests.admin.fakes import synced_shop
from tests.services.admin_support import (
    admin_for,
    drifted_shop,
    stepping_transports,
    syncing_shop,
)
from tests.ui.qt_support import wait_until

FAST = WatchOptions(poll_interval=0.02, stall_after=0.3, rate_window=1.0)


@pytest.fixture
def make_panel(qtbot):
    def make(admin, **kw) -> SyncPanel:
        panel = SyncPanel(admin, watch_options=kw.pop("watch_options", FAST), **kw)
        qtbot.addWidget(panel)
        panel.show()
        return panel

    return make


async def idle(panel: SyncPanel, what: str = "the job to finish") -> None:
    await wait_until(lambda: not panel.busy, 10, what)


def cells(panel: SyncPanel, col: Col) -> list[str]:
    model = panel.report_view.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def posts_to(shop, path: str) -> list[str]:
    return [r.url.path for r in shop.medusa.requests if r.method == "POST" and r.url.path == path]


async def verified(make_panel, shop) -> SyncPanel:
    panel = make_panel(admin_for(shop))
    panel.verify_button.click()
    await idle(panel, "the verification")
    return panel


async def test_verify_shows_each_finding_with_counts_and_a_plain_explanation(make_panel):
    panel = await verified(make_panel, drifted_shop())
    view = panel.report_view

    assert cells(panel, Col.PRODUCT) == ["Title 10", "Gone", "Title 2", "Title 1"]
    assert view.summary.text() == "4 problems to fix"
    assert view.counts_label.text().startswith(
        "2 of 5 products in agreement  ·  5 Payload docs  ·  1 missing in Payload")
    combo = [view.category_combo.itemText(i) for i in range(view.category_combo.count())]
    assert combo[:3] == ["All findings (4)", "Problems only (4)", "Information only (0)"]
    assert "payload_id stale (1)" in combo and "duplicate medusa_id (0)" in combo
    assert "1 orphan in Payload" in view.counts_label.text()

    view.show_category(Kind.ORPHAN_IN_PAYLOAD)
    assert cells(panel, Col.PRODUCT) == ["Gone"]
    assert cells(panel, Col.PAYLOAD) == ["99"]
    assert "a Payload admin deletes it" in cells(panel, Col.EXPLANATION)[0]
    assert not panel.progress.isVisible() and not panel.banner.isVisible()


async def test_information_rows_are_filtered_out_of_problems(make_panel):
    shop = synced_shop(3)
    shop.payload.docs[0]["title"] = "Renamed in Payload"
    panel = await verified(make_panel, shop)
    view = panel.report_view

    assert cells(panel, Col.CATEGORY) == ["title differs"]
    assert "Payload owns the title" in cells(panel, Col.EXPLANATION)[0]
    view.show_category(PROBLEMS)
    assert view.model.rowCount() == 0
    assert not view.fix_all_button.isEnabled() and not view.copy_orphans_button.isEnabled()


async def test_selecting_a_row_explains_it_below_the_table(make_panel):
    panel = await verified(make_panel, drifted_shop())
    view = panel.report_view
    view.table.selectRow(3)  # prod_0001, stale

    assert view.detail.isVisible()
    assert "Medusa points at Payload document 77, but the product's document is 2" \
        in view.detail.text()
    assert view.selected_fixable_ids() == ["prod_0001"]
    assert view.fix_selected_button.isEnabled()
    view.table.selectRow(0)  # missing in Payload: not a payload_id repair
    assert not view.fix_selected_button.isEnabled()


async def test_trigger_watches_progress_until_both_sides_agree(make_panel):
    shop, fake_sync = syncing_shop(2, 6, per_step=2)
    panel = make_panel(admin_for(shop, transports=stepping_transports(shop, fake_sync)))
    seen = []
    original = panel.progress.show_progress
    panel.progress.show_progress = lambda p: (seen.append(panel.progress.bar.value()),
                                              original(p))

    panel.trigger_button.click()
    assert panel.progress.isVisible() and not panel.trigger_button.isEnabled()
    await idle(panel, "the watch")

    assert posts_to(shop, "/admin/payload/sync/products") == ["/admin/payload/sync/products"]
    assert panel.last_progress is not None
    assert (panel.last_progress.done, panel.last_progress.total) == (8, 8)
    assert panel.progress.bar.format() == "8 / 8 products in agreement"
    assert len(seen) >= 3  # several polls, each one shown
    assert panel.banner.title_label.text() == "Sync finished"
    assert "all 8 products agree" in panel.banner.message_label.text()
    assert panel.report is not None and panel.report.ok
    assert panel.report_view.stack.currentWidget() is panel.report_view.empty
    assert panel.trigger_button.isEnabled() and not panel.progress.isVisible()
    history = panel.history_model
    assert history.rowCount() == 1
    assert history.index(0, HistoryCol.OUTCOME).data() == "Agreed"
    assert history.index(0, HistoryCol.BEFORE).data() == "2 / 8 agree · 6 missing"
    assert history.index(0, HistoryCol.AFTER).data() == "8 / 8 agree"


async def test_a_stall_names_the_products_still_missing(make_panel):
    shop, fake_sync = syncing_shop(2, 4, per_step=4, skip={"prod_0004"})
    panel = make_panel(admin_for(shop, transports=stepping_transports(shop, fake_sync)))

    panel.trigger_button.click()
    await idle(panel, "the stall")

    assert panel.banner.kind == "warning"
    assert panel.banner.title_label.text() == "Sync stalled"
    assert "Still missing: Title 4." in panel.banner.message_label.text()  # by title
    assert panel.report is not None
    assert panel.report.ids(Kind.MISSING_IN_PAYLOAD) == ["prod_0004"]
    assert panel.history_model.index(0, HistoryCol.OUTCOME).data() == "Stalled"


async def test_cancel_stops_watching_and_records_the_run(make_panel):
    shop, _ = syncing_shop(1, 3)  # nothing ever steps: the watch would wait a minute
    panel = make_panel(admin_for(shop), watch_options=WatchOptions(poll_interval=30))

    panel.trigger_button.click()
    await wait_until(lambda: posts_to(shop, "/admin/payload/sync/products"), 5, "the trigger")
    panel.progress.cancel_button.click()
    await idle(panel, "the cancellation")

    assert panel.banner.title_label.text() == "Cancelled"
    assert panel.history_model.index(0, HistoryCol.OUTCOME).data() == "Cancelled"
    assert panel.trigger_button.isEnabled()


async def test_trigger_failure_is_shown_and_recorded(make_panel):
    shop = synced_shop(2)
    shop.medusa.sync_status = 500
    panel = make_panel(admin_for(shop))

    panel.trigger_button.click()
    await idle(panel)

    assert panel.banner.kind == "error" and panel.banner.title_label.text() == "Sync failed"
    assert panel.banner.message_label.text().startswith("Medusa:")
    assert panel.history_model.index(0, HistoryCol.OUTCOME).data() == "Failed"


async def test_missing_secret_is_a_clear_error_and_nothing_is_sent(make_panel):
    shop = synced_shop(2)
    panel = make_panel(admin_for(shop, payload_key=False))

    panel.verify_button.click()
    await idle(panel)

    assert panel.banner.kind == "error" and panel.banner.title_label.text() == "Cannot connect"
    assert "Payload API key" in panel.banner.message_label.text()
    assert shop.medusa.requests == [] and shop.payload.requests == []
    assert panel.report is None and panel.verify_button.isEnabled()


async def test_fix_selected_asks_first_then_writes_only_that_product(make_panel, qtbot):
    shop = drifted_shop()
    panel = await verified(make_panel, shop)
    view = panel.report_view
    view.table.selectRow(3)  # prod_0001

    view.fix_selected_button.click()
    box = panel.findChild(QMessageBox, "confirmFix")
    assert box is not None and box.isVisible() and "prod_0001" in box.text()
    assert posts_to(shop, "/admin/products/prod_0001") == []  # nothing before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    await idle(panel, "the repair")

    assert shop.medusa.products["prod_0001"]["metadata"]["payload_id"] == "2"
    assert "payload_id" not in shop.medusa.products["prod_0002"]["metadata"]
    assert "corrected for 1 product." in panel.banner.message_label.text()
    assert panel.report is not None  # re-verified after the repair
    assert panel.report.ids(Kind.STALE_PAYLOAD_ID) == []
    assert panel.report.ids(Kind.MISSING_PAYLOAD_ID) == ["prod_0002"]
    assert shop.payload.writes() == []


async def test_fix_all_cancelled_in_the_confirmation_changes_nothing(make_panel):
    shop = drifted_shop()
    panel = await verified(make_panel, shop)
    assert panel.report_view.fix_all_button.text() == "Fix all payload_ids (2)"

    panel.report_view.fix_all_button.click()
    box = panel.findChild(QMessageBox, "confirmFix")
    box.button(QMessageBox.StandardButton.Cancel).click()

    assert not panel.busy
    assert [r for r in shop.medusa.requests if r.url.path.startswith("/admin/products/")] == []


async def test_copy_orphan_list_puts_the_docs_to_delete_on_the_clipboard(make_panel):
    panel = await verified(make_panel, drifted_shop())

    panel.report_view.copy_orphans_button.click()

    assert QGuiApplication.clipboard().text() == (
        "Payload doc 99: delete in Payload admin (orphan: no Medusa product has this id)")
    assert "never deletes Payload products" in panel.banner.message_label.text()


async def test_export_csv_through_the_save_dialog(make_panel, tmp_path):
    panel = await verified(make_panel, drifted_shop())
    target = tmp_path / "report.csv"

    dialog = panel.ask_export("csv")
    assert dialog is not None and dialog.isVisible()
    dialog.fileSelected.emit(str(target))  # what choosing a file and pressing Save sends
    dialog.reject()

    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert {(r["kind"], r["medusa_id"]) for r in rows} == {
        ("missing_in_payload", "prod_0010"), ("orphan_in_payload", "prod_gone"),
        ("missing_payload_id", "prod_0002"), ("stale_payload_id", "prod_0001")}
    assert "4 findings written" in panel.banner.message_label.text()


async def test_export_json_and_a_failed_write(make_panel, tmp_path):
    panel = await verified(make_panel, drifted_shop())

    assert panel.export_to(tmp_path / "report.json", "json")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["counts"]["stale_payload_id"] == 1 and data["medusa_count"] == 5

    assert not panel.export_to(tmp_path / "no-such-dir" / "r.csv", "csv")
    assert panel.banner.kind == "error" and panel.banner.title_label.text() == "Export failed"
    assert panel.report is not None and len(panel.report.findings) == 4  # nothing lost


async def test_closing_while_watching_cancels_the_task(make_panel):
    shop, _ = syncing_shop(1, 2)
    panel = make_panel(admin_for(shop), watch_options=WatchOptions(poll_interval=30))
    panel.trigger_button.click()
    await wait_until(lambda: posts_to(shop, "/admin/payload/sync/products"), 5, "the trigger")

    panel.close()
    await idle(panel, "the cancellation")

    assert panel.admin.history()[0].outcome == "cancelled"


async def test_an_unreadable_history_is_a_warning_not_a_crash(qtbot):
    from desktop_app.services.admin import AdminService
    from tests.services.admin_support import admin_profile

    class BrokenHistory:
        def recent(self, limit: int = 20):
            raise OSError("database disk image is malformed")

    admin = admin_for(synced_shop(1))
    broken = AdminService(admin_profile(), admin.secrets, admin.transports,
                          history=lambda _p: BrokenHistory())
    panel = SyncPanel(broken)
    qtbot.addWidget(panel)

    assert panel.banner.kind == "warning"
    assert "database disk image is malformed" in panel.banner.message_label.text()
    assert panel.history_model.rowCount() == 0
