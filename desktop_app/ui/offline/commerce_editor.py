"""Edit one product's commerce fields offline: handle, status, metadata, SKUs, prices.

Title and subtitle belong to Payload in this app's field map; they are edited here
too and the façade routes them there (``fields.owner``). Everything is checked
before Save; Save records the edits durably (``OfflineCatalog.edit``) and asks the
host to push. A value the server later rejects (outbox ``failed``) shows under
its field when the product changes.

When the product changes while the editor is open (a pull, a refresh, a push, a
save elsewhere) the form rebases (``services.rebase.FormBase``): untouched fields
take the new values, typing is kept, and a typed field the server changed meanwhile
shows an inline Keep mine / Take theirs that Save waits for. Save sends only the
fields the merchant changed, each with the base they edited from. Cancel, Escape or
closing with unsaved typing asks first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.offline import Changes, OfflineCatalog, ProductDetail
from desktop_app.services.rebase import FormBase, Incoming, Outcome, Rebased
from desktop_app.store.fields import MEDUSA, PAYLOAD, same
from desktop_app.ui.conflict_note import ConflictNote, ConflictNotes
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline import link_key
from desktop_app.ui.offline import validation as v
from desktop_app.ui.offline.list_model import sync_label
from desktop_app.ui.offline.price_cell import PriceDelegate
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.values import field_label, show_value, variant_titles
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot

LINK_KEY = link_key.LINK_KEY  # the integration's link to the Payload doc: not for hand edits
ERROR_STYLE = "color: #a3261c;"
BAD_CELL = QColor("#fbe7e6")
# The header and three whole rows: what stays when inline conflicts take the height.
TABLE_MIN_HEIGHT = 34 + 3 * 30 + 4
SECTIONS = ("title", "subtitle", "handle", "status", "metadata", "variants")
PICK_FIRST = "Choose Keep mine or Take theirs to save: the server changed this meanwhile."


def section_of(name: str) -> str:
    """The form section a field shows in (its error label, its conflict notes)."""
    head = name.split(".", 1)[0]
    return head if head in ("metadata", "variants") else name


def meta_text(value: Any) -> str:
    """A metadata value as its cell shows it: text as is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def shown_text(name: str, value: Any) -> str:
    """A field's value as the form shows it: what tells typing from no typing."""
    if name.endswith(".prices"):
        return v.format_prices(value)
    if name == "status":
        return str(value or "draft")
    return str(value or "")


def incoming(detail: ProductDetail) -> dict[str, Incoming]:
    """Every field this editor shows, as the store holds it now."""
    out: dict[str, Incoming] = {}

    def add(name: str, shown: str | None) -> None:
        out[name] = Incoming(detail.server_value(name), detail.value(name), shown)

    if detail.payload is not None:
        for name in ("title", "subtitle"):
            add(name, shown_text(name, detail.value(name)))
    if detail.medusa is None:
        return out
    for name in ("handle", "status"):
        add(name, shown_text(name, detail.value(name)))
    merged = detail.medusa.get("metadata") or {}
    # A key only the server copy has is being deleted by a pending edit: no row.
    for key in dict.fromkeys([*((detail.server_medusa or {}).get("metadata") or {}), *merged]):
        add(f"metadata.{key}", meta_text(merged[key]) if key in merged else None)
    for variant in detail.medusa.get("variants") or ():
        for key in ("sku", "prices"):
            name = f"variants.{variant.get('id')}.{key}"
            add(name, shown_text(name, detail.value(name)))
    return out


def _variant_of(name: str) -> str:
    return name.split(".")[1]


