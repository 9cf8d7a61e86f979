"""A product's options and their values: add, rename and remove, at once.

Each change is one catalog operation (``add_option``, ``rename_option``,
``remove_option``, ``change_option_values``), durable when the call returns and sent
at the next push; the editor then shows the product as the catalog reports it. Names
are asked for in an ``InlinePrompt`` and removals confirmed without a nested loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.offline.button_row import button_row
from desktop_app.ui.offline.confirm import confirm
from desktop_app.ui.offline.details_tab import table_style
from desktop_app.ui.offline.inline_prompt import Field, InlinePrompt

OPTION_ROLE = Qt.ItemDataRole.UserRole  # option id, on the option's name cell


def split_values(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


class OptionsPanel(QWidget):
    def __init__(
        self,
        catalog: OfflineCatalog,
        product_id: str,
        on_error: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id = product_id
        self._on_error = on_error  # shows (or clears, with None) the options error
        self.options: list[dict[str, Any]] = []
        self.usage: dict[tuple[str, str], int] = {}  # (option title, value) -> variants
        self.draft = False  # a product made here: Medusa sees only the final structure
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # One row per option, its values on the row: the structure at a glance.
        self.table = QTableWidget(0, 2, objectName="optionsTable")
        self.table.setHorizontalHeaderLabels(
            [translate("OptionsPanel", "Option"), translate("OptionsPanel", "Values")]
        )
        table_style(self.table, 180)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        (
            buttons,
            (
                self.add_option_button,
                self.rename_button,
                self.add_value_button,
                self.remove_value_button,
                self.remove_button,
            ),
        ) = button_row(
            (
                (translate("OptionsPanel", "Add option…"), "addOption", self.ask_add_option),
                (translate("OptionsPanel", "Rename…"), "renameOption", self.ask_rename),
                (translate("OptionsPanel", "Add value…"), "addValue", self.ask_add_value),
                (translate("OptionsPanel", "Remove value…"), "removeValue", self.ask_remove_value),
                (translate("OptionsPanel", "Remove option"), "removeOption", self.ask_remove),
            ),
            spacing=6,
        )
        layout.addLayout(buttons)
        self.prompt = InlinePrompt(parent=self)
        layout.addWidget(self.prompt)
        self._selection_changed()

    # ----------------------------------------------------------------- load
    def load(self, medusa: Mapping[str, Any] | None, draft: bool = False) -> None:
        """Show the options of the merged record, keeping the selection."""
        selected = self.selected_id()
        self.draft = draft
        self.options = [dict(o) for o in (medusa or {}).get("options") or ()]
        self.usage = {}
        for variant in (medusa or {}).get("variants") or ():
            for title, value in (variant.get("options") or {}).items():
                self.usage[(title, str(value))] = self.usage.get((title, str(value)), 0) + 1
        self.table.setRowCount(0)
        for row, option in enumerate(self.options):
            self.table.insertRow(row)
            title = str(option.get("title"))
            name = QTableWidgetItem(title)
            name.setData(OPTION_ROLE, option.get("id"))
            values = [str(v.get("value")) for v in option.get("values") or ()]
            shown = QTableWidgetItem(
                "  ·  ".join(values) or translate("OptionsPanel", "(no values)")
            )
            shown.setToolTip("\n".join(self._usage_line(title, v) for v in values))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, shown)
            if option.get("id") == selected:
                self.table.selectRow(row)
        # As high as its rows (up to four): the variants below need the room.
        rows = min(4, max(1, len(self.options)))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        if not self.options:
            self.table.insertRow(0)
            empty = QTableWidgetItem(
                translate(
                    "OptionsPanel", "No options yet: add one (Size, Colour…) to offer variants."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(0, 0, empty)
            self.table.setSpan(0, 0, 1, 2)
        self._selection_changed()

    def selected_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return None
        item = self.table.item(min(rows), 0)
        return None if item is None else item.data(OPTION_ROLE)

    def select(self, option_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(OPTION_ROLE) == option_id:
                self.table.selectRow(row)

    def _option(self, option_id: str | None) -> dict[str, Any] | None:
        return next((o for o in self.options if o.get("id") == option_id), None)

    def _selection_changed(self) -> None:
        chosen = self.table.isEnabled() and self._option(self.selected_id()) is not None
        for button in (
            self.rename_button,
            self.add_value_button,
            self.remove_value_button,
            self.remove_button,
        ):
            button.setEnabled(chosen)

    def set_enabled(self, enabled: bool) -> None:
        self.table.setEnabled(enabled)
        self.add_option_button.setEnabled(enabled)
        self._selection_changed()

    # -------------------------------------------------------------- actions
    def _titles(self, but: str | None = None) -> set[str]:
        return {str(o.get("title")).casefold() for o in self.options if o.get("id") != but}

    def _usage_line(self, title: str, value: str) -> str:
        used = self.usage.get((title, value), 0)
        if not used:
            return translate("OptionsPanel", "{value}: unused").format(value=value)
        return translate("OptionsPanel", "{value}: %Ln variant(s)", None, used).format(value=value)

    def _used(self, option: Mapping[str, Any]) -> int:
        title = str(option.get("title"))
        return sum(n for (t, _v), n in self.usage.items() if t == title)

    def ask_add_option(self) -> None:
        self.prompt.ask(
            translate("OptionsPanel", "New option"),
            [
                Field(
                    translate("OptionsPanel", "Name"),
                    placeholder=translate("OptionsPanel", "Name, like Size"),
                ),
                Field(
                    translate("OptionsPanel", "Values"),
                    placeholder=translate("OptionsPanel", "Values, like S, M, L"),
                ),
            ],
            self._add_option,
            ok_text=translate("OptionsPanel", "Add option"),
        )

    def _add_option(self, texts: list[Any]) -> str | None:
        title, values = str(texts[0]), split_values(str(texts[1]))
        if not title:
            return translate("OptionsPanel", "The option needs a name.")
        if title.casefold() in self._titles():
            return translate(
                "OptionsPanel", "The product has an option “{option}” already."
            ).format(option=title)
        if not values:
            return translate(
                "OptionsPanel", "Give the option at least one value (separate values with commas)."
            )
        if len({v.casefold() for v in values}) != len(values):
            return translate("OptionsPanel", "A value is listed twice.")
        return self._run(lambda: self.catalog.add_option(self.product_id, title, values))

    def ask_rename(self) -> None:
        option = self._option(self.selected_id())
        if option is None:
            return
        self.prompt.ask(
            translate("OptionsPanel", "Rename “{option}”").format(option=option.get("title")),
            [Field(translate("OptionsPanel", "New name"), text=str(option.get("title")))],
            lambda texts: self._rename(option, str(texts[0])),
            ok_text=translate("OptionsPanel", "Rename"),
        )

    def _rename(self, option: dict[str, Any], title: str) -> str | None:
        if not title:
            return translate("OptionsPanel", "The option needs a name.")
        if title == option.get("title"):
            return None
        if title.casefold() in self._titles(but=option.get("id")):
            return translate(
                "OptionsPanel", "The product has an option “{option}” already."
            ).format(option=title)
        return self._run(
            lambda: self.catalog.rename_option(self.product_id, str(option["id"]), title)
        )

    def ask_add_value(self) -> None:
        option = self._option(self.selected_id())
        if option is None:
            return
        self.prompt.ask(
            translate("OptionsPanel", "New value of {option}").format(option=option.get("title")),
            [
                Field(
                    translate("OptionsPanel", "Values"),
                    placeholder=translate("OptionsPanel", "A value (or several, with commas)"),
                )
            ],
            lambda texts: self._add_values(option, split_values(str(texts[0]))),
            ok_text=translate("OptionsPanel", "Add value"),
        )

    def _add_values(self, option: dict[str, Any], values: list[str]) -> str | None:
        if not values:
            return translate("OptionsPanel", "Type a value.")
        have = {str(v.get("value")).casefold() for v in option.get("values") or ()}
        twice = [v for v in values if v.casefold() in have]
        if twice:
            return translate("OptionsPanel", "“{value}” is a value of {option} already.").format(
                value=twice[0], option=option.get("title")
            )
        return self._run(
            lambda: self.catalog.change_option_values(
                self.product_id, str(option["id"]), add=values
            )
        )

    def ask_remove_value(self) -> None:
        option = self._option(self.selected_id())
        if option is None:
            return
        title = str(option.get("title"))
        choices = []
        for value in (str(v.get("value")) for v in option.get("values") or ()):
            used = self.usage.get((title, value), 0)
            label = (
                translate(
                    "OptionsPanel",
                    "{value} — %Ln variant uses it|{value} — %Ln variants use it",
                    None,
                    used,
                ).format(value=value)
                if used
                else translate("OptionsPanel", "{value} — unused").format(value=value)
            )
            choices.append((label, value))
        if not choices:
            self._on_error(
                translate("OptionsPanel", "{option} has no values to remove.").format(option=title)
            )
            return
        self.prompt.ask(
            translate("OptionsPanel", "Remove a value of {option}").format(option=title),
            [Field(translate("OptionsPanel", "Value"), choices=choices)],
            lambda texts: self._run(
                lambda: self.catalog.change_option_values(
                    self.product_id, str(option["id"]), remove=[str(texts[0])]
                )
            ),
            ok_text=translate("OptionsPanel", "Remove value"),
        )

    def ask_remove(self) -> None:
        option = self._option(self.selected_id())
        if option is None:
            return
        title = str(option.get("title"))
        used = self._used(option)
        if used and not self.draft:
            # Medusa refuses it ("Cannot unassign product option from product which has
            # variants for that option"): say so now rather than after the push.
            self._on_error(
                translate(
                    "OptionsPanel",
                    "One variant uses {option}: remove it first (Medusa keeps an "
                    "option while a variant uses it).|%Ln variants use {option}: remove them first "
                    "(Medusa keeps an option while a variant uses it).",
                    None,
                    used,
                ).format(option=title)
            )
            return
        count = len(option.get("values") or ())
        self.confirm_box = confirm(
            self,
            translate("OptionsPanel", "Remove option"),
            translate(
                "OptionsPanel", "Remove the option “{option}” and its %Ln value(s)?", None, count
            ).format(option=title),
            translate("OptionsPanel", "Remove option"),
            lambda: self._run(
                lambda: self.catalog.remove_option(self.product_id, str(option["id"]))
            ),
        )

    def _run(self, change: Callable[[], object]) -> str | None:
        """Record one change; the catalog's notification redraws the editor."""
        try:
            change()
        except ValueError as exc:  # NotEditable: the product went, or a create is on the wire
            self._on_error(str(exc))
            return str(exc)
        self._on_error(None)
        return None
