"""The variants of a product as an editable table: one row per variant, one column per key.

Logical column 0 is the title (it carries the variant id), 1 the SKU and 2 the prices
(typed "EUR 10.50, USD 12, Europe: EUR 9", a region price after its region's name,
painted as money by ``PriceDelegate``); the read-only
options column is shown first and the two flags after the prices, by moving header
sections, so code keeps stable column numbers. The two flags are check boxes. A cell
whose value does not parse, or that a server refused, is tinted and says why in its
tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store import operations as ops
from desktop_app.store.fields import VARIANT_FLAGS
from desktop_app.store.taxonomy import Term
from desktop_app.ui import palette
from desktop_app.ui.offline.details_tab import table_style
from desktop_app.ui.offline.editor_tab import BAD_CELL, NO_COLOUR
from desktop_app.ui.offline.editor_values import (
    NO,
    YES,
    currency_error,
    shown_text,
    typed_value,
    variant_field,
    variant_key,
)
from desktop_app.ui.offline.price_cell import PriceDelegate

# (key, header, width); the order is the logical column order.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("title", QT_TRANSLATE_NOOP("Fields", "Title"), 120),
    ("sku", QT_TRANSLATE_NOOP("Fields", "SKU"), 140),
    ("prices", QT_TRANSLATE_NOOP("Fields", "Prices"), 150),
    ("options", QT_TRANSLATE_NOOP("Fields", "Options"), 110),
    ("barcode", QT_TRANSLATE_NOOP("Fields", "Barcode"), 120),
    ("ean", QT_TRANSLATE_NOOP("Fields", "EAN"), 130),
    ("upc", QT_TRANSLATE_NOOP("Fields", "UPC"), 110),
    ("weight", QT_TRANSLATE_NOOP("Fields", "Weight"), 64),
    ("length", QT_TRANSLATE_NOOP("Fields", "Length"), 64),
    ("height", QT_TRANSLATE_NOOP("Fields", "Height"), 64),
    ("width", QT_TRANSLATE_NOOP("Fields", "Width"), 64),
    ("manage_inventory", QT_TRANSLATE_NOOP("Fields", "Manage inventory"), 126),
    ("allow_backorder", QT_TRANSLATE_NOOP("Fields", "Allow backorder"), 120),
)
KEYS = tuple(key for key, _h, _w in COLUMNS)
EDITED = tuple(key for key in KEYS if key != "options")
OPTIONS_COLUMN = KEYS.index("options")
HEADER_TIPS = {
    "prices": QT_TRANSLATE_NOOP(
        "VariantTable",
        "Prices per currency and per region, like “EUR 10.50, USD 12, Europe: EUR 9”",
    ),
    "manage_inventory": QT_TRANSLATE_NOOP(
        "VariantTable", "Medusa tracks this variant's stock (the Stock tab sets it)"
    ),
    "allow_backorder": QT_TRANSLATE_NOOP(
        "VariantTable", "Sell this variant when it is out of stock"
    ),
    "weight": QT_TRANSLATE_NOOP("VariantTable", "As Medusa stores it (the shop decides the unit)"),
}
NEW_INK = palette.live("accent")
READ_ONLY_INK = palette.live("muted")


def column(key: str) -> int:
    return KEYS.index(key)


def options_text(chosen: Mapping[str, Any], titles: Sequence[str]) -> str:
    """The variant's values in the product's option order: "M / Oat"."""
    ordered = [str(chosen[t]) for t in titles if t in chosen]
    ordered += [str(v) for t, v in chosen.items() if t not in titles]
    return " / ".join(ordered) or "—"


def ordered_variants(medusa: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The variants in the order of their option values (S, M, L before Oat, Charcoal),
    as people list sizes; the store keeps them by id. New ones go last."""
    options = (medusa or {}).get("options") or ()
    ranks = [(str(o.get("title")), [str(v.get("value")) for v in o.get("values") or ()])
             for o in options]

    def key(variant: Mapping[str, Any]) -> tuple[Any, ...]:
        chosen = variant.get("options") or {}
        place = []
        for title, values in ranks:
            value = str(chosen.get(title))
            place.append(values.index(value) if value in values else len(values))
        return (ops.is_local(str(variant.get("id"))), *place)

    # A stable sort: variants without options keep the record's order.
    return sorted((dict(v) for v in (medusa or {}).get("variants") or ()), key=key)


# The text a cell had from the server (or a rebase), to tell typing from what was shown.
SERVER_TEXT = Qt.ItemDataRole.UserRole + 1

