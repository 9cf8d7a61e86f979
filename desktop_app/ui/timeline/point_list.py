"""The list of a timeline's points, newest first; at most two picked at a time.

A click picks one point, compared with "now"; Ctrl+click picks a second, and the two are
compared (the older on the left). A third Ctrl+click lets go of the first picked, so a click
always shows what was clicked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.servers import Server
from desktop_app.timeline.points import Kind, Point
from desktop_app.ui import palette
from desktop_app.ui.formatting import format_timestamp

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_COLOURS = {
    Kind.NOW: "@accent@",
    Kind.PULLED: "@ink@",
    Kind.STORED: "@muted@",
    Kind.SENT: "@sent@",
    Kind.VERSION: "@version@",
}
HEADERS = (
    QT_TRANSLATE_NOOP("Timeline", "When"),
    QT_TRANSLATE_NOOP("Timeline", "Server"),
    QT_TRANSLATE_NOOP("Timeline", "What"),
    QT_TRANSLATE_NOOP("Timeline", "Who · note"),
)
ROW_HEIGHT = 30  # as the app's other lists (pending_view, details_tab)


class _RowHeight(QStyledItemDelegate):
    """Rows as tall as the other lists': the tree's own are a bare line of text."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), ROW_HEIGHT))


def point_time(stamp: str) -> str:
    """A point's ISO UTC stamp in local time as the display locale writes it, to the second
    (a push and the pull after it are seconds apart); a stamp that is no date as it is."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return format_timestamp(moment, seconds=True)


class PointList(QTreeWidget):
    picked = Signal(list)  # the picked point ids, newest first

    def __init__(self) -> None:
        super().__init__(objectName="timelinePoints")
        self.setColumnCount(4)
        self.setHeaderLabels([translate("Timeline", h) for h in HEADERS])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setItemDelegate(_RowHeight(self))
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The hint above the list speaks of clicks; a keyboard picks as in any list.
        self.setAccessibleName(translate("Timeline", "Points"))
        self.setAccessibleDescription(
            translate(
                "Timeline",
                "Newest first. The arrow keys pick a point to compare with now; "
                "Ctrl+arrow and Ctrl+Space pick a second one to compare the two.",
            )
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Who fits its text (a scroll bar when the pane is narrower), filling what is left.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._order: list[str] = []  # picked ids, first picked first
        self.itemSelectionChanged.connect(self._selection_changed)

    def set_points(self, points: Sequence[Point], keep: Sequence[str] = ()) -> None:
        """Show ``points``; the ones in ``keep`` that are still there stay picked."""
        self.blockSignals(True)
        self.clear()
        for point in points:
            who = " · ".join(bit for bit in (point.who, point.note) if bit)
            server = Server(point.server).label if point.server else translate("Timeline", "Both")
            item = QTreeWidgetItem([point_time(point.at), server, point.label, who])
            item.setData(0, ID_ROLE, point.id)
            item.setForeground(2, QBrush(palette.qcolor(KIND_COLOURS[point.kind])))
            item.setToolTip(2, _tooltip(point))
            item.setToolTip(3, who)  # in full where a narrow pane elides it
            self.addTopLevelItem(item)
        self._order = [i for i in keep if self._item(i) is not None][-2:]
        for point_id in self._order:
            item = self._item(point_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)

    def _item(self, point_id: str) -> QTreeWidgetItem | None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == point_id:
                return item
        return None

    def pick(self, *point_ids: str) -> None:
        """Pick these points (one or two), as clicks would."""
        self.blockSignals(True)
        self.clearSelection()
        self._order = []
        for point_id in point_ids[-2:]:
            item = self._item(point_id)
            if item is not None:
                item.setSelected(True)
                self._order.append(point_id)
        self.blockSignals(False)
        self.picked.emit(self.picked_ids())

    def picked_ids(self) -> list[str]:
        """Newest first (the list's order)."""
        ids = []
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.isSelected():
                ids.append(str(item.data(0, ID_ROLE)))
        return ids

    def _selection_changed(self) -> None:
        selected = set(self.picked_ids())
        self._order = [i for i in self._order if i in selected]
        self._order += [i for i in self.picked_ids() if i not in self._order]
        if len(self._order) > 2:  # the third click lets go of the first
            first = self._item(self._order.pop(0))
            self.blockSignals(True)
            if first is not None:
                first.setSelected(False)
            self.blockSignals(False)
        self.picked.emit(self.picked_ids())


def _tooltip(point: Point) -> str:
    # The exact UTC stamps: the list shows local time; these match the servers' records.
    lines = [point.label, translate("Timeline", "at {stamp} (UTC)").format(stamp=point.at)]
    if point.seen_at and point.seen_at != point.at:
        lines.append(
            translate("Timeline", "read by this app at {stamp} (UTC)").format(stamp=point.seen_at)
        )
    if point.kind is Kind.PULLED:
        lines.append(translate("Timeline", "The servers do not say who made this change."))
    if point.kind is Kind.SENT:
        lines.append(
            translate("Timeline", "Sent: {fields}").format(fields=", ".join(sorted(point.content)))
        )
    return "\n".join(lines)
