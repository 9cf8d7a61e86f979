"""The editor's Stock tab: stocked quantities per variant and stock location.

One row per variant, one column per stock location of the shop (``taxonomy
("location")``, and any other location a level names), then what is available in
all. A cell edits the stocked quantity (a whole number ≥ 0) and shows what orders
hold as reserved; Save sends the changed cells through ``OfflineCatalog.set_stock``.
A variant whose stock Medusa does not manage has no levels to set. A level Medusa
refused, or that moved in Medusa since it was set, shows the server's words on its
cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.rebase import Incoming, Rebased
from desktop_app.store import operations as ops
from desktop_app.ui import palette
from desktop_app.ui.offline.details_tab import table_style
from desktop_app.ui.offline.editor_tab import (
    BAD_CELL,
    NO_COLOUR,
    EditorTab,
    hint_label,
    kept_typing,
    section_title,
    server_line,
)
from desktop_app.ui.offline.editor_values import (
    STOCK,
    is_stock,
    parse_stock,
    stock_field,
    stock_key,
)
from desktop_app.ui.offline.variant_table import ordered_variants

RESERVED_ROLE = Qt.ItemDataRole.UserRole + 1
TRACKED_ROLE = Qt.ItemDataRole.UserRole + 2
MUTED = palette.live("faint")
SHORT = palette.live("danger")
INK = palette.live("ink")
UNSENT = palette.live("accent")  # set here, not in Medusa yet
UNTRACKED = QT_TRANSLATE_NOOP("StockTab", "not tracked")
UNTRACKED_TIP = QT_TRANSLATE_NOOP(
    "StockTab",
    "Medusa does not manage this variant's stock (“Manage inventory” is off "
    "on the Options & variants tab), so it has no levels to set.",
)


class StockDelegate(QStyledItemDelegate):
    """Paints "12 · 3 reserved" (or "—" where there is no level); edits the bare number."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        tracked = index.data(TRACKED_ROLE)
        if tracked is None:  # the variant's name, the available count
            return
        if not tracked:
            option.text = translate("StockTab", UNTRACKED)
            option.palette.setColor(option.palette.ColorRole.Text, MUTED)
            return
        text = str(index.data() or "")
        reserved = int(index.data(RESERVED_ROLE) or 0)
        if not text:
            option.text = "—"
        elif reserved:
            option.text = translate("StockTab", "{stocked}  · {reserved} reserved").format(
                stocked=text, reserved=reserved)


