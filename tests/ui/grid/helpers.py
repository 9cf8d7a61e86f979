"""Reading and driving the grid window as a merchant does: cells by line and column key,
clicks and range selections, keys sent to the table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop_app.ui.grid import GridWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def cell(window: GridWindow, line: int, key: str) -> QModelIndex:
    return window.model.index(line, window.model.keys.index(key))


def texts(window: GridWindow, line: int, keys: list[str]) -> list[str]:
    return [cell(window, line, k).data() for k in keys]


def click(window: GridWindow, line: int, key: str) -> None:
    """The cell current and alone selected, as a click makes it."""
    window.view.setFocus()
    window.view.selectionModel().setCurrentIndex(
        cell(window, line, key), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def select(window: GridWindow, top: tuple[int, str], bottom: tuple[int, str]) -> None:
    """A range selected (its top left current), as a drag or Shift+click makes it."""
    window.view.setFocus()
    selection = window.view.selectionModel()
    selection.setCurrentIndex(cell(window, *top), QItemSelectionModel.SelectionFlag.NoUpdate)
    selection.select(QItemSelection(cell(window, *top), cell(window, *bottom)),
                     QItemSelectionModel.SelectionFlag.ClearAndSelect)


def key(window: GridWindow, which: Qt.Key, modifiers: Qt.KeyboardModifier = (
        Qt.KeyboardModifier.NoModifier)) -> None:
    """A key (with modifiers) pressed in the grid's table."""
    QTest.keyClick(window.view, which, modifiers)
    if modifiers != Qt.KeyboardModifier.NoModifier:
        let_go(window.view)


def let_go(widget: QWidget) -> None:
    """Ctrl (or Shift) let go. QTest sends Ctrl+V as one event, after which Qt believes
    Ctrl is still held: a later click or selectRow would add to the selection (in this
    test, or the next one). A key event without modifiers sets that right."""
    QTest.keyRelease(widget, Qt.Key.Key_Control)
