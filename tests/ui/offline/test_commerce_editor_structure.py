"""The editor's Options & variants tab: structure changes at once, variant keys on Save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import operations as ops
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.variant_table import column
from tests.ui.offline.whole_product import PID, open_catalog, refuse_edit, refuse_operations, vid


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    cat = open_catalog(tmp_path)
    yield cat
    cat._store.close()


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.tabs.setCurrentWidget(ed.structure)
    return ed


def cell(editor: CommerceEditor, variant_id: str, key: str):
    return editor.variants.cell(variant_id, key)


def queued(catalog: OfflineCatalog) -> list[tuple[str, dict]]:
    return [(op.kind, op.args) for op in catalog.operations()]


def option_row(editor: CommerceEditor, title: str) -> int:
    table = editor.structure.options.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == title)


def answer(prompt, *texts) -> None:
    """Type ``texts`` into the inline prompt's line edits (combos keep their choice)."""
    from PySide6.QtWidgets import QLineEdit

    edits = [w for w in prompt.inputs if isinstance(w, QLineEdit)]
    for edit, text in zip(edits, texts, strict=False):
        edit.setText(text)
    prompt.ok.click()


def test_variants_in_option_order_with_every_key(editor: CommerceEditor):
    table = editor.variants
    assert [table.item(r, column("options")).text() for r in range(table.rowCount())] == [
        "S / Oat", "S / Black", "M / Oat", "M / Black"]  # by Size, then Colour
    # The options column is read-only and shown first.
    assert table.horizontalHeader().visualIndex(column("options")) == 0
    assert not table.item(0, column("options")).flags() & Qt.ItemFlag.ItemIsEditable
    assert cell(editor, vid("S", "Oat"), "barcode").text() == "00010"
    assert cell(editor, vid("M", "Oat"), "weight").text() == "201"
    assert cell(editor, vid("S", "Oat"), "manage_inventory").checkState() == Qt.CheckState.Checked
    assert cell(editor, vid("M", "Black"), "manage_inventory").checkState() == \
        Qt.CheckState.Unchecked
    options = editor.structure.options.table
    assert [options.item(r, 1).text() for r in range(options.rowCount())] == [
        "S  ·  M", "Oat  ·  Black"]


def test_variant_keys_are_saved_as_typed_values_with_their_bases(editor: CommerceEditor,
                                                                  catalog: OfflineCatalog):
    v = vid("S", "Oat")
    cell(editor, v, "barcode").setText("4006381333931")
    cell(editor, v, "weight").setText("212.5")
    cell(editor, v, "height").setText("3")
    cell(editor, v, "allow_backorder").setCheckState(Qt.CheckState.Checked)
    cell(editor, v, "title").setText("Small / Oat")
    assert editor.save()
    mine = {e.field: (e.mine, e.base) for e in catalog.outbox()}
    assert mine == {
        f"variants.{v}.barcode": ("4006381333931", "00010"),
        f"variants.{v}.weight": (212.5, 200),
        f"variants.{v}.height": (3, None),
        f"variants.{v}.allow_backorder": (True, False),
        f"variants.{v}.title": ("Small / Oat", "S / Oat"),
    }


def test_invalid_cells_are_tinted_and_block_save(editor: CommerceEditor, catalog: OfflineCatalog):
    v = vid("M", "Oat")
    cell(editor, v, "weight").setText("heavy")
    cell(editor, v, "length").setText("-3")
    cell(editor, v, "prices").setText("EUR 20, GBP 18")  # the store sells in EUR and USD
    assert editor.save() is False
    error = editor.errors["variants"].text()
    assert "“heavy” is not a number" in error and "must be zero or more" in error
    assert "GBP is not a currency of this store (EUR, USD)" in error
    assert cell(editor, v, "weight").toolTip() == "“heavy” is not a number."
    assert cell(editor, v, "weight").background().color().name() == "#fbe7e6"
    assert catalog.outbox() == []


def test_a_price_medusa_holds_in_a_currency_the_store_stopped_selling_blocks_nothing(
    qtbot, tmp_path
):
    """Only typing is checked: the server's own values never keep Save from working."""
    from desktop_app.store import taxonomy

    catalog = open_catalog(tmp_path)
    taxonomy.save_all(catalog._store.conn, "currency", ["eur"])  # USD no longer sold
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.status_combo.setCurrentIndex(ed.status_combo.findData("draft"))
    assert ed.save() is True
    assert [e.field for e in catalog.outbox()] == ["status"]
    catalog._store.close()


