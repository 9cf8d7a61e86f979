"""CommerceEditor: inline validation, durable save to the outbox, server errors in place."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.validation import handle_error, parse_prices


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    saved: list[str] = []
    ed = CommerceEditor(catalog, "prod_002", on_saved=saved.append)
    ed.saved_calls = saved  # type: ignore[attr-defined]
    qtbot.addWidget(ed)
    ed.show()
    return ed


@pytest.mark.parametrize("handle,ok", [
    ("blue-shirt", True), ("café-crème", True), ("t恤-2", True), ("a1-b2-c3", True),
    ("Blue-shirt", False), ("blue--shirt", False), ("-blue", False), ("blue-", False),
    ("blue shirt", False), ("blue_shirt", False), ("", False), ("ÉTÉ", False),
])
def test_handle_rule(handle: str, ok: bool):
    assert (handle_error(handle) is None) is ok


def test_prices_parse_and_reject():
    assert parse_prices("EUR 10.50, usd 12") == ([
        {"currency_code": "eur", "amount": "10.50"}, {"currency_code": "usd", "amount": "12"}],
        None)
    assert parse_prices("EURO 10")[1] and parse_prices("EUR ten")[1]
    assert parse_prices("EUR -1")[1] and parse_prices("EUR 1, eur 2")[1]


def test_loads_the_merged_view(editor: CommerceEditor):
    assert editor.title_edit.text() == "Product 002"
    assert editor.handle_edit.text() == "item-2"
    assert editor.status_combo.currentData() == "published"
    keys = {editor.metadata.item(r, 0).text() for r in range(editor.metadata.rowCount())}
    assert keys == {"payload_id", "color"}
    assert editor.variants.rowCount() == 2
    assert editor.variants.item(0, 2).text() == "EUR 10"


def test_invalid_values_show_inline_and_nothing_is_saved(editor: CommerceEditor,
                                                         catalog: OfflineCatalog):
    editor.title_edit.setText("  ")
    editor.handle_edit.setText("Bad Handle")
    editor.variants.item(0, 1).setText("SKU WITH SPACE")
    editor.variants.item(1, 2).setText("EUR lots")
    row = editor.add_metadata_row()
    editor.metadata.setItem(row, 0, QTableWidgetItem("color"))  # duplicate key
    assert editor.save() is False
    assert editor.isVisible()
    assert "required" in editor.errors["title"].text()
    assert "lowercase" in editor.errors["handle"].text() or "not allowed" in \
        editor.errors["handle"].text()
    assert "twice" in editor.errors["metadata"].text()
    variants_error = editor.errors["variants"].text()
    assert "spaces" in variants_error and "not a number" in variants_error
    assert all(not editor.errors[k].isHidden() for k in ("title", "handle", "metadata",
                                                         "variants"))
    assert catalog.outbox() == []


def test_live_handle_check(qtbot, editor: CommerceEditor):
    qtbot.keyClicks(editor.handle_edit, "X")
    assert not editor.errors["handle"].isHidden()
    editor.handle_edit.setText("item-2x")
    editor.handle_edit.textEdited.emit("item-2x")
    assert editor.errors["handle"].isHidden()


def test_save_writes_only_changed_fields_to_the_outbox(editor: CommerceEditor,
                                                       catalog: OfflineCatalog):
    editor.title_edit.setText("New title")
    editor.handle_edit.setText("new-handle")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("draft"))
    editor.variants.item(0, 1).setText("NEW-SKU")
    editor.variants.item(1, 2).setText("EUR 12.50, USD 14")
    color = next(r for r in range(editor.metadata.rowCount())
                 if editor.metadata.item(r, 0).text() == "color")
    editor.metadata.item(color, 1).setText("red")
    row = editor.add_metadata_row()
    editor.metadata.setItem(row, 0, QTableWidgetItem("fabric"))
    editor.metadata.setItem(row, 1, QTableWidgetItem("linen"))
    assert editor.save() is True
    assert not editor.isVisible()
    assert editor.saved_calls == ["prod_002"]  # type: ignore[attr-defined]
    mine = {e.field: e.mine for e in catalog.outbox()}
    assert mine == {
        "title": "New title", "handle": "new-handle", "status": "draft",
        "variants.variant_2_S.sku": "NEW-SKU",
        "variants.variant_2_M.prices": [{"currency_code": "eur", "amount": "12.50"},
                                        {"currency_code": "usd", "amount": "14"}],
        "metadata.color": "red", "metadata.fabric": "linen",
    }
    bases = {e.field: e.base for e in catalog.outbox()}
    assert bases["handle"] == "item-2" and bases["metadata.fabric"] is None
    detail = catalog.product("prod_002")
    assert detail.value("handle") == "new-handle" and detail.sync_state == "pending"


def test_removing_a_metadata_row_deletes_the_key(editor: CommerceEditor,
                                                 catalog: OfflineCatalog):
    color = next(r for r in range(editor.metadata.rowCount())
                 if editor.metadata.item(r, 0).text() == "color")
    editor.metadata.setCurrentCell(color, 0)
    editor.remove_meta.click()
    link = next(r for r in range(editor.metadata.rowCount())
                if editor.metadata.item(r, 0).text() == "payload_id")
    editor.metadata.setCurrentCell(link, 0)
    editor.remove_meta.click()  # the integration link stays
    assert "cannot be removed" in editor.errors["metadata"].text()
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("metadata.color", None)]


def test_unchanged_save_writes_nothing(editor: CommerceEditor, catalog: OfflineCatalog):
    assert editor.save() and catalog.outbox() == []
    assert editor.saved_calls == []  # type: ignore[attr-defined]


def test_server_rejection_shows_on_its_field(editor: CommerceEditor, catalog: OfflineCatalog):
    catalog.edit("prod_002", {"handle": "item-two"})
    entry = catalog.outbox()[0]
    # What push does when Medusa answers 400 for the handle.
    catalog.store.outbox.set_state([entry.seq], "failed",
                                   message="Invalid product handle 'item-two'.")
    catalog._notify(Changes(frozenset({"prod_002"}), outbox=True))
    assert "Server: Invalid product handle" in editor.errors["handle"].text()
    assert not editor.errors["handle"].isHidden()


def test_unlinked_product_keeps_payload_fields_read_only(qtbot, catalog: OfflineCatalog):
    ed = CommerceEditor(catalog, "prod_030")
    qtbot.addWidget(ed)
    assert not ed.title_edit.isEnabled() and ed.handle_edit.isEnabled()
    ed.handle_edit.setText("item-30-new")
    assert ed.save()
    assert [e.field for e in catalog.outbox()] == ["handle"]
