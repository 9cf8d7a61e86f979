"""Sync-state pills for the offline list (same look as the main window's badges)."""

from __future__ import annotations

from desktop_app.ui.badges import _FALLBACK, BadgeDelegate

SYNC_COLORS: dict[str, tuple[str, str]] = {
    "linked": ("@green_bg@", "@ok@"),
    "pending": ("@blue_bg@", "@blue_fg@"),
    "conflict": ("@amber_bg@", "@warning@"),
    "failed": ("@red_bg@", "@danger@"),
    "missing": ("@grey_bg@", "@muted@"),
    "orphan": ("@grey_bg@", "@muted@"),
    # Products made here (list_model.row_state): new, and on their way.
    "draft": ("@purple_bg@", "@purple_fg@"),
    "awaiting": ("@blue_bg@", "@blue_fg@"),
}


class SyncBadgeDelegate(BadgeDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__("sync", parent)

    def _colors(self, value: object) -> tuple[str, str]:
        return SYNC_COLORS.get(str(value or ""), _FALLBACK)
