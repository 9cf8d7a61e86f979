"""The preview table: one row per changed field (product, field, before → after).

The before and after cells are painted by ``DiffDelegate``: a tinted cell with the
changed part of the text marked, so a find/replace shows exactly what it replaces.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.bulk import BulkPlan, FieldChange
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import palette as colours
from desktop_app.ui.bulk.text_diff import fit_parts, split_changed
from desktop_app.ui.offline.values import field_label, show_value

HEADERS = (QT_TRANSLATE_NOOP("BulkEdit", "Product"), QT_TRANSLATE_NOOP("BulkEdit", "Field"),
           QT_TRANSLATE_NOOP("BulkEdit", "Before"), QT_TRANSLATE_NOOP("BulkEdit", "After"))
BEFORE, AFTER = 2, 3
TEXTS_ROLE = Qt.ItemDataRole.UserRole + 20  # (before text, after text) of the row
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 21
# (cell tint, mark of the changed part) for before and after.
COLORS = {BEFORE: ("@removed_bg@", "@before_mark@"), AFTER: ("@added_bg@", "@after_mark@")}

Index = QModelIndex | QPersistentModelIndex


class DiffModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, FieldChange]] = []  # (product id, title, change)

    def set_plan(self, plan: BulkPlan | None) -> None:
        self.beginResetModel()
        self._rows = [] if plan is None else [
            (d.product_id, d.title, c) for d in plan.diffs for c in d.changes]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BulkEdit", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        pid, title, change = self._rows[row]
        texts = (show_value(change.field, change.before), show_value(change.field, change.after))
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole and col == 0 and row and \
                self._rows[row - 1][0] == pid:
            return ""  # the product is named once, on its first changed field
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (title, field_label(change.field), *texts)[col]
        if role == TEXTS_ROLE:
            return tuple("" if v in (None, "") else t
                          for v, t in zip((change.before, change.after), texts, strict=True))
        if role == PRODUCT_ROLE:
            return pid
        return None


class DiffDelegate(QStyledItemDelegate):
    """Paints before/after cells tinted, with the changed part of the text marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        col = index.column()
        if col not in COLORS:
            super().paint(painter, option, index)
            return
        before, after = index.data(TEXTS_ROLE)
        parts = split_changed(before, after)[0 if col == BEFORE else 1]
        if not before and col == BEFORE:
            parts = ("", "", "—")  # empty before: a plain dash, nothing to mark
        tint, mark = COLORS[col]
        rect: QRect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(rect)
        painter.fillRect(rect, palette.highlight() if selected else colours.qcolor(tint))
        painter.setPen(palette.color(palette.ColorRole.HighlightedText if selected
                                     else palette.ColorRole.Text))
        x = rect.left() + 6
        metrics = option.fontMetrics
        # Cut to the cell with "…" where text is left out, the changed part kept in view.
        parts = fit_parts(parts, rect.width() - 12, metrics.horizontalAdvance)
        for n, text in enumerate(parts):
            width = metrics.horizontalAdvance(text)
            if n == 1 and text and not selected:
                painter.fillRect(QRect(x, rect.top() + 5, width, rect.height() - 10),
                                 colours.qcolor(mark))
            painter.drawText(QRect(x, rect.top(), width + 2, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             text)
            x += width
        painter.restore()
