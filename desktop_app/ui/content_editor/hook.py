"""Open the content editor for a product of the main window's list.

``install(window)`` prepares the window (once); ``open_for_row`` is what its
"Edit content" action calls. One editor per product; asking again raises the
open one. Each editor gets its own ContentService (the profile's offline store
and API clients), closed with the editor.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.services.content import open_content_service
from desktop_app.store import SearchRow
from desktop_app.ui.content_editor.editor_window import ContentEditor

log = logging.getLogger(__name__)


def install(window: Any) -> None:
    window._content_editors = {}


def open_for_row(window: Any, row: SearchRow) -> ContentEditor | None:
    if window.profile is None:
        return None
    if row.payload_id is None or row.sync_state in ("missing", "orphan"):
        window.statusBar().showMessage(
            f"“{row.title}” has no Payload document yet: its content cannot be edited.", 6000)
        return None
    return open_editor(window, row.product_id)


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
