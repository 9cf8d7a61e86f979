"""When to notify: a push, pull or sync that took a while and ended while the user was in
another application (an active window of ours means they can see the status bar)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QApplication

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

MIN_SECONDS = 5.0  # quicker work ends before anyone has switched away
# The notification's title by the work ("Push", "Pull", "Sync") and how it ended.
TITLES = {
    ("Push", True): QT_TRANSLATE_NOOP("Notices", "Push finished"),
    ("Push", False): QT_TRANSLATE_NOOP("Notices", "Push failed"),
    ("Pull", True): QT_TRANSLATE_NOOP("Notices", "Pull finished"),
    ("Pull", False): QT_TRANSLATE_NOOP("Notices", "Pull failed"),
    ("Sync", True): QT_TRANSLATE_NOOP("Notices", "Sync finished"),
    ("Sync", False): QT_TRANSLATE_NOOP("Notices", "Sync failed"),
}


class Notifier(Protocol):
    def notify(self, title: str, text: str, *, failed: bool = False) -> None: ...


def app_is_active() -> bool:
    """True while one of the app's windows (the main window, a panel) has the focus."""
    return QApplication.activeWindow() is not None


class BackgroundNotices:
    """Decides, and sends through the injected notifier; ``sent`` lists what went out."""

    def __init__(
        self,
        notifier: Notifier,
        *,
        is_active: Callable[[], bool] = app_is_active,
        min_seconds: float = MIN_SECONDS,
    ) -> None:
        self.notifier = notifier
        self.is_active = is_active
        self.min_seconds = min_seconds
        self.sent: list[tuple[str, str, bool]] = []

    def finished(self, what: str, ok: bool, text: str, seconds: float) -> bool:
        """``what`` ("Push", "Pull", "Sync") ended after ``seconds``; True if notified."""
        if seconds < self.min_seconds or self.is_active():
            return False
        title = translate("Notices", TITLES.get((what, ok), what))
        try:
            self.notifier.notify(title, text, failed=not ok)
        except Exception:  # a notification must never break the work it reports
            log.exception("the desktop notification failed")
            return False
        self.sent.append((title, text, not ok))
        return True
