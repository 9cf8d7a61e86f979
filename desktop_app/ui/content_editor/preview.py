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
import sys
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.richtext.html_export import Populate
from desktop_app.services.content import origin_of
from desktop_app.ui import palette
from desktop_app.ui.content_editor.rendering import (
    STOREFRONT_CSS,
    Rendered,
    block_margins,
    first_tag,
    render,
)

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
# Qt's HTML import turns a table with this style into a plain QTextFrame.
_FRAME_OPEN = ('<table style="-qt-table-type: frame; margin-top: {}px; margin-bottom: {}px;" '
               'border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td>')
_FRAME_CLOSE = "</td></tr></table>"
# Qt collapses adjacent block margins (the larger wins) but adds frame margins;
# most blocks end with a 10 px gap (p, ul, ol), so a frame's top margin is what
# its first block needs beyond that.
_BLOCK_GAP = 10
# Blocks are shown in sections, one frame each: a section starts after the page
# header, at each h1–h3, and where a block's checksum says so (about one block in
# _SPLIT), so long runs without headings still make small sections. The cuts depend
# only on the blocks themselves: an edit changes its own section, never its neighbours.
_SECTION_TAGS = frozenset({"h1", "h2", "h3"})
_SPLIT = 6
# A page rebuilt from the top shows its first screen at once (sections are added until
# they fill the view) and appends the rest a few sections per event-loop pass, so a
# long description is on screen in the time of its first screen, not of the whole page.
TAIL_CHUNK_CHARS = 4000
# Markup per pixel of view that about fills it (frame markup included, 16 px text).
HEAD_CHARS_PER_PIXEL = 0.009
TAIL_INTERVAL_MS = 10  # input and paint get their turn between appends
# The first screen is the view's height (the rest follows 10 ms later). A short guess
# is topped up one section at a time: each append lays out what it added, which cost
# more than the setHtml of the head itself (bench: 1.0 view and single sections took
# 11–12 ms to set and paint instead of 14–15 with 1.5 views and 4 KB top-ups).
FOLD_VIEWPORTS = 1.0
TOP_UP_CHARS = 0
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Following the typing, a block scrolled into view lands this far down the view
# (a fraction of its height), so the text before it stays in sight.
FOLLOW_MARGIN = 0.25
BLOCK_COUNTS_KEPT = 2000


