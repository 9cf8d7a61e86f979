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
    # Closed without asking about what a test left typed.
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
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
    catalog._store.outbox.set_state([entry.seq], "failed",
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


# ------------------------------------------------ the store changes under an open editor
PID = "prod_00001"  # tests.exchange.fakes numbering


@pytest.fixture
async def live(pulled, qtbot):
    """(editor, catalog, medusa fake, payload fake): an editor open on a pulled product."""
    _page, catalog, medusa, payload = pulled
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    return ed, catalog, medusa, payload


def status_index(editor: CommerceEditor, status: str) -> int:
    return editor.status_combo.findData(status)


def cell(table, key: str, column: int = 1):
    """The cell of the metadata row ``key`` (or of the variant titled ``key``)."""
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == key)
    return table.item(row, column)


def fake_variant(medusa, title: str) -> dict:
    return next(v for v in medusa.products[PID]["variants"] if v["title"] == title)


async def test_regression_pull_while_open_does_not_undo_a_colleagues_status(live):
    """Issue "No edit is ever lost": an open editor pushed a colleague's status back."""
    editor, catalog, medusa, payload = live
    assert editor.status_combo.currentData() == "published"
    medusa.touch(PID, status="draft")  # a colleague, in Medusa admin
    await catalog.pull()  # lands while the editor is open
    editor.title_edit.setText("New title")  # the merchant edits only the title
    assert editor.save()
    assert [(e.field, e.mine, e.base) for e in catalog.outbox()] == [
        ("title", "New title", "Payload title 1")]
    await catalog.push()
    assert medusa.products[PID]["status"] == "draft"
    assert payload.by_medusa(PID)["title"] == "New title"


async def test_untouched_fields_take_the_new_server_values(live):
    editor, catalog, medusa, payload = live
    editor.handle_edit.setText("my-handle")  # touched, not moved on the server: kept
    fake_variant(medusa, "S")["sku"] = "COLLEAGUE-SKU"
    medusa.touch(PID, status="draft", metadata={"payload_id": "1", "season": "winter"})
    payload.touch(PID, subtitle="Colleague subtitle")
    await catalog.pull()
    assert editor.status_combo.currentData() == "draft"
    assert editor.subtitle_edit.text() == "Colleague subtitle"
    assert cell(editor.metadata, "season").text() == "winter"
    assert cell(editor.variants, "S").text() == "COLLEAGUE-SKU"
    assert editor.handle_edit.text() == "my-handle"
    assert editor.conflict_notes == {}
    assert editor.save()
    assert [(e.field, e.mine, e.base) for e in catalog.outbox()] == [
        ("handle", "my-handle", "item-1")]


async def test_touched_field_moved_on_the_server_shows_an_inline_conflict(live):
    editor, catalog, medusa, _payload = live
    editor.status_combo.setCurrentIndex(status_index(editor, "proposed"))
    medusa.touch(PID, status="draft")
    await catalog.pull()
    note = editor.conflict_notes["status"]
    assert note.isVisible() and "Draft" in note.text.full_text()
    assert editor.status_combo.currentData() == "proposed"  # the typing is still there
    assert editor.save() is False  # blocked until the merchant picks
    assert editor.isVisible() and catalog.outbox() == []
    assert "Keep mine" in editor.errors["status"].text()
    note.keep.click()
    assert editor.conflict_notes == {}
    assert editor.save()
    # Keep mine: sent on top of theirs (the base is what they now know the server holds).
    assert [(e.field, e.mine, e.base) for e in catalog.outbox()] == [
        ("status", "proposed", "draft")]
    report = await catalog.push()
    assert report.conflicts == 0 and medusa.products[PID]["status"] == "proposed"


async def test_take_theirs_puts_the_server_value_in_the_form(live):
    editor, catalog, _medusa, payload = live
    editor.title_edit.setText("My title")
    payload.touch(PID, title="Their title")
    await catalog.pull()
    assert editor.save() is False
    editor.conflict_notes["title"].take.click()
    assert editor.title_edit.text() == "Their title" and editor.conflict_notes == {}
    assert not editor.has_unsaved_changes()
    assert editor.save() and catalog.outbox() == []


