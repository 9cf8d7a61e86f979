"""The operation chooser: set status, set SEO fields, or find/replace, with parameters.

``operation()`` builds the core operation from what is typed; bad input raises
``BulkError`` with the message to show. ``changed`` fires on any edit (the preview
is then out of date).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import bulk
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import theme
from desktop_app.ui.formatting import status_label

OPERATIONS = (("status", QT_TRANSLATE_NOOP("BulkEdit", "Set status")),
              ("seo", QT_TRANSLATE_NOOP("BulkEdit", "Set SEO fields")),
              ("replace", QT_TRANSLATE_NOOP("BulkEdit", "Find and replace")))
SEO_LABELS = (("meta_title", QT_TRANSLATE_NOOP("BulkEdit", "Meta title")),
              ("meta_description", QT_TRANSLATE_NOOP("BulkEdit", "Meta description")),
              ("meta_keywords", QT_TRANSLATE_NOOP("BulkEdit", "Meta keywords")))
HINT = "color: @muted@;"


class SeoRow(QWidget):
    """A checkbox saying whether to set the field, and its template."""

    def __init__(self, key: str, label: str, form: OperationForm) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(translate("BulkEdit", label), objectName=f"seoSet_{key}")
        self.enabled.setMinimumWidth(140)
        self.text = QLineEdit(objectName=f"seoText_{key}")
        self.text.setPlaceholderText(translate("BulkEdit", "e.g. {title} | My shop"))
        self.text.setEnabled(False)
        self.enabled.setToolTip(translate("BulkEdit", "Set this field on every chosen product"))
        self.text.setAccessibleName(translate("BulkEdit", "{field} template").format(
            field=self.enabled.text()))
        # The placeholders stay as written: the template is read with them.
        self.text.setToolTip(translate("BulkEdit", "Placeholders: {title}, {subtitle}, "
                                       "{handle}"))
        self.enabled.toggled.connect(self.text.setEnabled)
        self.enabled.toggled.connect(form.changed)
        self.text.textChanged.connect(form.changed)
        self.text.textEdited.connect(lambda _t: self.enabled.setChecked(True))
        row.addWidget(self.enabled)
        row.addWidget(self.text, 1)

    def value(self) -> str | None:
        return self.text.text() if self.enabled.isChecked() else None


class OperationForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        change = QLabel(translate("BulkEdit", "Change:"))
        top.addWidget(change)
        self.kind = QComboBox(objectName="operationKind")
        change.setBuddy(self.kind)
        self.kind.setToolTip(translate("BulkEdit", "What to change on every chosen product; "
                                       "its options follow"))
        for key, label in OPERATIONS:
            self.kind.addItem(translate("BulkEdit", label), key)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._status_page())
        self.pages.addWidget(self._seo_page())
        self.pages.addWidget(self._replace_page())
        layout.addWidget(self.pages)
        self.kind.currentIndexChanged.connect(self._show_page)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._show_page(0)

    def _show_page(self, index: int) -> None:
        """Show the options of operation ``index``, sized to them: a stacked widget is
        as tall as its tallest page unless the hidden pages' size is ignored."""
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for number in range(self.pages.count()):
            policy = preferred if number == index else ignored
            self.pages.widget(number).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()

    # ------------------------------------------------------------ pages
    def _status_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.status = QComboBox(objectName="statusChoice")
        for status in bulk.STATUSES:  # "Draft" as everywhere in the app, "draft" for Medusa
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.status.setToolTip(translate("BulkEdit", "The status every chosen product gets"))
        form.addRow(translate("BulkEdit", "New status:"), self.status)
        return page

    def _seo_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.seo_rows = {key: SeoRow(key, label, self) for key, label in SEO_LABELS}
        # The templates line up after the widest label (German's is wider than 140 px).
        widest = max(row.enabled.sizeHint().width() for row in self.seo_rows.values())
        for row in self.seo_rows.values():
            row.enabled.setMinimumWidth(max(140, widest))
        for row in self.seo_rows.values():
            box.addWidget(row)
        hint = QLabel(translate("BulkEdit", "Ticked fields are set on every product. "
                                "Placeholders: {title}, {subtitle}, {handle}. Unticked fields "
                                "are left as they are."))
        hint.setWordWrap(True)
        theme.style(hint, HINT)
        box.addWidget(hint)
        return page

    def _replace_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.find = QLineEdit(objectName="findText")
        self.replace = QLineEdit(objectName="replaceText")
        form.addRow(translate("BulkEdit", "Find:"), self.find)
        form.addRow(translate("BulkEdit", "Replace with:"), self.replace)
        options = QHBoxLayout()
        self.in_title = QCheckBox(translate("BulkEdit", "Title"), objectName="inTitle",
                                  checked=True)
        self.in_subtitle = QCheckBox(translate("BulkEdit", "Subtitle"), objectName="inSubtitle",
                                     checked=True)
        self.match_case = QCheckBox(translate("BulkEdit", "Match case"), objectName="matchCase",
                                    checked=True)
        self.regex = QCheckBox(translate("BulkEdit", "Regular expression"),
                               objectName="useRegex")
        for widget, tip in (
                (self.find, translate("BulkEdit", "The text to find in the titles and "
                                      "subtitles")),
                (self.replace, translate("BulkEdit", "What replaces it; empty removes the text "
                                         "found")),
                (self.in_title, translate("BulkEdit", "Replace in the products' titles")),
                (self.in_subtitle, translate("BulkEdit", "Replace in the products' subtitles")),
                (self.match_case, translate("BulkEdit", "Tell capital and small letters apart")),
                (self.regex, translate("BulkEdit", "Find is read as a regular expression"))):
            widget.setToolTip(tip)
        for box in (self.in_title, self.in_subtitle, self.match_case, self.regex):
            options.addWidget(box)
            box.toggled.connect(lambda _c: self.changed.emit())
        options.addStretch(1)
        form.addRow(translate("BulkEdit", "In:"), options)
        for edit in (self.find, self.replace):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        return page

    # ------------------------------------------------------------ result
    def select(self, key: str) -> None:
        self.kind.setCurrentIndex([k for k, _ in OPERATIONS].index(key))

    def set_status(self, status: str) -> None:
        """Choose the new status by its Medusa value ("draft")."""
        self.status.setCurrentIndex(self.status.findData(status))

    def describe(self, operation: bulk.Operation) -> str:
        """What the operation does, in the app's words ("Set status to Draft")."""
        if isinstance(operation, bulk.SetStatus):
            return translate("BulkOperations", "Set status to {status}").format(
                status=status_label(operation.status))
        return operation.describe()

    def operation(self) -> bulk.Operation:
        key = self.kind.currentData()
        if key == "status":
            return bulk.SetStatus(str(self.status.currentData()))
        if key == "seo":
            return bulk.SetSeo(**{k: row.value() for k, row in self.seo_rows.items()})
        fields = tuple(f for f, box in (("title", self.in_title), ("subtitle", self.in_subtitle))
                       if box.isChecked())
        return bulk.FindReplace(self.find.text(), self.replace.text(), fields,
                                case_sensitive=self.match_case.isChecked(),
                                regex=self.regex.isChecked())