class PreviewBrowser(QTextBrowser):
    imageRequested = Signal(str)  # absolute URL on the Payload host, not cached yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(palette.qss(STOREFRONT_CSS))
        self.document().setDocumentMargin(24)
        self.anchorClicked.connect(self._open_link)
        self.allowed_origin = ""
        self.blocked: list[str] = []  # URLs refused since the last set_page (tests read it)
        self.link_opener: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._images: dict[str, QImage] = {}
        self._requested: set[str] = set()
        self._html = ""
        self._fragments: list[str] = []  # set_blocks: the page's fragments …
        self._blocks: list[str] = []  # … and its sections (framed), one frame each
        self._frames: list[QTextFrame] = []
        self._group_sizes: list[int] = []  # fragments per section
        self._block_counts: dict[str, int] = {}  # text blocks Qt makes of a fragment
        self._tail: list[str] = []  # sections still to append after a rebuild
        self._tail_timer = QTimer(self, singleShot=True, interval=TAIL_INTERVAL_MS)
        self._tail_timer.timeout.connect(self._append_tail)
        self._separator = separator_height(self.document())

    # --------------------------------------------------------------- content
    def set_page(self, html: str) -> None:
        if html == self._html:
            return  # typing in another field must not re-lay-out the same page
        self._html = html
        self._tail_timer.stop()
        self._blocks, self._frames, self._tail = [], [], []
        self.blocked.clear()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(position)  # keep the reader's place while the merchant types

    def set_blocks(self, fragments: list[str]) -> None:
        """Show a page given as top-level fragments, replacing only the sections that changed.

        Each section lives in its own invisible frame, so typing (which changes one
        block) rebuilds one small frame instead of re-laying-out the whole page. Frames
        come from Qt's own HTML import (``-qt-table-type: frame``), so a full page is
        one ``setHtml`` and an edit one ``insertHtml``.
        """
        self._fragments = list(fragments)
        groups = section_groups(self._fragments)
        self._group_sizes = [len(group) for group in groups]
        blocks = [_frame(group, self._separator, first=n == 0) for n, group in enumerate(groups)]
        old = self._blocks
        if not old or len(self._frames) != len(old) or self._tail:
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
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        # Remove the changed frames (from the last, so positions stay valid) …
        for frame in reversed(self._frames[prefix : len(old) - suffix]):
            cursor.setPosition(frame.firstPosition() - 1)
            cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        # … and insert the new ones where they were.
        if prefix > 0:
            cursor.setPosition(self._frames[prefix - 1].lastPosition() + 1)
        else:
            cursor.setPosition(document.rootFrame().firstPosition())
        inserted = blocks[prefix : len(blocks) - suffix]
        if inserted:
            cursor.insertHtml("".join(inserted))
        cursor.endEditBlock()  # the frame list is up to date after the edit block
        frames = document.rootFrame().childFrames()
        if len(frames) != len(blocks):  # Qt merged or split something: start over
            self._rebuild(blocks)
            return
        self._frames = frames
        self._blocks = list(blocks)
        self._html = ""

    # ---------------------------------------------------------------- follow
    def show_fragment(self, index: int) -> None:
        """Scroll so that fragment ``index`` (0: the page header) is in view, unless it
        already is: the preview follows the block the merchant is typing in."""
        place = self._section_of(index)
        if place is None:
            return
        section, offset = place
        if section >= len(self._frames):
            self.finish_loading()  # the block is in the part still to be appended
        if section >= len(self._frames):
            return
        block = self._block_in(section, offset)
        rect = self.document().documentLayout().blockBoundingRect(block)
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        top, bottom = rect.top(), rect.top() + min(rect.height(), height * 0.75)
        if bar.value() <= top and bottom <= bar.value() + height:
            return
        bar.setValue(int(top - height * FOLLOW_MARGIN))

    def _section_of(self, index: int) -> tuple[int, int] | None:
        """(section, position in it) of fragment ``index`` (past the end: the last one)."""
        if not self._group_sizes:
            return None
        index = min(max(index, 0), sum(self._group_sizes) - 1)
        for section, size in enumerate(self._group_sizes):
            if index < size:
                return section, index
            index -= size
        return None

    def _block_in(self, section: int, offset: int) -> QTextBlock:
        """The first text block of the ``offset``-th fragment of ``section``'s frame."""
        frame = self._frames[section]
        first = sum(self._group_sizes[:section])
        skip = sum(map(self._block_count, self._fragments[first:first + offset]))
        block = self.document().findBlock(frame.firstPosition())
        for _ in range(skip):
            following = block.next()
            if not following.isValid() or following.position() > frame.lastPosition():
                break
            block = following
        return block

    def _block_count(self, fragment: str) -> int:
        """How many text blocks Qt's HTML import makes of ``fragment`` (a list: one per
        item), from a scratch document; kept, as typing re-asks about the same ones."""
        count = self._block_counts.get(fragment)
        if count is None:
            if len(self._block_counts) > BLOCK_COUNTS_KEPT:
                self._block_counts.clear()
            probe = QTextDocument()
            probe.setDefaultStyleSheet(self.document().defaultStyleSheet())
            probe.setHtml(fragment)
            count = self._block_counts[fragment] = probe.blockCount()
        return count

    @property
    def loading(self) -> bool:
        """True while sections of a rebuilt page are still being appended."""
        return bool(self._tail)

    def finish_loading(self) -> None:
        """Append what is left of the page now (tests, and a layout that needs it all)."""
        while self._tail:
            self._append_tail()

    def _rebuild(self, blocks: list[str]) -> None:
        self.blocked.clear()
        self._tail_timer.stop()
        self._frames = []  # drop the wrappers before setHtml deletes their frames
        bar = self.verticalScrollBar()
        position = bar.value()
        # Scrolled down, the reader's place needs the page above it: all at once.
        head = len(blocks) if position > 0 else self._head_size(blocks)
        self.setHtml("".join(blocks[:head]))
        self._html = ""
        if self._adopt_frames(blocks[:head]):
            self._tail = list(blocks[head:])
            while self._tail and self._above_the_fold():
                self._append(self._take_tail(1, TOP_UP_CHARS))
            if self._tail:
                self._tail_timer.start()
        bar.setValue(position)

    def _head_size(self, blocks: list[str]) -> int:
        """How many sections about fill the view (a guess from their size; one setHtml
        is cheaper than appending piece by piece, which only tops up a short guess)."""
        viewport = self.viewport()
        budget = viewport.width() * viewport.height() * HEAD_CHARS_PER_PIXEL
        size = 0
        for count, block in enumerate(blocks, 1):
            size += len(block)
            if size >= budget:
                return count
        return len(blocks)

    def _above_the_fold(self) -> bool:
        # Laying out what is there so far is cheap: it is about one screen.
        return self.document().size().height() < self.viewport().height() * FOLD_VIEWPORTS

    def _take_tail(self, at_least: int, chars: int = TAIL_CHUNK_CHARS) -> list[str]:
        taken: list[str] = []
        size = 0
        while self._tail and (len(taken) < at_least or size < chars):
            taken.append(self._tail.pop(0))
            size += len(taken[-1])
        return taken

    def _append_tail(self) -> None:
        if self._tail:
            self._append(self._take_tail(1))
        if self._tail:
            self._tail_timer.start()

    def _append(self, blocks: list[str]) -> None:
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if self._frames:
            cursor.setPosition(self._frames[-1].lastPosition() + 1)
        else:
            cursor.setPosition(document.rootFrame().firstPosition())
        cursor.insertHtml("".join(blocks))
        cursor.endEditBlock()
        self._adopt_frames([*self._blocks, *blocks])

    def _adopt_frames(self, blocks: list[str]) -> bool:
        """Take the document's frames as those of ``blocks``; False (and no frames) if
        Qt built a different number, so that the next update rebuilds the page."""
        frames = self.document().rootFrame().childFrames()
        if len(frames) != len(blocks):
            log.warning("preview: %d frames for %d blocks", len(frames), len(blocks))
            self._frames, self._blocks, self._tail = [], list(blocks), []
            self._tail_timer.stop()
            return False
        self._frames = frames
        self._blocks = list(blocks)
        return True

    def release(self) -> None:
        """Drop the frame wrappers before the document goes (PySide must not outlive them)."""
        self._tail_timer.stop()
        self._tail = []
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
            self._blocks = []
            self.set_blocks(self._fragments)
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


