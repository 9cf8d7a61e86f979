"""Walks a window's Tab order as a keyboard user does, and reads what a screen reader
is told about each control (its accessible name and description)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from desktop_app.ui.keyboard import keeps_tab


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    name: str
    description: str

    def label(self) -> str:
        return f"{type(self.widget).__name__}#{self.widget.objectName()} '{self.name}'"


def spoken(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return "", ""
    return face.text(QAccessible.Text.Name).strip(), face.text(QAccessible.Text.Description).strip()


def walk(window: QWidget, start: QWidget, limit: int = 200) -> list[Stop]:
    """The controls Tab visits from ``start`` until it comes back (or leaves the window)."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops: list[Stop] = []
    seen: set[int] = set()
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not window or id(widget) in seen:
            break
        seen.add(id(widget))
        stops.append(Stop(widget, *spoken(widget)))
        # A text area or table keeps Tab (indents, cells); Ctrl+Tab leaves it.
        QTest.keyClick(
            widget,
            Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ControlModifier
            if keeps_tab(widget)
            else Qt.KeyboardModifier.NoModifier,
        )
        QApplication.processEvents()
    return stops


def nameless(stops: list[Stop]) -> list[str]:
    return [s.label() for s in stops if not s.name]


def described_not(stops: list[Stop]) -> list[str]:
    """Controls a screen reader can say nothing more of than their name. A tab bar is
    exempt: Qt says its current tab's name and has no description for it."""
    return [
        s.label()
        for s in stops
        if (not s.description or s.description == s.name) and not isinstance(s.widget, QTabBar)
    ]


def leave_keys() -> None:
    """The app's Ctrl+Tab from text areas and tables (the main window installs it)."""
    from desktop_app.ui import keyboard

    keyboard.watch(QApplication.instance())
