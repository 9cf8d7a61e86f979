"""Windows about one product of one catalog (the timeline, the translation editor).

``ProductWindow``: the window's frame, its close keys and the catalog it follows (changes
come in bursts, so one reload after them). ``ProductWindows``: one window per catalog and
product, asking again raises the open one; a shop that closes closes its windows.
``title_block``: the heading over its subheading, as the product windows and the content
editor show them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.ui import theme
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.window_keys import add_close_keys

REFRESH_MS = 300  # catalog changes come in bursts (a pull): one rebuild after them


def title_block(row: QBoxLayout, heading: str, heading_name: str,
                subheading_name: str) -> tuple[QLabel, QLabel]:
    """The heading over its subheading, added to ``row`` with all its room."""
    titles = QVBoxLayout()
    titles.setSpacing(0)
    title = QLabel(heading, objectName=heading_name)
    subtitle = QLabel(objectName=subheading_name)
    titles.addWidget(title)
    titles.addWidget(subtitle)
    row.addLayout(titles, 1)
    return title, subtitle


class ProductWindow(QWidget):
    """A top-level window on ``product_id`` of ``catalog``; ``_build`` makes its widgets,
    ``reload`` shows the catalog again and ``_on_changes`` decides when (``_timer``)."""

    def __init__(self, catalog: OfflineCatalog, product_id: str, parent: QWidget | None,
                 *, name: str, title: str, qss: str, size: tuple[int, int]) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.catalog = catalog
        self.product_id = product_id
        self.confirm_box: QMessageBox | None = None
        self.setObjectName(name)
        self.setWindowTitle(title)
        theme.style(self, qss)
        self.resize(*size)

    def _follow_catalog(self) -> None:
        """After ``_build``: the close keys, and the catalog's changes followed."""
        add_close_keys(self)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._unsubscribe = once(self.catalog.subscribe(self._on_changes))
        self.destroyed.connect(lambda *_a: self._unsubscribe())

    def _head(self, layout: QVBoxLayout, heading: str) -> QHBoxLayout:
        """The window's margins and its head row, the heading on the left (``heading``,
        ``subheading``); the caller adds the rest of the row and the row itself."""
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.heading, self.subheading = title_block(head, heading, "panelTitle",
                                                    "panelSubtitle")
        return head

    def reload(self) -> None:
        raise NotImplementedError

    def _on_changes(self, changes: Changes) -> None:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError


W = TypeVar("W", bound=ProductWindow)


class ProductWindows(Generic[W]):
    """The open windows of one kind, one per catalog and product."""

    def __init__(self) -> None:
        self._open: dict[tuple[int, str], W] = {}

    def get(self, catalog: OfflineCatalog, product_id: str) -> W | None:
        """The window open for this product of this catalog, if any."""
        window = self._open.get((id(catalog), product_id))
        if window is None or not shiboken6.isValid(window) or window.catalog is not catalog:
            return None
        return window if window.isVisible() else None

    def show(self, catalog: OfflineCatalog, product_id: str, make: Callable[[], W]) -> W:
        """The open window raised, or a new one from ``make`` shown and started."""
        window = self.get(catalog, product_id)
        if window is not None:
            if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
                window.raise_()
                window.activateWindow()
            return window
        key = (id(catalog), product_id)
        window = make()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a: self._forget(key))
        self._open[key] = window
        window.show()
        window.start()
        return window

    def close_all(self, catalog: OfflineCatalog, close: Callable[[W], object]) -> None:
        """``close`` each of this catalog's windows: its shop is closing."""
        for key, window in list(self._open.items()):
            if key[0] == id(catalog) and shiboken6.isValid(window) and window.catalog is catalog:
                close(window)

    def _forget(self, key: tuple[int, str]) -> None:
        window = self._open.get(key)
        if window is None or not shiboken6.isValid(window):
            self._open.pop(key, None)
