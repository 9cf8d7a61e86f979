"""The Language setting in the settings dialog: System or a shipped language, at next start.

Widgets read their text when they are built, so the new language shows after a restart
(said under the box); live retranslation would need every window to rebuild its text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.config import AppSettingsStore, ConfigError
from desktop_app.i18n import translate

# Each language is named in itself, so a user who cannot read the current one finds theirs.
LANGUAGES = (("English", "en"), ("Deutsch", "de"), ("Français", "fr"))


class LanguageBox(QWidget):
    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(parent, objectName="languageBox")
        self.store = store or AppSettingsStore()
        current, _problem = self.store.load_or_default()
        self._started_with = current.language
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.combo = QComboBox(objectName="languageCombo")
        system = QLocale.system().nativeLanguageName() or QLocale.system().name()
        self.combo.addItem(
            translate("Settings", "System ({language})").format(language=system), "system"
        )
        for text, value in LANGUAGES:
            self.combo.addItem(text, value)
        self.combo.setCurrentIndex(max(self.combo.findData(current.language), 0))
        self.combo.setAccessibleName(translate("Settings", "Language"))
        self.combo.setToolTip(
            translate(
                "Settings",
                "The interface's language and the format of numbers, "
                "prices and dates; System follows the desktop's locale",
            )
        )
        label = QLabel(translate("Settings", "&Language:"))
        label.setBuddy(self.combo)
        layout.addRow(label, self.combo)
        self.note = QLabel(objectName="languageNote", wordWrap=True)
        self.note.hide()
        layout.addRow(self.note)
        self.combo.activated.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        value = str(self.combo.currentData())
        try:
            self.store.update(language=value)
        except ConfigError as exc:
            self.note.setText(translate("Settings", "Not saved: {error}").format(error=exc))
            self.note.setObjectName("formError")
        else:
            self.note.setObjectName("languageNote")
            self.note.setText(
                translate("Settings", "Applies when the app is started again.")
                if value != self._started_with
                else ""
            )
        self.note.setVisible(bool(self.note.text()))
