"""Open the content editor from the main window (double-click a product row).

``install(window)`` is the whole integration: the main window calls it once.
One editor per product; a second double-click raises the open one. Each editor
gets its own ContentService (the profile's offline store and API clients),
closed with the editor.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.services.content import open_content_service
from desktop_app.ui.content_editor.editor_window import ContentEditor

log = logging.getLogger(__name__)


def install(window: Any) -> None:
    """Double-click (or Enter) on a row of ``window.table`` opens that product's content."""
    window._content_editors = {}
    window.table.doubleClicked.connect(lambda index: open_for_index(window, index))


def open_for_index(window: Any, index: QModelIndex) -> ContentEditor | None:
    if not index.isValid() or window.profile is None:
        return None
    row = window.model.row_at(index.row())
    if row.medusa_id is None or row.linked is False:
        window.statusBar().showMessage(
            f"“{row.title}” has no Payload document yet: its content cannot be edited.", 6000)
        return None
    return open_editor(window, row.medusa_id)


def open_editor(window: Any, product_id: str) -> ContentEditor:
    editors: dict[str, ContentEditor] = window._content_editors
    editor = editors.get(product_id)
    if editor is not None:
        if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
            editor.raise_()
            editor.activateWindow()
        return editor
    services = window.services
    service = open_content_service(window.profile, services.profiles.secrets,
                                   services.transports)
    editor = ContentEditor(service, product_id, parent=window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not a hidden child forever
    editors[product_id] = editor

    def closed() -> None:
        editors.pop(product_id, None)
        task = asyncio.ensure_future(service.aclose())
        task.add_done_callback(_report_close)

    editor.closed.connect(closed)
    editor.show()
    editor.start()
    return editor


def _report_close(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("content service not closed cleanly: %s", task.exception())
