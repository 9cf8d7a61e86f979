"""A grid column header's context menu: sort, filter (typed right in the menu), hide.

The filter's syntax is ``view_order``'s: ``>10``, ``<=5``, ``10..20``, ``=0``,
``empty`` for numbers; a part of the text, ``=whole``, ``!part`` for text; yes or no.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget, QWidgetAction

from desktop_app.grid.columns import FROZEN, Column, Kind
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import theme

# The filter words ("empty") are the syntax view_order reads: translations keep them.
HINTS = {
    Kind.PRICE: QT_TRANSLATE_NOOP("Grid", ">10, <=5, 10..20, =0, empty"),
    Kind.STOCK: QT_TRANSLATE_NOOP("Grid", ">0, <5, 0..3, =0, empty"),
    Kind.FLAG: QT_TRANSLATE_NOOP("Grid", "yes or no"),
}
TEXT_HINT = QT_TRANSLATE_NOOP("Grid", "a part of it, =whole text, !not containing, empty")


def filter_hint(column: Column) -> str:
    return translate("Grid", HINTS.get(column.kind, TEXT_HINT))


class FilterField(QWidget):
    """A line edit inside the menu: Enter applies the filter and closes the menu."""

    def __init__(self, column: Column, current: str, apply: Callable[[str], None],
                 menu: QMenu) -> None:
        super().__init__(menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        title = QLabel(translate("Grid", "Filter {column}").format(column=column.label))
        theme.style(title, "font-weight: 600;")
        self.edit = QLineEdit(current, objectName="headerFilter")
        self.edit.setPlaceholderText(filter_hint(column))
        self.edit.setMinimumWidth(240)
        layout.addWidget(title)
        layout.addWidget(self.edit)

        def enter() -> None:
            apply(self.edit.text())
            menu.close()

        self.edit.returnPressed.connect(enter)


def header_menu(parent: QWidget, column: Column, *, sorted_as: Qt.SortOrder | None,
                filter_text: str, on_sort: Callable[[Qt.SortOrder | None], None],
                on_filter: Callable[[str], None], on_hide: Callable[[], None],
                on_columns: Callable[[], None], any_filter: bool,
                on_clear_filters: Callable[[], None]) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("gridHeaderMenu")
    up = menu.addAction(
        translate("Grid", "Sort ascending"), lambda: on_sort(Qt.SortOrder.AscendingOrder))
    down = menu.addAction(
        translate("Grid", "Sort descending"), lambda: on_sort(Qt.SortOrder.DescendingOrder))
    up.setCheckable(True)
    down.setCheckable(True)
    up.setChecked(sorted_as == Qt.SortOrder.AscendingOrder)
    down.setChecked(sorted_as == Qt.SortOrder.DescendingOrder)
    unsort = menu.addAction(translate("Grid", "Load order (no sort)"), lambda: on_sort(None))
    unsort.setEnabled(sorted_as is not None)
    menu.addSeparator()
    field = FilterField(column, filter_text, on_filter, menu)
    holder = QWidgetAction(menu)
    holder.setDefaultWidget(field)
    menu.addAction(holder)
    clear = menu.addAction(translate("Grid", "Clear this filter"), lambda: on_filter(""))
    clear.setEnabled(bool(filter_text))
    clear_all = menu.addAction(translate("Grid", "Clear all filters"), on_clear_filters)
    clear_all.setEnabled(any_filter)
    menu.addSeparator()
    hide = menu.addAction(translate("Grid", "Hide {column}").format(column=column.label),
                          on_hide)
    hide.setEnabled(column.key not in FROZEN)
    menu.addAction(translate("Grid", "Columns…"), on_columns)
    menu.field = field  # type: ignore[attr-defined]  (tests type into it)
    return menu
