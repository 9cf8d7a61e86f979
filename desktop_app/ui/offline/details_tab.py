"""The editor's Details tab: title, subtitle, handle, status and metadata.

Title and subtitle belong to Payload in this app's field map (a product made here
and not yet in Medusa holds them itself until its create); handle, status and
metadata to Medusa. ``metadata.payload_id`` is the integration's link and stays
read-only (``link_key``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.new_product import CREATE_MARKER
from desktop_app.services.offline import ProductDetail
from desktop_app.services.rebase import Incoming
from desktop_app.ui import theme
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline import link_key
from desktop_app.ui.offline import validation as v
from desktop_app.ui.offline.editor_tab import EditorTab, section_title, server_line
from desktop_app.ui.offline.editor_values import shown_text

LINK_KEY = link_key.LINK_KEY  # the integration's link to the Payload doc: not for hand edits
# The mark a create carries so a repeated push finds the product instead of making another.
MARKER_WHY = QT_TRANSLATE_NOOP(
    "ProductEditor",
    "{marker} marks a product made in this app: a repeated create finds it by this mark "
    "instead of making a second one, so it is read-only.",
)
CONTENT = ("title", "subtitle")


def table_style(table: QTableWidget, first_width: int = 200) -> None:
    """The editor's tables: rows of 30 px, whole-row selection, the last column stretched."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, first_width)
    table.setAlternatingRowColors(True)


def content_value(detail: ProductDetail, name: str) -> Any:
    """Title or subtitle: Payload's, or the draft's own before Medusa has it."""
    if detail.payload is None and detail.draft:
        return (detail.medusa or {}).get(name)
    return detail.value(name)


