"""Dialog buttons as the rest of the app has them: words, no theme icons (Fusion puts a
floppy disk on Save and a cross on Cancel in a QDialogButtonBox)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox


def words_only(box: QDialogButtonBox) -> QDialogButtonBox:
    for button in box.buttons():
        button.setIcon(QIcon())
    return box
