"""The Theme setting in the settings dialog: System, Light or Dark, applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.config import AppSettingsStore
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import theme
from desktop_app.ui.setting_box import SettingBox

CHOICES = (
    (QT_TRANSLATE_NOOP("Settings", "System"), "system"),
    (QT_TRANSLATE_NOOP("Settings", "Light"), "light"),
    (QT_TRANSLATE_NOOP("Settings", "Dark"), "dark"),
)


class AppearanceBox(SettingBox):
    """Saves the choice in settings.json and recolours the running app."""

    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(parent, store, name="appearanceBox", combo_name="themeCombo", top=8)
        for text, value in CHOICES:
            self.combo.addItem(translate("Settings", text), value)
        self.select(theme.current_setting())
        self.combo.setAccessibleDescription(
            translate(
                "Settings", "System follows the desktop's light or dark scheme; Light and Dark stay"
            )
        )
        self.add_rows(
            translate("Settings", "&Theme:"),
            translate("Settings", "Theme"),
            translate("Settings", "System follows the desktop's light or dark scheme"),
        )

    def chosen(self, value: str) -> None:
        theme.apply_theme(value)
        self.save(theme=value)  # applied for this run; the note says why it is not kept
