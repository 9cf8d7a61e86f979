"""One translation editor per catalog and product: asking again raises the open one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.product_windows import ProductWindows
from desktop_app.ui.translations.window import TranslationWindow

_WINDOWS: ProductWindows[TranslationWindow] = ProductWindows()


def open_window(catalog: OfflineCatalog, product_id: str) -> TranslationWindow | None:
    """The translation editor open for this product of this catalog, if any."""
    return _WINDOWS.get(catalog, product_id)


def open_translations(catalog: OfflineCatalog, product_id: str,
                      parent: QWidget | None = None,
                      locale: str | None = None) -> TranslationWindow:
    return _WINDOWS.show(catalog, product_id,
                         lambda: TranslationWindow(catalog, product_id, parent, locale))


def close_all(catalog: OfflineCatalog) -> None:
    """Close this catalog's translation editors: its shop is closing (a switch of shop; the
    merchant was asked about typing first, ``ui/unsaved.py``)."""
    _WINDOWS.close_all(catalog, TranslationWindow.discard_and_close)
