"""Which locale the list's Score means: the default content's, or one translation target's.

Shown next to the completeness filter on a shop with locales to translate into (hidden
elsewhere); its choice narrows the ``SearchQuery`` (``locale``), so the Score column, its
sort and the completeness filter all follow it, in SQL (store/search.py).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store import SearchQuery

DEFAULT = QT_TRANSLATE_NOOP("Filters", "Score: default")


def label(locale: str) -> str:
    return translate("Filters", "Score: {locale}").format(locale=locale)


class ScoreLocaleChoice(QComboBox):
    def __init__(self, locales: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreLocaleChoice")
        self.setToolTip(
            translate(
                "Filters",
                "The locale whose content the Score column and the completeness "
                "filter judge: its description and SEO, and whether it is translated",
            )
        )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_locales(locales)

    def set_locales(self, locales: tuple[str, ...]) -> None:
        """Offer these locales (after the shop's translation setup changed); keeps the
        current choice while it is offered; hidden when there is none."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("Filters", DEFAULT), None)
        for code in locales:
            self.addItem(label(code), code)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)
        if not locales:
            self.hide()
        elif self.isHidden() and self.parentWidget() is not None:
            self.show()  # not before it is in the filter row: it would open as a window

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self.itemData(i) for i in range(1, self.count()))

    def narrow(self, query: SearchQuery) -> SearchQuery:
        return replace(query, locale=self.currentData())

    def choose(self, locale: str | None) -> None:
        self.setCurrentIndex(max(self.findData(locale), 0))