def _error_label() -> QLabel:
    label = QLabel(objectName="fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class CommerceEditor(QDialog):
    saved = Signal(str)  # product id, after the edits are durable

    def __init__(self, catalog: OfflineCatalog, product_id: str,
                 on_saved: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id = product_id
        self._on_saved = on_saved
        self.detail: ProductDetail | None = None
        self.base = FormBase()  # per field: the server value the merchant edits from
        self._has_m = self._has_p = False  # which sides the form holds (as loaded)
        self._reload = TaskSlot("reload product")
        self._confirm_reload = False
        self._reloading = False
        self._discarding = False  # closing on purpose: do not ask about typing
        self.unsaved_box: QMessageBox | None = None
        self.conflict_slots: dict[str, QBoxLayout] = {}
        self.setWindowTitle("Edit product")
        self.setObjectName("commerceEditor")
        self.resize(820, 780)
        self._build()
        self.notes = ConflictNotes(lambda name: self.conflict_slots[section_of(name)],
                                   self._describe, self.keep_mine, self.take_theirs)
        self.load()
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.finished.connect(lambda _r: (self._unsubscribe(), self._reload.cancel()))

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        self.heading = QLabel(objectName="editorHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.state_label = QLabel(objectName="editorState")
        self.state_label.setStyleSheet("color: #5b6475;")
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)

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
        self.errors: dict[str, QLabel] = {
            k: _error_label() for k in ("title", "subtitle", "handle", "status", "metadata",
                                        "variants")}
        for name, label, widget, hint in (
            ("title", "Title", self.title_edit, "Payload"),
            ("subtitle", "Subtitle", self.subtitle_edit, "Payload"),
            ("handle", "Handle", self.handle_edit, "Medusa"),
            ("status", "Status", self.status_combo, "Medusa"),
        ):
            caption = QLabel(f"{label}:")
            caption.setContentsMargins(0, 7, 0, 0)  # level with the field's text, not its top
            form.addRow(caption, self._with_hint(name, widget, hint))
        self.handle_edit.textEdited.connect(lambda _t: self._check_handle())
        self.title_edit.textEdited.connect(lambda _t: self._show("title", v.title_error(
            self.title_edit.text()) if self.title_edit.isEnabled() else None))
        layout.addLayout(form)

        layout.addWidget(self._section("Metadata", "Medusa"))
        self.metadata = QTableWidget(0, 2, objectName="metadataTable")
        self.metadata.setHorizontalHeaderLabels(["Key", "Value"])
        self._table_style(self.metadata)
        self.metadata.setMinimumHeight(TABLE_MIN_HEIGHT)
        meta_buttons = QHBoxLayout()
        self.add_meta = QPushButton("Add row", objectName="addMetadata")
        self.remove_meta = QPushButton("Remove row", objectName="removeMetadata")
        self.add_meta.clicked.connect(self.add_metadata_row)
        self.remove_meta.clicked.connect(self._remove_metadata_row)
        meta_buttons.addWidget(self.add_meta)
        meta_buttons.addWidget(self.remove_meta)
        meta_buttons.addStretch(1)
        layout.addWidget(self.metadata, 1)
        layout.addLayout(meta_buttons)
        self.link_note = link_key.note_label()  # why payload_id is read-only
        layout.addWidget(self.link_note)
        layout.addLayout(self._slot("metadata"))
        layout.addWidget(self.errors["metadata"])

        layout.addWidget(self._section("Variants", "Medusa · prices like “EUR 10.50, USD 12”"))
        self.variants = QTableWidget(0, 3, objectName="variantTable")
        self.variants.setHorizontalHeaderLabels(["Variant", "SKU", "Prices"])
        self._table_style(self.variants)
        # Shown as money ("€10.50"); edited as typed ("EUR 10.5").
        self.variants.setItemDelegateForColumn(2, PriceDelegate(self.variants))
        self.variants.setMinimumHeight(TABLE_MIN_HEIGHT)
        header = self.variants.horizontalHeader()
        header.resizeSection(0, 170)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 250)
        layout.addWidget(self.variants, 2)
        layout.addLayout(self._slot("variants"))
        layout.addWidget(self.errors["variants"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # Fusion's stock icons look out of place here
        self.reload_button = QPushButton("Reload from server", objectName="reloadButton")
        # Off, saying why, while Medusa or Payload is offline (the reload reads both).
        self.gate = ServerGate(self.catalog, self)
        self.gate.guard(self.reload_button, (MEDUSA, PAYLOAD),
                        "Read this product again from Medusa and Payload now",
                        lambda: self.catalog.shop is not None and not self._reloading)
        self.reload_button.clicked.connect(self.reload_from_server)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def _slot(self, section: str) -> QVBoxLayout:
        """Where the inline conflicts of ``section`` go (empty: takes no room)."""
        slot = QVBoxLayout()
        slot.setContentsMargins(0, 0, 0, 0)
        slot.setSpacing(4)
        self.conflict_slots[section] = slot
        return slot

    def _with_hint(self, name: str, widget: QWidget, hint: str) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(widget, 1)
        tag = QLabel(hint)
        tag.setStyleSheet("color: #8a93a3; font-size: 9pt;")
        tag.setMinimumWidth(56)
        row.addWidget(tag)
        col.addLayout(row)
        col.addLayout(self._slot(name))
        col.addWidget(self.errors[name])
        return box

    @staticmethod
    def _section(title: str, hint: str) -> QLabel:
        label = QLabel(f"<b>{title}</b> <span style='color:#8a93a3'>· {hint}</span>")
        label.setContentsMargins(0, 6, 0, 0)
        return label

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().resizeSection(0, 200)
        table.setAlternatingRowColors(True)

    # ----------------------------------------------------------------- load
    def load(self) -> None:
        """(Re)read the merged view: server copies with the pending edits applied."""
        detail = self.catalog.product(self.product_id)
        self.detail = detail
        if detail is None:
            self.heading.setText(f"{self.product_id} is not in the local store")
            self.save_button.setEnabled(False)
            return
        has_m, has_p = detail.medusa is not None, detail.payload is not None
        self._has_m, self._has_p = has_m, has_p
        self.heading.setText(str(detail.value("title") or detail.server_value("title")
                                 or (detail.medusa or {}).get("title") or self.product_id))
        self.state_label.setText(self._state_text(detail))
        for w, name in ((self.title_edit, "title"), (self.subtitle_edit, "subtitle")):
            w.setText(str(detail.value(name) or ""))
            w.setEnabled(has_p)
            w.setToolTip("" if has_p else "No Payload document: content cannot be edited.")
        if not has_p:
            self.title_edit.setText(str((detail.medusa or {}).get("title") or ""))
        self.handle_edit.setText(str(detail.value("handle") or ""))
        status = str(detail.value("status") or "draft")
        if self.status_combo.findData(status) < 0:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        for w in (self.handle_edit, self.status_combo, self.metadata, self.variants,
                  self.add_meta, self.remove_meta):
            w.setEnabled(has_m)
        self._load_metadata((detail.medusa or {}).get("metadata") or {})
        self._load_variants((detail.medusa or {}).get("variants") or [])
        for name in self.errors:
            self._show(name, None)
        # What the form now shows is what every later edit is based on.
        self.base.load(incoming(detail))
        self.notes.clear()
        self.show_server_errors()

    @staticmethod
    def _state_text(detail: ProductDetail) -> str:
        pending = len(detail.edits)
        base = f"{detail.product_id} · {sync_label(detail.sync_state)}"
        return base + (f" · {pending} unsent change{'s' * (pending != 1)}" if pending else "")

    def _load_metadata(self, metadata: dict[str, Any]) -> None:
        self.metadata.setRowCount(0)
        self.link_note.hide()
        for key, value in metadata.items():
            self.add_metadata_row(key, value)

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
        self.metadata.setItem(row, 0, key_item)
        self.metadata.setItem(row, 1, value_item)
        return row

    def _remove_metadata_row(self) -> None:
        row = self.metadata.currentRow()
        item = self.metadata.item(row, 0) if row >= 0 else None
        if item is not None and item.text() == LINK_KEY:
            self._show("metadata", "The payload_id link cannot be removed here.")
            return
        if row >= 0:
            self.metadata.removeRow(row)

    def _load_variants(self, variants: list[dict[str, Any]]) -> None:
        self.variants.setRowCount(0)
        for variant in variants:
            row = self.variants.rowCount()
            self.variants.insertRow(row)
            name = QTableWidgetItem(str(variant.get("title") or variant.get("id")))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, variant.get("id"))
            name.setToolTip(str(variant.get("id")))
            self.variants.setItem(row, 0, name)
            self.variants.setItem(row, 1, QTableWidgetItem(str(variant.get("sku") or "")))
            self.variants.setItem(row, 2, QTableWidgetItem(v.format_prices(variant.get("prices"))))

    # ----------------------------------------------------------- form values
    def form_values(self) -> dict[str, str]:
        """What the form holds now, as text per field (a deleted metadata row is absent)."""
        out: dict[str, str] = {}
        if self._has_p:
            out["title"] = self.title_edit.text()
            out["subtitle"] = self.subtitle_edit.text()
        if not self._has_m:
            return out
        out["handle"] = self.handle_edit.text()
        out["status"] = str(self.status_combo.currentData())
        for row in range(self.metadata.rowCount()):
            key_item, value_item = self.metadata.item(row, 0), self.metadata.item(row, 1)
            if key_item is not None and key_item.text():  # a blank new row is no field yet
                out[f"metadata.{key_item.text()}"] = value_item.text() if value_item else ""
        for row in range(self.variants.rowCount()):
            vid = self.variants.item(row, 0).data(Qt.ItemDataRole.UserRole)
            out[f"variants.{vid}.sku"] = self.variants.item(row, 1).text()
            out[f"variants.{vid}.prices"] = self.variants.item(row, 2).text()
        return out

    def has_unsaved_changes(self) -> bool:
        """Whether the merchant typed anything not saved yet (asked about before closing)."""
        return self.detail is not None and bool(self.base.touched(self.form_values()))

    # ------------------------------------------------------------- validate
    def _show(self, name: str, message: str | None) -> None:
        label = self.errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))

    def _check_handle(self) -> str | None:
        error = v.handle_error(self.handle_edit.text())
        self._show("handle", error)
        return error

    def collect(self) -> tuple[dict[str, Any], bool]:
        """The fields the merchant changed ``{name: value}`` and whether every value is valid.

        Only touched fields count: one the merchant left alone follows the server, so
        it is never sent back with an old value.
        """
        if self.detail is None:
            return {}, False
        values: dict[str, Any] = {}
        ok = True
        for name in self.errors:
            self._show(name, None)
        if self._has_p:
            title = self.title_edit.text()
            if (error := v.title_error(title)) is not None:
                self._show("title", error)
                ok = False
            values["title"] = title
            values["subtitle"] = self.subtitle_edit.text()
        if self._has_m:
            if self._check_handle() is not None:
                ok = False
            values["handle"] = self.handle_edit.text()
            values["status"] = self.status_combo.currentData()
            meta, meta_ok = self._collect_metadata()
            values.update(meta)
            variants, var_ok = self._collect_variants()
            values.update(variants)
            ok = ok and meta_ok and var_ok
        touched = set(self.base.touched(self.form_values()))
        changes = {k: val for k, val in values.items()
                   if k in touched and not same(k, val, self.base.value(k))}
        return changes, ok

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
            self._show("metadata", error)
            return {}, False
        out = {f"metadata.{k}": val for k, val in parsed.items()}
        # A removed key is sent as None: Medusa deletes a key set to "".
        known = (n for n in self.base.names() if n.startswith("metadata."))
        out.update({name: None for name in known if name not in out})
        return out, True

    def _collect_variants(self) -> tuple[dict[str, Any], bool]:
        out: dict[str, Any] = {}
        errors: list[str] = []
        for row in range(self.variants.rowCount()):
            name = self.variants.item(row, 0)
            vid = name.data(Qt.ItemDataRole.UserRole)
            sku_item, price_item = self.variants.item(row, 1), self.variants.item(row, 2)
            sku = sku_item.text()
            sku_problem = v.sku_error(sku)
            prices, price_problem = v.parse_prices(price_item.text())
            sku_item.setBackground(BAD_CELL if sku_problem else QColor(0, 0, 0, 0))
            price_item.setBackground(BAD_CELL if price_problem else QColor(0, 0, 0, 0))
            for problem in (sku_problem, price_problem):
                if problem:
                    errors.append(f"{name.text()}: {problem}")
            out[f"variants.{vid}.sku"] = sku
            if prices is not None:
                out[f"variants.{vid}.prices"] = prices
        if errors:
            self._show("variants", "\n".join(errors))
            return {}, False
        return out, True

    # ----------------------------------------------------------------- save
    def save(self) -> bool:
        changes, ok = self.collect()
        if not self._conflicts_settled() or not ok:
            return False
        if changes:
            # Each field's base is the server value the merchant edited from, so the
            # push reports a colleague's later change instead of overwriting it.
            bases = {name: self.base.base(name) for name in changes}
            self.catalog.edit(self.product_id, changes, bases=bases)
            self.saved.emit(self.product_id)
            if self._on_saved is not None:
                self._on_saved(self.product_id)
        self._discarding = True  # saved: nothing left to ask about
        self.accept()
        return True

    def _conflicts_settled(self) -> bool:
        """Save waits until every inline conflict is settled (typed into theirs counts)."""
        left = self.base.settle(self.form_values())
        self.notes.sync(left)
        for section in {section_of(name) for name in left}:
            self._show(section, PICK_FIRST)
        return not left

    # ------------------------------------------------------------ conflicts
    def keep_mine(self, name: str) -> None:
        """The merchant's value stands; it will be sent on top of the server's new one."""
        self.base.keep_mine(name)
        self._settled(name)

    def take_theirs(self, name: str) -> None:
        self._put(name, self.base.take_theirs(name))
        self._settled(name)

    def _settled(self, name: str) -> None:
        self.notes.sync(self.base.conflicts)
        section = section_of(name)
        if self.errors[section].text() == PICK_FIRST and not any(
                section_of(n) == section for n in self.base.conflicts):
            self._show(section, None)

    def _describe(self, name: str, theirs: Incoming) -> tuple[str, str]:
        """A conflict note's label (for table cells) and the server's new value."""
        if name == "status":
            return "", status_label(str(theirs.value or "draft"))
        label = "" if section_of(name) == name else field_label(
            name, variant_titles(self.detail.medusa if self.detail else None))
        return label, show_value(name, theirs.value)

    @property
    def conflict_notes(self) -> dict[str, ConflictNote]:
        return dict(self.notes.notes)

    # --------------------------------------------------------------- rebase
    def _on_changes(self, changes: Changes) -> None:
        # The product changed underneath (pull, refresh, push, a save elsewhere): the
        # form follows without dropping what the merchant is typing.
        if self.isHidden() or self.detail is None:
            return
        if self.product_id not in changes.product_ids and not changes.rows_reset:
            return
        detail = self.catalog.product(self.product_id)
        if detail is None:
            return
        if (detail.medusa is not None, detail.payload is not None) != (self._has_m,
                                                                       self._has_p):
            # A side appeared or went: a new form, unless that would drop typing.
            if not self.has_unsaved_changes():
                self.load()
                return
        self.detail = detail
        self.state_label.setText(self._state_text(detail))
        self.rebase(detail)
        self.show_server_errors()

    def rebase(self, detail: ProductDetail) -> None:
        """Put the store's new values in the untouched fields; typed ones stay or conflict."""
        fresh = incoming(detail)
        form = self.form_values()
        # A variant deleted on the server cannot be edited any more: its cells go.
        gone = [n for n in (*self.base.names(), *form)
                if n.startswith("variants.") and n not in fresh]
        self.base.forget(gone)
        for name in gone:
            form.pop(name, None)
        outcomes = self.base.rebase(fresh, form)
        variant_ids = [str(x.get("id")) for x in (detail.medusa or {}).get("variants") or ()]
        if variant_ids != self._variant_ids():
            self._rebuild_variants(detail, outcomes, form)
        for name, outcome in outcomes.items():
            if outcome.outcome is Outcome.TAKE_NEW:
                self._put(name, outcome.incoming)
        self.notes.sync(self.base.conflicts)

    def _put(self, name: str, new: Incoming) -> None:
        """Show ``new`` in the widget of field ``name``."""
        head = name.split(".", 1)[0]
        if name in ("title", "subtitle", "handle"):
            edit = {"title": self.title_edit, "subtitle": self.subtitle_edit,
                    "handle": self.handle_edit}[name]
            if edit.text() != (new.shown or ""):
                edit.setText(new.shown or "")
        elif name == "status":
            status = new.shown or "draft"
            if self.status_combo.findData(status) < 0:
                self.status_combo.addItem(status_label(status), status)
            self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        elif head == "metadata":
            self._put_metadata(name.split(".", 1)[1], new)
        elif head == "variants":
            row = self._variant_row(_variant_of(name))
            if row is not None:
                item = self.variants.item(row, 1 if name.endswith(".sku") else 2)
                if item.text() != (new.shown or ""):
                    item.setText(new.shown or "")

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

    def _variant_ids(self) -> list[str]:
        return [str(self.variants.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.variants.rowCount())]

    def _variant_row(self, vid: str) -> int | None:
        ids = self._variant_ids()
        return ids.index(vid) if vid in ids else None

    def _rebuild_variants(self, detail: ProductDetail, outcomes: dict[str, Rebased],
                          form: dict[str, str]) -> None:
        """The server's variant list, with the merchant's cell texts kept where typed."""
        self._load_variants((detail.medusa or {}).get("variants") or [])
        for name, text in form.items():
            kept = name in outcomes and outcomes[name].outcome is not Outcome.TAKE_NEW
            if name.startswith("variants.") and kept:
                self._put(name, Incoming(shown=text))

    # --------------------------------------------------------------- reload
    def reload_from_server(self) -> None:
        """Re-read the product from both servers; typing not yet saved is asked about first."""
        if self.has_unsaved_changes() and not self._confirm_reload:
            self._confirm_reload = True
            self.reload_button.setText("Discard my typing and reload")
            return
        self._confirm_reload = False
        self.reload_button.setText("Reloading…")
        self._reloading = True
        self.gate.refresh()
        self._reload.start(self._run_reload(), on_error=self._reload_failed)

    async def _run_reload(self) -> None:
        await self.catalog.refresh([self.product_id])
        self.load()
        self._reload_done()

    def _reload_failed(self, exc: BaseException) -> None:
        self._reload_done()
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        self.state_label.setText(f"Could not reload: {message}")

    def _reload_done(self) -> None:
        self.reload_button.setText("Reload from server")
        self._reloading = False
        self.gate.refresh()

    # -------------------------------------------------------- server errors
    def show_server_errors(self) -> None:
        """Put each ``failed`` edit's server message under the field it concerns."""
        detail = self.detail
        if detail is None:
            return
        for entry in detail.edits:
            if entry.state != "failed" or not entry.message:
                continue
            name = section_of(entry.field)
            if name in self.errors:
                self._show(name, f"Server: {entry.message}")

    # ---------------------------------------------------------------- close
    def cancel(self) -> None:
        """Cancel, Escape or the window's close button: typing not saved is asked about."""
        if not self.has_unsaved_changes():
            self.reject()
            return
        if self.unsaved_box is not None:
            return  # already asking
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          "Save your changes to this product before closing?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda _code: self._unsaved_answer(
            box.standardButton(box.clickedButton())))
        self.unsaved_box = box
        box.open()  # not exec(): a nested loop would stall the asyncio tasks

    def _unsaved_answer(self, button: QMessageBox.StandardButton) -> None:
        self.unsaved_box = None
        if button == QMessageBox.StandardButton.Save:
            self.save()  # stays open when a value is invalid or a conflict is open
        elif button == QMessageBox.StandardButton.Discard:
            self.discard_and_close()

    def discard_and_close(self) -> None:
        """Close without asking (the merchant chose to drop the typing)."""
        self._discarding = True
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()  # QDialog would reject() at once
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discarding and self.has_unsaved_changes():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)
