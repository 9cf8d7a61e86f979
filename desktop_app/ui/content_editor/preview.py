"""The live preview: a QTextBrowser that loads nothing on its own, and its renderer.

* ``PreviewBrowser.loadResource`` refuses every remote resource except images from
  the profile's Payload host. Those are never fetched here (the UI does no HTTP):
  ``imageRequested`` asks the editor, which fetches through the content service and
  hands the bytes back with ``add_image``.
* Links are never followed inside the preview: ``setOpenLinks(False)`` and
  ``anchorClicked`` opens http(s)/mailto/tel links in the system browser.
* ``PreviewRenderer`` debounces typing and converts in a worker thread, so the GUI
  thread only pays for ``setHtml``; a newer text supersedes older results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.services.content import origin_of
from desktop_app.ui.content_editor.rendering import STOREFRONT_CSS, Rendered, render

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
_FRAME_FORMAT = QTextFrameFormat()  # no border, margin or padding: frames are invisible
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


class PreviewBrowser(QTextBrowser):
    imageRequested = Signal(str)  # absolute URL on the Payload host, not cached yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STOREFRONT_CSS)
        self.document().setDocumentMargin(24)
        self.anchorClicked.connect(self._open_link)
        self.allowed_origin = ""
        self.blocked: list[str] = []  # URLs refused since the last set_page (tests read it)
        self.link_opener: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._images: dict[str, QImage] = {}
        self._requested: set[str] = set()
        self._html = ""
        self._blocks: list[str] = []  # set_blocks: the fragments shown, one frame each
        self._frames: list[QTextFrame] = []

    # --------------------------------------------------------------- content
    def set_page(self, html: str) -> None:
        if html == self._html:
            return  # typing in another field must not re-lay-out the same page
        self._html = html
        self._blocks, self._frames = [], []
        self.blocked.clear()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(position)  # keep the reader's place while the merchant types

    def set_blocks(self, blocks: list[str]) -> None:
        """Show a page given as top-level fragments, replacing only those that changed.

        ``setHtml`` of a long description re-lays-out the whole page on the GUI thread
        (tens of ms); typing changes one block, so each block lives in its own frame
        and only changed frames are rebuilt.
        """
        old = self._blocks
        if not old or not self._frames or len(self._frames) != len(old):
            self._rebuild(blocks)
            return
        prefix = 0
        while prefix < min(len(old), len(blocks)) and old[prefix] == blocks[prefix]:
            prefix += 1
        if prefix == len(old) == len(blocks):
            return
        suffix = 0
        while (suffix < min(len(old), len(blocks)) - prefix
               and old[-1 - suffix] == blocks[-1 - suffix]):
            suffix += 1
        if (len(old) - prefix - suffix) + (len(blocks) - prefix - suffix) > 12:
            self._rebuild(blocks)  # a paste or a big change: one setHtml is cheaper
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        # Remove the changed frames (from the last, so positions stay valid) …
        for frame in reversed(self._frames[prefix : len(old) - suffix]):
            cursor.setPosition(frame.firstPosition() - 1)
            cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        # … and insert the new ones where they were.
        new_frames: list[QTextFrame] = []
        if prefix > 0:
            position = self._frames[prefix - 1].lastPosition() + 1
        else:
            position = self.document().rootFrame().firstPosition()
        for html in blocks[prefix : len(blocks) - suffix]:
            cursor.setPosition(position)
            frame = cursor.insertFrame(_FRAME_FORMAT)
            cursor.insertHtml(html)
            new_frames.append(frame)
            position = frame.lastPosition() + 1
        cursor.endEditBlock()
        self._frames[prefix : len(old) - suffix] = new_frames
        self._blocks = list(blocks)
        self._html = ""

    def _rebuild(self, blocks: list[str]) -> None:
        self.blocked.clear()
        self._frames = []  # drop the wrappers before clear() deletes their frames
        bar = self.verticalScrollBar()
        position = bar.value()
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        self._frames = []
        for html in blocks:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            frame = cursor.insertFrame(_FRAME_FORMAT)
            cursor.insertHtml(html)
            self._frames.append(frame)
        cursor.endEditBlock()
        self._blocks = list(blocks)
        self._html = ""
        bar.setValue(position)

    def release(self) -> None:
        """Drop the frame wrappers before the document goes (PySide must not outlive them)."""
        self._frames = []
        self._blocks = []

    def add_image(self, url: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            log.info("preview image %s is not a readable image", url)
            return
        self._images[url] = image
        self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        if self._blocks:  # re-lay-out now that the image has a size
            blocks, self._blocks = self._blocks, []
            self.set_blocks(blocks)
        else:
            html, self._html = self._html, ""
            self.set_page(html)

    # ------------------------------------------------------------- resources
    def resolve(self, url: QUrl) -> str:
        if url.isRelative() and self.allowed_origin:
            return self.allowed_origin + "/" + url.toString().lstrip("/")
        return url.toString()

    def loadResource(self, kind: int, url: QUrl) -> Any:
        absolute = self.resolve(url)
        image_kind = QTextDocument.ResourceType.ImageResource.value
        if getattr(kind, "value", kind) != image_kind:
            self.blocked.append(absolute)
            return QByteArray()  # empty, not None: PySide mis-counts a returned None
        if not self._allowed(absolute):
            self.blocked.append(absolute)
            return QImage()
        cached = self._images.get(absolute)
        if cached is not None:
            return cached
        if absolute not in self._requested:
            self._requested.add(absolute)
            self.imageRequested.emit(absolute)
        return QImage()

    def _allowed(self, url: str) -> bool:
        return (bool(self.allowed_origin) and url.lower().startswith(("http://", "https://"))
                and origin_of(url) == self.allowed_origin)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            self.link_opener(url)
        else:
            log.info("preview link %s not opened", url.toString())


class PreviewRenderer(QObject):
    """Debounced, off-thread markdown rendering; ``rendered`` fires on the GUI thread."""

    rendered = Signal(object)  # Rendered
    _done = Signal(object)  # from the worker thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._start)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")
        self._done.connect(self._finished)
        self._text = ""
        self.original: dict[str, Any] | None = None  # the loaded description
        self._seq = 0
        self._busy = False
        self.latest: Rendered | None = None

    def schedule(self, text: str) -> None:
        self._text = text
        self._seq += 1
        self._timer.start()

    def render_now(self, text: str) -> Rendered:
        """Synchronous (Save, first load): the result becomes ``latest`` at once."""
        self._timer.stop()
        self._seq += 1
        self._text = text
        result = render(text, self._seq, self.original)
        self._accept(result)
        return result

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._busy or (
            self.latest is None or self.latest.seq != self._seq)

    def _start(self) -> None:
        if self._busy:
            return  # _finished starts the newest text when the worker is free
        self._busy = True
        future = self._pool.submit(render, self._text, self._seq, self.original)
        future.add_done_callback(self._emit)

    def _emit(self, future: Future[Rendered]) -> None:
        self._done.emit(future)

    def _finished(self, future: Future[Rendered]) -> None:
        self._busy = False
        try:
            result = future.result()
        except Exception:  # a converter bug must not kill the editor; keep the old preview
            log.exception("preview rendering failed")
            return
        if result.seq == self._seq:
            self._accept(result)
        elif not self._timer.isActive():
            self._start()

    def _accept(self, result: Rendered) -> None:
        if self.latest is not None and result.seq < self.latest.seq:
            return
        self.latest = result
        self.rendered.emit(result)

    def shutdown(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
