"""A setting of the settings dialog: a labelled combo box, saved in settings.json when chosen.

The Theme, Log detail and Language settings are each one of these; a subclass fills the
combo and says what a choice does (``chosen``). A save that fails is said under the box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop_app.config import AppSettingsStore, ConfigError
from desktop_app.i18n import translate


class SettingBox(QWidget):
    def __init__(
        self,
        parent: QWidget | None,
        store: AppSettingsStore | None,
        *,
        name: str,
        combo_name: str,
        top: int = 4,
        note_name: str = "formError",
    ) -> None:
        super().__init__(parent, objectName=name)
        self.store = store or AppSettingsStore()
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, top, 0, 0)
        self.combo = QComboBox(objectName=combo_name)
        # Under the box: why a choice is not saved (or, for some settings, when it applies).
        self.note = QLabel(objectName=note_name, wordWrap=True)
        self.note.hide()

    def add_rows(self, label: str, accessible: str, tip: str) -> None:
        """Lays out the filled combo under ``label`` (translated, with its & shortcut)."""
        self.combo.setAccessibleName(accessible)
        self.combo.setToolTip(tip)
        buddy = QLabel(label)
        buddy.setBuddy(self.combo)
        self._layout.addRow(buddy, self.combo)
        self._layout.addRow(self.note)
        self.combo.activated.connect(self._activated)

    def select(self, value: str) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))

    def _activated(self, _index: int) -> None:
        self.chosen(str(self.combo.currentData()))

    def chosen(self, value: str) -> None:
        raise NotImplementedError

    def save(self, **fields: str) -> bool:
        """Stores ``fields`` in settings.json; False (said under the box) if that failed."""
        try:
            self.store.update(**fields)
        except ConfigError as exc:
            self.note.setText(translate("Settings", "Not saved: {error}").format(error=exc))
            self.note.show()
            return False
        self.note.hide()
        return True