class StockTab(EditorTab):
    label = QT_TRANSLATE_NOOP("ProductEditor", "Stock")
    sections = (STOCK,)

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.locations: list[tuple[str, str]] = []  # (id, name) in column order
        self.variants: list[dict[str, Any]] = []
        self.levels: dict[tuple[str, str], dict[str, Any]] = {}  # merged (vid, loc) -> level
        self.unsent: set[tuple[str, str]] = set()
        self.problems: dict[str, str] = {}
        self.server: dict[str, str] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(section_title(
            translate("ProductEditor", "Stock"),
            translate("StockTab", "Medusa · stocked quantity per location · saved with Save")))
        self.grid = QTableWidget(0, 0, objectName="stockGrid")
        table_style(self.grid, 170)
        self.grid.setItemDelegate(StockDelegate(self.grid))
        self.grid.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.grid, 1)
        self.total = QLabel(objectName="stockTotal")
        layout.addWidget(self.total)
        self.empty = hint_label(translate(
            "StockTab", "This shop has no stock locations in the local store yet: pull "
            "to read them (Medusa lists them under Settings → Locations)."))
        self.empty.setObjectName("noLocations")
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(hint_label(translate(
            "StockTab", "Reserved: held for orders not yet fulfilled. Available = "
            "stocked − reserved, over every location. Blue: set here, sent at the next push.")))
        layout.addLayout(self.slot_for(STOCK))
        layout.addWidget(self.error_for(STOCK))

    # ----------------------------------------------------------------- load
    def _read(self, detail: ProductDetail) -> None:
        medusa = detail.medusa or {}
        self.variants = ordered_variants(medusa)
        self.levels = {(str(x.get("id")), str(loc)): dict(level or {})
                       for x in self.variants for loc, level in (x.get("levels") or {}).items()}
        # Levels set here and not sent yet: shown apart so no one takes them for Medusa's.
        self.unsent = {(str(op.args["variant_id"]), str(op.args["location_id"]))
                       for op in detail.operations
                       if op.kind == ops.STOCK and op.state in ("queued", "sending")}
        self.locations = self._locations(detail)

    def _locations(self, detail: ProductDetail) -> list[tuple[str, str]]:
        """The shop's locations by name, then any other one a level names (by id)."""
        known = [(t.id, t.name) for t in self.catalog.taxonomy("location")]
        named = {loc for loc, _n in known}
        levels = {str(loc) for x in (detail.medusa or {}).get("variants") or ()
                  for loc in x.get("levels") or {}}
        return known + [(loc, loc) for loc in sorted(levels - named)]

    def load(self, detail: ProductDetail) -> None:
        self._read(detail)
        self._build()
        self.setEnabled(detail.medusa is not None)

    def _build(self) -> None:
        self._loading = True
        grid = self.grid
        grid.clear()
        grid.setColumnCount(len(self.locations) + 2)
        grid.setHorizontalHeaderLabels([translate("StockTab", "Variant"),
                                        *(n for _l, n in self.locations),
                                        translate("StockTab", "Available")])
        grid.horizontalHeader().setStretchLastSection(False)
        grid.horizontalHeader().resizeSection(len(self.locations) + 1, 110)
        for index, (loc, _name) in enumerate(self.locations, start=1):
            grid.horizontalHeaderItem(index).setToolTip(
                translate("StockTab", "Stock location {id}").format(id=loc))
            grid.horizontalHeader().setSectionResizeMode(index,
                                                         QHeaderView.ResizeMode.Interactive)
            grid.horizontalHeader().resizeSection(index, 170)
        grid.setRowCount(len(self.variants))
        for row, variant in enumerate(self.variants):
            vid = str(variant.get("id"))
            name = QTableWidgetItem(str(variant.get("title") or vid))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, vid)
            name.setToolTip(translate("StockTab", "SKU {sku}").format(sku=variant.get("sku"))
                            if variant.get("sku") else vid)
            grid.setItem(row, 0, name)
            tracked = bool(variant.get("manage_inventory"))
            for col, (loc, _n) in enumerate(self.locations, start=1):
                level = self.levels.get((vid, loc))
                cell = QTableWidgetItem("" if level is None else str(level.get("stocked") or 0))
                cell.setData(RESERVED_ROLE, int((level or {}).get("reserved") or 0))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.setItem(row, col, cell)
                self._track(cell, tracked)
            available = QTableWidgetItem()
            available.setFlags(available.flags() & ~Qt.ItemFlag.ItemIsEditable)
            available.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(row, len(self.locations) + 1, available)
        self.empty.setVisible(not self.locations)
        self._loading = False
        self._paint()
        self._totals()

    @staticmethod
    def _track(cell: QTableWidgetItem, tracked: bool) -> None:
        cell.setData(TRACKED_ROLE, tracked)
        flags = cell.flags() | Qt.ItemFlag.ItemIsEditable
        cell.setFlags(flags if tracked else flags & ~Qt.ItemFlag.ItemIsEditable)
        cell.setToolTip("" if tracked else UNTRACKED_TIP)

    def set_tracked(self, vid: str, tracked: bool) -> None:
        """“Manage inventory” was ticked or cleared on the variants tab (not saved yet)."""
        row = self._row_of(vid)
        if row is None:
            return
        self._loading = True
        for col in range(1, len(self.locations) + 1):
            self._track(self.grid.item(row, col), tracked)
        self.variants[row]["manage_inventory"] = tracked
        self._loading = False
        self._paint()
        self._totals()

    # ---------------------------------------------------------------- reads
    def _ids(self) -> list[str]:
        return [str(self.grid.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.grid.rowCount())]

    def _row_of(self, vid: str) -> int | None:
        ids = self._ids()
        return ids.index(vid) if vid in ids else None

    def cell(self, vid: str, location_id: str) -> QTableWidgetItem | None:
        row = self._row_of(vid)
        col = next((i for i, (loc, _n) in enumerate(self.locations, start=1)
                    if loc == location_id), None)
        return None if row is None or col is None else self.grid.item(row, col)

    def _cells(self) -> list[tuple[str, str, QTableWidgetItem]]:
        return [(vid, loc, self.grid.item(row, col))
                for row, vid in enumerate(self._ids())
                for col, (loc, _n) in enumerate(self.locations, start=1)]

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        out: dict[str, Incoming] = {}
        server = {str(x.get("id")): x.get("levels") or {}
                  for x in (detail.server_medusa or {}).get("variants") or ()}
        locations = [loc for loc, _n in self._locations(detail)]
        for variant in (detail.medusa or {}).get("variants") or ():
            vid = str(variant.get("id"))
            levels = variant.get("levels") or {}
            for loc in locations:
                mine = (levels.get(loc) or {}).get("stocked") if loc in levels else None
                theirs = (server.get(vid, {}).get(loc) or {}).get("stocked")
                out[stock_field(vid, loc)] = Incoming(theirs, mine,
                                                      "" if mine is None else str(mine))
        return out

    def form_values(self) -> dict[str, str]:
        return {stock_field(vid, loc): item.text() for vid, loc, item in self._cells()}

    def collect(self) -> tuple[dict[str, Any], bool]:
        out: dict[str, Any] = {}
        lines: list[str] = []
        self.problems = {}
        for vid, loc, item in self._cells():
            name = stock_field(vid, loc)
            quantity, problem = parse_stock(item.text())
            if problem is None and quantity is None and (vid, loc) in self.levels:
                problem = translate("StockTab",
                                    "Type 0 for none: a stock level is not removed here.")
            if problem is not None:
                self.problems[name] = problem
                lines.append(f"{self.names.label(name)}: {problem}")
            elif quantity is not None:
                out[name] = quantity
        self._paint()
        if lines:
            self.show_error(STOCK, "\n".join(lines))
        return out, not lines

    # ------------------------------------------------------------- rebase
    def put(self, name: str, new: Incoming) -> None:
        vid, loc = stock_key(name)
        item = self.cell(vid, loc)
        if item is not None and item.text() != (new.shown or ""):
            item.setText(new.shown or "")

    def follow(self, detail: ProductDetail, outcomes: Mapping[str, Rebased],
               form: Mapping[str, str]) -> None:
        before = ([str(x.get("id")) for x in self.variants], list(self.locations))
        self._read(detail)
        if before != ([str(x.get("id")) for x in self.variants], self.locations):
            self._build()
            for name, text in kept_typing(outcomes, form, STOCK + ".").items():
                vid, loc = stock_key(name)
                if (item := self.cell(vid, loc)) is not None:
                    item.setText(text)
            return
        self._loading = True
        for row, variant in enumerate(self.variants):  # reserved moves without typing
            vid = str(variant.get("id"))
            for col, (loc, _n) in enumerate(self.locations, start=1):
                level = self.levels.get((vid, loc)) or {}
                self.grid.item(row, col).setData(RESERVED_ROLE, int(level.get("reserved") or 0))
        self._loading = False
        self._paint()
        self._totals()

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        self.server = {n: m for n, m in errors.items() if is_stock(n)}
        self._paint()
        if self.server:
            self.show_error(STOCK, "\n".join(server_line(self.names, n, m)
                                             for n, m in self.server.items()))

    # ------------------------------------------------------------- painting
    def _paint(self) -> None:
        self._loading = True
        for vid, loc, item in self._cells():
            name = stock_field(vid, loc)
            why = self.problems.get(name) or self.server.get(name)
            item.setBackground(BAD_CELL if why else NO_COLOUR)
            item.setForeground(QBrush(UNSENT if (vid, loc) in self.unsent else INK))
            if item.data(TRACKED_ROLE):
                item.setToolTip(why or self._tip(vid, loc, item.text()))
        self._loading = False

    def _tip(self, vid: str, loc: str, text: str) -> str:
        reserved = int((self.levels.get((vid, loc)) or {}).get("reserved") or 0)
        if not text:
            return translate("StockTab",
                             "No stock level here yet: type a quantity to stock this location.")
        if (vid, loc) in self.unsent:
            return translate("StockTab", "Stocked {stocked} (set here, sent at the next push), "
                             "reserved {reserved}").format(stocked=text, reserved=reserved)
        return translate("StockTab", "Stocked {stocked}, reserved {reserved}").format(
            stocked=text, reserved=reserved)

    def _cell_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._totals()

    def _totals(self) -> None:
        """Available per variant (typed quantities count once they are numbers)."""
        self._loading = True
        grand = 0
        tracked_any = False
        for row, variant in enumerate(self.variants):
            item = self.grid.item(row, len(self.locations) + 1)
            if not variant.get("manage_inventory"):
                item.setText("—")
                item.setToolTip(translate("StockTab", UNTRACKED_TIP))
                item.setForeground(QBrush(MUTED))
                continue
            tracked_any = True
            available = 0
            for col in range(1, len(self.locations) + 1):
                cell = self.grid.item(row, col)
                stocked, _problem = parse_stock(cell.text())
                available += (stocked or 0) - int(cell.data(RESERVED_ROLE) or 0)
            grand += available
            item.setText(str(available))
            item.setToolTip(translate("StockTab", "Stocked − reserved, over every location"))
            item.setForeground(QBrush(SHORT if available <= 0 else INK))
        self.total.setText(
            translate("StockTab", "%Ln available in all", None, grand) if tracked_any
            else translate("StockTab", "No variant of this product tracks stock."))
        self._loading = False