def test_add_option_and_values_are_queued_at_once(editor: CommerceEditor,
                                                  catalog: OfflineCatalog):
    panel = editor.structure.options
    panel.add_option_button.click()
    answer(panel.prompt, "Size", "XS")
    assert "already" in panel.prompt.error.text()  # one Size is enough
    answer(panel.prompt, "Fit", "Regular, Regular")
    assert "twice" in panel.prompt.error.text()
    answer(panel.prompt, "Fit", "Regular, Slim")
    assert not panel.prompt.isVisible()
    assert queued(catalog)[-1][0] == ops.OPTION_ADD
    assert queued(catalog)[-1][1]["title"] == "Fit"
    assert option_row(editor, "Fit") == 2  # the editor shows it from the catalog's news

    panel.table.selectRow(option_row(editor, "Size"))
    panel.add_value_button.click()
    answer(panel.prompt, "L, XL")
    assert queued(catalog)[-1] == (ops.OPTION_VALUES, {"option_id": "opt_size",
                                                      "add": ["L", "XL"], "remove": []})
    assert panel.table.item(option_row(editor, "Size"), 1).text() == "S  ·  M  ·  L  ·  XL"
    panel.rename_button.click()
    answer(panel.prompt, "Größe")
    assert queued(catalog)[-1] == (ops.OPTION_RENAME, {"option_id": "opt_size",
                                                      "title": "Größe"})
    # Renaming the option renames it in each variant's values too (the merged view).
    assert editor.variants.item(0, column("options")).text() == "S / Oat"


def test_remove_a_value_names_the_variants_using_it(editor: CommerceEditor,
                                                    catalog: OfflineCatalog):
    panel = editor.structure.options
    panel.table.selectRow(option_row(editor, "Colour"))
    panel.remove_value_button.click()
    combo = panel.prompt.inputs[0]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Oat — 2 variants use it", "Black — 2 variants use it"]
    combo.setCurrentIndex(1)
    panel.prompt.ok.click()
    assert queued(catalog)[-1] == (ops.OPTION_VALUES, {"option_id": "opt_colour", "add": [],
                                                      "remove": ["Black"]})


def test_an_option_variants_use_is_not_removed(editor: CommerceEditor, catalog: OfflineCatalog):
    panel = editor.structure.options
    panel.table.selectRow(option_row(editor, "Colour"))
    panel.remove_button.click()
    # Medusa refuses it ("…which has variants for that option"): said before any push.
    assert "4 variants use Colour: remove them first" in editor.errors["options"].text()
    assert panel.confirm_box is None and catalog.operations() == []


def test_an_unused_option_is_removed_after_confirmation(editor: CommerceEditor,
                                                        catalog: OfflineCatalog):
    catalog.add_option(PID, "Fit", ["Slim"])
    panel = editor.structure.options
    panel.table.selectRow(option_row(editor, "Fit"))
    panel.remove_button.click()
    box = panel.confirm_box
    assert box is not None and "Remove the option “Fit” and its 1 value?" in box.text()
    box.findChild(type(editor.save_button), "confirmYes").click()
    # Added and removed before any push: nothing is left to send.
    assert ops.OPTION_ADD not in [kind for kind, _ in queued(catalog)]
    assert ops.OPTION_REMOVE not in [kind for kind, _ in queued(catalog)]
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "Size", "Colour"]


def test_add_a_variant_picks_a_value_per_option(editor: CommerceEditor,
                                                catalog: OfflineCatalog):
    catalog.change_option_values(PID, "opt_size", add=["L"])
    structure = editor.structure
    structure.add_variant_button.click()
    size, colour = structure.prompt.inputs[0], structure.prompt.inputs[1]
    assert [size.itemText(i) for i in range(size.count())] == ["S", "M", "L"]
    assert colour.currentText() == "Oat"
    answer(structure.prompt, "", "TEE-OAT-S")  # S / Oat exists
    assert "exists already" in structure.prompt.error.text()
    size.setCurrentIndex(2)
    answer(structure.prompt, "", "TEE-OAT-S")
    assert "Another variant has the SKU TEE-OAT-S" in structure.prompt.error.text()
    prices = structure.prompt.inputs[4]
    assert prices.text() == "EUR 20, USD 22"  # the first variant's, to start from
    answer(structure.prompt, "", "TEE-OAT-L")
    assert not structure.prompt.isVisible()
    kind, args = queued(catalog)[-1]
    assert kind == ops.VARIANT_ADD
    new = args["variant"]
    assert (new["options"], new["sku"], new["title"]) == (
        {"Size": "L", "Colour": "Oat"}, "TEE-OAT-L", "L / Oat")
    row = editor.variants.row_of(new["id"])
    assert row == editor.variants.rowCount() - 1  # new ones last, marked as new
    assert "next push" in editor.variants.item(row, column("options")).toolTip()
    assert editor.stock.cell(new["id"], "sloc_berlin") is not None  # and in the stock grid


