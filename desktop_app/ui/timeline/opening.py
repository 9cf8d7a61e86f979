"""One timeline window per catalog and product: asking again raises the open one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.product_windows import ProductWindows
from desktop_app.ui.timeline.window import TimelineWindow

_WINDOWS: ProductWindows[TimelineWindow] = ProductWindows()


def open_window(catalog: OfflineCatalog, product_id: str) -> TimelineWindow | None:
    """The timeline window open for this product of this catalog, if any."""
    return _WINDOWS.get(catalog, product_id)


def open_timeline(catalog: OfflineCatalog, product_id: str,
                  parent: QWidget | None = None) -> TimelineWindow:
    return _WINDOWS.show(catalog, product_id,
                         lambda: TimelineWindow(catalog, product_id, parent))


def close_all(catalog: OfflineCatalog) -> None:
    """Close this catalog's timeline windows: its shop is closing (a switch of shop)."""
    _WINDOWS.close_all(catalog, TimelineWindow.close)
