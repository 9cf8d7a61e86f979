"""The log level setting in the settings dialog: saved in settings.json, applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.config import AppSettingsStore
from desktop_app.diagnostics.logs import log_dir, set_level
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.setting_box import SettingBox

CHOICES = (
    (QT_TRANSLATE_NOOP("Settings", "Errors only"), "ERROR"),
    (QT_TRANSLATE_NOOP("Settings", "Warnings (default)"), "WARNING"),
    (QT_TRANSLATE_NOOP("Settings", "Information"), "INFO"),
    (QT_TRANSLATE_NOOP("Settings", "Everything (debugging)"), "DEBUG"),
)
LABEL = QT_TRANSLATE_NOOP("Settings", "&Log detail:")
TIP = QT_TRANSLATE_NOOP(
    "Settings", "How much the app writes to its log in {folder} (Help › Open log folder)"
)


class LogLevelBox(SettingBox):
    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(parent, store, name="logLevelBox", combo_name="logLevelCombo")
        for text, value in CHOICES:
            self.combo.addItem(translate("Settings", text), value)
        current, _problem = self.store.load_or_default()
        self.select(current.log_level)
        self.add_rows(
            translate("Settings", LABEL),
            translate("Settings", "Log detail"),
            translate("Settings", TIP).format(folder=log_dir()),
        )

    def chosen(self, value: str) -> None:
        set_level(value)
        self.save(log_level=value)  # applied for this run; the note says why it is not kept
