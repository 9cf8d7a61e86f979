"""Which columns the grid shows, in which order: ticked in a list, dragged (or Ctrl+Up,
Ctrl+Down) to reorder.

Product and Variant are always shown first (the frozen columns). The choice is
remembered per shop (``column_memory``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.grid.columns import FROZEN, Column, default_keys
from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.grid.buttons import words_only

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ColumnChooser(QDialog):
    def __init__(self, columns: Sequence[Column], shown: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridColumnChooser")
        self.setWindowTitle(translate("GridColumns", "Grid columns"))
        self.columns = list(columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        note = QLabel(translate("GridColumns", "Tick the columns to show; drag them into the "
                                "order you want. Product and Variant always come first."))
        note.setWordWrap(True)
        theme.style(note, "color: @muted@;")
        layout.addWidget(note)
        self.list = QListWidget(objectName="columnList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumHeight(360)
        layout.addWidget(self.list, 1)
        self.list.setAccessibleName(translate("GridColumns", "Columns"))
        self.list.setAccessibleDescription(translate(
            "GridColumns", "Space shows or hides the current column; Ctrl+Up and Ctrl+Down "
            "move it"))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            move = QShortcut(QKeySequence(keys), self.list)
            move.setContext(Qt.ShortcutContext.WidgetShortcut)
            move.activated.connect(lambda step=step: self.move_current(step))
        self._fill(shown)
        row = QHBoxLayout()
        defaults = QPushButton(translate("GridColumns", "Default columns"),
                               objectName="defaultColumns")
        defaults.setToolTip(translate("GridColumns", "Tick the grid's usual columns in their "
                                      "usual order"))
        defaults.clicked.connect(lambda: self._fill(default_keys(self.columns)))
        row.addWidget(defaults)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(translate(
            "GridColumns", "Show the ticked columns in this order (remembered for this shop)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(translate(
            "GridColumns", "Keep the columns as they are"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(words_only(buttons))
        layout.addLayout(row)
        self.resize(380, 520)

    def _fill(self, shown: Sequence[str]) -> None:
        self.list.clear()
        by_key = {c.key: c for c in self.columns}
        order = [*FROZEN, *(k for k in shown if k in by_key and k not in FROZEN),
                 *(c.key for c in self.columns if c.key not in shown and c.key not in FROZEN)]
        for key in dict.fromkeys(order):
            if key not in by_key:
                continue
            item = QListWidgetItem(by_key[key].label)
            item.setData(KEY_ROLE, key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if key in FROZEN:
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(translate("GridColumns", "Always shown, kept in view when the "
                                          "grid scrolls right."))
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
                item.setCheckState(Qt.CheckState.Checked if key in shown
                                   else Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.list.addItem(item)

    def move_current(self, step: int) -> None:
        """The current column one place up (-1) or down (1), as a drag moves it; Product
        and Variant stay first."""
        row = self.list.currentRow()
        to = row + step
        if row < len(FROZEN) or not len(FROZEN) <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)

    def set_checked(self, key: str, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(KEY_ROLE) == key and key not in FROZEN:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def keys(self) -> list[str]:
        """The ticked columns' keys in the list's order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(KEY_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]
