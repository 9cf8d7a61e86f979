"""Open the content editor for a product of the main window's list.

``open_for_row`` is what the window's "Edit content" action calls. One editor per
product among the window's tool windows (asking again raises it). Each editor
gets a ContentService over the shop's one catalog (the main window's), so a save
updates the list, the pending view and every other open editor at once.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from desktop_app.i18n import translate
from desktop_app.services.content import open_content_service
from desktop_app.store import SearchRow

if TYPE_CHECKING:  # imported when an editor opens: not part of the app's start
    from desktop_app.ui.content_editor.editor_window import ContentEditor

log = logging.getLogger(__name__)


def key_for(product_id: str) -> str:
    return f"content:{product_id}"


def open_for_row(window: Any, row: SearchRow) -> ContentEditor | None:
    if window.profile is None:
        return None
    if row.payload_id is None or row.sync_state in ("missing", "orphan"):
        window.statusBar().showMessage(
            translate(
                "ContentEditor",
                "“{title}” has no Payload document yet: its content cannot be edited.",
            ).format(title=row.title),
            6000,
        )
        return None
    return open_editor(window, row.product_id)


def open_editor(window: Any, product_id: str) -> ContentEditor:
    from desktop_app.ui.content_editor.editor_window import ContentEditor

    key = key_for(product_id)
    if window.tools.get(key) is not None:
        return window.tools.show(key, lambda: None)  # raised, never built again
    catalog = window.services.open_offline_catalog(window.profile)  # the window's own
    service = open_content_service(catalog, window.services.transports)

    def build() -> ContentEditor:
        editor = ContentEditor(service, product_id, parent=window)
        editor.closed.connect(lambda: _close_service(service))
        return editor

    editor = window.tools.show(key, build)
    editor.start()
    return editor


def _close_service(service: Any) -> None:
    task = asyncio.ensure_future(service.aclose())
    task.add_done_callback(_report_close)


def _report_close(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("content service not closed cleanly: %s", task.exception())
