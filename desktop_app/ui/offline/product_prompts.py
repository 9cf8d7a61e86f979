"""The questions before a duplicate (its new handle) and a delete (which products).

Both are window-modal without a nested event loop (``open()``), so pushes and pulls
keep running while the merchant reads. The duplicate is made by the dialog itself
(``OfflineCatalog.duplicate``) so a refused handle is shown in place and the dialog
stays; the delete question only answers, the page deletes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.new_product import DraftError
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui import theme
from desktop_app.ui.offline import validation as v

SHOWN_NAMES = 8  # more products than this are counted, not listed


def handle_taken(catalog: OfflineCatalog, handle: str) -> bool:
    """Whether a product in the local store has exactly this handle (longer handles
    starting with it are not a match)."""
    return bool(catalog.handle_holders(handle))


def free_handle(catalog: OfflineCatalog, handle: str) -> str:
    """``<handle>-copy``, or ``-copy-2``, ``-copy-3``… when that is taken already."""
    candidate = f"{handle}-copy"
    n = 2
    while handle_taken(catalog, candidate) and n < 100:
        candidate = f"{handle}-copy-{n}"
        n += 1
    return candidate


class DuplicateDialog(QDialog):
    duplicated = Signal(str)  # the copy's local id

    def __init__(self, catalog: OfflineCatalog, product_id: str, title: str, handle: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id = product_id
        self.new_id: str | None = None
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(translate("ProductPrompts", "Duplicate product"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        intro = QLabel(translate(
            "ProductPrompts", "A new draft copying “{title}”: its options, variants and prices, "
            "organisation and content. SKUs are left empty (each must be unique).").format(
                title=title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit(title, objectName="titleEdit")
        self.handle_edit = QLineEdit(free_handle(catalog, handle), objectName="handleEdit")
        form.addRow(translate("ProductEditor", "{field}:").format(
            field=translate("Fields", "Title")), self.title_edit)
        form.addRow(translate("ProductEditor", "{field}:").format(
            field=translate("Fields", "Handle")), self.handle_edit)
        layout.addLayout(form)
        self.error = QLabel(objectName="handleError")
        theme.style(self.error, "color: @danger@;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ProductPrompts", "Duplicate"))
        self.ok_button.setObjectName("duplicateButton")
        for button in buttons.buttons():
            button.setIcon(QIcon())
        buttons.accepted.connect(self.duplicate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.handle_edit.textEdited.connect(lambda _t: self._say(None))
        self.handle_edit.setFocus()
        self.handle_edit.selectAll()

    def _say(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def duplicate(self) -> str | None:
        handle = self.handle_edit.text().strip()
        problem = v.handle_error(handle)
        if problem is None and handle_taken(self.catalog, handle):
            problem = translate("ProductPrompts",
                                "Another product already has the handle “{handle}”.").format(
                handle=handle)
        if problem is not None:
            self._say(problem)
            self.handle_edit.setFocus()
            return None
        try:
            new_id = self.catalog.duplicate(self.product_id, handle,
                                            self.title_edit.text().strip() or None)
        except (DraftError, ValueError) as exc:
            self._say(str(exc))
            return None
        self.new_id = new_id
        self.duplicated.emit(new_id)
        self.accept()
        return new_id


def ask_delete(parent: QWidget, titles: Sequence[str], drafts: int,
               on_delete: Callable[[], None]) -> QMessageBox:
    """Ask before deleting the products named by ``titles``; ``on_delete`` runs on Delete.

    ``drafts``: how many of them were never sent to Medusa (those are simply dropped)."""
    count = len(titles)
    names = "\n".join(f"•  {t}" for t in titles[:SHOWN_NAMES])
    if count > SHOWN_NAMES:
        names += "\n" + translate("Unsaved", "…and %Ln more", None, count - SHOWN_NAMES)
    question = (translate("ProductPrompts", "Delete “{title}”?").format(title=titles[0])
                if count == 1
                else translate("ProductPrompts", "Delete %Ln product(s)?", None, count))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ProductPrompts", "Delete products"),
                      question if count == 1 else f"{question}\n\n{names}",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDelete")
    sent = count - drafts
    bits = []
    if sent:
        bits.append(translate(
            "ProductPrompts", "It is deleted in Medusa at the next push, and its Payload "
            "document with it.|They are deleted in Medusa at the next push, and their Payload "
            "documents with them.", None, sent))
    if drafts:
        bits.append(translate(
            "ProductPrompts", "A draft never sent to Medusa is simply dropped.|%Ln drafts never "
            "sent to Medusa are simply dropped.", None, drafts))
    bits.append(translate("ProductPrompts", "This cannot be undone here."))
    box.setInformativeText(" ".join(bits))
    delete = box.addButton(translate("ProductPrompts", "Delete|Delete %Ln products", None, count),
                           QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deleteButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles are the merchant's text
    box.finished.connect(lambda _r: box.clickedButton() is delete and on_delete())
    box.open()
    return box
