"""The preview's images of description uploads (issue 16): an upload node that names its
media doc by id (the pull reads at depth 0) renders from the doc the store keeps
(``catalog.upload_populate``, a lookup, no network); docs not stored are read once in the
background (``catalog.read_media_docs``) and the preview renders again. The ``<img>`` then
loads as every preview image does: off the GUI thread, from the Payload origin only
(``PreviewBrowser.loadResource`` and ``ContentService.fetch_media`` refuse any other host).

A mixin of ``ContentEditor`` (editor_window.py), which holds the renderer and the preview.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6

from desktop_app.richtext.uploads import upload_ids

log = logging.getLogger(__name__)


class UploadPreview:
    """Upload media docs for ``ContentEditor``'s preview (its attributes are the editor's)."""

    def _populate_uploads(self, description: Any) -> None:
        """Render ``description``'s uploads from the stored media docs; read the missing
        ones (online, once per id) and render again when they come."""
        catalog = self.service.catalog
        self.renderer.populate = catalog.upload_populate(description)
        ids = upload_ids(description)
        content = self.content
        if not ids or content is None or not content.online or catalog.shop is None:
            return
        missing = set(ids) - set(catalog.media_docs(ids)) - self._media_docs_asked
        if not missing:
            return
        self._media_docs_asked |= missing

        async def run() -> None:
            try:
                await catalog.read_media_docs(missing)
            except Exception as exc:  # offline: the uploads show once read
                log.info("media docs %s not read: %s", sorted(missing), exc)
                return
            if not shiboken6.isValid(self) or self.renderer.original is not description:
                return  # closed, or another description shown meanwhile
            self.renderer.populate = catalog.upload_populate(description)
            self.renderer.schedule(self.editor.toPlainText())

        self._media_docs_read.start(run())
