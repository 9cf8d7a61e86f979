"""The bulk editor: preview diff, bad input, apply + push with progress, cancel, undo, CSV."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from desktop_app.api import PayloadClient
from desktop_app.api.http import NO_RETRY
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import SearchQuery
from desktop_app.ui.bulk import BulkEditDialog
from desktop_app.ui.bulk.diff_model import TEXTS_ROLE
from tests.bulk.conftest import PROFILE
from tests.exchange.fakes import API_KEY
from tests.ui.qt_support import wait_until


def open_dialog(qtbot, catalog, ids=None, query=None) -> BulkEditDialog:
    dialog = BulkEditDialog(catalog, ids, query)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(dialog: BulkEditDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def confirm_undo(dialog: BulkEditDialog) -> None:
    """Undo, and say yes when it asks."""
    dialog.undo_button.click()
    box = dialog.undo_box
    assert box is not None and box.isVisible()
    next(b for b in box.buttons() if b.text() == "Undo bulk edit").click()


def set_seo_title(dialog: BulkEditDialog, template: str) -> None:
    dialog.form.select("seo")
    row = dialog.form.seo_rows["meta_title"]
    row.enabled.setChecked(True)
    row.text.setText(template)


def test_preview_lists_each_change_and_writes_nothing(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001", "prod_002", "prod_030"])
    assert dialog.selection.text() == "3 products selected"
    assert not dialog.apply_button.isEnabled()
    set_seo_title(dialog, "{title} – Shop")
    dialog.preview_button.click()
    assert cells(dialog) == [
        ["Product 001", "SEO · meta title", "—", "Product 001 – Shop"],
        ["Product 002", "SEO · meta title", "—", "Product 002 – Shop"]]
    assert "2 products change (2 fields)" in dialog.summary.text()
    assert dialog.problems.isVisible()  # prod_030 has no Payload document
    assert "prod_030" in dialog.problems.item(0).text()
    assert dialog.apply_button.isEnabled()
    assert catalog.outbox() == []


def test_replace_preview_marks_the_replaced_text(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, query=SearchQuery("product 00"))
    assert dialog.selection.text() == "All 9 products matching “product 00”"
    dialog.form.select("replace")
    dialog.form.find.setText("Product")
    dialog.form.replace.setText("Item")
    dialog.form.in_subtitle.setChecked(False)
    dialog.preview_button.click()
    assert dialog.model.rowCount() == 9
    assert dialog.model.index(0, 3).data(TEXTS_ROLE) == ("Product 001", "Item 001")


def test_bad_input_is_shown_and_nothing_is_previewed(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001"])
    dialog.form.select("replace")
    dialog.form.regex.setChecked(True)
    dialog.form.find.setText("(unclosed")
    dialog.preview_button.click()
    assert dialog.error.isVisible()
    assert "Invalid regular expression" in dialog.error.text()
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()


def test_changing_the_parameters_clears_the_preview(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001"])
    dialog.form.select("status")
    dialog.form.set_status("draft")
    dialog.preview_button.click()
    assert dialog.model.rowCount() == 1 and dialog.apply_button.isEnabled()
    dialog.form.set_status("rejected")
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert "Preview again" in dialog.summary.text()


def test_offline_apply_records_and_undo_discards(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001", "prod_002"])
    dialog.form.set_status("draft")
    dialog.preview_button.click()
    dialog.apply_button.click()
    assert [(e.product_id, e.mine) for e in catalog.outbox()] == [
        ("prod_001", "draft"), ("prod_002", "draft")]
    assert "Recorded as bulk edit #1" in dialog.summary.text()
    assert "sent with the next push" in dialog.status.text()
    assert not dialog.apply_button.isEnabled() and dialog.undo_button.isEnabled()
    confirm_undo(dialog)
    assert catalog.outbox() == []
    assert "Undid bulk edit #1" in dialog.summary.text()
    assert not dialog.undo_button.isEnabled()


async def test_apply_pushes_with_progress_then_undo_restores(qtbot, online):
    catalog, _medusa, payload = online
    dialog = open_dialog(qtbot, catalog, query=SearchQuery())
    set_seo_title(dialog, "SEO {title}")
    dialog.preview_button.click()
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.apply_button.click()
    assert dialog.pushing and dialog.cancel_button.isVisible()
    assert not dialog.undo_button.isEnabled()
    await wait_until(lambda: not dialog.pushing, what="the push")
    assert "Sent 8 fields." == dialog.status.text()
    assert values[-1] == 8 and not dialog.progress.isVisible()
    assert {d["seo"]["meta_title"] for d in payload.docs.values()} == {
        f"SEO Payload title {n}" for n in range(1, 9)}
    confirm_undo(dialog)
    await wait_until(lambda: not dialog.pushing, what="the undo push")
    assert {d["seo"]["meta_title"] for d in payload.docs.values()} == {None}
    assert catalog.outbox() == []


async def test_cancel_stops_the_push_and_loses_nothing(qtbot, online):
    fast, medusa, payload = online
    gate = asyncio.Event()
    writes: list[str] = []

    async def slow(request):
        if request.method == "PATCH":
            writes.append(request.url.path)
            await gate.wait()  # every write hangs until the test lets go
        return payload.handle(request)

    slow_payload = PayloadClient("http://payload.test", API_KEY, retry_policy=NO_RETRY,
                                 transport=httpx.MockTransport(slow))
    catalog = OfflineCatalog(fast._store, Shop(PROFILE, medusa.client(), slow_payload))
    dialog = open_dialog(qtbot, catalog, query=SearchQuery())
    set_seo_title(dialog, "Cancelled {handle}")
    dialog.preview_button.click()
    dialog.apply_button.click()
    await wait_until(lambda: len(writes) >= 4, what="writes in flight")
    dialog.cancel_button.click()
    await wait_until(lambda: not dialog.pushing, what="the cancelled push")
    assert "Push cancelled. Nothing is lost" in dialog.status.text()
    assert len(catalog.outbox()) == 8  # every edit still waits
    assert dialog.apply_button.isEnabled() is False and dialog.undo_button.isEnabled()
    gate.set()
    await fast.push()
    assert {d["seo"]["meta_title"] for d in payload.docs.values()} == {
        f"Cancelled item-{n}" for n in range(1, 9)}


def test_csv_import_shows_the_dry_run_and_errors_block_apply(qtbot, catalog, tmp_path):
    dialog = open_dialog(qtbot, catalog, ["prod_001"])
    good = tmp_path / "good.csv"
    good.write_text("product_id,title\nprod_003,Renamed three\n", encoding="utf-8")
    dialog.import_from(good)
    assert cells(dialog) == [["Product 003", "Title", "Product 003", "Renamed three"]]
    assert "Import good.csv (dry run): 1 product change" in dialog.summary.text()
    assert dialog.apply_button.isEnabled() and catalog.outbox() == []

    bad = tmp_path / "bad.csv"
    bad.write_text("product_id,status\nprod_003,live\n", encoding="utf-8")
    dialog.import_from(bad)
    assert not dialog.apply_button.isEnabled()
    assert "row 2: status: status 'live'" in dialog.problems.item(0).text()
    assert "Fix the errors" in dialog.summary.text()

    dialog.import_from(tmp_path / "nope.csv")
    assert "Cannot read" in dialog.error.text()

    dialog.import_from(good)
    dialog.apply_button.click()
    assert catalog.product("prod_003").value("title") == "Renamed three"


def test_csv_export_writes_the_chosen_products(qtbot, catalog, tmp_path):
    dialog = open_dialog(qtbot, catalog, ["prod_002", "prod_001"])
    path = tmp_path / "out.csv"
    dialog.export_to(path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines] == ["product_id", "prod_002", "prod_001"]
    assert "Exported 2 products" in dialog.status.text()


@pytest.mark.parametrize(("query", "text"), [
    (None, "All 30 products in the catalog"),
    (SearchQuery(statuses=("published",)), "All 30 products with status Published"),
    (SearchQuery("product 03", ("published", "draft"), ("missing",)),
     "All 1 product matching “product 03” with status Published or Draft "
     "and sync state No content"),
])
def test_selection_is_described(qtbot, catalog, query, text):
    assert open_dialog(qtbot, catalog, query=query).selection.text() == text


# ------------------------------------------------------------------ first hour
def test_statuses_read_as_in_the_rest_of_the_app(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001"])
    combo = dialog.form.status
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Draft", "Proposed", "Published", "Rejected"]
    dialog.form.set_status("draft")
    dialog.preview_button.click()
    assert cells(dialog) == [["Product 001", "Status", "Published", "Draft"]]
    assert dialog.summary.text().startswith("Set status to Draft: 1 product change")
    dialog.apply_button.click()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("status", "draft")]


def test_the_options_area_fits_the_chosen_operation(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001"])
    pages = dialog.form.pages

    def settled_height() -> int:
        dialog.layout().activate()
        return pages.height()

    def needed() -> int:
        """The shown page's height at its width (a wrapped hint needs fewer lines when wide)."""
        page = pages.currentWidget()
        return (page.heightForWidth(pages.width()) if page.hasHeightForWidth()
                else page.sizeHint().height())

    assert settled_height() <= needed() + 2  # no empty area below the status choice
    dialog.form.select("seo")
    assert settled_height() >= needed() > 60  # the SEO rows all show
    dialog.form.select("status")
    assert settled_height() <= needed() + 2


def test_undo_asks_first_and_says_what_it_reverts(qtbot, catalog):
    dialog = open_dialog(qtbot, catalog, ["prod_001", "prod_002"])
    dialog.form.set_status("draft")
    dialog.preview_button.click()
    dialog.apply_button.click()
    dialog.undo_button.click()
    box = dialog.undo_box
    assert box is not None and box.isVisible()
    assert "Undo bulk edit #1?" in box.text()
    assert "Set status to Draft: 2 products, 2 fields." in box.text()
    assert len(catalog.outbox()) == 2  # nothing undone while it asks
    box.button(box.StandardButton.Cancel).click()
    assert len(catalog.outbox()) == 2 and dialog.undo_button.isEnabled()
    confirm_undo(dialog)
    assert catalog.outbox() == []
