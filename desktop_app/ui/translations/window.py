"""The translation editor of one product: source locale on the left, target on the right.

Opened from the content editor (**Translations…**) and the product list's menu. For the
chosen target locale (``de``, ``fr``…) each text to translate is one row: its field and
state (missing, outdated, done), the source (read-only) and the translation (editable):
title, subtitle, the description as the app's lossless markdown (highlighted as in the
content editor), SEO, and Medusa's translatable fields where the Translation module is on
(Medusa's title and subtitle, usually Payload's, are translated with them: one row writes
both).

**Save** records the edited translations through the catalog (the outbox, durably), then
pushes this product when the shop is online, as a save in the content editor does. The
window follows the catalog: a pull or a push elsewhere shows at once (typing is kept).
Where the shop has nothing to translate it says why (the capability's reason) instead of a
form.
"""

from __future__ import annotations

import logging
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.translations import units as unit_texts
from desktop_app.translations.setup import Target, TranslationSetup, TranslationsUnavailable
from desktop_app.translations.status import State
from desktop_app.translations.units import Unit
from desktop_app.ui import theme
from desktop_app.ui.admin.panel_style import PANEL_QSS
from desktop_app.ui.content_editor.highlighter import MarkdownHighlighter
from desktop_app.ui.offline.values import state_label as outbox_state
from desktop_app.ui.product_windows import ProductWindow
from desktop_app.ui.tasks import TaskSlot

log = logging.getLogger(__name__)

STATE_COLOURS = {
    State.MISSING: ("@red_bg@", "@red_fg@"),
    State.OUTDATED: ("@amber_bg@", "@amber_fg@"),
    State.DONE: ("@green_bg@", "@green_fg@"),
    State.EMPTY: ("@hover@", "@muted@"),
}
STATE_WORDS = {
    State.MISSING: QT_TRANSLATE_NOOP("TranslationStatus", "missing"),
    State.OUTDATED: QT_TRANSLATE_NOOP("TranslationStatus", "outdated: the source changed"),
    State.DONE: QT_TRANSLATE_NOOP("TranslationStatus", "done"),
    State.EMPTY: QT_TRANSLATE_NOOP("TranslationStatus", "nothing to translate"),
}
TRANSLATION_QSS = (
    PANEL_QSS
    + """
QFrame#unitRow { background: @surface@; border: 1px solid @line@; border-radius: 8px; }
QFrame#unitRow QLabel { background: transparent; }
QLabel#unitLabel { font-weight: 600; }
QLabel#columnHead { color: @muted@; font-weight: 600; }
QLabel#reasonLabel {
    background: @amber_bg@; border: 1px solid @warning_line@; border-radius: 8px;
    padding: 12px 14px;
}
QScrollArea#unitsArea, QWidget#unitsBody { background: transparent; border: none; }
QPlainTextEdit[role="source"], QLineEdit[role="source"] {
    background: @surface_alt@; color: @ink@; }
"""
)


def state_word(state: State) -> str:
    return translate("TranslationStatus", STATE_WORDS[state])


def saved_text(count: int, drafts: bool, online: bool) -> str:
    """What a save did, in one sentence per case."""
    if drafts and online:
        return translate(
            "Translations",
            "Saved %Ln translation(s) as drafts in Payload (live "
            "when the product is published; Medusa's as they are); sending…",
            None,
            count,
        )
    if drafts:
        return translate(
            "Translations",
            "Saved %Ln translation(s) as drafts in Payload (live "
            "when the product is published; Medusa's as they are); waiting in the "
            "outbox for the next push.",
            None,
            count,
        )
    if online:
        return translate("Translations", "Saved %Ln translation(s); sending…", None, count)
    return translate(
        "Translations",
        "Saved %Ln translation(s); waiting in the outbox for the next push.",
        None,
        count,
    )


