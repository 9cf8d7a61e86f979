"""The content editor's locale switcher (issue 16).

Shown only where Payload's product content is localised (``caps.localised_content``):
a combo box of Payload's locales, the default first. Elsewhere it is a muted note whose
tooltip (and accessible description) is the capability's reason, so the merchant knows
why there is one locale and what to turn on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.content_editor.locale_forms import DEFAULT


class LocaleBar(QWidget):
    """``chosen(locale)``: ``DEFAULT`` ("") for the default locale, else Payload's code."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="localeBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.label = QLabel(translate("ContentLocales", "&Locale"), objectName="fieldLabel")
        self.box = QComboBox(objectName="localeSwitcher")
        self.box.setAccessibleName(translate("ContentLocales", "Content locale"))
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.box)  # Alt+L
        self.box.currentIndexChanged.connect(self._index_changed)
        self.note = QLabel(objectName="localeNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # its reason read out on focus
        theme.style(self.note, "QLabel { color: @muted@; }")
        row.addWidget(self.label)
        row.addWidget(self.box)
        row.addWidget(self.note)
        self.default_locale = ""
        self.reason = ""
        self.set_checking()

    def set_checking(self) -> None:
        self._switcher(False)
        self.note.setText(translate("ContentLocales", "Locales: checking…"))
        self.note.setToolTip(
            translate("ContentLocales", "Asking the shop whether its content is localised")
        )

    def set_locales(self, locales: Sequence[str], default: str) -> None:
        """Offer ``locales`` (Payload's codes); ``default`` is the one the plain fields hold."""
        self.default_locale = default
        self.reason = ""
        self.box.blockSignals(True)
        self.box.clear()
        ordered = [default, *(c for c in locales if c != default)]
        for code in ordered:
            self.box.addItem(
                translate("ContentLocales", "{code} (default)").format(code=code)
                if code == default
                else code,
                DEFAULT if code == default else code,
            )
        self.box.setCurrentIndex(0)
        self.box.blockSignals(False)
        self.box.setToolTip(
            translate(
                "ContentLocales",
                "The locale whose title, subtitle, description and SEO you edit and preview "
                "(Alt+L)",
            )
        )
        self._switcher(True)

    def set_unavailable(self, reason: str) -> None:
        """One locale only: the switcher hidden, ``reason`` on the note."""
        self.reason = reason
        self._switcher(False)
        self.note.setText(translate("ContentLocales", "One locale"))
        self.note.setToolTip(reason)
        self.note.setAccessibleName(translate("ContentLocales", "Locales not available"))
        self.note.setAccessibleDescription(reason)

    @property
    def available(self) -> bool:
        return self.box.isVisibleTo(self) and self.box.count() > 0

    def current(self) -> str:
        return str(self.box.currentData() or DEFAULT)

    def code(self, locale: str) -> str:
        """Payload's code of ``locale`` (the default's code for ``DEFAULT``)."""
        return locale or self.default_locale

    def select(self, locale: str, *, quiet: bool = False) -> None:
        index = self.box.findData(locale)
        if index < 0:
            return
        self.box.blockSignals(quiet)
        self.box.setCurrentIndex(index)
        self.box.blockSignals(False)

    def _switcher(self, shown: bool) -> None:
        self.label.setVisible(shown)
        self.box.setVisible(shown)
        self.note.setVisible(not shown)

    def _index_changed(self, _index: int) -> None:
        self.chosen.emit(self.current())


__all__ = ["LocaleBar"]
