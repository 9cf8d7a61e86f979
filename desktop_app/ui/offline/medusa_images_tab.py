"""The editor's Medusa images tab: Medusa's own thumbnail and images of the product.

These are Medusa's fields (``medusa_thumbnail``, ``medusa_images``: urls), not the
Payload media the content editor manages. The storefront of the seed's design shows
Payload's images (integration-behaviour.md §4), which the tab says at the top so no
one edits these expecting the shop's pictures to change.

**Upload…** sends files to Medusa's ``/admin/uploads`` at once (online: the button
is off while Medusa is offline) and adds their urls to the list; **Remove**, **Set
as thumbnail** and the order (**Move earlier/later**) are saved with the editor's Save. The UI
does no HTTP: an image uploaded from this computer shows its picture, others their
file name.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.servers import Server
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.rebase import Incoming
from desktop_app.store.fields import MEDUSA_IMAGES, MEDUSA_THUMBNAIL, image_urls
from desktop_app.ui import palette, theme
from desktop_app.ui.offline.button_row import button_row
from desktop_app.ui.offline.editor_tab import ERROR_STYLE, EditorTab, section_title, server_line
from desktop_app.ui.offline.field_names import file_name
from desktop_app.ui.offline.online_errors import online_failure
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot

URL_ROLE = Qt.ItemDataRole.UserRole
ICON = 96
STOREFRONT_NOTE = QT_TRANSLATE_NOOP(
    "MediaTab",
    "<b>The storefront shows Payload's images, not these.</b> The storefront of this "
    "shop's design takes its pictures from the product's Payload document (Edit content → "
    "Images). Medusa's own thumbnail and images below are what Medusa's admin, its Store "
    "API and other channels that read Medusa show.",
)
NOTE_STYLE = (
    "QLabel#storefrontNote { background: @info_bg@; border: 1px solid @info_line@; "
    "border-radius: 6px; padding: 8px 10px; color: @ink@; }"
)
IMAGE_FILTER = QT_TRANSLATE_NOOP("MediaTab", "Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)")


def stand_in(url: str) -> QPixmap:
    """A picture's place when its pixels are not on this computer: a frame and its type."""
    pixmap = QPixmap(ICON, ICON)
    pixmap.fill(palette.qcolor("surface_sunk"))
    painter = QPainter(pixmap)
    painter.setPen(palette.qcolor("field_border"))
    painter.drawRect(0, 0, ICON - 1, ICON - 1)
    painter.setPen(palette.qcolor("faint"))
    kind = file_name(url).rsplit(".", 1)[-1].upper() if "." in file_name(url) else "IMAGE"
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, kind[:5])
    painter.end()
    return pixmap


