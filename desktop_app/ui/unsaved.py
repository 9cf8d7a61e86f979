"""Ask before closing editors that hold typing not saved yet (a shop switch closes them all).

Editors say whether they hold such typing (``has_unsaved_changes()``) and can close
without asking again (``discard_and_close()``): the commerce editor dialogs of the
window's catalog page, the content editors among its tool windows, and the translation
editors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.offline.commerce_editor import CommerceEditor

SHOWN_NAMES = 6  # more editors than this are counted, not listed
# What the question says the action does, by the action callers name (whole sentences).
CONSEQUENCES = {
    "Switching shop": QT_TRANSLATE_NOOP(
        "Unsaved", "Switching shop closes them. Cancel to go back and save, or discard the changes."
    ),
    "Closing the window": QT_TRANSLATE_NOOP(
        "Unsaved",
        "Closing the window closes them. Cancel to go back and save, or discard the changes.",
    ),
}


def unsaved_editors(window: Any) -> list[QWidget]:
    """The window's open editors holding unsaved typing (tool windows, commerce dialogs)."""
    candidates = [*window.tools.windows(), *window.findChildren(CommerceEditor),
                  # translation editors (issue 16), by name: importing them here would cycle
                  *window.findChildren(QWidget, "translationWindow")]
    found: list[QWidget] = []
    for editor in candidates:
        if (editor in found or not shiboken6.isValid(editor) or not editor.isVisible()
                or not callable(getattr(editor, "has_unsaved_changes", None))):
            continue
        if editor.has_unsaved_changes():
            found.append(editor)
    return found


def _name(editor: QWidget) -> str:
    heading = getattr(editor, "heading", None)
    text = heading.text() if heading is not None else ""
    return text or editor.windowTitle()


def ask_before_closing(window: Any, proceed: Callable[[], None],
                       on_cancel: Callable[[], None], action: str = "Switching shop"
                       ) -> QMessageBox | None:
    """Run ``proceed`` at once if no editor holds typing; else ask, and run it on Discard.

    The question is window-modal but not a nested event loop (``open()``), so asyncio
    tasks keep running while it waits. Returns the question, if one was asked.
    """
    editors = unsaved_editors(window)
    if not editors:
        proceed()
        return None
    names = "\n".join(f"•  {_name(e)}" for e in editors[:SHOWN_NAMES])
    if len(editors) > SHOWN_NAMES:
        names += "\n" + translate("Unsaved", "…and %Ln more", None, len(editors) - SHOWN_NAMES)
    text = translate("Unsaved", "An open editor has changes that are not saved:|%Ln open "
                     "editors have changes that are not saved:", None, len(editors))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Unsaved", "Unsaved changes"),
                      f"{text}\n\n{names}",
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      window)
    box.setObjectName("unsavedEditors")
    box.setInformativeText(translate("Unsaved", CONSEQUENCES[action]))
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(translate("Unsaved", "Discard changes"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_code: int) -> None:
        if box.clickedButton() is not discard:
            on_cancel()
            return
        for editor in editors:
            if shiboken6.isValid(editor):
                editor.discard_and_close()
        proceed()

    box.finished.connect(answered)
    box.open()
    return box