async def test_conflicting_cells_show_under_their_table(live):
    editor, catalog, medusa, _payload = live
    cell(editor.variants, "M", 2).setText("EUR 11")
    fake_variant(medusa, "M")["prices"] = [{"id": "p", "currency_code": "eur", "amount": 13}]
    medusa.touch(PID)
    await catalog.pull()
    note = editor.conflict_notes["variants.variant_1_M.prices"]
    # On the variants tab, which says so while another tab is up.
    index = editor.tabs.indexOf(editor.structure)
    assert editor.tabs.currentIndex() != index and editor.tabs.tabText(index).endswith("•")
    editor.tabs.setCurrentIndex(index)
    assert note.isVisible() and "€13.00" in note.text.full_text() and "M" in note.text.full_text()
    note.take.click()
    assert cell(editor.variants, "M", 2).text() == "EUR 13"
    assert editor.save() and catalog.outbox() == []


async def test_a_save_in_another_window_reaches_an_open_editor(live):
    editor, catalog, _medusa, _payload = live
    catalog.edit(PID, {"handle": "from-elsewhere"})  # e.g. a bulk edit
    assert editor.handle_edit.text() == "from-elsewhere"
    assert not editor.has_unsaved_changes()
    assert editor.save() and len(catalog.outbox()) == 1


# ------------------------------------------------------------- unsaved typing asks
def answer(editor: CommerceEditor, button):
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_cancel_with_typing_asks_and_cancel_keeps_it(editor: CommerceEditor):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    editor.title_edit.setText("Typed")
    assert editor.has_unsaved_changes()
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert editor.isVisible()
    answer(editor, QMessageBox.StandardButton.Cancel)
    assert editor.isVisible() and editor.title_edit.text() == "Typed"


def test_escape_with_typing_asks_then_discard_closes(qtbot, editor: CommerceEditor,
                                                     catalog: OfflineCatalog):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    editor.handle_edit.setText("typed-handle")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    answer(editor, QMessageBox.StandardButton.Discard)
    assert not editor.isVisible() and catalog.outbox() == []


def test_close_with_typing_asks_then_save_saves(editor: CommerceEditor,
                                                catalog: OfflineCatalog):
    from PySide6.QtWidgets import QMessageBox

    editor.subtitle_edit.setText("Typed subtitle")
    editor.close()
    assert editor.isVisible()
    answer(editor, QMessageBox.StandardButton.Save)
    assert not editor.isVisible()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("subtitle", "Typed subtitle")]


def test_cancel_without_typing_closes_without_asking(qtbot, editor: CommerceEditor):
    from PySide6.QtCore import Qt

    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor.unsaved_box is None


def test_closed_by_its_page_without_asking(editor: CommerceEditor):
    # Switching shop closes the page's editors; the main window asked already.
    editor.title_edit.setText("Typed")
    editor.reject()
    assert not editor.isVisible() and editor.unsaved_box is None


def test_a_products_create_mark_is_read_only(qtbot, catalog: OfflineCatalog):
    from PySide6.QtCore import Qt

    from desktop_app.services.new_product import CREATE_MARKER, ProductDraft

    pid = catalog.create_product(ProductDraft(title="Linen Shirt"))
    ed = CommerceEditor(catalog, pid)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    row = next(r for r in range(ed.metadata.rowCount())
               if ed.metadata.item(r, 0).text() == CREATE_MARKER)
    assert not ed.metadata.item(row, 1).flags() & Qt.ItemFlag.ItemIsEditable
    ed.metadata.setCurrentCell(row, 0)
    ed.remove_meta.click()
    assert "read-only" in ed.errors["metadata"].text()
    # A product made here holds its own title until Medusa has it: editable.
    assert ed.title_edit.isEnabled() and ed.title_edit.text() == "Linen Shirt"
    ed.title_edit.setText("Linen Shirt, washed")
    assert ed.save()
    assert catalog.product(pid).medusa["title"] == "Linen Shirt, washed"


def test_a_product_of_a_server_never_read_is_not_called_an_orphan(qtbot, tmp_path):
    """Medusa down since the store was made: its header says Medusa was not read yet, as
    the list does, not that the product is gone from Medusa."""
    from desktop_app.store import CatalogStore
    from desktop_app.store.catalog_store import Cursor
    from tests.ui.offline.conftest import payload_rec

    store = CatalogStore.open(tmp_path / "catalog.sqlite3")
    store.save_payload([payload_rec(1)])
    store.save_cursor(Cursor("payload", None, "2026-11-27T06:00:01", None, 0))
    ed = CommerceEditor(OfflineCatalog(store), "prod_001")
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    assert ed.state_label.text() == "prod_001 · Medusa not read yet"
    store.save_cursor(Cursor("medusa", None, "2026-11-27T06:00:02", None, 0))  # read: gone
    ed.load()
    assert ed.state_label.text() == "prod_001 · Orphan"
    ed.discard_and_close()
    store.close()
