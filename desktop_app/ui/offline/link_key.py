"""The integration's ``payload_id`` metadata key: shown, never edited by hand.

The Medusa ↔ Payload integration writes ``metadata.payload_id`` to link a Medusa
product to its Payload document (the Sync window repairs it when it is wrong). An
edit by hand would break that link, so the commerce editor shows the row greyed out
and read-only, says why under the table and refuses a typed ``payload_id`` key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import palette, theme

LINK_KEY = "payload_id"
WHY = QT_TRANSLATE_NOOP(
    "LinkKey",
    "payload_id is kept by the Medusa ↔ Payload integration: it "
    "links this product to its Payload document, so it is read-only here "
    "(the Sync window repairs a wrong one).",
)
TYPED = QT_TRANSLATE_NOOP(
    "LinkKey",
    "“payload_id” is kept by the Medusa ↔ Payload integration "
    "and cannot be set by hand (the Sync window repairs a wrong one).",
)
READ_ONLY_INK = palette.live("faint")


def lock_row(key_item: QTableWidgetItem, value_item: QTableWidgetItem) -> None:
    """The link's key and value cells: not editable, greyed, the reason on hover."""
    for item in (key_item, value_item):
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setForeground(QBrush(READ_ONLY_INK))
        item.setToolTip(translate("LinkKey", WHY))


def note_label() -> QLabel:
    """The visible word on why, shown under the metadata table while the row is there."""
    label = QLabel(translate("LinkKey", WHY), objectName="linkNote")
    label.setWordWrap(True)
    theme.style(label, "color: @muted@; font-size: 9pt;")
    label.hide()
    return label


def has_link_row(table: QTableWidget) -> bool:
    return any(_key(table, row) == LINK_KEY for row in range(table.rowCount()))


def typed_link_error(table: QTableWidget) -> str | None:
    """An error when a row the merchant typed (an editable key cell) names the link."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if (
            item is not None
            and item.text().strip() == LINK_KEY
            and item.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            return translate("LinkKey", TYPED)
    return None


def _key(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    return item.text() if item is not None else ""
