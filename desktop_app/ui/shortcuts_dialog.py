"""Keyboard shortcuts: a dialog listing the keys the open windows have registered.

Generated, never kept by hand: every QAction and QShortcut of each open window (the main
window first, then the editors and tools) that has a key, with its text or tooltip. A
window's keys are listed while it is open, so the content editor's Ctrl+S shows once an
editor is open (F1 works there too).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.ui.window_keys import add_close_keys

NATIVE = QKeySequence.SequenceFormat.NativeText
WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog)


@dataclass(frozen=True)
class Shortcut:
    window: str
    what: str
    keys: str


def _what(item: QAction | QShortcut) -> str:
    if isinstance(item, QAction):
        text = item.text().replace("&", "") or item.toolTip()
    else:
        text = item.whatsThis() or item.objectName()
    return text.split(" (")[0].strip().rstrip("…")  # "New product…" is "New product"


def _owner(item: QAction | QShortcut) -> QWidget | None:
    parent = item.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent.window() if isinstance(parent, QWidget) else None


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """The keys ``window`` (and what it holds) answers to, in the order they were made."""
    title = window.windowTitle().split(" — ")[-1] or window.objectName()
    found: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    items: list[QAction | QShortcut] = [
        *window.findChildren(QAction),
        *window.findChildren(QShortcut),
    ]
    for item in items:
        if _owner(item) is not window:
            continue  # an editor's, which is a window of its own
        keys = item.shortcuts() if isinstance(item, QAction) else [item.key()]
        text = ", ".join(k.toString(NATIVE) for k in keys if not k.isEmpty())
        if not text or (isinstance(item, QAction) and item.isSeparator()):
            continue
        row = (_what(item), text)
        if row not in seen:
            seen.add(row)
            found.append(Shortcut(title, *row))
    return found


def open_windows(first: QWidget) -> list[QWidget]:
    others = [
        w
        for w in QApplication.allWidgets()
        if w.isWindow()
        and w.isVisible()
        and w is not first
        and not isinstance(w, ShortcutsDialog)
        and w.windowType() in WINDOWS
    ]
    return [first, *others]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window, objectName="shortcutsDialog")
        self.setWindowTitle(translate("Keyboard", "Keyboard shortcuts"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [translate("Keyboard", "Window"), translate("Keyboard", "Action"),
             translate("Keyboard", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(translate("Keyboard", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            translate("Keyboard", "Every key the open windows answer to"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        close.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())
        layout.addWidget(close)
        add_close_keys(self)
        self.rows = [s for w in open_windows(window) for s in window_shortcuts(w)]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.window, row.what, row.keys)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setFocus()
