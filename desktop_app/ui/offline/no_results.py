"""What the list shows instead of an empty table when a search or filter matches nothing.

An empty table looks like a broken app (or an empty shop); this says what was asked
for and offers the one way out, clearing the search and the filters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.store import SearchQuery
from desktop_app.ui import theme
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.list_model import sync_label
from desktop_app.ui.quality.completeness_filter import words as completeness_words

# Local, not in resources/style.qss: the same card look as the list's empty states.
NO_RESULTS_QSS = """
QFrame#noResults { background: @surface@; border: 1px solid @line@; border-radius: 8px; }
QLabel#noResultsTitle { font-size: 13pt; font-weight: 700; }
QLabel#noResultsText { color: @muted@; font-size: 11pt; }
"""


# The organise and stock filters in words (``OrganiseFilters.describe``).
Describe = Callable[[SearchQuery], list[str]]


def is_narrowed(query: SearchQuery) -> bool:
    """True when the query hides products (search text or a filter), not just sorts them."""
    return bool(query.text or query.statuses or query.sync_states or query.facet_filtered
                or query.quality)


def headline(query: SearchQuery) -> str:
    if query.text:
        return translate("NoResults", "No products match “{text}”").format(text=query.text)
    return translate("NoResults", "No products match these filters")


def filters_text(query: SearchQuery, describe: Describe | None = None) -> str:
    """The active filters in the words of the filter boxes, or "" without any."""
    parts: list[str] = []
    if query.statuses:
        parts.append(translate("NoResults", "status {statuses}").format(
            statuses=_either(status_label(s) for s in query.statuses)))
    if query.sync_states:
        parts.append(translate("NoResults", "sync state {states}").format(
            states=_either(sync_label(s) for s in query.sync_states)))
    if describe is not None:
        parts += describe(query)
    if query.quality:
        parts.append(completeness_words(query.quality))
    if not parts:
        return ""
    return translate("NoResults", "Filtered to {filters}.").format(
        filters=translate("NoResults", " and ").join(parts))


def _either(words: Iterable[str]) -> str:
    return translate("NoResults", " or ").join(words)


class NoResults(QFrame):
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noResults")
        theme.style(self, NO_RESULTS_QSS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(10)
        layout.addStretch(1)
        self.title = QLabel(objectName="noResultsTitle")
        self.text = QLabel(objectName="noResultsText")
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the search text is the user's
            layout.addWidget(label)
        self.clear_button = QPushButton(translate("NoResults", "Clear search and filters"),
                                        objectName="clearFilters")
        self.clear_button.clicked.connect(self.clearRequested)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_query(self, query: SearchQuery, describe: Describe | None = None) -> None:
        self.title.setText(headline(query))
        filters = filters_text(query, describe)
        hint = translate("NoResults",
                         "Search looks at titles, handles, SKUs, descriptions and IDs.")
        self.text.setText(f"{filters}\n{hint}" if filters else hint)
