"""The main window's keyboard map: a key for every place a keyboard user needs, and the
Help menu's Keyboard shortcuts dialog (F1, Ctrl+/), which lists them from the actions.

Tab walks the window's controls (shop, filters, search, list); the toolbar's buttons take
no focus, as in most desktop apps, so each has a key instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.ui import accessible
from desktop_app.ui.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

KEYS = {  # action attribute -> key; F5, Ctrl+N, Ctrl+E, Ctrl+G and Ctrl+F are the window's
    "edit_action": QKeySequence.StandardKey.Open,
    "push_action": "Ctrl+Shift+P",
    "pending_action": "Ctrl+Shift+C",
    "bulk_action": "Ctrl+B",
    "quality_action": "Ctrl+Shift+Q",
    "sync_action": "Ctrl+Shift+Y",
    "doctor_action": "Ctrl+Shift+D",
    "settings_action": "Ctrl+,",
}
HELP_KEYS = ("F1", "Ctrl+/")


class KeyboardAccess(QObject):
    """Ctrl+Tab / Ctrl+Shift+Tab move on from a control that keeps Tab for itself (the
    description, where Tab indents a list; tables, where it goes to the next cell), so no
    control traps a keyboard user; a control focused without a name gets the one its
    surroundings give it (desktop_app/ui/accessible.py). It follows the focus
    (QApplication.focusChanged) and filters only the focused control's keys: an app-wide
    filter would run Python for every event of every widget (the grid's frames too)."""

    def focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        accessible.fill(now)
        if keeps_tab(now):
            now.removeEventFilter(self)  # once per control
            now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not control or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        back = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        QWidget.focusNextPrevChild(watched, not back)  # the window's chain, not the cells
        return True


def keeps_tab(widget: QWidget) -> bool:
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.tabChangesFocus()  # typing, or a browser's links
    view = widget.parent() if not isinstance(widget, QAbstractItemView) else widget
    return isinstance(view, QAbstractItemView) and view.tabKeyNavigation()


_access = KeyboardAccess()
_watching: list[QApplication] = []


def watch(app: QApplication) -> None:
    """Follow ``app``'s focus (once, however many windows)."""
    if app not in _watching:
        app.focusChanged.connect(_access.focus_changed)
        _watching.append(app)


def install(window: MainWindow) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        watch(app)
    for name, key in KEYS.items():
        action: QAction = getattr(window, name)
        if action.shortcut().isEmpty():
            action.setShortcut(QKeySequence(key))
    focus_list = QAction(translate("Keyboard", "Go to the product list"), window,
                         objectName="focusListAction")
    focus_list.setShortcut(QKeySequence("Ctrl+L"))
    focus_list.triggered.connect(lambda: _focus_list(window))
    window.addAction(focus_list)
    _help_menu(window)
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None:
        extension.setAccessibleName(translate("Keyboard", "More toolbar buttons"))
        extension.setToolTip(translate("Keyboard",
                                       "The toolbar buttons a narrow window has no room for"))


def _focus_list(window: MainWindow) -> None:
    if window.page is not None:
        window.page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)


def help_menu(window: QWidget) -> QMenu:
    """The main window's Help menu (made once; other features may add to it)."""
    bar = window.menuBar()
    menu = bar.findChild(QMenu, "helpMenu")
    if menu is None:
        menu = bar.addMenu(translate("HelpMenu", "&Help"))
        menu.setObjectName("helpMenu")
    return menu


def _help_menu(window: MainWindow) -> None:
    shortcuts = QAction(translate("Keyboard", "&Keyboard shortcuts"), window,
                        objectName="shortcutsAction")
    shortcuts.setShortcuts([QKeySequence(k) for k in HELP_KEYS])
    # From the editors and tools too: they are windows of their own.
    shortcuts.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcuts.setToolTip(translate("Keyboard", "Every key the open windows answer to"))
    shortcuts.triggered.connect(lambda: show_shortcuts(window))
    help_menu(window).addAction(shortcuts)
    window.shortcuts_action = shortcuts


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