def sections(fragments: list[str], separator: float = 0.0) -> list[str]:
    """``fragments`` grouped into sections, each as the HTML of one top-level frame.

    ``separator``: the height of the empty line Qt keeps before and after every frame
    (``separator_height``); frame margins take it back, so the page looks as one
    ``setHtml`` of the fragments would.
    """
    return [_frame(group, separator, first=n == 0)
            for n, group in enumerate(section_groups(fragments))]


def section_groups(fragments: list[str]) -> list[list[str]]:
    """The fragments of each section (see ``_SECTION_TAGS``)."""
    out: list[list[str]] = []
    group: list[str] = []
    for index, html in enumerate(fragments):
        if group and (index == 1 or first_tag(html) in _SECTION_TAGS
                      or zlib.crc32(html.encode()) % _SPLIT == 0):
            out.append(group)
            group = []
        group.append(html)
    if group:
        out.append(group)
    return out


def _frame(group: list[str], separator: float, *, first: bool) -> str:
    top, bottom = block_margins(group[0])[0], block_margins(group[-1])[1]
    # The first frame follows the document's leading empty line, the others the one
    # after the previous frame, which that frame's negative bottom margin overlaps.
    top_px = -separator if first else max(0, top - _BLOCK_GAP)
    bottom_px = bottom - separator
    return "".join([_FRAME_OPEN.format(f"{top_px:g}", f"{bottom_px:g}"), *group, _FRAME_CLOSE])


