"""The variants a new product's options make: one row per combination.

Each row can be unticked (a combination the shop does not sell) and takes a SKU, a
price per store currency and, when stock is tracked, a stocked quantity per stock
location. Rows follow the options as they are typed; what was typed in a row stays
with its combination (adding a value does not wipe the SKUs already typed). An empty
price cell takes the price for all variants, shown greyed in the cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app import money
from desktop_app.i18n import translate
from desktop_app.services.new_product import DraftError, VariantDraft, variant_title
from desktop_app.store.taxonomy import Term
from desktop_app.ui import palette
from desktop_app.ui.offline.draft_values import parse_amount, parse_quantity

BAD_CELL = palette.live("red_bg")
HINT_TEXT = palette.live("faint")
KEEP, SKU = "keep", "sku"
Combination = dict[str, str]


@dataclass(frozen=True)
class Column:
    key: str  # KEEP | SKU | "price:<code>" | "stock:<location id>"
    header: str
    width: int

    @property
    def price(self) -> str | None:
        return self.key.split(":", 1)[1] if self.key.startswith("price:") else None

    @property
    def location(self) -> str | None:
        return self.key.split(":", 1)[1] if self.key.startswith("stock:") else None


class CellLook(QStyledItemDelegate):
    """How a cell reads: a price as money ("€95.00", edited as typed), an empty price
    cell as the price it will take (greyed), and a row that is not made greyed out."""

    def __init__(self, grid: VariantGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        grid, col = self._grid, index.column()
        code = grid.columns[col].price if 0 <= col < len(grid.columns) else None
        grey = not grid.is_kept(index.row())
        if code is not None:
            typed = str(index.data() or "")
            amount, error = parse_amount(typed)
            if not typed:
                option.text, grey = grid.default_text(code), True
            elif amount is not None and error is None:
                option.text = money.format_money(amount, code)
        if grey:
            option.palette.setColor(option.palette.ColorRole.Text, HINT_TEXT)
            option.palette.setColor(option.palette.ColorRole.HighlightedText, HINT_TEXT)
        widget = option.widget
        style = widget.style() if widget is not None else grid.style()
        style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, widget)


class VariantGrid(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("variantGrid")
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.currencies: list[Term] = []
        self.locations: list[Term] = []
        self.default_prices: dict[str, str] = {}  # currency code -> typed text
        self.combinations: list[Combination] = [{}]
        self.columns: list[Column] = []
        self._typed: dict[tuple[str, ...], dict[str, object]] = {}  # per combination
        self.setItemDelegate(CellLook(self))
        self.itemChanged.connect(lambda _item: self.viewport().update())  # a row ticked
        self._rebuild()

    # ------------------------------------------------------------ set-up
    def set_currencies(self, currencies: Sequence[Term]) -> None:
        self._remember()
        self.currencies = list(currencies)
        self._rebuild()

    def set_locations(self, locations: Sequence[Term]) -> None:
        self._remember()
        self.locations = list(locations)
        self._rebuild()

    def set_combinations(self, combinations: Sequence[Combination]) -> None:
        self._remember()
        self.combinations = [dict(c) for c in combinations] or [{}]
        self._rebuild()

    def set_default_price(self, code: str, text: str) -> None:
        self.default_prices[code] = text
        self.viewport().update()

    # ---------------------------------------------------------- the table
    def _columns(self) -> list[Column]:
        # As wide as the header's words (a location's name is the merchant's), at least;
        # measured bold, as the stylesheet draws headers.
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)
        metrics = QFontMetrics(font)

        def width(header: str, least: int) -> int:
            return max(least, metrics.horizontalAdvance(header) + 32)

        columns = [Column(KEEP, translate("StockTab", "Variant"), 190),
                   Column(SKU, translate("Fields", "SKU"), 170)]
        columns += [Column(f"price:{c.id}", header, width(header, 100))
                    for c in self.currencies
                    if (header := translate("NewProduct", "Price {currency}").format(
                        currency=c.name))]
        columns += [Column(f"stock:{loc.id}", header, width(header, 100))
                    for loc in self.locations
                    if (header := translate("NewProduct", "Stock · {location}").format(
                        location=loc.name))]
        return columns

    @staticmethod
    def _key(combination: Combination) -> tuple[str, ...]:
        return tuple(f"{k}={v}" for k, v in combination.items())

    def _remember(self) -> None:
        """Keep what the rows hold, by combination, before the rows are made anew."""
        for row, combination in enumerate(self.combinations):
            typed = self._typed.setdefault(self._key(combination), {})
            for col, column in enumerate(self.columns):
                item = self.item(row, col)
                if item is None:
                    continue
                typed[column.key] = (item.checkState() == Qt.CheckState.Checked
                                     if column.key == KEEP else item.text())

    def _rebuild(self) -> None:
        self.blockSignals(True)
        try:
            self.columns = self._columns()
            self.clear()
            self.setColumnCount(len(self.columns))
            self.setHorizontalHeaderLabels([c.header for c in self.columns])
            self.setRowCount(len(self.combinations))
            for row, combination in enumerate(self.combinations):
                typed = self._typed.get(self._key(combination), {})
                for col, column in enumerate(self.columns):
                    if column.key == KEEP:
                        item = QTableWidgetItem(variant_title(combination))
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                      | Qt.ItemFlag.ItemIsUserCheckable)
                        keep = typed.get(KEEP, True)
                        item.setCheckState(Qt.CheckState.Checked if keep
                                           else Qt.CheckState.Unchecked)
                    else:
                        item = QTableWidgetItem(str(typed.get(column.key, "")))
                    if column.price or column.location:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(row, col, item)
            header = self.horizontalHeader()
            for col, column in enumerate(self.columns):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, column.width)
        finally:
            self.blockSignals(False)

    def default_text(self, code: str) -> str:
        """The price for all variants in ``code``, as money ("" when none is typed)."""
        amount, error = parse_amount(self.default_prices.get(code, ""))
        return "" if amount is None or error else money.format_money(amount, code)

    def is_kept(self, row: int) -> bool:
        item = self.item(row, 0) if self.columns and self.columns[0].key == KEEP else None
        return item is None or item.checkState() == Qt.CheckState.Checked

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def cell(self, row: int, key: str) -> QTableWidgetItem:
        item = self.item(row, self.column_of(key))
        assert item is not None
        return item

    def set_kept(self, row: int, keep: bool) -> None:
        self.cell(row, KEEP).setCheckState(Qt.CheckState.Checked if keep
                                           else Qt.CheckState.Unchecked)

    def kept_rows(self) -> list[int]:
        return [r for r in range(self.rowCount())
                if self.cell(r, KEEP).checkState() == Qt.CheckState.Checked]

    # ------------------------------------------------------------- output
    def variants(self, *, manage_inventory: bool) -> list[VariantDraft]:
        """The ticked rows as drafts; ``DraftError("variants")`` names a cell to fix
        (and the cell is marked)."""
        self._unmark()
        kept = self.kept_rows()
        if not kept:
            raise DraftError("variants", translate("NewProduct",
                                                   "Tick at least one variant to make."))
        defaults = self._defaults()
        out = []
        for row in kept:
            prices = []
            for column in self.columns:
                if column.price is None:
                    continue
                amount = self._read(row, column, parse_amount)
                if amount is None:
                    amount = defaults.get(column.price)
                if amount is not None:
                    prices.append({"currency_code": column.price, "amount": amount})
            levels: dict[str, int] = {}
            for column in self.columns:
                if column.location is not None:
                    quantity = self._read(row, column, parse_quantity)
                    if quantity is not None:
                        levels[column.location] = quantity
            sku = self.cell(row, SKU).text().strip()
            if any(ch.isspace() for ch in sku):
                self._mark(row, SKU)
                raise DraftError("variants", translate(
                    "NewProduct", "SKU “{sku}”: a SKU cannot contain spaces.").format(sku=sku))
            out.append(VariantDraft(options=self.combinations[row], sku=sku, prices=prices,
                                    manage_inventory=manage_inventory,
                                    levels=levels if manage_inventory else {}))
        return out

    def _defaults(self) -> dict[str, int | float]:
        out = {}
        for code, text in self.default_prices.items():
            amount, error = parse_amount(text)
            if error:
                raise DraftError("variants", translate(
                    "NewProduct", "Price for all variants in {currency}: {error}").format(
                        currency=code.upper(), error=error))
            if amount is not None:
                out[code] = amount
        return out

    def _read(self, row: int, column: Column,
              parse: Callable[[str], tuple[object, str | None]]) -> object:
        value, error = parse(self.cell(row, column.key).text())
        if error:
            self._mark(row, column.key)
            name = variant_title(self.combinations[row])
            raise DraftError("variants", f"{name}, {column.header}: {error}")
        return value

    def _mark(self, row: int, key: str) -> None:
        item = self.cell(row, key)
        item.setBackground(QBrush(BAD_CELL))
        self.setCurrentItem(item)

    def _unmark(self) -> None:
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                item = self.item(row, col)
                if item is not None and item.background().style() != Qt.BrushStyle.NoBrush:
                    item.setBackground(QBrush())

    def typed_anything(self) -> bool:
        self._remember()
        return any(v not in ("", True) for typed in self._typed.values() for v in typed.values())
