"""The main window's tool windows (sync, doctor, bulk edit): one of each, raised when asked again.

They belong to the active profile, so switching profiles closes them all.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class ToolWindows:
    def __init__(self) -> None:
        self._open: dict[str, QWidget] = {}

    def get(self, key: str) -> QWidget | None:
        window = self._open.get(key)
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return None
        return window

    def windows(self) -> list[QWidget]:
        """The tool windows open now."""
        return [w for key in list(self._open) if (w := self.get(key)) is not None]

    def show(self, key: str, factory: Callable[[], QWidget]) -> QWidget:
        """The open ``key`` window raised, or a new one from ``factory``."""
        window = self.get(key)
        if window is not None:
            if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
                window.raise_()
                window.activateWindow()
            return window
        window = factory()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a: self._forget(key, window))
        self._open[key] = window
        window.show()
        return window

    def _forget(self, key: str, window: QWidget) -> None:
        if self._open.get(key) is window:
            del self._open[key]

    def close_all(self) -> None:
        for window in list(self._open.values()):
            if shiboken6.isValid(window):
                window.close()
        self._open.clear()