def separator_height(document: QTextDocument) -> float:
    """Height of the empty line Qt puts between two frames, in ``document``'s font."""
    probe = QTextDocument()
    probe.setDefaultFont(document.defaultFont())
    probe.setDefaultStyleSheet(document.defaultStyleSheet())
    probe.setHtml(_FRAME_OPEN.format(0, 0) + "<p>x</p>" + _FRAME_CLOSE)
    probe.size()  # lay it out
    return probe.documentLayout().blockBoundingRect(probe.begin()).height()


class _ShortGilSlices:
    """While a worker converts, the GUI thread waits for the GIL up to the interpreter's
    switch interval (5 ms) each time it runs Python (key handling, highlighter, slots);
    several waits in one event would block typing. 1 ms slices while any preview
    renders in the background; the previous interval is restored when none does."""

    SLICE_S = 0.001

    def __init__(self) -> None:
        self._users = 0
        self._saved = sys.getswitchinterval()

    def enter(self) -> None:
        # Keyed on the interval itself, not only the count: a renderer that went away
        # mid-render must not leave later renders with long slices.
        if sys.getswitchinterval() > self.SLICE_S:
            self._saved = sys.getswitchinterval()
            sys.setswitchinterval(self.SLICE_S)
        self._users += 1

    def leave(self) -> None:
        self._users = max(self._users - 1, 0)
        if self._users == 0:
            sys.setswitchinterval(self._saved)


_GIL_SLICES = _ShortGilSlices()  # used on the GUI thread only


class PreviewRenderer(QObject):
    """Debounced, off-thread markdown rendering; ``rendered`` fires on the GUI thread."""

    rendered = Signal(object)  # Rendered
    _done = Signal(object)  # from the worker thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._start)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")
        # Always a later event-loop pass, also when the render is already done when
        # _start adds its callback (which then runs at once, on this thread).
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._text = ""
        self._cursor: int | None = None  # where the merchant types, for cursor_block
        self.original: dict[str, Any] | None = None  # the loaded description
        self.populate: Populate | None = None  # its uploads' media docs (rendering.render)
        self._seq = 0
        self._busy = False
        self._shut = False  # the window closed: nothing more is rendered
        self.latest: Rendered | None = None

    def schedule(self, text: str, cursor: int | None = None) -> None:
        """Render ``text`` after the debounce; ``cursor`` (an index into ``text``): the
        result says which block holds it (``Rendered.cursor_block``)."""
        if self._shut:
            # A closed editor's document can still change (a theme change re-highlights
            # it, which Qt reports as a text change): nothing to render any more.
            return
        self._text = text
        self._cursor = cursor
        self._seq += 1
        self._timer.start()

    def render_now(self, text: str) -> Rendered:
        """Synchronous (Save, first load): the result becomes ``latest`` at once."""
        self._timer.stop()
        self._seq += 1
        self._text, self._cursor = text, None
        result = render(text, self._seq, self.original, populate=self.populate)
        self._accept(result)
        return result

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._busy or (
            self.latest is None or self.latest.seq != self._seq)

    def _start(self) -> None:
        if self._shut:
            return
        if self._busy:
            return  # _finished starts the newest text when the worker is free
        self._set_busy(True)
        future = self._pool.submit(
            render, self._text, self._seq, self.original, self._cursor, self.populate)
        future.add_done_callback(self._emit)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            (_GIL_SLICES.enter if busy else _GIL_SLICES.leave)()
        self._busy = busy

    def _emit(self, future: Future[Rendered]) -> None:
        self._done.emit(future)

    def _finished(self, future: Future[Rendered]) -> None:
        self._set_busy(False)
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
        self._shut = True
        self._timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._set_busy(False)
