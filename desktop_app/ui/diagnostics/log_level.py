"""The log level setting in the settings dialog: saved in settings.json, applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.config import AppSettingsStore, ConfigError
from desktop_app.diagnostics.logs import log_dir, set_level
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

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


class LogLevelBox(QWidget):
    def __init__(self, parent: QWidget | None = None, store: AppSettingsStore | None = None):
        super().__init__(parent, objectName="logLevelBox")
        self.store = store or AppSettingsStore()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.combo = QComboBox(objectName="logLevelCombo")
        for text, value in CHOICES:
            self.combo.addItem(translate("Settings", text), value)
        current, _problem = self.store.load_or_default()
        self.combo.setCurrentIndex(max(self.combo.findData(current.log_level), 0))
        self.combo.setToolTip(translate("Settings", TIP).format(folder=log_dir()))
        self.combo.setAccessibleName(translate("Settings", "Log detail"))
        label = QLabel(translate("Settings", LABEL))
        label.setBuddy(self.combo)
        layout.addRow(label, self.combo)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.hide()
        layout.addRow(self.error)
        self.combo.activated.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        value = str(self.combo.currentData())
        set_level(value)
        try:
            self.store.update(log_level=value)
        except ConfigError as exc:  # applied for this run; the file says why it is not kept
            self.error.setText(translate("Settings", "Not saved: {error}").format(error=exc))
            self.error.show()
        else:
            self.error.hide()
