"""A filter box over one kind of the shop's terms (categories, tags, …), by name.

The first item means "any"; the others carry a term's id. Categories come as a tree
(``OfflineCatalog.category_tree``): the popup indents each under its parent, the box
shows the chosen name and its tooltip the whole path ("Apparel › Shirts").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.store.taxonomy import Term

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 20
INDENT = 16  # pixels per tree level in the popup
PAD, ROW = 6, 24  # an item's side padding and least height, as the other boxes' items
MAX_WIDTH = 240  # a long name is elided in the box, not allowed to push the row wider


class TreeIndent(QStyledItemDelegate):
    """Paints a popup item moved right by its depth (a tree without a tree view), as
    roomy as the app's other combo boxes' items (their delegate pads them)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        # The whole row takes the hover/selection colour; only the text moves right.
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        depth = int(index.data(DEPTH_ROLE) or 0)
        area = option.rect.adjusted(PAD + depth * INDENT, 0, -PAD, 0)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                       area.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth = int(index.data(DEPTH_ROLE) or 0)
        return QSize(base.width() + 2 * PAD + depth * INDENT, max(base.height() + 7, ROW))


class TermCombo(QComboBox):
    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.any_text = any_text
        self.setItemDelegate(TreeIndent(self))
        # As wide as the longest name, up to MAX_WIDTH (longer ones are elided).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(MAX_WIDTH)
        self.addItem(any_text, None)
        self._paths: dict[str, str] = {}
        self.currentIndexChanged.connect(self._show_path)

    def set_terms(self, terms: Sequence[tuple[int, Term]]) -> bool:
        """Fill with ``(depth, term)`` in order, keeping the choice if it still exists.

        Returns True when the choice was dropped (its term is gone): a filter changed."""
        chosen = self.current_id()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.any_text, None)
            self._paths = {}
            path: list[str] = []
            for depth, term in terms:
                del path[depth:]
                path.append(term.name)
                self.addItem(term.name, term.id)
                self.setItemData(self.count() - 1, depth, DEPTH_ROLE)
                self.setItemData(self.count() - 1, " › ".join(path),
                                 Qt.ItemDataRole.ToolTipRole)
                self._paths[term.id] = " › ".join(path)
            found = self.findData(chosen) if chosen is not None else 0
            self.setCurrentIndex(max(found, 0))
        finally:
            self.blockSignals(False)
        self._show_path()
        return chosen is not None and found < 0

    def current_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def select(self, term_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(term_id), 0) if term_id is not None else 0)

    def name_of(self, term_id: str) -> str:
        return self._paths.get(term_id, term_id)

    def terms(self) -> int:
        """How many terms there are to choose from."""
        return self.count() - 1

    def _show_path(self) -> None:
        term_id = self.current_id()
        self.setToolTip(self._paths.get(term_id, "") if term_id else "")