def test_remove_variants_after_confirmation_keeps_typing_elsewhere(editor: CommerceEditor,
                                                                   catalog: OfflineCatalog):
    cell(editor, vid("S", "Oat"), "sku").setText("TYPED-SKU")
    editor.variants.selectRow(editor.variants.row_of(vid("M", "Black")))
    editor.structure.remove_variant_button.click()
    box = editor.structure.confirm_box
    assert "M / Black" in box.text()
    box.findChild(type(editor.save_button), "confirmYes").click()
    assert queued(catalog) == [(ops.VARIANT_REMOVE, {"variant_id": vid("M", "Black")})]
    assert editor.variants.row_of(vid("M", "Black")) is None
    assert cell(editor, vid("S", "Oat"), "sku").text() == "TYPED-SKU"  # still there
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [
        (f"variants.{vid('S', 'Oat')}.sku", "TYPED-SKU")]


def test_payload_lag_is_said_under_the_variants(editor: CommerceEditor):
    lag = editor.structure.lag
    assert not lag.isHidden()
    assert "lags behind" in lag.text() and "M / Black" in lag.text()


def test_a_refused_sku_shows_on_its_cell_and_stays_queued(editor: CommerceEditor,
                                                          catalog: OfflineCatalog):
    from desktop_app.services.new_product import VariantDraft

    new = catalog.add_variant(PID, VariantDraft(options={"Size": "S", "Colour": "Red"},
                                                sku="TEE-OAT-S"))
    editor.tabs.setCurrentWidget(editor.details)
    refuse_operations(catalog, {ops.VARIANT_ADD: (
        "failed", f"variants.{new}.sku", "Product variant with sku: TEE-OAT-S, already exists.")})
    sku = cell(editor, new, "sku")
    assert sku.toolTip() == "Product variant with sku: TEE-OAT-S, already exists."
    assert sku.background().color().name() == "#fbe7e6"
    assert editor.errors["variants"].text() == (
        "S / Red · SKU — Server: Product variant with sku: TEE-OAT-S, already exists.")
    index = editor.tabs.indexOf(editor.structure)
    assert editor.tabs.tabText(index) == "Options && variants •"
    assert [op.state for op in catalog.operations()] == ["failed"]  # still there to fix


def test_a_refused_variant_field_edit_shows_on_its_cell(editor: CommerceEditor,
                                                        catalog: OfflineCatalog):
    v = vid("M", "Oat")
    catalog.edit(PID, {f"variants.{v}.ean": "123"})
    refuse_edit(catalog, f"variants.{v}.ean", "Product variant with ean: 123, already exists.")
    assert cell(editor, v, "ean").toolTip() == "Product variant with ean: 123, already exists."
    assert "M / Oat · EAN — Server:" in editor.errors["variants"].text()
    # Fixing it and saving sends it again: the refusal goes with the value.
    cell(editor, v, "ean").setText("4006381333931")
    assert editor.save()
    entry = next(e for e in catalog.outbox() if e.field == f"variants.{v}.ean")
    assert (entry.mine, entry.state) == ("4006381333931", "queued")


def test_a_variant_removed_elsewhere_leaves_nothing_unsaved(editor: CommerceEditor,
                                                            catalog: OfflineCatalog):
    catalog.remove_variant(PID, vid("S", "Black"))  # e.g. the CLI, while the editor is open
    assert editor.variants.row_of(vid("S", "Black")) is None
    assert editor.stock.cell(vid("S", "Black"), "sloc_berlin") is None
    assert not editor.has_unsaved_changes()  # its cells went with it; closing asks nothing


def test_save_after_structure_changes_asks_the_host_to_push(qtbot, catalog: OfflineCatalog):
    pushes: list[str] = []
    ed = CommerceEditor(catalog, PID, on_saved=pushes.append)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    catalog.add_option(PID, "Fit", ["Slim"])  # queued at once, nothing typed
    assert not ed.has_unsaved_changes()
    assert ed.save() and pushes == [PID]


def test_enter_answers_the_prompt_and_escape_closes_only_it(qtbot, editor: CommerceEditor,
                                                            catalog: OfflineCatalog):
    panel = editor.structure.options
    panel.add_option_button.click()
    name, values = panel.prompt.inputs
    qtbot.keyClicks(name, "Fit")
    qtbot.keyClicks(values, "Slim, Regular")
    qtbot.keyClick(values, Qt.Key.Key_Return)  # not the dialog's Save
    assert editor.isVisible() and not panel.prompt.isVisible()
    assert queued(catalog)[-1][1]["values"] == ["Slim", "Regular"]
    panel.add_option_button.click()
    qtbot.keyClick(panel.prompt.inputs[0], Qt.Key.Key_Escape)
    assert editor.isVisible() and not panel.prompt.isVisible()
