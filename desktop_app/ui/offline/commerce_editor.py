"""Edit one whole product offline: details, options and variants, stock, organisation,
Medusa's images.

Each tab (``editor_tab.EditorTab``) shows a part of the product; this dialog owns
the product, the form's bases and the save. Everything typed is checked before Save;
Save records the changed fields durably (``OfflineCatalog.edit``, stocked quantities
through ``set_stock``) and asks the host to push. Structure changes (add or remove a
variant, an option or a value) are catalog operations made at once, like a new
category or an upload (those two need Medusa online).

Title and subtitle belong to Payload in this app's field map; they are edited here
too and the façade routes them there (``fields.owner``). A value a server later
rejects (an edit or operation ``failed``) shows on its field with the server's words
(``server_errors``), and the tab holding it is marked; it stays queued until changed.

When the product changes while the editor is open (a pull, a refresh, a push, a
save elsewhere, a structure change) the form rebases (``services.rebase.FormBase``):
untouched fields take the new values, typing is kept, and a typed field the server
changed meanwhile shows an inline Keep mine / Take theirs that Save waits for. Save
sends only the fields the merchant changed, each with the base they edited from.
Cancel, Escape or closing with unsaved typing asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import Changes, OfflineCatalog, ProductDetail
from desktop_app.services.rebase import FormBase, Incoming, Outcome
from desktop_app.store.fields import MEDUSA, PAYLOAD, same
from desktop_app.store.taxonomy import RECORD_FIELDS
from desktop_app.text import plural
from desktop_app.ui import palette, theme
from desktop_app.ui.conflict_note import ConflictNote, ConflictNotes
from desktop_app.ui.offline.details_tab import DetailsTab
from desktop_app.ui.offline.editor_tab import EditorTab, error_label, is_server_note, server_note
from desktop_app.ui.offline.editor_values import is_stock, section_of, stock_key
from desktop_app.ui.offline.field_names import FieldNames
from desktop_app.ui.offline.list_model import sync_label, unread_state
from desktop_app.ui.offline.medusa_images_tab import MedusaImagesTab
from desktop_app.ui.offline.organise_tab import OrganiseTab
from desktop_app.ui.offline.server_errors import PRODUCT, field_errors
from desktop_app.ui.offline.stock_tab import StockTab
from desktop_app.ui.offline.structure_tab import StructureTab
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot

PICK_FIRST = QT_TRANSLATE_NOOP(
    "ProductEditor", "Choose Keep mine or Take theirs to save: the server changed this meanwhile."
)
FLAGGED = palette.live("danger")  # a tab holding an error or a conflict


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
        self.setWindowTitle(translate("ProductEditor", "Edit product"))
        self.setObjectName("commerceEditor")
        self.resize(1080, 780)
        self._build()
        self.notes = ConflictNotes(self._slot, self._describe, self.keep_mine, self.take_theirs)
        self.load()
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.finished.connect(lambda _r: self._shut_down())

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        self.heading = QLabel(objectName="editorHeading")
        theme.style(self.heading, "font-size: 13pt; font-weight: 600;")
        self.state_label = QLabel(objectName="editorState")
        theme.style(self.state_label, "color: @muted@;")
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        self.product_error = error_label()  # what a server said about no one field
        layout.addWidget(self.product_error)

        self.details = DetailsTab()
        self.structure = StructureTab(self.catalog, self.product_id)
        self.stock = StockTab(self.catalog)
        self.organise = OrganiseTab(self.catalog)
        self.images = MedusaImagesTab(self.catalog)
        self.tab_pages: list[EditorTab] = [self.details, self.structure, self.stock,
                                           self.organise, self.images]
        self.tabs = QTabWidget(objectName="editorTabs")
        self.tabs.setDocumentMode(True)
        for page in self.tab_pages:
            self.tabs.addTab(page, translate("ProductEditor", page.label))
        layout.addWidget(self.tabs, 1)
        self.errors = {PRODUCT: self.product_error}
        for page in self.tab_pages:
            self.errors.update(page.errors)
        # The fields tests and hosts reach for, where they now live.
        d = self.details
        self.title_edit, self.subtitle_edit = d.title_edit, d.subtitle_edit
        self.handle_edit, self.status_combo = d.handle_edit, d.status_combo
        self.metadata, self.add_meta, self.remove_meta = d.metadata, d.add_meta, d.remove_meta
        self.link_note, self.add_metadata_row = d.link_note, d.add_metadata_row
        self.variants = self.structure.variants
        # Ticking "Manage inventory" (not saved yet) opens that variant's stock cells.
        self.variants.flagToggled.connect(
            lambda vid, key, on: self.stock.set_tracked(vid, on)
            if key == "manage_inventory" else None)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # Fusion's stock icons look out of place here
        self.save_button.setToolTip(translate(
            "ProductEditor", "Keep the changes here; the next push sends them (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(translate(
            "ProductEditor", "Close the editor; unsaved changes are asked about first"))
        self.reload_button = QPushButton(translate("ProductEditor", "Reload from server"),
                                         objectName="reloadButton")
        # Off, saying why, while Medusa or Payload is offline (the reload reads both).
        self.gate = ServerGate(self.catalog, self)
        self.gate.guard(self.reload_button, (MEDUSA, PAYLOAD),
                        translate("ProductEditor",
                                  "Read this product again from Medusa and Payload now"),
                        lambda: self.catalog.shop is not None and not self._reloading)
        self.reload_button.clicked.connect(self.reload_from_server)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        save = QAction(translate("ProductEditor", "Save"), self,
                       shortcut=QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def _page_of(self, name: str) -> EditorTab | None:
        section = section_of(name)
        return next((p for p in self.tab_pages if p.owns(section)), None)

    def _slot(self, name: str) -> QBoxLayout:
        page = self._page_of(name)
        if page is None:  # no tab shows it: not a field the form tracks
            raise KeyError(name)
        return page.slot_for(section_of(name))

    def _shut_down(self) -> None:
        self._unsubscribe()
        self._reload.cancel()
        self.organise.shutdown()
        self.images.shutdown()

    # ----------------------------------------------------------------- load
    def load(self) -> None:
        """(Re)read the merged view: server copies with the pending edits applied."""
        detail = self.catalog.product(self.product_id)
        self.detail = detail
        if detail is None:
            self.heading.setText(translate("ProductEditor", "{id} is not in the local store")
                                 .format(id=self.product_id))
            self.save_button.setEnabled(False)
            return
        self._has_m = detail.medusa is not None
        self._has_p = detail.payload is not None or detail.draft
        self.heading.setText(str(detail.value("title") or detail.server_value("title")
                                 or (detail.medusa or {}).get("title") or self.product_id))
        self.state_label.setText(self._state_text(detail))
        self._refresh_names(detail)
        for page in self.tab_pages:
            page.load(detail)
        self._clear_errors()
        # What the form now shows is what every later edit is based on.
        self.base.load(self.incoming(detail))
        self.notes.clear()
        self.show_server_errors()

    def _refresh_names(self, detail: ProductDetail) -> None:
        kinds = {*RECORD_FIELDS.values(), "location", "region"}
        terms = {kind: {t.id: t.name for t in self.catalog.taxonomy(kind)} for kind in kinds}
        names = FieldNames.of(detail.medusa, terms)
        for page in self.tab_pages:
            page.names = names
        self.structure.currencies = {t.id for t in self.catalog.taxonomy("currency")}
        self.structure.regions = self.catalog.taxonomy("region")

    def _state_text(self, detail: ProductDetail) -> str:
        pending = len(detail.edits) + len(detail.operations)
        state = unread_state(detail.sync_state, self.catalog.never_read()) or detail.sync_state
        base = f"{detail.product_id} · {sync_label(state)}"
        if detail.draft:
            base += " · made here, created in Medusa at the next push"
        return base + (" · " + plural(pending, "{n} unsent change", "{n} unsent changes")
                       if pending else "")

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        """Every field this editor shows, as the store holds it now."""
        out: dict[str, Incoming] = {}
        for page in self.tab_pages:
            out.update(page.incoming(detail))
        return out

    # ----------------------------------------------------------- form values
    def form_values(self) -> dict[str, str]:
        """What the form holds now, as text per field (a deleted metadata row is absent)."""
        out: dict[str, str] = {}
        for page in self.tab_pages:
            out.update(page.form_values())
        return out

    def has_unsaved_changes(self) -> bool:
        """Whether the merchant typed anything not saved yet (asked about before closing)."""
        return self.detail is not None and bool(self.base.touched(self.form_values()))

    # ------------------------------------------------------------- validate
    def _show(self, section: str, message: str | None) -> None:
        label = self.errors.get(section, self.product_error)
        label.setText(message or "")
        label.setVisible(bool(message))

    def _clear_errors(self) -> None:
        for section in self.errors:
            self._show(section, None)

    def collect(self) -> tuple[dict[str, Any], bool]:
        """The fields the merchant changed ``{name: value}`` and whether every value is valid.

        Only touched fields count: one the merchant left alone follows the server, so
        it is never sent back with an old value.
        """
        if self.detail is None:
            return {}, False
        self._clear_errors()
        self.show_server_errors()  # still true; a check below may say more
        values: dict[str, Any] = {}
        ok = True
        for page in self.tab_pages:
            page_values, page_ok = page.collect()
            values.update(page_values)
            ok = ok and page_ok
        values.update(self.details.removed_metadata(self.base.names()))
        touched = set(self.base.touched(self.form_values()))
        changes = {k: val for k, val in values.items()
                   if k in touched and not same(k, val, self.base.value(k))}
        self._mark_tabs()
        return changes, ok

    # ----------------------------------------------------------------- save
    def save(self) -> bool:
        changes, ok = self.collect()
        if not self._conflicts_settled() or not ok:
            self._mark_tabs(show_first=True)
            return False
        fields = {name: value for name, value in changes.items() if not is_stock(name)}
        levels = [(self.product_id, *stock_key(name), value)
                  for name, value in changes.items() if is_stock(name)]
        try:
            if fields:
                # Each field's base is the server value the merchant edited from, so the
                # push reports a colleague's later change instead of overwriting it.
                bases = {name: self.base.base(name) for name in fields}
                self.catalog.edit(self.product_id, fields, bases=bases)
            if levels:
                self.catalog.set_stock(levels)
        except ValueError as exc:  # the product went meanwhile, or its create is on the wire
            self._show(PRODUCT, str(exc))
            return False
        queued = any(op.state == "queued" for op in (self.detail.operations if self.detail
                                                      else ()))
        if changes or queued:  # structure changes made here are queued already: push them too
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
            self._show(section, translate("ProductEditor", PICK_FIRST))
        return not left

    def _mark_tabs(self, show_first: bool = False) -> None:
        """Mark each tab holding an error or a conflict; ``show_first``: bring the first up."""
        open_sections = {section_of(n) for n in self.notes.notes}
        first = None
        for index, page in enumerate(self.tab_pages):
            flagged = page.has_errors() or any(page.owns(s) for s in open_sections)
            label = translate("ProductEditor", page.label)
            self.tabs.setTabText(index, f"{label} •" if flagged else label)
            self.tabs.tabBar().setTabTextColor(index, FLAGGED if flagged else QColor())
            self.tabs.setTabToolTip(
                index, translate("ProductEditor", "Something here needs a look") if flagged else "")
            if flagged and first is None:
                first = index
        if show_first and first is not None and not self.tabs.tabText(
                self.tabs.currentIndex()).endswith("•"):
            self.tabs.setCurrentIndex(first)

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
        label = self.errors.get(section)
        if label is not None and label.text() == translate("ProductEditor", PICK_FIRST) and not any(
                section_of(n) == section for n in self.base.conflicts):
            self._show(section, None)
        self._mark_tabs()

    def _describe(self, name: str, theirs: Incoming) -> tuple[str, str]:
        """A conflict note's label (for grouped fields) and the server's new value."""
        names = self.details.names
        label = "" if section_of(name) == name else names.label(name)
        return label, names.value(name, theirs.value)

    @property
    def conflict_notes(self) -> dict[str, ConflictNote]:
        return dict(self.notes.notes)

    # --------------------------------------------------------------- rebase
    def _on_changes(self, changes: Changes) -> None:
        # The product changed underneath (pull, refresh, push, a save elsewhere, a
        # structure change): the form follows without dropping what the merchant types.
        if self.isHidden() or self.detail is None:
            return
        if (self.product_id not in changes.product_ids and not changes.rows_reset
                and not changes.taxonomy):
            return
        detail = self.catalog.product(self.product_id)
        if detail is None:
            detail = self._follow_create()
            if detail is None:
                return
        if (detail.medusa is not None, detail.payload is not None or detail.draft) != (
                self._has_m, self._has_p):
            # A side appeared or went: a new form, unless that would drop typing.
            if not self.has_unsaved_changes():
                self.load()
                return
        self.detail = detail
        self.state_label.setText(self._state_text(detail))
        self.rebase(detail)
        self.show_server_errors()

    def _follow_create(self) -> ProductDetail | None:
        """A product made here reached Medusa under a new id: the editor goes with it."""
        new_id = self.catalog.server_id(self.product_id)
        if new_id == self.product_id:
            return None
        self.product_id = new_id
        self.structure.product_id = self.structure.options.product_id = new_id
        if not self.has_unsaved_changes():
            self.load()
            return None
        return self.catalog.product(new_id)

    def rebase(self, detail: ProductDetail) -> None:
        """Put the store's new values in the untouched fields; typed ones stay or conflict."""
        self._refresh_names(detail)
        fresh = self.incoming(detail)
        form = self.form_values()
        # A variant (or a stock location) that went cannot be edited any more: its cells go.
        gone = [n for n in (*self.base.names(), *form)
                if (n.startswith("variants.") or is_stock(n)) and n not in fresh]
        self.base.forget(gone)
        for name in gone:
            form.pop(name, None)
        outcomes = self.base.rebase(fresh, form)
        for page in self.tab_pages:
            page.follow(detail, outcomes, form)
        for name, outcome in outcomes.items():
            if outcome.outcome is Outcome.TAKE_NEW:
                self._put(name, outcome.incoming)
        self.notes.sync(self.base.conflicts)
        self._mark_tabs()

    def _put(self, name: str, new: Incoming) -> None:
        """Show ``new`` in the widget of field ``name``."""
        page = self._page_of(name)
        if page is not None:
            page.put(name, new)

    # --------------------------------------------------------------- reload
    def reload_from_server(self) -> None:
        """Re-read the product from both servers; typing not yet saved is asked about first."""
        if self.has_unsaved_changes() and not self._confirm_reload:
            self._confirm_reload = True
            self.reload_button.setText(translate("ProductEditor", "Discard my typing and reload"))
            return
        self._confirm_reload = False
        self.reload_button.setText(translate("ProductEditor", "Reloading…"))
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
        self.state_label.setText(
            translate("ProductEditor", "Could not reload: {error}").format(error=message))

    def _reload_done(self) -> None:
        self.reload_button.setText(translate("ProductEditor", "Reload from server"))
        self._reloading = False
        self.gate.refresh()

    # -------------------------------------------------------- server errors
    def show_server_errors(self) -> None:
        """Put each refused edit's or operation's server message on the field it concerns."""
        detail = self.detail
        if detail is None:
            return
        for section, label in self.errors.items():
            if is_server_note(label.text()):  # an earlier refusal, perhaps settled since
                self._show(section, None)
        errors = field_errors(detail)
        for page in self.tab_pages:
            page.show_server_errors(errors)
        elsewhere = [server_note(message) for name, message in errors.items()
                     if self._page_of(name) is None]
        if elsewhere:
            self._show(PRODUCT, "\n".join(elsewhere))
        self._mark_tabs()

    # ---------------------------------------------------------------- close
    def cancel(self) -> None:
        """Cancel, Escape or the window's close button: typing not saved is asked about."""
        if not self.has_unsaved_changes():
            self.reject()
            return
        if self.unsaved_box is not None:
            return  # already asking
        box = QMessageBox(QMessageBox.Icon.Question, translate("Unsaved", "Unsaved changes"),
                          translate("ProductEditor",
                                    "Save your changes to this product before closing?"),
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
