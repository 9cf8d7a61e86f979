"""The product list's completeness filter: score 100%, under 100%, or one rule failed.

One choice that narrows the ``SearchQuery`` (``quality``); the catalog filters by the
stored scores in SQL (store/search.py). Rules the shop switched off are not offered.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.quality.rules import META_DESCRIPTION, RULES, QualityRules, label
from desktop_app.store import SearchQuery

# As short as "Any stock": the filter row has little room to spare.
ANY = QT_TRANSLATE_NOOP("Filters", "Any score")
CHOICES = (
    (QT_TRANSLATE_NOOP("Filters", "Score 100%"), "complete"),
    (QT_TRANSLATE_NOOP("Filters", "Score under 100%"), "incomplete"),
)
SQUEEZED = 84  # px the box may shrink to (text elided) before the search box must


def words(choice: str) -> str:
    """How a chosen filter reads in a sentence ("missing a meta title")."""
    if choice == "complete":
        return translate("Filters", "complete content")
    if choice == "incomplete":
        return translate("Filters", "incomplete content")
    return translate("Filters", "failing “{rule}”").format(rule=label(choice))


class CompletenessFilter(QComboBox):
    def __init__(self, rules: QualityRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completenessFilter")
        self.setToolTip(
            translate(
                "Filters",
                "Completeness: the share of the shop's content "
                "rules a product passes (Quality dashboard for the rules)",
            )
        )
        # As narrow as its "any" item: the filter row must leave the search box its room
        # (tests/ui/test_layout_steadiness.py); the open list is as wide as it needs.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # "Any score" whole: 5 average-width characters in English, a translation's own.
        any_width = self.fontMetrics().horizontalAdvance(translate("Filters", ANY))
        self.setMinimumContentsLength(
            max(5, -(-any_width // max(1, self.fontMetrics().averageCharWidth())) - 5)
        )
        widest = translate("Filters", "Fails: {rule}").format(rule=label(META_DESCRIPTION))
        self.view().setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 48)
        self.set_rules(rules)

    def minimumSizeHint(self) -> QSize:
        """Narrower than its text when the window is: a long row squeezes this box too,
        not only the search box (which would then jump as the count beside it changes)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), SQUEEZED), hint.height())

    def set_rules(self, rules: QualityRules) -> None:
        """Offer the rules that count (after the profile's rules changed); keeps the
        current choice when it is still offered."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("Filters", ANY), None)
        for text, value in CHOICES:
            self.addItem(translate("Filters", text), value)
        for rule in RULES:
            if rules.on(rule):
                self.addItem(translate("Filters", "Fails: {rule}").format(rule=label(rule)), rule)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def narrow(self, query: SearchQuery) -> SearchQuery:
        return replace(query, quality=self.currentData())

    def choose(self, value: str | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))

    def reset(self) -> None:
        """Back to "any" without a ``currentIndexChanged``."""
        self.blockSignals(True)
        self.setCurrentIndex(0)
        self.blockSignals(False)
