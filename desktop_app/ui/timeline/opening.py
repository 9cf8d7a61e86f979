"""One timeline window per catalog and product: asking again raises the open one."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.timeline.window import TimelineWindow

_OPEN: dict[tuple[int, str], TimelineWindow] = {}


def open_window(catalog: OfflineCatalog, product_id: str) -> TimelineWindow | None:
    """The timeline window open for this product of this catalog, if any."""
    window = _OPEN.get((id(catalog), product_id))
    if window is None or not shiboken6.isValid(window) or window.catalog is not catalog:
        return None
    return window if window.isVisible() else None


def open_timeline(catalog: OfflineCatalog, product_id: str,
                  parent: QWidget | None = None) -> TimelineWindow:
    window = open_window(catalog, product_id)
    if window is not None:
        if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
            window.raise_()
            window.activateWindow()
        return window
    key = (id(catalog), product_id)
    window = TimelineWindow(catalog, product_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_a: _forget(key))
    _OPEN[key] = window
    window.show()
    window.start()
    return window


def close_all(catalog: OfflineCatalog) -> None:
    """Close this catalog's timeline windows: its shop is closing (a switch of shop)."""
    for key, window in list(_OPEN.items()):
        if key[0] == id(catalog) and shiboken6.isValid(window) and window.catalog is catalog:
            window.close()


def _forget(key: tuple[int, str]) -> None:
    window = _OPEN.get(key)
    if window is None or not shiboken6.isValid(window):
        _OPEN.pop(key, None)