class MedusaImagesTab(EditorTab):
    label = QT_TRANSLATE_NOOP("ProductEditor", "Medusa images")
    sections = (MEDUSA_IMAGES,)

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.commerce = False
        self.previews: dict[str, QPixmap] = {}  # url -> the local file it was uploaded from
        self.uploading = TaskSlot("upload images")
        self.file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        note = QLabel(translate("MediaTab", STOREFRONT_NOTE), objectName="storefrontNote")
        note.setWordWrap(True)
        theme.style(note, NOTE_STYLE)
        layout.addWidget(note)

        layout.addWidget(section_title(translate("Fields", "Thumbnail"), "Medusa"))
        thumb_row = QHBoxLayout()
        self.thumbnail = QLabel(objectName="medusaThumbnail")
        self.thumbnail.setFixedSize(ICON + 8, ICON + 8)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        theme.style(
            self.thumbnail,
            "background: @surface@; border: 1px solid @line@; border-radius: 6px; color: @faint@;",
        )
        self.thumbnail_url = QLabel(objectName="medusaThumbnailUrl")
        self.thumbnail_url.setWordWrap(True)
        self.thumbnail_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_thumbnail = QPushButton(
            translate("MediaTab", "Clear thumbnail"), objectName="clearThumbnail"
        )
        self.clear_thumbnail.clicked.connect(lambda _c=False: self._set_thumbnail(""))
        side = QVBoxLayout()
        side.addWidget(self.thumbnail_url)
        side.addWidget(self.clear_thumbnail, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        thumb_row.addWidget(self.thumbnail)
        thumb_row.addLayout(side, 1)
        layout.addLayout(thumb_row)

        layout.addWidget(
            section_title(
                translate("Fields", "Images"),
                translate("MediaTab", "Medusa · in this order · saved with Save"),
            )
        )
        self.images = QListWidget(objectName="medusaImages")
        self.images.setViewMode(QListWidget.ViewMode.IconMode)
        self.images.setIconSize(QSize(ICON, ICON))
        self.images.setGridSize(QSize(ICON + 44, ICON + 40))
        # Order by buttons: in icon mode a drag only moves the icon, not the list's order.
        self.images.setMovement(QListWidget.Movement.Static)
        self.images.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.images.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.images.setWordWrap(True)
        self.images.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.images, 1)
        (
            buttons,
            (
                self.upload_button,
                self.remove_button,
                self.thumb_button,
                self.earlier_button,
                self.later_button,
            ),
        ) = button_row(
            (
                (translate("MediaTab", "Upload…"), "uploadImages", lambda: self.choose_files()),
                (
                    translate("OptionsPanel", "Remove"),
                    "removeImage",
                    lambda: self.remove_selected(),
                ),
                (
                    translate("MediaTab", "Set as thumbnail"),
                    "setThumbnail",
                    lambda: self.thumbnail_from_selection(),
                ),
                (
                    translate("MediaTab", "Move earlier"),
                    "imageEarlier",
                    lambda: self.move_selected(-1),
                ),
                (translate("MediaTab", "Move later"), "imageLater", lambda: self.move_selected(1)),
            )
        )
        layout.addLayout(buttons)
        self.upload_error = QLabel(objectName="uploadError")
        theme.style(self.upload_error, ERROR_STYLE)
        self.upload_error.setWordWrap(True)
        self.upload_error.hide()
        layout.addWidget(self.upload_error)
        layout.addLayout(self.slot_for(MEDUSA_IMAGES))
        layout.addWidget(self.error_for(MEDUSA_IMAGES))
        self.gate = ServerGate(catalog, self)
        self.gate.guard(
            self.upload_button,
            (Server.MEDUSA,),
            translate("MediaTab", "Upload image files to Medusa now (online)"),
            lambda: self.commerce and not self.uploading.running,
        )
        self._thumbnail = ""
        self._selection_changed()

    def shutdown(self) -> None:
        self.uploading.cancel()

    # ----------------------------------------------------------------- load
    def load(self, detail: ProductDetail) -> None:
        self.commerce = detail.medusa is not None
        medusa = detail.medusa or {}
        self._set_thumbnail(str(medusa.get(MEDUSA_THUMBNAIL) or ""))
        self._set_images(image_urls(medusa.get(MEDUSA_IMAGES)))
        self.setEnabled(self.commerce)
        self.gate.refresh()

    def _set_thumbnail(self, url: str) -> None:
        self._thumbnail = url
        self.thumbnail.clear()
        pixmap = self.previews.get(url)
        if pixmap is not None:
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    ICON,
                    ICON,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        elif url:
            self.thumbnail.setPixmap(stand_in(url))
        else:
            self.thumbnail.setText(translate("MediaTab", "No thumbnail"))
        self.thumbnail_url.setText(
            url or translate("MediaTab", "Medusa has no thumbnail for this product.")
        )
        self.thumbnail.setToolTip(url)
        self.clear_thumbnail.setEnabled(bool(url))

    def _set_images(self, urls: list[str]) -> None:
        self.images.clear()
        for url in urls:
            self._add_image(url)
        self._selection_changed()

    def _add_image(self, url: str) -> None:
        item = QListWidgetItem(file_name(url))
        item.setData(URL_ROLE, url)
        item.setToolTip(url)
        pixmap = self.previews.get(url)
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))
        else:  # no HTTP here: a drawn stand-in with the file's type
            item.setIcon(QIcon(stand_in(url)))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.images.addItem(item)

    def urls(self) -> list[str]:
        return [str(self.images.item(r).data(URL_ROLE)) for r in range(self.images.count())]

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        if detail.medusa is None:
            return {}
        thumb, images = detail.value(MEDUSA_THUMBNAIL), detail.value(MEDUSA_IMAGES)
        return {
            MEDUSA_THUMBNAIL: Incoming(
                detail.server_value(MEDUSA_THUMBNAIL), thumb, str(thumb or "")
            ),
            MEDUSA_IMAGES: Incoming(
                detail.server_value(MEDUSA_IMAGES), images, "\n".join(image_urls(images))
            ),
        }

    def form_values(self) -> dict[str, str]:
        if not self.commerce:
            return {}
        return {MEDUSA_THUMBNAIL: self._thumbnail, MEDUSA_IMAGES: "\n".join(self.urls())}

    def collect(self) -> tuple[dict[str, Any], bool]:
        if not self.commerce:
            return {}, True
        return {MEDUSA_THUMBNAIL: self._thumbnail or None, MEDUSA_IMAGES: self.urls()}, True

    def put(self, name: str, new: Incoming) -> None:
        if name == MEDUSA_THUMBNAIL:
            self._set_thumbnail(new.shown or "")
        elif name == MEDUSA_IMAGES:
            self._set_images([u for u in (new.shown or "").split("\n") if u])

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        lines = [
            server_line(self.names, n, errors[n])
            for n in (MEDUSA_THUMBNAIL, MEDUSA_IMAGES)
            if n in errors
        ]
        if lines:
            self.show_error(MEDUSA_IMAGES, "\n".join(lines))

    # -------------------------------------------------------------- actions
    def _selection_changed(self) -> None:
        chosen = self.images.selectedItems()
        self.remove_button.setEnabled(bool(chosen))
        one = len(chosen) == 1
        self.thumb_button.setEnabled(one)
        row = self.images.row(chosen[0]) if one else -1
        self.earlier_button.setEnabled(one and row > 0)
        self.later_button.setEnabled(one and 0 <= row < self.images.count() - 1)

    def move_selected(self, step: int) -> None:
        """Move the one selected image ``step`` places (Medusa keeps the list's order)."""
        chosen = self.images.selectedItems()
        if len(chosen) != 1:
            return
        row = self.images.row(chosen[0])
        target = row + step
        if not 0 <= target < self.images.count():
            return
        item = self.images.takeItem(row)
        self.images.insertItem(target, item)
        self.images.setCurrentItem(item)
        self._selection_changed()

    def remove_selected(self) -> None:
        for item in self.images.selectedItems():
            self.images.takeItem(self.images.row(item))
        self._selection_changed()

    def thumbnail_from_selection(self) -> None:
        items = self.images.selectedItems()
        if len(items) == 1:
            self._set_thumbnail(str(items[0].data(URL_ROLE)))

    def choose_files(self) -> None:
        """A file dialog opened without a nested loop; ``upload`` runs on its answer."""
        dialog = QFileDialog(
            self,
            translate("MediaTab", "Upload images to Medusa"),
            "",
            translate("MediaTab", IMAGE_FILTER),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.upload([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()

    def upload(self, paths: list[Path]) -> None:
        if not paths:
            return
        self.upload_error.hide()
        self.upload_button.setText(translate("MediaTab", "Uploading…"))
        task = self.uploading.start(self._upload(paths), on_error=self._upload_failed)
        # Once the slot has let go of the task: the button's condition reads it.
        task.add_done_callback(lambda _t: self._done() if shiboken6.isValid(self) else None)
        self.gate.refresh()

    async def _upload(self, paths: list[Path]) -> None:
        try:
            urls = await self.catalog.upload_images(paths)
        except Exception as exc:  # shown under the list; the bug path logs in TaskSlot
            self._upload_failed(exc)
            return
        for path, url in zip(paths, urls, strict=False):
            pixmap = QPixmap(str(path))
            if not pixmap.isNull():
                self.previews[url] = pixmap.scaled(
                    ICON * 2,
                    ICON * 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        for url in urls:
            self._add_image(url)
        if not self._thumbnail and urls:
            self._set_thumbnail(urls[0])  # a product without one takes the first

    def _upload_failed(self, exc: BaseException) -> None:
        self.upload_error.setText(
            online_failure(
                self.catalog,
                translate(
                    "MediaTab",
                    "Medusa is offline: to upload the images, Medusa must be "
                    "online. Your other changes are kept.",
                ),
                translate("MediaTab", "Could not upload the images: {error}"),
                exc,
            )
        )
        self.upload_error.show()

    def _done(self) -> None:
        self.upload_button.setText(translate("MediaTab", "Upload…"))
        self.gate.refresh()
