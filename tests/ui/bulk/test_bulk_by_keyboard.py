"""Bulk edit by keyboard alone (issue 14): Tab walks each operation's fields, Preview, the
preview table and Apply, every stop named and described for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.bulk.test_bulk_dialog import open_dialog
from tests.ui.focus_walk import described_not, leave_keys, nameless, walk

IDS = ["prod_001", "prod_002"]


def said(dialog) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    stops = walk(dialog, dialog.export_button)
    assert not nameless(stops)
    assert not described_not(stops)
    return {s.widget.objectName(): (s.name, s.description) for s in stops}


def test_tab_reaches_each_operations_fields_preview_and_apply(qtbot, catalog):
    leave_keys()
    dialog = open_dialog(qtbot, catalog, IDS)
    first = said(dialog)
    assert list(first) == [
        "exportCsv",
        "importCsv",
        "operationKind",
        "statusChoice",
        "previewButton",
        "bulkPreview",
        "closeBulk",
    ]
    assert first["bulkPreview"][0] == "Preview of the changes"

    # Keys only: the preview by Space, then Apply is reached.
    dialog.preview_button.setFocus()
    QTest.keyClick(dialog.preview_button, Qt.Key.Key_Space)
    assert dialog.model.rowCount() == 2
    assert {"bulkPreview", "applyBulk"} <= set(said(dialog))

    dialog.form.select("seo")
    dialog.form.seo_rows["meta_title"].enabled.setChecked(True)
    seo = said(dialog)
    assert {"seoSet_meta_title", "seoText_meta_title", "seoSet_meta_keywords"} <= set(seo)
    assert seo["seoText_meta_title"] == (
        "Meta title template",
        "Placeholders: {title}, {subtitle}, {handle}",
    )

    dialog.form.select("replace")
    replace = said(dialog)
    assert {"findText", "replaceText", "inTitle", "inSubtitle", "matchCase", "useRegex"} <= set(
        replace
    )
    assert replace["findText"][0] == "Find"  # by its form label


def test_a_screen_reader_hears_bulk_edit_in_german(qtbot, catalog, german):
    leave_keys()
    dialog = open_dialog(qtbot, catalog, IDS)
    first = said(dialog)
    assert first["bulkPreview"][0] == "Vorschau der Änderungen"
    assert first["statusChoice"][1] == "Der Status, den jedes gewählte Produkt erhält"
    QApplication.processEvents()
