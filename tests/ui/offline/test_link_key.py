"""The integration's payload_id metadata key is shown read-only, with a word on why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui import palette
from desktop_app.ui.offline.commerce_editor import CommerceEditor

WHY = "kept by the Medusa ↔ Payload integration"


def open_editor(qtbot, catalog: OfflineCatalog, product_id: str) -> CommerceEditor:
    editor = CommerceEditor(catalog, product_id)
    qtbot.addWidget(editor, before_close_func=CommerceEditor.discard_and_close)
    editor.show()
    return editor


def link_row(editor: CommerceEditor) -> int:
    return next(r for r in range(editor.metadata.rowCount())
                if editor.metadata.item(r, 0).text() == "payload_id")


def test_the_link_row_is_read_only_and_says_why(qtbot, catalog) -> None:
    editor = open_editor(qtbot, catalog, "prod_002")
    row = link_row(editor)
    for col in (0, 1):
        item = editor.metadata.item(row, col)
        assert not item.flags() & Qt.ItemFlag.ItemIsEditable
        assert WHY in item.toolTip()
        assert item.foreground().color().name() == palette.hex_of("faint")  # read-only grey
    assert editor.link_note.isVisible() and WHY in editor.link_note.text()
    cell = editor.metadata.visualItemRect(editor.metadata.item(row, 1)).center()
    qtbot.mouseDClick(editor.metadata.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert editor.metadata.state() != QAbstractItemView.State.EditingState
    color = next(r for r in range(editor.metadata.rowCount()) if r != row)
    assert editor.metadata.item(color, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_typed_payload_id_key_is_refused(qtbot, catalog) -> None:
    catalog.edit("prod_004", {"metadata.payload_id": None})  # a product with no link (yet)
    editor = open_editor(qtbot, catalog, "prod_004")
    assert not editor.link_note.isVisible()
    row = editor.add_metadata_row()
    editor.metadata.setItem(row, 0, QTableWidgetItem("payload_id"))
    editor.metadata.setItem(row, 1, QTableWidgetItem("99"))
    assert editor.save() is False
    assert WHY in editor.errors["metadata"].text()
    assert [e.field for e in catalog.outbox()] == ["metadata.payload_id"]  # only the setup


@pytest.mark.parametrize("product_id", ["prod_002"])
def test_the_link_stays_when_the_rest_is_saved(qtbot, catalog, product_id) -> None:
    editor = open_editor(qtbot, catalog, product_id)
    color = next(r for r in range(editor.metadata.rowCount()) if r != link_row(editor))
    editor.metadata.item(color, 1).setText("green")
    assert editor.save()
    assert [(e.field, e.mine) for e in catalog.outbox()] == [("metadata.color", "green")]
