"""Item-data roles shared by the app's table models and their delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row object (SearchRow)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value behind a formatted cell