def chip(state: State) -> str:
    background, colour = STATE_COLOURS[state]
    return (
        f"background: {background}; color: {colour}; border-radius: 4px; "
        "padding: 1px 8px; font-weight: 600;"
    )


class UnitRow(QFrame):
    """One text: its label and state, the source and the translation side by side."""

    def __init__(
        self,
        unit: Unit,
        parent: QWidget | None = None,
        locales: tuple[str, str] = ("", ""),  # source, target: what a screen reader says
    ) -> None:
        super().__init__(parent, objectName="unitRow")
        self.unit = unit
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 12)
        grid.setHorizontalSpacing(14)
        head = QHBoxLayout()
        head.setSpacing(8)
        title = (
            translate("Translations", "{field} · Payload and Medusa").format(field=unit.label)
            if len(unit.pairs) > 1
            else unit.label
        )
        self.label = QLabel(title, objectName="unitLabel")
        if len(unit.pairs) > 1:
            self.label.setToolTip(
                translate(
                    "Translations",
                    "Medusa's own text is the same as "
                    "Payload's: this translation is saved to both.",
                )
            )
        self.state_label = QLabel(objectName="unitState")
        self.edited_label = QLabel(
            translate("Translations", "edited, not saved"), objectName="unitEdited"
        )
        theme.style(self.edited_label, chip(State.EMPTY))
        head.addWidget(self.label)
        head.addWidget(self.state_label)
        head.addWidget(self.edited_label)
        head.addStretch(1)
        grid.addLayout(head, 0, 0, 1, 2)
        if unit.rich:
            self.source: Any = QPlainTextEdit(unit.source, readOnly=True)
            self.target: Any = QPlainTextEdit(unit.target)
            for edit in (self.source, self.target):
                edit.setMinimumHeight(190)
                edit.setFont(QFont("monospace", 10))
                MarkdownHighlighter(edit.document())
            self.source.setTabChangesFocus(True)  # read only: nothing for Tab to indent
            self.target.textChanged.connect(self._changed)
        else:
            self.source = QLineEdit(unit.source, readOnly=True)
            self.target = QLineEdit(unit.target)
            self.source.setCursorPosition(0)
            self.target.setCursorPosition(0)
            self.target.textChanged.connect(self._changed)
        self.source.setProperty("role", "source")
        self.source.setObjectName(f"source:{unit.key}")
        self.target.setObjectName(f"target:{unit.key}")
        self.target.setPlaceholderText(translate("Translations", "Not translated yet"))
        self._name_fields(*locales)
        grid.addWidget(self.source, 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.listeners: list[Any] = []
        self.show_state()

    def _name_fields(self, source: str, target: str) -> None:
        """The field and the side, as the column heads and the row's label show them."""
        field = self.unit.label
        self.source.setAccessibleName(
            translate("Translations", "{field}, source ({locale})").format(
                field=field, locale=source
            )
        )
        self.source.setAccessibleDescription(
            translate("Translations", "Read only: the text to translate")
        )
        self.target.setAccessibleName(
            translate("Translations", "{field}, translation ({locale})").format(
                field=field, locale=target
            )
        )

    def _describe_target(self) -> None:
        """The row's state chips, said with the field (they take no focus)."""
        state = state_word(self.unit.state)
        if self.dirty:
            state = translate("Translations", "{state} · edited, not saved").format(state=state)
        self.target.setAccessibleDescription(
            translate(
                "Translations",
                "{state}. Markdown as in the content editor: Tab indents a list item, "
                "Ctrl+Tab moves on, Ctrl+S saves.",
            ).format(state=state)
            if self.unit.rich
            else translate("Translations", "{state}. Ctrl+S saves.").format(state=state)
        )

    def text(self) -> str:
        return str(self.target.toPlainText() if self.unit.rich else self.target.text())

    def set_text(self, text: str) -> None:
        if self.unit.rich:
            self.target.setPlainText(text)
        else:
            self.target.setText(text)

    @property
    def dirty(self) -> bool:
        return not unit_texts.same_text(self.text(), self.unit.target)

    def show_state(self) -> None:
        self.state_label.setText(state_word(self.unit.state))
        theme.style(self.state_label, chip(self.unit.state))
        self.edited_label.setVisible(self.dirty)
        self._describe_target()

    def _changed(self, *_args: Any) -> None:
        self.show_state()
        for listener in self.listeners:
            listener()


class TranslationWindow(ProductWindow):
    def __init__(
        self,
        catalog: OfflineCatalog,
        product_id: str,
        parent: QWidget | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(
            catalog,
            product_id,
            parent,
            name="translationWindow",
            title=translate("Translations", "Translations"),
            qss=TRANSLATION_QSS,
            size=(1280, 860),
        )
        self.setup: TranslationSetup | None = None
        self.wanted_locale = locale
        self.rows: list[UnitRow] = []
        self._load = TaskSlot("translations setup")
        self._push = TaskSlot("translations push")
        self._build()
        self._follow_catalog()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        head = self._head(layout, translate("Translations", "Translations"))
        into = QLabel(translate("Translations", "Translate into"))
        head.addWidget(into, 0, Qt.AlignmentFlag.AlignVCenter)
        self.locale_box = QComboBox(objectName="localeBox")
        into.setBuddy(self.locale_box)
        self.locale_box.setAccessibleName(into.text())  # not the locale it shows
        self.locale_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.locale_box.currentIndexChanged.connect(self._locale_chosen)
        head.addWidget(self.locale_box, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status_label = QLabel(objectName="localeStatus")
        head.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)

        self.reason_label = QLabel(objectName="reasonLabel")
        self.reason_label.setWordWrap(True)
        # By keyboard too: where it shows, it is all the window has to say.
        self.reason_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reason_label.hide()
        layout.addWidget(self.reason_label)

        columns = QHBoxLayout()
        columns.setContentsMargins(14, 0, 14, 0)
        self.source_head = QLabel(objectName="columnHead")
        self.target_head = QLabel(objectName="columnHead")
        columns.addWidget(self.source_head, 1)
        columns.addWidget(self.target_head, 1)
        self.columns = QWidget()
        self.columns.setLayout(columns)
        layout.addWidget(self.columns)

        self.area = QScrollArea(objectName="unitsArea")
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab visits its fields, scrolling
        self.body = QWidget(objectName="unitsBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.body_layout.setSpacing(10)
        self.area.setWidget(self.body)
        layout.addWidget(self.area, 1)

        foot = QHBoxLayout()
        self.message_label = QLabel(objectName="footNote")
        self.message_label.setWordWrap(True)
        foot.addWidget(self.message_label, 1)
        self.revert_button = QPushButton(
            translate("Translations", "Revert"), objectName="revertTranslations"
        )
        self.revert_button.setToolTip(
            translate("Translations", "Drop the typing: each text shows its saved translation")
        )
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(
            translate("Translations", "Save"), objectName="saveTranslations"
        )
        self.save_button.setToolTip(
            translate("Translations", "Record the translations (sent at once when online)")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save = QAction(
            translate("Translations", "Save"), self, shortcut=QKeySequence.StandardKey.Save
        )
        save.triggered.connect(self.save)
        self.addAction(save)
        foot.addWidget(self.revert_button)
        foot.addWidget(self.save_button)
        layout.addLayout(foot)
        self._show_form(False)

    def _show_form(self, shown: bool) -> None:
        for widget in (
            self.columns,
            self.area,
            self.save_button,
            self.revert_button,
            self.locale_box,
        ):
            widget.setVisible(shown)
        self.status_label.setVisible(shown)

    # ------------------------------------------------------------------ load
    def start(self) -> None:
        """Show what is known at once; ask the shop what it translates when that is not
        known yet (or say why there is nothing to translate)."""
        self._title()
        setup = self.catalog.translation_setup()
        if setup is not None:
            self._use(setup)
            return
        self.message_label.setText(translate("Translations", "Asking the shop what it translates…"))
        self._load.start(self._detect())

    async def _detect(self) -> None:
        try:
            setup = await self.catalog.detect_translations()
        except TranslationsUnavailable as exc:
            if shiboken6.isValid(self):
                self.unavailable(exc.reason)
            return
        except Exception as exc:  # no clients, closed shop: say so rather than fail
            log.info("translations not detected", exc_info=True)
            if shiboken6.isValid(self):
                self.unavailable(
                    translate("Translations", "Translations could not be checked: {error}").format(
                        error=exc
                    )
                )
            return
        if shiboken6.isValid(self):
            self._use(setup)

    def unavailable(self, reason: str) -> None:
        self.setup = None
        self._show_form(False)
        headline = translate("Translations", "Translations are not available for this shop.")
        self.reason_label.setText(headline + "\n\n" + reason)
        self.reason_label.setAccessibleName(headline)
        self.reason_label.setAccessibleDescription(reason)
        self.reason_label.show()
        self.message_label.setText("")

    def _use(self, setup: TranslationSetup) -> None:
        self.setup = setup
        self.reason_label.hide()
        self._show_form(True)
        self.message_label.setText("")
        self.locale_box.blockSignals(True)
        self.locale_box.clear()
        for target in setup.targets:
            self.locale_box.addItem(target.label, target.code)
        wanted = setup.target(self.wanted_locale) if self.wanted_locale else None
        index = setup.targets.index(wanted) if wanted in setup.targets else 0
        self.locale_box.setCurrentIndex(index)
        self.locale_box.blockSignals(False)
        self.reload(force=True)

    @property
    def target(self) -> Target | None:
        if self.setup is None:
            return None
        return self.setup.target(str(self.locale_box.currentData() or ""))

    def _title(self) -> None:
        detail = self.catalog.product(self.product_id)
        title = ""
        if detail is not None:
            title = str(
                (detail.payload or {}).get("title") or (detail.medusa or {}).get("title") or ""
            )
        self.heading.setText(title or self.product_id)
        self.setWindowTitle(
            translate("Translations", "Translations — {title}").format(
                title=title or self.product_id
            )
        )

    def _locale_chosen(self, _index: int) -> None:
        if self.has_unsaved_changes():
            self.message_label.setText(
                translate(
                    "Translations", "Your typing in the other locale was kept; save it there."
                )
            )
        self.reload(force=True)

    def reload(self, force: bool = False) -> None:
        """Rebuild the rows from the catalog; typing in a row whose text did not move is kept."""
        target = self.target
        if target is None or self.setup is None:
            return
        self._title()
        evaluation = self.catalog.product_translations(self.product_id)
        found = unit_texts.units(self.product_id, evaluation, target) if evaluation else []
        typed = {} if force else {r.unit.key: r.text() for r in self.rows if r.dirty}
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        for unit in found:
            row = UnitRow(unit, self.body, (self.setup.source, target.code))
            if unit.key in typed:
                row.set_text(typed[unit.key])
            row.listeners.append(self._typing)
            self.rows.append(row)
            self.body_layout.addWidget(row)
        if not found:
            empty = QLabel(
                translate(
                    "Translations",
                    "Nothing to translate: this product has no text in {locale} yet.",
                ).format(locale=self.setup.source),
                objectName="sectionHint",
            )
            self.body_layout.addWidget(empty)
        self.body_layout.addStretch(1)
        status = (
            next((s for s in evaluation.statuses if s.target == target), None)
            if evaluation
            else None
        )
        state = status.state if status is not None else State.EMPTY
        self.status_label.setText(state_word(state) if status else "")
        self.locale_box.setAccessibleDescription(
            translate(
                "Translations",
                "The locale to translate into from {source}; this product's texts there: {state}",
            ).format(source=self.setup.source, state=state_word(state))
        )
        self._tab_order()
        theme.style(self.status_label, chip(state))
        self.subheading.setText(
            translate("Translations", "{product} · from {source} into {target}").format(
                product=self.product_id, source=self.setup.source, target=target.label
            )
        )
        self.source_head.setText(
            translate("Translations", "Source ({locale})").format(locale=self.setup.source)
        )
        self.target_head.setText(
            translate("Translations", "Translation ({locale})").format(locale=target.code)
        )
        self._typing()

    def _tab_order(self) -> None:
        """The locale, each row's source then translation, Revert, Save: the rows are
        made after the buttons, so Tab would otherwise reach Save before any text."""
        fields = [w for r in self.rows for w in (r.source, r.target)]
        chain = [self.locale_box, *fields, self.revert_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _typing(self) -> None:
        dirty = sum(1 for r in self.rows if r.dirty)
        self.save_button.setEnabled(dirty > 0)
        self.revert_button.setEnabled(dirty > 0)
        if dirty:
            self.message_label.setText(
                translate("Translations", "%Ln text(s) edited, not saved.", None, dirty)
            )

    def _on_changes(self, changes: Changes) -> None:
        if self.setup is None:
            return
        if changes.rows_reset or self.product_id in changes.product_ids:
            self._timer.start()

    # ------------------------------------------------------------------ save
    def has_unsaved_changes(self) -> bool:
        return any(r.dirty for r in self.rows)

    def revert(self) -> None:
        for row in self.rows:
            row.set_text(row.unit.target)
        self.message_label.setText("")

    def changes(self) -> dict[str, Any]:
        """The edits the typing stands for (each row: every field it writes)."""
        found: dict[str, Any] = {}
        for row in self.rows:
            if row.dirty:
                found.update(row.unit.values(row.text()))
        return found

    def save(self) -> bool:
        changes = self.changes()
        if not changes:
            return True
        try:
            self.catalog.edit_translations(self.product_id, changes)
        except ValueError as exc:
            self.message_label.setText(
                translate("Translations", "Not saved: {error}").format(error=exc)
            )
            return False
        online = self.catalog.shop is not None
        self.message_label.setText(saved_text(len(changes), self._as_drafts(changes), online))
        self.reload(force=True)
        if online:
            self._push.start(self._send())
        return True

    def _as_drafts(self, changes: dict[str, Any]) -> bool:
        """Payload's locales go to drafts on a drafts shop (docs/drafts.md)."""
        return any(
            n.startswith("locales.") for n in changes
        ) and self.catalog.translations_as_drafts(self.product_id)

    async def _send(self) -> None:
        try:
            await self.catalog.push_product(self.product_id)
        except Exception as exc:  # offline, closed: the edit waits in the outbox
            log.info("translations push failed", exc_info=True)
            if shiboken6.isValid(self):
                self.message_label.setText(
                    translate("Translations", "Saved; not sent yet: {why}").format(why=exc)
                )
            return
        if not shiboken6.isValid(self) or self.catalog.closed:
            return
        waiting = [e for e in self.catalog.outbox() if e.product_id == self.product_id]
        self.message_label.setText(
            translate("Translations", "Saved and sent.")
            if not waiting
            else translate("Translations", "Saved; not sent yet: {why}").format(
                why=waiting[0].message or outbox_state(waiting[0].state)
            )
        )

    def discard_and_close(self) -> None:
        self.revert()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.has_unsaved_changes():
            self._load.cancel()
            super().closeEvent(event)
            return
        event.ignore()
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Translations", "Unsaved translations"),
            translate("Translations", "Some translations are edited but not saved."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedTranslations")
        box.finished.connect(lambda answer: self._closing(box, answer))
        box.open()

    def _closing(self, box: QMessageBox, answer: int) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button == QMessageBox.StandardButton.Save:
            if self.save():
                self.close()
        elif button == QMessageBox.StandardButton.Discard:
            self.discard_and_close()
