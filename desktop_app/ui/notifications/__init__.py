"""Desktop notifications when long background work ends while the window is not active."""

from desktop_app.ui.notifications.notices import BackgroundNotices, Notifier
from desktop_app.ui.notifications.senders import default_notifier

__all__ = ["BackgroundNotices", "Notifier", "default_notifier"]