class DetailsTab(EditorTab):
    label = QT_TRANSLATE_NOOP("ProductEditor", "Details")
    sections = ("title", "subtitle", "handle", "status", "metadata")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = self.commerce = False  # which sides the form holds (as loaded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.subtitle_edit = QLineEdit(objectName="subtitleEdit")
        self.handle_edit = QLineEdit(objectName="handleEdit")
        self.status_combo = QComboBox(objectName="statusCombo")
        for status in v.STATUSES:
            self.status_combo.addItem(status_label(status), status)
        for name, label, widget, hint in (
            ("title", translate("Fields", "Title"), self.title_edit, "Payload"),
            ("subtitle", translate("Fields", "Subtitle"), self.subtitle_edit, "Payload"),
            ("handle", translate("Fields", "Handle"), self.handle_edit, "Medusa"),
            ("status", translate("Fields", "Status"), self.status_combo, "Medusa"),
        ):
            caption = QLabel(translate("ProductEditor", "{field}:").format(field=label))
            caption.setContentsMargins(0, 7, 0, 0)  # level with the field's text, not its top
            form.addRow(caption, self._with_hint(name, widget, hint))
        self.handle_edit.textEdited.connect(lambda _t: self.check_handle())
        self.title_edit.textEdited.connect(lambda _t: self.show_error("title", v.title_error(
            self.title_edit.text()) if self.title_edit.isEnabled() else None))
        layout.addLayout(form)

        layout.addWidget(section_title(translate("ProductEditor", "Metadata"), "Medusa"))
        self.metadata = QTableWidget(0, 2, objectName="metadataTable")
        self.metadata.setHorizontalHeaderLabels(
            [translate("ProductEditor", "Key"), translate("ProductEditor", "Value")])
        table_style(self.metadata)
        buttons = QHBoxLayout()
        self.add_meta = QPushButton(translate("ProductEditor", "Add row"),
                                    objectName="addMetadata")
        self.remove_meta = QPushButton(translate("ProductEditor", "Remove row"),
                                       objectName="removeMetadata")
        self.add_meta.setToolTip(translate("ProductEditor", "Add a key and value pair"))
        self.remove_meta.setToolTip(translate("ProductEditor", "Remove the selected pair"))
        self.add_meta.clicked.connect(self.add_metadata_row)
        self.remove_meta.clicked.connect(self._remove_metadata_row)
        buttons.addWidget(self.add_meta)
        buttons.addWidget(self.remove_meta)
        buttons.addStretch(1)
        layout.addWidget(self.metadata, 1)
        layout.addLayout(buttons)
        self.link_note = link_key.note_label()  # why payload_id is read-only
        layout.addWidget(self.link_note)
        layout.addLayout(self.slot_for("metadata"))
        layout.addWidget(self.error_for("metadata"))

    def _with_hint(self, name: str, widget: QWidget, hint: str) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(widget, 1)
        tag = QLabel(hint)
        theme.style(tag, "color: @faint@; font-size: 9pt;")
        tag.setMinimumWidth(56)
        row.addWidget(tag)
        col.addLayout(row)
        col.addLayout(self.slot_for(name))
        col.addWidget(self.error_for(name))
        return box

    # ----------------------------------------------------------------- load
    def load(self, detail: ProductDetail) -> None:
        self.content = detail.payload is not None or detail.draft
        self.commerce = detail.medusa is not None
        for w, name in ((self.title_edit, "title"), (self.subtitle_edit, "subtitle")):
            w.setText(str(content_value(detail, name) or ""))
            w.setEnabled(self.content)
            w.setToolTip("" if self.content else translate(
                "CatalogList", "No Payload document: content cannot be edited."))
        if not self.content:
            self.title_edit.setText(str((detail.medusa or {}).get("title") or ""))
        self.handle_edit.setText(str(detail.value("handle") or ""))
        self._set_status(str(detail.value("status") or "draft"))
        for w in (self.handle_edit, self.status_combo, self.metadata, self.add_meta,
                  self.remove_meta):
            w.setEnabled(self.commerce)
        self.metadata.setRowCount(0)
        self.link_note.hide()
        for key, value in ((detail.medusa or {}).get("metadata") or {}).items():
            self.add_metadata_row(key, value)

    def _set_status(self, status: str) -> None:
        if self.status_combo.findData(status) < 0:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        out: dict[str, Incoming] = {}
        if detail.payload is not None or detail.draft:
            for name in CONTENT:
                value = content_value(detail, name)
                out[name] = Incoming(detail.server_value(name), value, shown_text(name, value))
        if detail.medusa is None:
            return out
        for name in ("handle", "status"):
            value = detail.value(name)
            out[name] = Incoming(detail.server_value(name), value, shown_text(name, value))
        merged = detail.medusa.get("metadata") or {}
        # A key only the server copy has is being deleted by a pending edit: no row.
        server = (detail.server_medusa or {}).get("metadata") or {}
        for key in dict.fromkeys([*server, *merged]):
            name = f"metadata.{key}"
            out[name] = Incoming(detail.server_value(name), merged.get(key),
                                 shown_text(name, merged[key]) if key in merged else None)
        return out

    def add_metadata_row(self, key: str | bool = "", value: Any = "") -> int:
        key = key if isinstance(key, str) else ""  # clicked(bool) from the button
        row = self.metadata.rowCount()
        self.metadata.insertRow(row)
        key_item = QTableWidgetItem(key)
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        value_item = QTableWidgetItem(text)
        # Non-text values (numbers, objects) are shown as JSON and parsed back on save.
        value_item.setData(Qt.ItemDataRole.UserRole, not isinstance(value, str))
        if key == LINK_KEY:
            link_key.lock_row(key_item, value_item)
            self.link_note.show()
        elif key == CREATE_MARKER:
            link_key.lock_row(key_item, value_item)
            why = translate("ProductEditor", MARKER_WHY).format(marker=CREATE_MARKER)
            key_item.setToolTip(why)
            value_item.setToolTip(why)
        self.metadata.setItem(row, 0, key_item)
        self.metadata.setItem(row, 1, value_item)
        return row

    def _remove_metadata_row(self) -> None:
        row = self.metadata.currentRow()
        item = self.metadata.item(row, 0) if row >= 0 else None
        if item is not None and item.text() == LINK_KEY:
            self.show_error("metadata", translate(
                "ProductEditor", "The payload_id link cannot be removed here."))
            return
        if item is not None and item.text() == CREATE_MARKER and not (
                item.flags() & Qt.ItemFlag.ItemIsEditable):
            self.show_error("metadata", translate("ProductEditor", MARKER_WHY).format(
                marker=CREATE_MARKER))
            return
        if row >= 0:
            self.metadata.removeRow(row)

    # ----------------------------------------------------------- form values
    def form_values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.content:
            out["title"] = self.title_edit.text()
            out["subtitle"] = self.subtitle_edit.text()
        if not self.commerce:
            return out
        out["handle"] = self.handle_edit.text()
        out["status"] = str(self.status_combo.currentData())
        for row in range(self.metadata.rowCount()):
            key_item, value_item = self.metadata.item(row, 0), self.metadata.item(row, 1)
            if key_item is not None and key_item.text():  # a blank new row is no field yet
                out[f"metadata.{key_item.text()}"] = value_item.text() if value_item else ""
        return out

    def check_handle(self) -> str | None:
        error = v.handle_error(self.handle_edit.text())
        self.show_error("handle", error)
        return error

    def collect(self) -> tuple[dict[str, Any], bool]:
        values: dict[str, Any] = {}
        ok = True
        if self.content:
            title = self.title_edit.text()
            if (error := v.title_error(title)) is not None:
                self.show_error("title", error)
                ok = False
            values["title"] = title
            values["subtitle"] = self.subtitle_edit.text()
        if self.commerce:
            if self.check_handle() is not None:
                ok = False
            values["handle"] = self.handle_edit.text()
            values["status"] = self.status_combo.currentData()
            meta, meta_ok = self._collect_metadata()
            values.update(meta)
            ok = ok and meta_ok
        return values, ok

    def _collect_metadata(self) -> tuple[dict[str, Any], bool]:
        pairs: list[tuple[str, str]] = []
        parsed: dict[str, Any] = {}
        for row in range(self.metadata.rowCount()):
            key_item, value_item = self.metadata.item(row, 0), self.metadata.item(row, 1)
            key = key_item.text() if key_item else ""
            text = value_item.text() if value_item else ""
            pairs.append((key, text))
            value: Any = text
            if value_item is not None and value_item.data(Qt.ItemDataRole.UserRole):
                try:
                    value = json.loads(text)
                except ValueError:
                    value = text  # edited into plain text: keep it as text
            parsed[key] = value
        error = link_key.typed_link_error(self.metadata) or v.metadata_errors(pairs)
        if error is not None:
            self.show_error("metadata", error)
            return {}, False
        return {f"metadata.{k}": val for k, val in parsed.items()}, True

    def removed_metadata(self, known: list[str]) -> dict[str, None]:
        """Tracked keys no longer in the table: sent as None (Medusa deletes a key set to "")."""
        rows = {f"metadata.{self.metadata.item(r, 0).text()}"
                for r in range(self.metadata.rowCount()) if self.metadata.item(r, 0)}
        return {name: None for name in known if name.startswith("metadata.")
                and name not in rows}

    # ----------------------------------------------------------------- put
    def put(self, name: str, new: Incoming) -> None:
        if name in ("title", "subtitle", "handle"):
            edit = {"title": self.title_edit, "subtitle": self.subtitle_edit,
                    "handle": self.handle_edit}[name]
            if edit.text() != (new.shown or ""):
                edit.setText(new.shown or "")
        elif name == "status":
            self._set_status(new.shown or "draft")
        elif name.startswith("metadata."):
            self._put_metadata(name.split(".", 1)[1], new)

    def _put_metadata(self, key: str, new: Incoming) -> None:
        row = next((r for r in range(self.metadata.rowCount())
                    if (item := self.metadata.item(r, 0)) is not None and item.text() == key),
                   None)
        if new.shown is None:  # removed on the server
            if row is not None:
                self.metadata.removeRow(row)
            return
        if row is None:
            self.add_metadata_row(key, new.value)
            return
        item = self.metadata.item(row, 1)
        item.setText(new.shown)
        item.setData(Qt.ItemDataRole.UserRole, not isinstance(new.value, str))

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        found: dict[str, list[str]] = {}
        for name, message in errors.items():
            section = "metadata" if name.startswith("metadata.") else name
            if section in self.sections:
                found.setdefault(section, []).append(server_line(self.names, name, message))
        for section, lines in found.items():
            self.show_error(section, "\n".join(lines))
