"""Who shows a desktop notification: the freedesktop notification service over D-Bus
(Linux desktops), else the system tray's balloon (Windows, macOS), else nobody.

QtDBus cannot send the unsigned ``replaces_id`` that ``Notify(susssasa{sv}i)`` expects
(PySide has no typed D-Bus integers), so the call goes through jeepney, the pure-Python
D-Bus library keyring already depends on for the Secret Service on Linux.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop_app.ui.notifications.notices import Notifier

log = logging.getLogger(__name__)

APP_NAME = "Shop Admin"
BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 8000
CALL_TIMEOUT = 2.0


def notify_message(title: str, text: str, *, failed: bool) -> Any:
    """The ``Notify`` method call (its signature is the part that must be exact)."""
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
    hints = {"urgency": ("y", 2 if failed else 1)}  # critical stays until seen
    icon = "dialog-error" if failed else "dialog-information"
    return new_method_call(
        address, "Notify", "susssasa{sv}i", (APP_NAME, 0, icon, title, text, [], hints, TIMEOUT_MS)
    )


class DBusNotifier:
    """org.freedesktop.Notifications on the session bus; sent off the GUI thread."""

    def notify(self, title: str, text: str, *, failed: bool = False) -> None:
        message = notify_message(title, text, failed=failed)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._send(message)
            return
        task = loop.run_in_executor(None, self._send, message)
        task.add_done_callback(lambda _t: None)

    @staticmethod
    def _send(message: Any) -> None:
        from jeepney.io.blocking import open_dbus_connection

        try:
            with open_dbus_connection(bus="SESSION") as connection:
                connection.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        except Exception as exc:  # no daemon, no bus: the window still says it
            log.info("desktop notification not shown: %s", exc)


class TrayNotifier:
    """The system tray's message balloon (needs a tray; the icon is shown while it is)."""

    def __init__(self, icon: QIcon) -> None:
        self.tray = QSystemTrayIcon(icon, QApplication.instance())
        self.tray.setToolTip(APP_NAME)

    def notify(self, title: str, text: str, *, failed: bool = False) -> None:
        self.tray.show()
        kind = (
            QSystemTrayIcon.MessageIcon.Critical
            if failed
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.showMessage(title, text, kind, TIMEOUT_MS)


class NoNotifier:
    def notify(self, title: str, text: str, *, failed: bool = False) -> None:
        log.info("no desktop notifications here: %s: %s", title, text)


def _has_jeepney() -> bool:
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return False
    return True


def default_notifier(icon: QIcon | None = None) -> Notifier:
    if sys.platform.startswith("linux") and _has_jeepney():
        return DBusNotifier()
    if QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier(icon or QIcon())
    return NoNotifier()
