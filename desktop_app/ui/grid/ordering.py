"""The grid's order: sort and filter from the headers, group by product, fold.

A header click sorts by its column (ascending, descending, then back to the load
order); its context menu sorts, filters (typed in the menu) and hides. The work is
``view_order.arranging`` driven by a zero timer, a slice per turn of the event loop,
so 20,000 variants sort without the window freezing; the view keeps its lines until
the new order is ready. A sort waits for every row to be read (``loaded``); filters
apply to the rows read so far at once and to each chunk as it comes. Folding a
product moves no other line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QWidget

from desktop_app.grid.view_order import (
    Arrangement,
    ColumnFilter,
    FilterError,
    Sort,
    arrange,
    arranging,
    parse_filter,
)
from desktop_app.ui.grid.frozen_view import FrozenTableView
from desktop_app.ui.grid.header_menu import header_menu
from desktop_app.ui.grid.model import GridModel


class GridOrder(QObject):
    changed = Signal()  # the lines, the sort or the filters changed (labels follow)
    message = Signal(str)  # a filter that cannot be read, for the status bar

    def __init__(self, model: GridModel, view: FrozenTableView, loaded: Callable[[], bool],
                 columns_dialog: Callable[[], object],
                 hide_column: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        self.session = model.session
        self._loaded = loaded
        self._columns_dialog = columns_dialog
        self._hide_column = hide_column
        self.grouped = True
        self.sort: Sort | None = None
        self.filters: dict[str, ColumnFilter] = {}
        self._job: Iterator[Arrangement | None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._turn)
        for header in (view.horizontalHeader(), view.frozen.horizontalHeader()):
            header.sectionClicked.connect(self._header_clicked)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda pos, h=header: self._popup_menu(h, pos))
        view.clicked.connect(self._cell_clicked)
        view.frozen.clicked.connect(self._cell_clicked)

    @property
    def busy(self) -> bool:
        """Sorting or filtering between frames."""
        return self._job is not None

    def stop(self) -> None:
        self._job = None
        self._timer.stop()

    # ------------------------------------------------------------- arranging
    def rearrange(self) -> None:
        """Sort and filter again, between frames (once every row is read)."""
        if not self._loaded():
            self.changed.emit()
            return  # loaded() sorts; filters apply to each chunk as it comes
        self._job = arranging(self.session, grouped=self.grouped, sort=self.sort,
                              filters=list(self.filters.values()),
                              collapsed=self.model.collapsed)
        self._turn()
        self.changed.emit()

    def arrange_now(self) -> None:
        """The lines made again at once (row indices moved: the old lines are wrong)."""
        self.stop()
        self._show(arrange(self.session, grouped=self.grouped, sort=self.sort,
                           filters=list(self.filters.values()),
                           collapsed=self.model.collapsed))

    def loaded(self) -> None:
        if self.sort is not None:
            self.rearrange()

    def rows_read(self) -> None:
        self.model.add_read_rows(list(self.filters.values()))

    def _turn(self) -> None:
        if self._job is None:
            return
        result = next(self._job)
        if result is None:
            self._timer.start()
            return
        self._job = None
        self._show(result)

    def _show(self, arrangement: Arrangement) -> None:
        """The new lines, the current cell kept on its variant (and in view)."""
        current = self.view.currentIndex()
        row = self.model.row_at(current.row()) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        self.model.set_arrangement(arrangement)
        self.show_sort()
        if row is not None and (line := self.model.arrangement.line_of(row)) is not None:
            index = self.model.index(line, column)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.changed.emit()

    # ------------------------------------------------------------------ sort
    def _header_clicked(self, col: int) -> None:
        key = self.model.columns[col].key
        if self.sort is None or self.sort.key != key:
            self.set_sort(Sort(key))
        elif not self.sort.descending:
            self.set_sort(Sort(key, descending=True))
        else:
            self.set_sort(None)

    def set_sort(self, sort: Sort | None) -> None:
        self.sort = sort
        self.show_sort()
        self.rearrange()

    def show_sort(self) -> None:
        keys = self.model.keys
        col = keys.index(self.sort.key) if self.sort and self.sort.key in keys else -1
        order = (Qt.SortOrder.DescendingOrder if self.sort and self.sort.descending
                 else Qt.SortOrder.AscendingOrder)
        for header in (self.view.horizontalHeader(), self.view.frozen.horizontalHeader()):
            header.setSortIndicatorShown(col >= 0)
            header.setSortIndicator(col, order)

    # ---------------------------------------------------------------- filter
    def set_filter(self, key: str, text: str) -> str | None:
        """Filter column ``key`` by ``text`` ("" clears); returns why not, if not."""
        if not text.strip():
            self.filters.pop(key, None)
            self.model.filter_texts.pop(key, None)
        else:
            try:
                self.filters[key] = parse_filter(self.session.columns[key], text,
                                                 self.session.locale)
            except FilterError as exc:
                self.message.emit(str(exc))
                return str(exc)
            self.model.filter_texts[key] = text.strip()
        self._refilter()
        return None

    def clear_filters(self) -> None:
        self.filters.clear()
        self.model.filter_texts.clear()
        self._refilter()

    def drop_filters(self, keys: list[str]) -> None:
        """Columns hidden: their filters go too."""
        gone = [k for k in self.filters if k in keys]
        for key in gone:
            self.filters.pop(key)
            self.model.filter_texts.pop(key, None)
        if gone:
            self._refilter()
        if self.sort is not None and self.sort.key in keys:
            self.set_sort(None)

    def _refilter(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        if self._loaded():
            self.rearrange()
        else:  # the rows read so far at once; the next chunks are filtered as they come
            self.model.set_arrangement(arrange(
                self.session, grouped=self.grouped, filters=list(self.filters.values()),
                collapsed=self.model.collapsed))
            self.changed.emit()

    # ------------------------------------------------------------ group, fold
    def set_grouped(self, grouped: bool) -> None:
        self.grouped = grouped
        self._refilter()

    def fold_all(self, folded: bool) -> None:
        if self.model.arrangement.grouped:
            self.model.fold_all(folded)
            self.changed.emit()

    def _cell_clicked(self, index: QModelIndex) -> None:
        """A click on a product's title folds or unfolds it."""
        if not index.isValid() or index.column() != 0:
            return
        value = self.model.arrangement.lines[index.row()]
        if value < 0:
            group = -1 - value
            pid = self.model.arrangement.groups[group].product_id
            self.model.fold(group, pid not in self.model.collapsed)
            self.changed.emit()

    # ----------------------------------------------------------- header menu
    def _popup_menu(self, header: QHeaderView, pos: QPoint) -> None:
        col = header.logicalIndexAt(pos)
        if col < 0:
            return
        menu = self.header_menu_for(col, header)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(pos))

    def header_menu_for(self, col: int, parent: QWidget | None = None) -> QMenu:
        column = self.model.columns[col]
        sorted_as = None
        if self.sort is not None and self.sort.key == column.key:
            sorted_as = (Qt.SortOrder.DescendingOrder if self.sort.descending
                         else Qt.SortOrder.AscendingOrder)

        def on_sort(order: Qt.SortOrder | None) -> None:
            self.set_sort(None if order is None else Sort(
                column.key, order == Qt.SortOrder.DescendingOrder))

        return header_menu(
            parent or self.view, column, sorted_as=sorted_as,
            filter_text=self.model.filter_texts.get(column.key, ""), on_sort=on_sort,
            on_filter=lambda text: self.set_filter(column.key, text),
            on_hide=lambda: self._hide_column(column.key),
            on_columns=self._columns_dialog, any_filter=bool(self.filters),
            on_clear_filters=self.clear_filters)