class VariantTable(QTableWidget):
    flagToggled = Signal(str, str, bool)  # variant id, key, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("variantTable")
        self.setHorizontalHeaderLabels([translate("Fields", h) for _k, h, _w in COLUMNS])
        table_style(self, COLUMNS[0][2])
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        bold = QFont(header.font())
        bold.setBold(True)  # the stylesheet's header weight: measure as painted
        for index, (key, english, width) in enumerate(COLUMNS):
            title = translate("Fields", english)
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, max(width, QFontMetrics(bold).horizontalAdvance(title)
                                            + 26))
            if key in HEADER_TIPS:
                self.horizontalHeaderItem(index).setToolTip(translate("VariantTable",
                                                                      HEADER_TIPS[key]))
        header.moveSection(header.visualIndex(OPTIONS_COLUMN), 0)
        # The flags next to the prices, where they are seen without scrolling.
        for place, key in enumerate(("manage_inventory", "allow_backorder"), start=4):
            header.moveSection(header.visualIndex(column(key)), place)
        self.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        # Shown as money ("€10.50"); edited as typed ("EUR 10.5").
        self.setItemDelegateForColumn(column("prices"), PriceDelegate(self))
        self.regions: Sequence[Term] = ()  # the shop's, to name region prices
        self.problems: dict[str, str] = {}  # field -> what is wrong with the typed text
        self.server: dict[str, str] = {}  # field -> the server's words
        self._loading = False
        self._flags: dict[tuple[str, str], bool] = {}
        self.itemChanged.connect(self._changed)

    # ----------------------------------------------------------------- load
    def load(self, variants: Sequence[Mapping[str, Any]], titles: Sequence[str]) -> None:
        self._loading = True
        self._flags = {}
        self.setRowCount(0)
        for variant in variants:
            self._add_row(variant, titles)
        self._loading = False
        self._paint()

    def _add_row(self, variant: Mapping[str, Any], titles: Sequence[str]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        vid = str(variant.get("id"))
        new = ops.is_local(vid)
        for key in KEYS:
            if key == "options":
                item = QTableWidgetItem(options_text(variant.get("options") or {}, titles))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setForeground(QBrush(NEW_INK if new else READ_ONLY_INK))
                item.setToolTip(
                    translate("VariantTable", "Added here: Medusa makes it at the next push")
                    if new else translate("CatalogList", "Medusa id: {id}").format(id=vid))
                if new:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
            elif key in VARIANT_FLAGS:
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if variant.get(key)
                                   else Qt.CheckState.Unchecked)
                self._flags[(vid, key)] = bool(variant.get(key))
            else:
                item = QTableWidgetItem(shown_text(variant_field(vid, key), variant.get(key),
                                                   self.regions))
                item.setData(SERVER_TEXT, item.text())
            self.setItem(row, column(key), item)
        self.item(row, 0).setData(Qt.ItemDataRole.UserRole, vid)

    # ---------------------------------------------------------------- reads
    def ids(self) -> list[str]:
        return [str(self.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(self.rowCount())]

    def row_of(self, vid: str) -> int | None:
        ids = self.ids()
        return ids.index(vid) if vid in ids else None

    def vid_at(self, row: int) -> str:
        return str(self.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def cell(self, vid: str, key: str) -> QTableWidgetItem | None:
        row = self.row_of(vid)
        return None if row is None else self.item(row, column(key))

    def text_of(self, item: QTableWidgetItem, key: str) -> str:
        if key in VARIANT_FLAGS:
            return YES if item.checkState() == Qt.CheckState.Checked else NO
        return item.text()

    def form_values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.rowCount()):
            vid = self.vid_at(row)
            for key in EDITED:
                out[variant_field(vid, key)] = self.text_of(self.item(row, column(key)), key)
        return out

    def title_of(self, row: int) -> str:
        return self.item(row, 0).text() or self.item(row, OPTIONS_COLUMN).text()

    # -------------------------------------------------------------- collect
    def collect(self, currencies: set[str]) -> tuple[dict[str, Any], list[str]]:
        """Every cell's value, and a line per cell that does not parse (cells tinted)."""
        out: dict[str, Any] = {}
        lines: list[str] = []
        self.problems = {}
        for row in range(self.rowCount()):
            vid = self.vid_at(row)
            for key in EDITED:
                name = variant_field(vid, key)
                item = self.item(row, column(key))
                value, problem = typed_value(name, self.text_of(item, key), self.regions)
                if problem is None and key == "prices":
                    problem = currency_error(value or (), currencies)
                if problem is not None and item.text() == item.data(SERVER_TEXT):
                    # As Medusa holds it and not typed here: not the merchant's to fix now
                    # (a price in a currency the store stopped selling, say).
                    problem = None
                if problem is not None:
                    self.problems[name] = problem
                    header = self.horizontalHeaderItem(column(key)).text()
                    lines.append(f"{self.title_of(row)} · {header}: {problem}")
                    continue
                out[name] = value
        self._paint()
        return out, lines

    # ------------------------------------------------------------------ put
    def put(self, name: str, shown: str, *, from_server: bool = True) -> None:
        vid, key = variant_key(name)
        item = self.cell(vid, key)
        if item is None:
            return
        if key in VARIANT_FLAGS:
            state = Qt.CheckState.Checked if shown == YES else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        elif item.text() != shown:
            item.setText(shown)
            if from_server:
                item.setData(SERVER_TEXT, shown)  # the server's value, taken in

    def show_server(self, errors: Mapping[str, str]) -> None:
        self.server = dict(errors)
        self._paint()

    def _paint(self) -> None:
        """Tint each cell that does not parse or that a server refused; say why on hover."""
        for row in range(self.rowCount()):
            vid = self.vid_at(row)
            whole = self.server.get(f"variants.{vid}")  # the server named the variant only
            for key in EDITED:
                name = variant_field(vid, key)
                item = self.item(row, column(key))
                why = self.problems.get(name) or self.server.get(name)
                if why is None and whole is not None and key == "title":
                    why = whole
                item.setBackground(BAD_CELL if why else NO_COLOUR)
                item.setToolTip(why or "")

    def _changed(self, item: QTableWidgetItem) -> None:
        # itemChanged also fires for a new tint: only a flag that flipped is news.
        key = KEYS[item.column()]
        if self._loading or key not in VARIANT_FLAGS:
            return
        vid = self.vid_at(item.row())
        checked = item.checkState() == Qt.CheckState.Checked
        if self._flags.get((vid, key)) != checked:
            self._flags[(vid, key)] = checked
            self.flagToggled.emit(vid, key, checked)
