"""The grid's table model: the session's cells in the arrangement's lines, no proxy.

A line is a product's header (its title and how many variants it has; a click folds
it) or one variant. Columns are the ones the merchant chose. What a cell shows is
computed once per change and kept, a line's looks together (``Look``s in a tuple), so
painting a screen while scrolling costs a dictionary lookup per line; any step or
refresh empties that cache. The view computes the lines it will scroll to next between
frames, so a page of new rows is not computed in the frame that shows it.
Every write is a session step (``stage``), announced with ``stepped``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop_app.grid.cells import show
from desktop_app.grid.columns import Column, Kind
from desktop_app.grid.rows import read_only_reason
from desktop_app.grid.session import GridSession, Step
from desktop_app.grid.view_order import Arrangement, ColumnFilter, arrange
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.grid.cell_look import (
    BOLD,
    STATE_ROLE,
    Look,
    State,
    background,
    foreground,
    make_look,
)

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
OPEN, SHUT = "▾", "▸"
# Looks kept (some 50 screens): scrolling through 20,000 variants must not keep 300,000
# of them for the garbage collector to walk. Kept by line: LOOKS_KEPT // columns lines.
LOOKS_KEPT = 20_000
LINES_KEPT_LEAST = 300


class GridModel(QAbstractTableModel):
    stepped = Signal(object, str)  # the Step, and how it came ("" done, "undo", "redo")

    def __init__(self, session: GridSession, columns: Sequence[Column],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self.arrangement = arrange(session)
        self.collapsed: set[str] = set()
        self.filter_texts: dict[str, str] = {}  # column key -> the filter, for headers
        self._looks: dict[int, tuple[Look, ...]] = {}  # line -> its cells' looks
        self._texts: dict[tuple[str | None, Any], str] = {}  # (currency, amount) -> text
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------- shape
    @property
    def keys(self) -> list[str]:
        """The shown columns' keys: the ``view_cols`` of the session's moves."""
        return [c.key for c in self.columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.arrangement)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._looks.clear()
        self.endResetModel()

    def set_arrangement(self, arrangement: Arrangement) -> None:
        self.beginResetModel()
        self.arrangement = arrangement
        self._looks.clear()
        self.endResetModel()

    def add_read_rows(self, filters: Sequence[ColumnFilter]) -> int:
        """Lines for the session's rows read since the lines were made, at the end."""
        lines, groups = self.arrangement.appended(self.session, filters, self.collapsed)
        end = len(self.arrangement)
        if lines:
            self.beginInsertRows(QModelIndex(), end, end + len(lines) - 1)
        self.arrangement.extend(lines, groups, len(self.session.rows))
        if lines:
            self.endInsertRows()
        return len(lines)

    def fold(self, group: int, folded: bool) -> None:
        """Fold (or unfold) one product under its header: its lines go (or come back)
        there, every other line keeps its selection and the view its scroll position."""
        arrangement = self.arrangement
        header = arrangement.header_line(group)
        pid = arrangement.groups[group].product_id
        if header is None or (pid in self.collapsed) == folded:
            return
        if folded:
            self.collapsed.add(pid)
            below = header + 1
            while below < len(arrangement) and arrangement.lines[below] >= 0:
                below += 1
            count = below - header - 1
        else:
            self.collapsed.discard(pid)
            count = len(arrangement.groups[group].shown)
        self._looks.clear()
        if count:
            if folded:
                self.beginRemoveRows(QModelIndex(), header + 1, header + count)
            else:
                self.beginInsertRows(QModelIndex(), header + 1, header + count)
        arrangement.fold(group, folded)
        if count:
            (self.endRemoveRows if folded else self.endInsertRows)()
        self.dataChanged.emit(self.index(header, 0), self.index(header, 1))

    def fold_all(self, folded: bool) -> None:
        self.beginResetModel()
        groups = self.arrangement.groups
        self.collapsed = {g.product_id for g in groups} if folded else set()
        self.arrangement.refold(self.collapsed)
        self._looks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Cells may show something else (a step, a catalog change): paint again."""
        self._looks.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ------------------------------------------------------------- cells
    def row_at(self, line: int) -> int | None:
        return self.arrangement.row_at(line)

    def look(self, line: int, col: int) -> Look:
        return self.line_looks(line)[col]

    def line_looks(self, line: int) -> tuple[Look, ...]:
        """The looks of every cell of ``line``, computed once and kept."""
        found = self._looks.get(line)
        if found is None:
            kept = max(LINES_KEPT_LEAST, LOOKS_KEPT // max(1, len(self.columns)))
            if len(self._looks) >= kept:  # scrolled far: the oldest tenth goes
                for old in list(islice(self._looks, kept // 10)):
                    del self._looks[old]  # (all of them at once took most of a frame)
            found = self._looks[line] = self._line_looks(line)
        return found

    def _line_looks(self, line: int) -> tuple[Look, ...]:
        row = self.arrangement.row_at(line)
        if row is None:
            return tuple(self._header_look(line, col) for col in range(len(self.columns)))
        return tuple(self._look(row, column) for column in self.columns)

    def _look(self, row: int, column: Column) -> Look:
        session, key, numeric = self.session, column.key, column.numeric
        # The session's pieces read once each (this runs for every cell scrolled to).
        staged = session.staged(row, key)
        original = session.original(row, key)
        if staged is None:
            text = self._shown(column, original)
            if not column.editable:  # the product and variant titles
                muted = key == "product" and self.arrangement.grouped
                state = State.MUTED if muted else State.PLAIN
                return make_look(text, state, None, numeric)
            if session.problems and (problem := session.problem(row, key)):
                return make_look(text, State.PROBLEM, problem, numeric)
            if reason := read_only_reason(session.rows[row], column):
                return make_look(text, State.READ_ONLY, reason, numeric)
            return make_look(text, State.PLAIN, None, numeric)
        if staged.error:
            return make_look(staged.text, State.BAD, staged.error, numeric)
        shown_before = self._shown(column, original)
        tip = (translate("Grid", "Changed from “{before}”: not saved yet.").format(
                   before=shown_before) if shown_before
               else translate("Grid", "Changed from empty: not saved yet."))
        return make_look(self._shown(column, staged.value), State.CHANGED, tip, numeric)

    def _shown(self, column: Column, value: Any) -> str:
        """``value`` as the column shows it; amounts repeat, so their text is kept."""
        if not column.numeric:
            return show(column, value, self.session.locale)
        key = (column.currency, value)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) >= LOOKS_KEPT:
                self._texts.clear()
            text = self._texts[key] = show(column, value, self.session.locale)
        return text

    def _header_look(self, line: int, col: int) -> Look:
        group = self.arrangement.group_at(line)
        assert group is not None
        if col == 0:
            mark = SHUT if group.product_id in self.collapsed else OPEN
            return make_look(f"{mark}  {group.title}", State.HEADER,
                             translate("Grid", "Click to fold or unfold the product's variants."))
        if col == 1:
            shown, total = len(group.shown), len(group.rows)
            text = (translate("Grid", "%Ln variant(s)", None, total) if shown == total
                    else translate("Grid", "{shown} of %Ln variant(s)", None, total).format(
                        shown=QLocale().toString(shown)))
            return make_look(text, State.GROUP)
        return make_look("", State.GROUP)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, state, tip, numeric = self.look(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if numeric else LEFT
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(state)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if state in BOLD else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.arrangement.row_at(index.row())
        if row is None:
            return Qt.ItemFlag.ItemIsEnabled  # a header line: a click folds it
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.session.read_only(row, self.columns[index.column()].key):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.arrangement.row_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or row is None:
            return False
        self.stage([(row, self.columns[index.column()].key, str(value))], translate("Grid", "Edit"))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        typed = self.filter_texts.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.label} ({typed})" if typed else column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column_tip(column)
            return (translate("Grid", "{tip}\nFiltered: {filter}").format(tip=tip, filter=typed)
                    if typed else tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        return None

    # ------------------------------------------------------------- steps
    def stage(self, edits: Iterable[tuple[int, str, str]], label: str) -> Step:
        """Cells typed, pasted or cleared, as one undoable step."""
        step = self.session.set_texts(edits, label)
        self.step_done(step)
        return step

    def step_done(self, step: Step, how: str = "") -> None:
        self.refresh()
        self.stepped.emit(step, how)


COLUMN_TIPS = {
    Kind.LABEL: QT_TRANSLATE_NOOP("GridColumns", "{column}: not edited in the grid."),
    Kind.PRICE: QT_TRANSLATE_NOOP("GridColumns", "{column}: an amount in the locale's number "
                                  "format; empty removes the price."),
    Kind.STOCK: QT_TRANSLATE_NOOP("GridColumns", "{column}: stocked quantity at this location "
                                  "(a whole number, 0 for none)."),
    Kind.FLAG: QT_TRANSLATE_NOOP("GridColumns", "{column}: yes or no."),
    Kind.STATUS: QT_TRANSLATE_NOOP("GridColumns", "{column}: the product's status (one for all "
                                   "its variants)."),
    Kind.TEXT: QT_TRANSLATE_NOOP("GridColumns", "{column}: text."),
}


def column_tip(column: Column) -> str:
    if column.kind is Kind.PRICE and not column.sold:
        return translate("GridColumns", "{column}: the store does not sell {currency}; its "
                         "prices can be removed here.").format(
            column=column.label, currency=(column.currency or "").upper())
    if column.key == "sku":
        return translate("GridColumns", "{column}: unique across the shop.").format(
            column=column.label)
    return translate("GridColumns", COLUMN_TIPS[column.kind]).format(column=column.label)
