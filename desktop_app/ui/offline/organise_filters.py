"""The list's organise and stock filters: category (a tree), collection, tag, type,
sales channel, and "out of" / "low" stock.

Each is one choice that narrows the ``SearchQuery`` (``narrow``); the catalog filters in
SQL (a category includes the categories below it). Names come from the shop's terms
as last pulled (``OfflineCatalog.taxonomy``); a kind the shop has none of is hidden.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import SearchQuery
from desktop_app.store.search import LOW_STOCK
from desktop_app.store.taxonomy import CATEGORY, CHANNEL, COLLECTION, TAG, TYPE
from desktop_app.ui.offline.term_combo import TermCombo

# kind -> (the SearchQuery field, what its "any" item says, how a filter reads in words)
KINDS = {
    CATEGORY: ("categories", QT_TRANSLATE_NOOP("Filters", "All categories"),
               QT_TRANSLATE_NOOP("Filters", "category {names}")),
    COLLECTION: ("collections", QT_TRANSLATE_NOOP("Filters", "All collections"),
                 QT_TRANSLATE_NOOP("Filters", "collection {names}")),
    TAG: ("tags", QT_TRANSLATE_NOOP("Filters", "All tags"),
          QT_TRANSLATE_NOOP("Filters", "tag {names}")),
    TYPE: ("types", QT_TRANSLATE_NOOP("Filters", "All types"),
           QT_TRANSLATE_NOOP("Filters", "type {names}")),
    CHANNEL: ("channels", QT_TRANSLATE_NOOP("Filters", "All sales channels"),
              QT_TRANSLATE_NOOP("Filters", "sales channel {names}")),
}
STOCK_CHOICES = ((QT_TRANSLATE_NOOP("Filters", "Any stock"), None),
                 (QT_TRANSLATE_NOOP("Filters", "Out of stock"), "out"),
                 (QT_TRANSLATE_NOOP("Filters", "Low stock (1–{low})"), "low"))
STOCK_WORDS = {
    "out": QT_TRANSLATE_NOOP("Filters", "out of stock"),
    "low": QT_TRANSLATE_NOOP("Filters", "low stock (1–{low} available)"),
}


class OrganiseFilters(QWidget):
    changed = Signal()

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.combos: dict[str, TermCombo] = {}
        for kind, (_field, any_text, _words) in KINDS.items():
            combo = self.combos[kind] = TermCombo(translate("Filters", any_text), self)
            combo.setObjectName(f"{kind}Filter")
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
        self.stock_combo = QComboBox(objectName="stockFilter")
        for text, value in STOCK_CHOICES:
            self.stock_combo.addItem(translate("Filters", text).format(low=LOW_STOCK), value)
        self.stock_combo.setToolTip(translate(
            "Filters", "Available stock: stocked minus reserved, over every variant and "
            "location whose stock Medusa manages"))
        self.stock_combo.currentIndexChanged.connect(self.changed)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Read the terms again (after a pull or a new term); a vanished choice is dropped."""
        dropped = False
        for kind, combo in self.combos.items():
            terms = (self.catalog.category_tree() if kind == CATEGORY
                     else [(0, t) for t in self.catalog.taxonomy(kind)])
            dropped |= combo.set_terms(terms)
            combo.setVisible(combo.terms() > 0 or combo.current_id() is not None)
        if dropped:
            self.changed.emit()

    def any_terms(self) -> bool:
        return any(combo.terms() for combo in self.combos.values())

    def narrow(self, query: SearchQuery) -> SearchQuery:
        """``query`` with these filters (each kind replaced, not added to)."""
        values = {KINDS[kind][0]: (term,) if (term := combo.current_id()) else ()
                  for kind, combo in self.combos.items()}
        return replace(query, stock=self.stock_combo.currentData(), **values)

    def clear(self) -> None:
        """Back to "any" everywhere, without a ``changed`` per box."""
        for combo in (*self.combos.values(), self.stock_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def select(self, kind: str, term_id: str | None) -> None:
        self.combos[kind].select(term_id)

    def set_stock(self, state: str | None) -> None:
        self.stock_combo.setCurrentIndex(max(self.stock_combo.findData(state), 0))

    def name(self, kind: str, term_id: str) -> str:
        return self.combos[kind].name_of(term_id)

    def describe(self, query: SearchQuery) -> list[str]:
        """The query's organise and stock filters in words ("category Apparel › Shirts")."""
        parts = []
        for kind, (field, _any, words) in KINDS.items():
            ids = getattr(query, field)
            if ids:
                names = translate("NoResults", " or ").join(self.name(kind, i) for i in ids)
                parts.append(translate("Filters", words).format(names=names))
        if query.stock in STOCK_WORDS:
            parts.append(translate("Filters", STOCK_WORDS[query.stock]).format(low=LOW_STOCK))
        elif query.stock:
            parts.append(query.stock)
        return parts
