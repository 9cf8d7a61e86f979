"""The Theme setting in the settings dialog: System, Light or Dark, applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.config import AppSettingsStore, ConfigError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import theme

CHOICES = (
    (QT_TRANSLATE_NOOP("Settings", "System"), "system"),
    (QT_TRANSLATE_NOOP("Settings", "Light"), "light"),
    (QT_TRANSLATE_NOOP("Settings", "Dark"), "dark"),
)


class AppearanceBox(QWidget):
    """Saves the choice in settings.json and recolours the running app."""

    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(parent, objectName="appearanceBox")
        self.store = store or AppSettingsStore()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.combo = QComboBox(objectName="themeCombo")
        for text, value in CHOICES:
            self.combo.addItem(translate("Settings", text), value)
        self.combo.setCurrentIndex(max(self.combo.findData(theme.current_setting()), 0))
        self.combo.setAccessibleName(translate("Settings", "Theme"))
        self.combo.setAccessibleDescription(
            translate("Settings",
                      "System follows the desktop's light or dark scheme; Light and Dark stay")
        )
        self.combo.setToolTip(
            translate("Settings", "System follows the desktop's light or dark scheme"))
        label = QLabel(translate("Settings", "&Theme:"))
        label.setBuddy(self.combo)
        layout.addRow(label, self.combo)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        layout.addRow(self.error)
        self.combo.activated.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        value = str(self.combo.currentData())
        theme.apply_theme(value)
        try:
            self.store.update(theme=value)
        except ConfigError as exc:  # applied for this run; the file says why it is not kept
            self.error.setText(translate("Settings", "Not saved: {error}").format(error=exc))
            self.error.show()
        else:
            self.error.hide()
