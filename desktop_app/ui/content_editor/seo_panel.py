"""The SEO group: meta title, meta description, keywords, length counters, snippet.

Search engines cut titles at about 60 characters and descriptions at about 160, so
each counter turns amber close to the limit and red past it. The snippet shows
what a result would look like, with the fallbacks search engines use (the product
title, the start of the description) when a meta field is empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.conflict_note import with_slot
from desktop_app.ui.content_editor.rendering import UNTITLED_PRODUCT

TITLE_LIMIT = 60
DESCRIPTION_LIMIT = 160
META_TITLE = QT_TRANSLATE_NOOP("ContentSeo", "Meta title")
WARN_RATIO = 0.9  # amber from 90 % of the limit: the merchant should stop soon
LENGTH_TIPS = {
    "empty": QT_TRANSLATE_NOOP("ContentSeo", "Empty: search engines fall back to other text."),
    "ok": QT_TRANSLATE_NOOP("ContentSeo", "Good length."),
    "near": QT_TRANSLATE_NOOP("ContentSeo", "Close to the limit."),
}


@dataclass(frozen=True)
class Length:
    count: int
    limit: int

    @property
    def state(self) -> str:
        if self.count == 0:
            return "empty"
        if self.count > self.limit:
            return "over"
        return "near" if self.count >= int(self.limit * WARN_RATIO) else "ok"


class LengthCounter(QLabel):
    """``42 / 60`` whose ``state`` property (empty/ok/near/over) drives its colour."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lengthCounter")
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.update_count(0)

    def update_count(self, count: int) -> None:
        length = Length(count, self.limit)
        locale = QLocale()
        self.setText(f"{locale.toString(count)} / {locale.toString(self.limit)}")
        if length.state == "over":
            tip = translate(
                "ContentSeo", "Too long: search engines cut it after about {limit} characters."
            ).format(limit=locale.toString(self.limit))
        else:
            tip = translate("ContentSeo", LENGTH_TIPS[length.state])
        self.setToolTip(tip)
        if self.property("state") != length.state:
            self.setProperty("state", length.state)
            self.style().unpolish(self)
            self.style().polish(self)

    @property
    def state(self) -> str:
        return str(self.property("state"))


def elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,.;:") + " …"


class SnippetPreview(QFrame):
    """A search-result card: title link, URL from the handle, description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.url_label = QLabel(objectName="snippetUrl")
        self.title_label = QLabel(objectName="snippetTitle")
        self.description_label = QLabel(objectName="snippetDescription")
        self.description_label.setWordWrap(True)
        for label in (self.url_label, self.title_label, self.description_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

    def update_snippet(self, title: str, url: str, description: str) -> None:
        self.title_label.setText(
            elide(title, TITLE_LIMIT) or translate("ContentEditor", UNTITLED_PRODUCT)
        )
        self.url_label.setText(url)
        self.description_label.setText(elide(description, DESCRIPTION_LIMIT))


class SeoPanel(QWidget):
    changed = Signal()

    def __init__(
        self, storefront: str = "https://shop.example.com", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.storefront = storefront.rstrip("/")
        self.handle = ""
        self.fallback_title = ""
        self.fallback_description = ""

        self.title_edit = QLineEdit(objectName="metaTitleEdit")
        self.title_counter = LengthCounter(TITLE_LIMIT)
        self.description_edit = QPlainTextEdit(objectName="metaDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(64)
        self.description_counter = LengthCounter(DESCRIPTION_LIMIT)
        self.keywords_edit = QLineEdit(objectName="metaKeywordsEdit")
        self.keywords_edit.setPlaceholderText(
            translate("ContentSeo", "Comma-separated, e.g. hoodie, organic cotton")
        )
        self.snippet = SnippetPreview()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each field has a place under it for an inline conflict (see ui.conflict_note).
        self.slots: dict[str, QVBoxLayout] = {}
        for name, label, field in (
            (
                "seo.meta_title",
                translate("ContentSeo", META_TITLE),
                _with_counter(self.title_edit, self.title_counter),
            ),
            (
                "seo.meta_description",
                translate("ContentSeo", "Meta description"),
                _with_counter(self.description_edit, self.description_counter),
            ),
            ("seo.meta_keywords", translate("ContentSeo", "Keywords"), self.keywords_edit),
        ):
            box, self.slots[name] = with_slot(field)
            form.addRow(label, box)
        caption = QLabel(translate("ContentSeo", "Search result preview"), objectName="fieldHint")
        form.addRow(caption)
        form.addRow(self.snippet)

        self.title_edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.keywords_edit.textChanged.connect(self._changed)

    # ------------------------------------------------------------------ values
    def values(self) -> dict[str, str]:
        return {
            "seo.meta_title": self.title_edit.text(),
            "seo.meta_description": self.description_edit.toPlainText(),
            "seo.meta_keywords": self.keywords_edit.text(),
        }

    def set_values(self, values: dict[str, str]) -> None:
        for widget in (self.title_edit, self.description_edit, self.keywords_edit):
            widget.blockSignals(True)
        self.title_edit.setText(values.get("seo.meta_title", ""))
        self.description_edit.setPlainText(values.get("seo.meta_description", ""))
        self.keywords_edit.setText(values.get("seo.meta_keywords", ""))
        for widget in (self.title_edit, self.description_edit, self.keywords_edit):
            widget.blockSignals(False)
        self.refresh()

    def set_fallbacks(self, title: str, description: str, handle: str) -> None:
        """What search engines show when the meta fields are empty."""
        self.fallback_title = title
        self.fallback_description = description
        self.handle = handle
        self.title_edit.setPlaceholderText(
            elide(title, TITLE_LIMIT) or translate("ContentSeo", META_TITLE)
        )
        self.description_edit.setPlaceholderText(
            translate("ContentSeo", "Leave empty to use the start of the description.")
        )
        self.refresh()

    @property
    def url(self) -> str:
        return f"{self.storefront}/products/{self.handle}" if self.handle else self.storefront

    def refresh(self) -> None:
        title = self.title_edit.text()
        description = self.description_edit.toPlainText()
        self.title_counter.update_count(len(title))
        self.description_counter.update_count(len(description))
        self.snippet.update_snippet(
            title.strip() or self.fallback_title,
            self.url,
            description.strip() or self.fallback_description,
        )

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def _with_counter(field: QWidget, counter: LengthCounter) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    row.addWidget(field, 1)
    row.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop)
    counter.setMinimumWidth(64)
    return box
