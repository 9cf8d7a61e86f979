"""Prices read as money (the currency's decimals, the user's locale, Babel) while the
price cells are still edited as typed ("EUR 10.50, USD 12")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from desktop_app import money
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.values import show_value


@pytest.fixture
def editor(qtbot, catalog: OfflineCatalog) -> CommerceEditor:
    ed = CommerceEditor(catalog, "prod_002")
    qtbot.addWidget(ed, before_close_func=CommerceEditor.discard_and_close)
    ed.show()
    return ed


def shown(editor: CommerceEditor, row: int) -> str:
    """The price cell's text as painted."""
    index = editor.variants.model().index(row, 2)
    delegate = editor.variants.itemDelegateForIndex(index)
    return delegate.displayText(index.data(), QLocale())


def test_price_cells_show_money_and_edit_the_typed_text(editor, catalog, qtbot) -> None:
    assert shown(editor, 0) == "€10.00"  # the store holds amount 10
    editor.variants.item(0, 2).setText("eur 20.9, USD 12, JPY 1500")
    assert shown(editor, 0) == "€20.90, $12.00, ¥1,500"
    index = editor.variants.model().index(0, 2)
    delegate = editor.variants.itemDelegateForIndex(index)
    line = delegate.createEditor(editor.variants.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(line, index)
    assert isinstance(line, QLineEdit) and line.text() == "eur 20.9, USD 12, JPY 1500"
    line.deleteLater()
    editor.variants.item(1, 2).setText("EUR lots")  # what does not parse shows as typed
    assert shown(editor, 1) == "EUR lots"
    editor.variants.item(1, 2).setText("EUR 11")
    assert editor.save()
    prices = {e.field: e.mine for e in catalog.outbox()}["variants.variant_2_S.prices"]
    assert prices == [{"currency_code": "eur", "amount": "20.9"},
                      {"currency_code": "usd", "amount": "12"},
                      {"currency_code": "jpy", "amount": "1500"}]


def test_the_users_locale_decides_the_format(editor) -> None:
    money.set_locale("de_DE")
    editor.variants.item(0, 2).setText("EUR 1234.5, USD 12")
    assert shown(editor, 0) == "1.234,50\u00a0€, 12,00\u00a0$"


def test_pending_changes_show_prices_as_money(qtbot, catalog) -> None:
    catalog.edit("prod_003", {"variants.variant_3_M.prices": [
        {"currency_code": "usd", "amount": "20.9"}]})
    view = PendingView(catalog)
    qtbot.addWidget(view)
    mine = [view.table.item(r, 2).text() for r in range(view.table.rowCount())]
    assert mine == ["$20.90"]
    view.detach()


@pytest.mark.parametrize(("amount", "currency", "locale", "text"), [
    ("20.9", "usd", "en_US", "$20.90"),
    (1500, "JPY", "ja_JP", "￥1,500"),
    ("1.5", "kwd", "en_US", "KWD1.500"),
    ("20.999", "usd", "en_US", "$20.999"),  # no digit is hidden by rounding
    ("10", "eur", "fr_FR", "10,00\u00a0€"),
    ("10", "eur", "C", "€10.00"),  # Qt's "no locale" reads as en_US
    ("ten", "eur", "en_US", "EUR ten"),
])
def test_format_money(amount, currency, locale, text) -> None:
    assert money.format_money(amount, currency, money.usable_locale(locale)) == text


def test_show_value_without_prices() -> None:
    assert show_value("variants.v.prices", []) == "(no prices)"
