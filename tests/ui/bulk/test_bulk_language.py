"""Bulk edit in German: the dialog, the operation's description and the plan's summary
(core text), with German digits."""

from __future__ import annotations

from desktop_app import bulk
from desktop_app.store import SearchQuery
from tests.ui.bulk.test_bulk_dialog import open_dialog


def test_bulk_edit_speaks_german(qtbot, catalog, german):
    ids = [row.product_id for row in catalog.rows(SearchQuery(), 0, 3)]
    dialog = open_dialog(qtbot, catalog, ids)
    assert dialog.windowTitle() == "Massenbearbeitung"
    assert dialog.selection.text() == "3 Produkte ausgewählt"
    dialog.form.select("replace")
    dialog.preview()  # nothing to find: the core's message
    assert dialog.error.text() == "Geben Sie den zu suchenden Text ein."
    dialog.form.select("status")
    dialog.form.set_status("draft")
    dialog.preview()
    assert dialog.summary.text().startswith("Status auf Entwurf setzen: ")
    plan = bulk.BulkPlan("status", "x", unchanged=1234)
    assert plan.summary() == "0 Produkte ändern sich (0 Felder); 1.234 brauchen keine Änderung"
    assert str(bulk.RowError("zu wenige Zellen", row=7)) == "Zeile 7: zu wenige Zellen"
