"""Price cells show money as people read it; the text merchants edit stays as typed.

A variant's price cell holds the editable text ("EUR 10.5, USD 12, Europe: EUR 9", which
``validation.parse_prices`` reads). ``PriceDelegate`` only paints it through Babel
(``desktop_app.money``: "€10.50, $12.00" in en_US, "10,50 €, 12,00 $" in de_DE);
the editor still opens on the typed text, and text that does not parse is shown as is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyledItemDelegate

from desktop_app import money
from desktop_app.ui.offline.validation import split_prices


def shown_prices(text: str) -> str:
    """``text`` as the cell shows it: formatted money when it parses, else unchanged. A
    region price keeps its region as typed ("Europe: €9.00")."""
    rows, error = split_prices(text)
    if error is not None or not rows:
        return text
    return ", ".join(f"{label}: {money.format_money(amount, code)}" if label
                     else money.format_money(amount, code) for label, code, amount in rows)


class PriceDelegate(QStyledItemDelegate):
    def displayText(self, value: Any, locale: QLocale) -> str:
        return shown_prices("" if value is None else str(value))
