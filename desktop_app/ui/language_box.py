"""The Language setting in the settings dialog: System or a shipped language, at next start.

Widgets read their text when they are built, so the new language shows after a restart
(said under the box); live retranslation would need every window to rebuild its text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from desktop_app.config import AppSettingsStore
from desktop_app.i18n import translate
from desktop_app.ui.setting_box import SettingBox

# Each language is named in itself, so a user who cannot read the current one finds theirs.
LANGUAGES = (("English", "en"), ("Deutsch", "de"), ("Français", "fr"))


class LanguageBox(SettingBox):
    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(
            parent, store, name="languageBox", combo_name="languageCombo", note_name="languageNote"
        )
        current, _problem = self.store.load_or_default()
        self._started_with = current.language
        system = QLocale.system().nativeLanguageName() or QLocale.system().name()
        self.combo.addItem(
            translate("Settings", "System ({language})").format(language=system), "system"
        )
        for text, value in LANGUAGES:
            self.combo.addItem(text, value)
        self.select(current.language)
        self.add_rows(
            translate("Settings", "&Language:"),
            translate("Settings", "Language"),
            translate(
                "Settings",
                "The interface's language and the format of numbers, "
                "prices and dates; System follows the desktop's locale",
            ),
        )

    def chosen(self, value: str) -> None:
        self.note.setObjectName("formError")  # until saved: the note then says why not
        if self.save(language=value):
            self.note.setObjectName("languageNote")
            self.note.setText(
                translate("Settings", "Applies when the app is started again.")
                if value != self._started_with
                else ""
            )
            self.note.setVisible(bool(self.note.text()))
