"""Region prices in the editor's Prices cells: "EUR 20, Europe: EUR 18" (issue 12).

A region price is typed after its region's name (or id), shown as money after the name,
saved with its ``region_id``; a region the shop does not have is named in the error.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.ui.offline import validation as v
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.variant_table import column
from tests.ui.offline.whole_product import PID, medusa_record, open_catalog, vid

EUROPE, AMERICA, GONE = "reg_europe", "reg_america", "reg_01DELETED"
# As GET /admin/regions answers (tests/fixtures/medusa/regions_list.json).
REGIONS = [{"id": EUROPE, "name": "Europe", "currency_code": "eur"},
           {"id": AMERICA, "name": "North America", "currency_code": "usd"}]
SMALL, MEDIUM = vid("S", "Oat"), vid("M", "Oat")


@pytest.fixture
def catalog(tmp_path) -> OfflineCatalog:
    cat = open_catalog(tmp_path)
    record = medusa_record()
    for variant in record["variants"]:
        if variant["id"] == SMALL:
            variant["prices"].append({"currency_code": "eur", "amount": 18, "region_id": EUROPE})
        if variant["id"] == MEDIUM:  # its region was deleted since (Medusa keeps the price)
            variant["prices"].append({"currency_code": "eur", "amount": 17, "region_id": GONE})
    cat._store.save_medusa([record])
    taxonomy.save_all(cat._store.conn, "region", REGIONS)
    yield cat
    cat._store.close()


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, PID)
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    ed.tabs.setCurrentWidget(ed.structure)
    return ed


def prices_cell(editor: CommerceEditor, variant_id: str):
    return editor.variants.cell(variant_id, "prices")


def painted(editor: CommerceEditor, variant_id: str) -> str:
    item = prices_cell(editor, variant_id)
    index = editor.variants.model().index(item.row(), column("prices"))
    return editor.variants.itemDelegateForIndex(index).displayText(index.data(), QLocale())


def saved(catalog: OfflineCatalog, name: str):
    return {e.field: e.mine for e in catalog.outbox()}[name]


def test_a_region_price_is_typed_after_its_regions_name_and_painted_as_money(editor):
    assert prices_cell(editor, SMALL).text() == "EUR 20, USD 22, Europe: EUR 18"
    assert painted(editor, SMALL) == "€20.00, $22.00, Europe: €18.00"
    # A region since deleted is named by its id, which reads back.
    assert prices_cell(editor, MEDIUM).text() == f"EUR 20, USD 22, {GONE}: EUR 17"


def test_a_currency_price_edit_keeps_the_region_prices(editor, catalog):
    prices_cell(editor, SMALL).setText("EUR 21, USD 22, Europe: EUR 18")
    prices_cell(editor, MEDIUM).setText(f"EUR 19, USD 22, {GONE}: EUR 17")
    assert editor.save() is True
    assert saved(catalog, f"variants.{SMALL}.prices") == [
        {"currency_code": "eur", "amount": "21"}, {"currency_code": "usd", "amount": "22"},
        {"currency_code": "eur", "amount": "18", "region_id": EUROPE}]
    assert saved(catalog, f"variants.{MEDIUM}.prices")[-1] == {
        "currency_code": "eur", "amount": "17", "region_id": GONE}


def test_a_region_price_is_added_by_name_in_any_case(editor, catalog):
    prices_cell(editor, vid("S", "Black")).setText("EUR 20, USD 22, north america: USD 25")
    assert editor.save() is True
    assert saved(catalog, f"variants.{vid('S', 'Black')}.prices")[-1] == {
        "currency_code": "usd", "amount": "25", "region_id": AMERICA}


def test_an_unknown_region_or_the_wrong_currency_is_named_and_blocks_save(editor, catalog):
    prices_cell(editor, SMALL).setText("EUR 20, Europa: EUR 18")
    prices_cell(editor, vid("S", "Black")).setText("EUR 20, Europe: USD 18")
    assert editor.save() is False
    error = editor.errors["variants"].text()
    assert "No region named “Europa” (this shop has Europe, North America)." in error
    assert "Europe sells in EUR: write “Europe: EUR 18”." in error
    assert prices_cell(editor, SMALL).toolTip().startswith("No region named “Europa”")
    assert catalog.outbox() == []


def test_pending_changes_name_the_region(qtbot, catalog):
    catalog.edit(PID, {f"variants.{SMALL}.prices": [
        {"currency_code": "eur", "amount": "20"},
        {"currency_code": "eur", "amount": "16", "region_id": EUROPE}]})
    view = PendingView(catalog)
    qtbot.addWidget(view)
    assert view.table.item(0, 2).text() == "€20.00, Europe: €16.00"
    view.detach()


@pytest.mark.parametrize(("text", "error"), [
    ("Europe EUR 9", "write a currency and an amount"),
    (": EUR 9", "write the region before the colon"),
    ("Europe: EUR 9, Europe: EUR 8", "EUR for Europe is listed twice."),
    ("EUR 9, EUR 8", "EUR is listed twice."),
    ("Mars: EUR 9", "No region named “Mars”"),
])
def test_typed_prices_that_do_not_read_say_why(text, error):
    terms = [taxonomy.term_of("region", r) for r in REGIONS]
    prices, problem = v.parse_prices(text, terms)
    assert prices is None and problem is not None and error in problem


def test_prices_read_back_from_their_text():
    terms = [taxonomy.term_of("region", r) for r in REGIONS]
    prices = [{"currency_code": "eur", "amount": "18", "region_id": EUROPE},
              {"currency_code": "eur", "amount": "20"}]
    text = v.format_prices(prices, terms)
    assert text == "EUR 20, Europe: EUR 18"  # currency prices first
    assert v.parse_prices(text, terms) == ([prices[1], prices[0]], None)
    # Without the regions (not pulled yet) the id is written, and reads back.
    assert v.parse_prices(v.format_prices(prices), ()) == ([prices[1], prices[0]], None)
    assert "no regions are stored" in (v.parse_prices("Europe: EUR 9", ())[1] or "")
