"""Escape and Ctrl+W close a tool window, as they close the editors.

QDialog's own Escape only hides the dialog (reject), so a tool window with
delete-on-close lingered, and Ctrl+W did nothing. The action calls ``close()``: the
window's closeEvent still decides (it may cancel its work or ask about typing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.i18n import translate

CLOSE_KEYS = (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W"))


def add_close_keys(window: QWidget) -> QAction:
    action = QAction(translate("Keyboard", "Close window"), window, objectName="closeAction")
    action.setShortcuts(list(CLOSE_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
