"""The grid in German: toolbar, headers, a cell's reason, the review's summary, numbers
with German digits, and every toolbar button in view at the default width."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.grid.review import review
from tests.ui.grid.helpers import cell


def test_the_grid_speaks_german(qtbot, catalog, open_grid, german):
    window = open_grid(catalog, locale="de_DE")
    assert window.review_action.text() == "Änderungen prüfen…"
    assert window.group_action.text() == "Gruppieren"  # the toolbar's short form
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.model.columnCount())]
    assert headers[:4] == ["Produkt", "Variante", "SKU", "Barcode"]
    assert "Preis EUR" in headers and "Bestand Main warehouse" in headers
    assert window.scope_label.text() == "All products · 20 Varianten"
    line = next(n for n in range(window.model.rowCount()) if window.model.row_at(n) is not None)
    window.model.stage([(window.model.row_at(line), "price:eur", "abc")], "Eingabe")
    bad = cell(window, line, "price:eur")
    assert bad.data(Qt.ItemDataRole.ToolTipRole) == (
        "„abc“ ist keine Zahl in Deutsch (Deutschland) (das Dezimalzeichen ist „,“).")
    assert window.attention_label.text() == "1 Zelle braucht Aufmerksamkeit"
    window.model.stage([(window.model.row_at(line), "price:eur", "1234,5")], "Eingabe")
    assert cell(window, line, "price:eur").data() == "1234,50"
    assert review(window.session).summary() == "1 Zelle ändert sich in 1 Produkt (1 Variante)"
    assert window.changed_label.text() == "1 Zelle geändert, nicht gespeichert"


def test_the_german_toolbar_shows_every_button_at_the_default_width(
        qtbot, catalog, open_grid, german):
    window = open_grid(catalog, locale="de_DE")
    bar = window.toolbar
    for action in (window.undo_save_action, window.push_action, window.review_action):
        button = bar.widgetForAction(action)
        assert button.isVisible() and button.geometry().right() < bar.width(), action.text()
