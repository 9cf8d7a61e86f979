"""The editor's Options & variants tab: the product's structure and every variant's keys.

Options and values (``OptionsPanel``) and adding or removing a variant change the
product at once through the catalog's operations. The variants' keys (title, SKU,
prices, codes, weight and dimensions, the two inventory flags) are fields like any
other: typed here, saved with the editor's Save, rebased when the product changes.
Under the table, a note says when Payload's copy of the variants lags behind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.new_product import VariantDraft
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.rebase import Incoming, Rebased
from desktop_app.store.taxonomy import Term
from desktop_app.store.variant_lag import variant_lag
from desktop_app.ui import theme
from desktop_app.ui.offline import validation as v
from desktop_app.ui.offline.confirm import confirm
from desktop_app.ui.offline.editor_tab import (
    EditorTab,
    hint_label,
    kept_typing,
    section_title,
    server_line,
    server_note,
)
from desktop_app.ui.offline.editor_values import currency_error, shown_text, variant_field
from desktop_app.ui.offline.inline_prompt import Field, InlinePrompt
from desktop_app.ui.offline.options_panel import OptionsPanel
from desktop_app.ui.offline.variant_table import EDITED, VariantTable, ordered_variants

LAG_STYLE = ("QLabel#payloadLag { background: @warning_bg@; border: 1px solid @warning_line@; "
             "border-radius: 6px; padding: 6px 10px; color: @warning@; }")


def option_titles(medusa: Mapping[str, Any] | None) -> list[str]:
    return [str(o.get("title")) for o in (medusa or {}).get("options") or ()]


class StructureTab(EditorTab):
    # "&&": a lone "&" would make a shortcut
    label = QT_TRANSLATE_NOOP("ProductEditor", "Options && variants")
    sections = ("options", "variants")

    def __init__(self, catalog: OfflineCatalog, product_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id = product_id
        self.medusa: dict[str, Any] | None = None
        self.currencies: set[str] = set()  # the store's, when read; empty: not checked
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(section_title(
            translate("Fields", "Options"),
            translate("StructureTab", "Medusa · each variant has one value of every option · "
                      "changes are queued at once")))
        self.options = OptionsPanel(catalog, product_id,
                                    lambda msg: self.show_error("options", msg), self)
        layout.addWidget(self.options)
        layout.addLayout(self.slot_for("options"))
        layout.addWidget(self.error_for("options"))

        layout.addWidget(section_title(translate("Fields", "Variants"),
                                       translate("StructureTab", "Medusa · saved with Save")))
        self.variants = VariantTable(self)
        self.variants.setMinimumHeight(34 + 5 * 30)  # five whole rows, whatever notes show
        layout.addWidget(self.variants, 1)
        buttons = QHBoxLayout()
        self.add_variant_button = QPushButton(translate("StructureTab", "Add variant…"),
                                              objectName="addVariant")
        self.remove_variant_button = QPushButton(translate("StructureTab", "Remove variant"),
                                                 objectName="removeVariant")
        self.add_variant_button.clicked.connect(lambda _c=False: self.ask_add_variant())
        self.remove_variant_button.clicked.connect(lambda _c=False: self.ask_remove_variants())
        buttons.addWidget(self.add_variant_button)
        buttons.addWidget(self.remove_variant_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.prompt = InlinePrompt(translate("StructureTab", "Add variant"), self)
        layout.addWidget(self.prompt)
        self.lag = QLabel(objectName="payloadLag")
        theme.style(self.lag, LAG_STYLE)
        self.lag.setWordWrap(True)
        self.lag.hide()
        layout.addWidget(self.lag)
        layout.addWidget(hint_label(translate(
            "StructureTab", "Add, remove or rename options and variants here and they are "
            "queued at once (the pending changes list them); typed values wait for Save.")))
        layout.addLayout(self.slot_for("variants"))
        layout.addWidget(self.error_for("variants"))
        self.variants.itemSelectionChanged.connect(self._selection_changed)

    @property
    def regions(self) -> Sequence[Term]:
        """The shop's regions (``region`` terms), by which region prices are named."""
        return self.variants.regions

    @regions.setter
    def regions(self, regions: Sequence[Term]) -> None:
        self.variants.regions = tuple(regions)

    # ----------------------------------------------------------------- load
    def load(self, detail: ProductDetail) -> None:
        self._show_structure(detail)
        self.variants.load(self._variants(), option_titles(self.medusa))
        enabled = detail.medusa is not None
        for widget in (self.variants, self.add_variant_button):
            widget.setEnabled(enabled)
        self.options.set_enabled(enabled)
        self._selection_changed()

    def _show_structure(self, detail: ProductDetail) -> None:
        self.medusa = detail.medusa
        self.options.load(detail.medusa, detail.draft)
        lag = variant_lag(detail.server_medusa, detail.payload)
        self.lag.setText(lag or "")
        self.lag.setVisible(bool(lag))

    def _variants(self) -> list[dict[str, Any]]:
        return ordered_variants(self.medusa)

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        out: dict[str, Incoming] = {}
        for variant in (detail.medusa or {}).get("variants") or ():
            for key in EDITED:
                name = variant_field(str(variant.get("id")), key)
                value = detail.value(name)
                out[name] = Incoming(detail.server_value(name), value,
                                     shown_text(name, value, self.regions))
        return out

    def form_values(self) -> dict[str, str]:
        return self.variants.form_values() if self.medusa is not None else {}

    def collect(self) -> tuple[dict[str, Any], bool]:
        if self.medusa is None:
            return {}, True
        values, lines = self.variants.collect(self.currencies)
        if lines:
            self.show_error("variants", "\n".join(lines))
        return values, not lines

    def put(self, name: str, new: Incoming) -> None:
        self.variants.put(name, new.shown or "")

    def follow(self, detail: ProductDetail, outcomes: Mapping[str, Rebased],
               form: Mapping[str, str]) -> None:
        self._show_structure(detail)
        ids = [str(x.get("id")) for x in self._variants()]
        if ids != self.variants.ids():
            # The server's (or a structure change's) variant list, typing kept where typed.
            self.variants.load(self._variants(), option_titles(self.medusa))
            for name, text in kept_typing(outcomes, form, "variants.").items():
                self.variants.put(name, text, from_server=False)
        self._selection_changed()

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        mine = {n: m for n, m in errors.items() if n == "variants" or n.startswith("variants.")}
        self.variants.show_server(mine)
        if mine:
            self.show_error("variants", "\n".join(server_line(self.names, n, m)
                                                  for n, m in mine.items()))
        if "options" in errors:
            self.show_error("options", server_note(errors["options"]))

    # ------------------------------------------------------------- variants
    def _selection_changed(self) -> None:
        rows = {i.row() for i in self.variants.selectedIndexes()}
        self.remove_variant_button.setEnabled(self.medusa is not None and bool(rows))
        self.remove_variant_button.setText(
            translate("StructureTab", "Remove variant|Remove %Ln variants", None, len(rows))
            if rows else translate("StructureTab", "Remove variant"))

    def ask_add_variant(self) -> None:
        options = (self.medusa or {}).get("options") or []
        fields = [Field(str(o.get("title")), choices=[(str(x.get("value")), str(x.get("value")))
                                                       for x in o.get("values") or ()])
                  for o in options]
        first = next(iter(self._variants()), {})
        fields += [Field(translate("Fields", "Title"),
                         placeholder=translate("StructureTab", "Title (optional)")),
                   Field(translate("Fields", "SKU"), placeholder=translate("Fields", "SKU")),
                   Field(translate("Fields", "Prices"),
                         text=v.format_prices(first.get("prices"), self.regions),
                         placeholder=translate("StructureTab",
                                               "Prices, like EUR 10.50, Europe: EUR 9"))]
        self.prompt.ask(translate("StructureTab", "New variant"), fields,
                        lambda texts: self._add_variant(options, texts))

    def _add_variant(self, options: list[dict[str, Any]], texts: list[Any]) -> str | None:
        chosen = {str(o.get("title")): str(texts[i]) for i, o in enumerate(options)}
        if any(value in ("", "None") for value in chosen.values()):
            return translate("StructureTab", "Every option needs a value first (Add value…).")
        title, sku, prices_text = (str(t) for t in texts[len(options):])
        if any((x.get("options") or {}) == chosen for x in self._variants()):
            return translate("StructureTab", "A variant with these values exists already.")
        if (problem := v.sku_error(sku)) is not None:
            return problem
        if sku and any(x.get("sku") == sku for x in self._variants()):
            return translate("StructureTab", "Another variant has the SKU {sku}.").format(sku=sku)
        prices, problem = v.parse_prices(prices_text, self.regions)
        if problem is None:
            problem = currency_error(prices or (), self.currencies)
        if problem is not None:
            return problem
        draft = VariantDraft(options=chosen, title=title, sku=sku, prices=prices or ())
        try:
            self.catalog.add_variant(self.product_id, draft)
        except ValueError as exc:  # the product went, or its create is on the wire
            return str(exc)
        return None

    def ask_remove_variants(self) -> None:
        rows = sorted({i.row() for i in self.variants.selectedIndexes()})
        if not rows:
            return
        ids = [self.variants.vid_at(r) for r in rows]
        names = ", ".join(f"“{self.variants.title_of(r)}”" for r in rows)
        text = translate(
            "StructureTab", "Remove the variant {names}? Its prices and stock go with it.|"
            "Remove %Ln variants ({names})? Their prices and stock go with them.", None, len(rows)
        ).format(names=names)
        self.confirm_box = confirm(self, translate("StructureTab", "Remove variants"), text,
                                   translate("StructureTab", "Remove variant|Remove %Ln variants",
                                             None, len(rows)),
                                   lambda: self._remove(ids))

    def _remove(self, ids: list[str]) -> None:
        try:
            for vid in ids:
                self.catalog.remove_variant(self.product_id, vid)
        except ValueError as exc:
            self.show_error("variants", str(exc))
