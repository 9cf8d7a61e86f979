"""A table whose first columns stay in view when it scrolls right.

Qt's frozen-column technique: a second ``QTableView`` over the same model and the same
selection model lies over the first columns of the main view; it shows only those
columns, has no scroll bars of its own and follows the main view's vertical scroll
bar (and moves it, for the mouse wheel over it). The main view keeps the keyboard
focus; moving left or scrolling to a cell never leaves it hidden under the overlay.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui import theme

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 28
FROZEN_STYLE = ("QTableView#frozenColumns { border: none; "
                "border-right: 2px solid @field_border@; background: @surface@; }")


def _set_up(view: QTableView) -> None:
    view.verticalHeader().hide()
    # Fixed heights: the view never asks 20,000 rows for their size.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsClickable(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class FrozenTableView(QTableView):
    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        _set_up(self)
        overlay = self.frozen = self.make_overlay()
        overlay.setObjectName("frozenColumns")
        _set_up(overlay)
        theme.style(overlay, FROZEN_STYLE)
        overlay.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        overlay.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        overlay.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.viewport().stackUnder(overlay)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        overlay.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(overlay.verticalScrollBar().setValue)
        overlay.show()

    def make_overlay(self) -> QTableView:
        """The view laid over the frozen columns (a subclass may paint its own way)."""
        return QTableView(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        # One selection for both views: a range from the frozen columns to the others.
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self.sync_columns)
            model.columnsInserted.connect(self.sync_columns)
            model.columnsRemoved.connect(self.sync_columns)
        self.sync_columns()

    def sync_columns(self) -> None:
        """The overlay shows the frozen columns only, as wide as in the main view."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        for col in range(count):
            self.frozen.setColumnHidden(col, col >= self.frozen_count)
            if col < self.frozen_count:
                self.frozen.setColumnWidth(col, self.columnWidth(col))
        self._place_overlay()

    def frozen_width(self) -> int:
        model = self.model()
        count = min(self.frozen_count, model.columnCount() if model is not None else 0)
        return sum(self.columnWidth(c) for c in range(count))

    def _section_resized(self, col: int, _old: int, new: int) -> None:
        if col < self.frozen_count:
            self.frozen.setColumnWidth(col, new)
            self._place_overlay()

    def _place_overlay(self) -> None:
        if not hasattr(self, "frozen"):  # Qt lays out before __init__ made the overlay
            return
        frame = self.frameWidth()
        self.frozen.setGeometry(frame, frame, self.frozen_width() + 2,
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlay()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_overlay()

    # ------------------------------------------------- keeping cells in sight
    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if current.isValid() and current.column() >= self.frozen_count:
            self._uncover(current)
        return current

    def scrollTo(self, index: Index,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if not index.isValid():
            return
        if index.column() < self.frozen_count:
            # Always in view horizontally: only the row may need scrolling to.
            bar = self.horizontalScrollBar()
            kept = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(kept)
            return
        super().scrollTo(index, hint)
        self._uncover(index)

    def _uncover(self, index: Index) -> None:
        """Scroll left when ``index`` lies (partly) under the frozen columns."""
        left = self.visualRect(index).left()
        if left < self.frozen_width():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + left - self.frozen_width())
