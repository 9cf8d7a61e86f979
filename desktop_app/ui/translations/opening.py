"""One translation editor per catalog and product: asking again raises the open one."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.translations.window import TranslationWindow

_OPEN: dict[tuple[int, str], TranslationWindow] = {}


def open_window(catalog: OfflineCatalog, product_id: str) -> TranslationWindow | None:
    """The translation editor open for this product of this catalog, if any."""
    window = _OPEN.get((id(catalog), product_id))
    if window is None or not shiboken6.isValid(window) or window.catalog is not catalog:
        return None
    return window if window.isVisible() else None


def open_translations(catalog: OfflineCatalog, product_id: str,
                      parent: QWidget | None = None,
                      locale: str | None = None) -> TranslationWindow:
    window = open_window(catalog, product_id)
    if window is not None:
        if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
            window.raise_()
            window.activateWindow()
        return window
    key = (id(catalog), product_id)
    window = TranslationWindow(catalog, product_id, parent, locale)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_a: _forget(key))
    _OPEN[key] = window
    window.show()
    window.start()
    return window


def close_all(catalog: OfflineCatalog) -> None:
    """Close this catalog's translation editors: its shop is closing (a switch of shop; the
    merchant was asked about typing first, ``ui/unsaved.py``)."""
    for key, window in list(_OPEN.items()):
        if key[0] == id(catalog) and shiboken6.isValid(window) and window.catalog is catalog:
            window.discard_and_close()


def _forget(key: tuple[int, str]) -> None:
    window = _OPEN.get(key)
    if window is None or not shiboken6.isValid(window):
        _OPEN.pop(key, None)
