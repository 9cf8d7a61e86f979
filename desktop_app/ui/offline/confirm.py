"""Ask before a removal without a nested event loop (``QMessageBox.open``, not ``exec``).

A nested loop would stall the asyncio tasks that share the Qt loop; the answer
arrives through ``finished`` instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, action: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """Open a question with ``action`` and Cancel (the default); ``on_yes`` runs on action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirmYes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.finished.connect(lambda _code: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box
