"""Thumbnail and gallery, with drag-and-drop of local image files.

The panel only displays and collects files: ``filesDropped(paths, target)`` asks
the editor to upload them through the content service (the UI does no HTTP), and
the editor reports back with ``set_busy`` / ``set_error`` / ``set_image_data``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.content import GALLERY, THUMBNAIL, GalleryImage, Media

IMAGE_PATTERNS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif")  # the file dialog's order
IMAGE_SUFFIXES = frozenset(IMAGE_PATTERNS)
THUMB_SIZE = 132


def image_paths(mime: QMimeData) -> list[Path]:
    """Local image files in a drag; anything else (text, remote URLs) is not ours."""
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


class _DropMixin:
    """Accept drags of local image files and report them with a target."""

    target = THUMBNAIL

    def _drag_enter(self, event: QDragEnterEvent) -> bool:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
            return True
        return False

    def _drop(self, event: QDropEvent, emit: Signal) -> bool:
        paths = image_paths(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        emit.emit(paths, self.target)  # type: ignore[attr-defined]
        return True


class ThumbnailSlot(QLabel, _DropMixin):
    filesDropped = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbnailSlot")
        self.setAcceptDrops(True)
        self.setFixedSize(THUMB_SIZE + 8, THUMB_SIZE + 8)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.media: Media | None = None
        self.show_empty()

    def show_empty(self) -> None:
        self.media = None
        self.clear()
        self.setText(translate("ContentImages", "Drop an image\nto set the\nthumbnail"))

    def show_media(self, media: Media, pixmap: QPixmap | None) -> None:
        self.media = media
        self.setToolTip(f"{media.filename}\n{media.alt}".strip())
        if pixmap is None or pixmap.isNull():
            self.setText(media.filename or translate("ContentImages", "Loading…"))
        else:
            self.setPixmap(
                pixmap.scaled(
                    THUMB_SIZE,
                    THUMB_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._drag_enter(event):
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._drop(event, self.filesDropped):
            super().dropEvent(event)


class GalleryList(QListWidget, _DropMixin):
    filesDropped = Signal(list, str)
    target = GALLERY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("galleryList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(72, 72))
        self.setGridSize(QSize(88, 92))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setFixedHeight(THUMB_SIZE + 8)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._drag_enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._drop(event, self.filesDropped):
            super().dropEvent(event)


class ImagesPanel(QWidget):
    filesDropped = Signal(list, str)  # [Path], THUMBNAIL | GALLERY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnail = ThumbnailSlot()
        self.gallery = GalleryList()
        self.progress = QProgressBar(objectName="uploadProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        self.status = QLabel(objectName="fieldHint")
        self.status.setWordWrap(True)
        self.error = QLabel(objectName="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.add_button = QPushButton(
            translate("ContentImages", "Add images…"), objectName="addImagesButton"
        )
        self.add_button.clicked.connect(self._choose_files)
        self._pixmaps: dict[str, QPixmap] = {}

        thumb_box = QVBoxLayout()
        thumb_box.setSpacing(4)
        thumb_box.addWidget(
            QLabel(translate("ContentImages", "Thumbnail"), objectName="fieldLabel")
        )
        thumb_box.addWidget(self.thumbnail)
        gallery_box = QVBoxLayout()
        gallery_box.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("ContentImages", "Gallery"), objectName="fieldLabel"))
        head.addStretch(1)
        head.addWidget(self.add_button)
        gallery_box.addLayout(head)
        gallery_box.addWidget(self.gallery)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addLayout(thumb_box, 0)
        row.addLayout(gallery_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.status.setText(
            translate(
                "ContentImages",
                "Drop images anywhere on the editor to set the thumbnail, "
                "or on the gallery to add them.",
            )
        )
        self.thumbnail.filesDropped.connect(self.filesDropped)
        self.gallery.filesDropped.connect(self.filesDropped)

    # ----------------------------------------------------------------- content
    def set_images(self, thumbnail: Media | None, images: tuple[GalleryImage, ...]) -> None:
        if thumbnail is None:
            self.thumbnail.show_empty()
        else:
            self.thumbnail.show_media(thumbnail, self._pixmaps.get(thumbnail.url))
        self.gallery.clear()
        for image in images:
            media = image.media
            label = (
                media.filename
                if media
                else translate("ContentImages", "media {id}").format(id=image.media_id)
            )
            item = QListWidgetItem(label)
            item.setToolTip(label)
            if media is not None:
                item.setData(Qt.ItemDataRole.UserRole, media.url)
                pixmap = self._pixmaps.get(media.url)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))
            self.gallery.addItem(item)

    def wanted_urls(self, thumbnail: Media | None, images: tuple[GalleryImage, ...]) -> list[str]:
        urls = [thumbnail.url] if thumbnail else []
        urls += [i.media.url for i in images if i.media is not None]
        return [u for u in dict.fromkeys(urls) if u not in self._pixmaps]

    def set_image_data(self, url: str, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return
        self._pixmaps[url] = pixmap
        if self.thumbnail.media is not None and self.thumbnail.media.url == url:
            self.thumbnail.show_media(self.thumbnail.media, pixmap)
        for row in range(self.gallery.count()):
            item = self.gallery.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == url:
                item.setIcon(QIcon(pixmap))

    def set_busy(self, text: str) -> None:
        self.progress.setVisible(bool(text))
        if text:
            self.error.hide()
            self.status.setText(text)

    def set_done(self, text: str) -> None:
        self.progress.hide()
        self.status.setText(text)

    def set_error(self, text: str) -> None:
        self.progress.hide()
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _choose_files(self) -> None:
        dialog = QFileDialog(self, translate("ContentImages", "Add images to the gallery"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_PATTERNS)
        dialog.setNameFilter(
            translate("ContentImages", "Images ({patterns})").format(patterns=patterns)
        )
        # open(), not exec(): a nested event loop would stall the asyncio tasks.
        dialog.filesSelected.connect(
            lambda files: self.filesDropped.emit([Path(f) for f in files], GALLERY)
        )
        dialog.open()
