"""The editor's Organise tab: categories, collection, type, sales channels and tags.

All five are Medusa fields of the product (``store.fields.ORGANISE_*``) saved with the
editor's Save. The terms come from the local store (``taxonomy``), so the tab works
offline; **New category…/collection…/tag…** makes one in Medusa at once
(``OfflineCatalog.create_term``, online only: the buttons are off while Medusa is
offline, and a failure says why under the question) and ticks or picks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import shiboken6
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.servers import Server
from desktop_app.services.offline import Changes, OfflineCatalog, ProductDetail
from desktop_app.services.rebase import Incoming
from desktop_app.store.fields import ORGANISE_LISTS
from desktop_app.store.taxonomy import Term
from desktop_app.ui.offline.editor_tab import EditorTab, section_title, server_line
from desktop_app.ui.offline.editor_values import ids_text, typed_value
from desktop_app.ui.offline.inline_prompt import WAIT, Field, InlinePrompt
from desktop_app.ui.offline.new_term_words import new_words
from desktop_app.ui.offline.online_errors import online_failure
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.term_pickers import CategoryTree, CheckList, TermCombo
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot

NEW_KINDS = {"category": "categories", "collection": "collection_id", "tag": "tags"}


class OrganiseTab(EditorTab):
    label = QT_TRANSLATE_NOOP("ProductEditor", "Organise")
    sections = ("categories", "collection_id", "type_id", "sales_channels", "tags")

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.creating = TaskSlot("create term")
        self.created: Term | None = None  # the last term made here (ticked or picked)
        self.commerce = False  # whether the product is in Medusa (as loaded)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.categories = CategoryTree(self)
        self.collection = TermCombo("collection", self)
        self.type = TermCombo("type", self)
        self.channels = CheckList("channel", parent=self)
        self.tags = CheckList("tag", filtered=True, parent=self)
        self.gate = ServerGate(catalog, self)
        self.new_buttons: dict[str, QPushButton] = {}

        left = QVBoxLayout()
        left.addWidget(section_title(translate("Fields", "Categories"),
                                     translate("OrganiseTab",
                                               "Medusa · tick each one the product is in")))
        left.addWidget(self.categories, 1)
        left.addLayout(self._new_row("category"))
        self._field_foot(left, "categories")
        grid.addLayout(left, 0, 0)

        right = QVBoxLayout()
        right.addWidget(section_title(translate("Fields", "Collection"), "Medusa"))
        row = QHBoxLayout()
        row.addWidget(self.collection, 1)
        row.addWidget(self._new_button("collection"))
        right.addLayout(row)
        self._field_foot(right, "collection_id")
        right.addWidget(section_title(translate("Fields", "Type"), "Medusa"))
        right.addWidget(self.type)
        self._field_foot(right, "type_id")
        right.addWidget(section_title(translate("Fields", "Sales channels"),
                                      translate("OrganiseTab", "Medusa · where it is sold")))
        self.channels.list.setMaximumHeight(96)
        right.addWidget(self.channels)
        self._field_foot(right, "sales_channels")
        right.addWidget(section_title(translate("Fields", "Tags"), "Medusa"))
        right.addWidget(self.tags, 1)
        right.addLayout(self._new_row("tag"))
        self._field_foot(right, "tags")
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.prompt = InlinePrompt(translate("OrganiseTab", "Create"), self)
        grid.addWidget(self.prompt, 1, 0, 1, 2)
        # New terms made here (or elsewhere) appear in the pickers at once.
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.destroyed.connect(self._unsubscribe)

    def _new_button(self, kind: str) -> QPushButton:
        button = QPushButton(new_words(kind).button, objectName=f"new_{kind}")
        button.clicked.connect(lambda _c=False, k=kind: self.ask_new(k))
        self.gate.guard(button, (Server.MEDUSA,), new_words(kind).tip,
                        lambda: not self.creating.running)
        self.new_buttons[kind] = button
        return button

    def _new_row(self, kind: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._new_button(kind))
        row.addStretch(1)
        return row

    def _field_foot(self, layout: QVBoxLayout, name: str) -> None:
        layout.addLayout(self.slot_for(name))
        layout.addWidget(self.error_for(name))

    def shutdown(self) -> None:
        self.creating.cancel()
        self._unsubscribe()

    # ----------------------------------------------------------------- load
    def load(self, detail: ProductDetail) -> None:
        medusa = detail.medusa or {}
        self.commerce = detail.medusa is not None
        self._fill({name: medusa.get(name) for name in self.sections})
        self.setEnabled(self.commerce)

    def _fill(self, values: Mapping[str, Any]) -> None:
        """The pickers from the shop's terms, ticked or picked as ``values`` say."""
        def ids(name: str) -> list[str]:
            value, _ = typed_value(name, ids_text(values.get(name)))
            return value

        self.categories.load(self.catalog.category_tree(), ids("categories"))
        self.collection.load(self.catalog.taxonomy("collection"), values.get("collection_id"))
        self.type.load(self.catalog.taxonomy("type"), values.get("type_id"))
        self.channels.load(self.catalog.taxonomy("channel"), ids("sales_channels"))
        self.tags.load(self.catalog.taxonomy("tag"), ids("tags"))

    def _on_changes(self, changes: Changes) -> None:
        if changes.taxonomy and self.commerce:
            self.refresh_terms()

    def refresh_terms(self) -> None:
        """The shop's terms changed: reload the pickers, keeping what the form holds."""
        form = self.form_values()
        self._fill({name: typed_value(name, text)[0] for name, text in form.items()})

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        if detail.medusa is None:
            return {}
        out = {}
        for name in self.sections:
            value = detail.value(name)
            shown = ids_text(value) if name in ORGANISE_LISTS else str(value or "")
            out[name] = Incoming(detail.server_value(name), value, shown)
        return out

    def form_values(self) -> dict[str, str]:
        if not self.commerce:
            return {}
        return {
            "categories": ",".join(sorted(self.categories.checked_ids())),
            "collection_id": self.collection.current_id(),
            "type_id": self.type.current_id(),
            "sales_channels": ",".join(sorted(self.channels.checked_ids())),
            "tags": ",".join(sorted(self.tags.checked_ids())),
        }

    def collect(self) -> tuple[dict[str, Any], bool]:
        return {name: typed_value(name, text)[0] for name, text in self.form_values().items()}, True

    def put(self, name: str, new: Incoming) -> None:
        form = self.form_values()
        form[name] = new.shown or ""
        if self._holds(name, form[name]):
            self._set(name, form[name])
        else:  # a term the pickers do not list yet (made since, or unknown): reload them
            self._fill({n: typed_value(n, t)[0] for n, t in form.items()})

    def _holds(self, name: str, text: str) -> bool:
        if name in ("collection_id", "type_id"):
            combo = self.collection if name == "collection_id" else self.type
            return combo.findData(text) >= 0
        picker = self._picker(name)
        return all(picker.item_of(i) is not None for i in text.split(",") if i)

    def _set(self, name: str, text: str) -> None:
        if name == "collection_id":
            self.collection.set_current(text)
        elif name == "type_id":
            self.type.set_current(text)
        else:
            self._picker(name).set_checked(i for i in text.split(",") if i)

    def _picker(self, name: str) -> CategoryTree | CheckList:
        return {"categories": self.categories, "sales_channels": self.channels,
                "tags": self.tags}[name]

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        for name in self.sections:
            if name in errors:
                self.show_error(name, server_line(self.names, name, errors[name]))

    # ------------------------------------------------------------ new terms
    def ask_new(self, kind: str) -> None:
        words = new_words(kind)
        fields = [Field(translate("OptionsPanel", "Name"), placeholder=words.placeholder)]
        if kind == "category":
            parents: list[tuple[str, Any]] = [(translate("OrganiseTab", "Top level"), None)]
            parents += [("    " * depth + term.name, term.id)
                        for depth, term in self.catalog.category_tree()]
            fields.append(Field(translate("OrganiseTab", "Parent"), choices=parents))
        self.prompt.ask(words.question, fields, lambda texts: self._create(kind, texts),
                        ok_text=translate("OrganiseTab", "Create"))

    def _create(self, kind: str, texts: list[Any]) -> Any:
        name = str(texts[0])
        if not name:
            return new_words(kind).needs_name
        parent = texts[1] if kind == "category" else None
        task = self.creating.start(self._make(kind, name, parent),
                                   on_error=lambda exc: self._failed(kind, exc))
        # Once the slot has let go of the task: the buttons' condition reads it.
        task.add_done_callback(lambda _t: self.gate.refresh() if shiboken6.isValid(self)
                               else None)
        self.gate.refresh()
        return WAIT

    async def _make(self, kind: str, name: str, parent: str | None) -> None:
        try:
            term = await self.catalog.create_term(kind, name, parent_id=parent)
        except Exception as exc:  # shown under the question; the bug path logs in TaskSlot
            self._failed(kind, exc)
            return
        self.created = term
        self.refresh_terms()
        self._choose(term)
        self.prompt.finish()

    def _choose(self, term: Term) -> None:
        """The merchant made it to use it: tick or pick it (saved with Save)."""
        if term.kind == "collection":
            self.collection.set_current(term.id)
            return
        picker = self.categories if term.kind == "category" else self.tags
        picker.set_checked([*picker.checked_ids(), term.id])

    def _failed(self, kind: str, exc: BaseException) -> None:
        words = new_words(kind)
        self.prompt.fail(online_failure(self.catalog, words.offline, words.failed, exc))
