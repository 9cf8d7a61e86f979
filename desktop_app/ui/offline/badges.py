"""Sync-state pills for the offline list (same look as the main window's badges)."""

from __future__ import annotations

from desktop_app.ui.badges import _FALLBACK, BadgeDelegate

SYNC_COLORS: dict[str, tuple[str, str]] = {
    "linked": ("#e3f4e8", "#1b6b32"),
    "pending": ("#e5eefc", "#1d4f9c"),
    "conflict": ("#fff1da", "#8a4f00"),
    "failed": ("#fbe7e6", "#a3261c"),
    "missing": ("#eceef2", "#5b6475"),
    "orphan": ("#eceef2", "#5b6475"),
    # Products made here (list_model.row_state): new, and on their way.
    "draft": ("#ebdcfb", "#5b2a96"),
    "awaiting": ("#e5eefc", "#1d4f9c"),
}


class SyncBadgeDelegate(BadgeDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__("sync", parent)

    def _colors(self, value: object) -> tuple[str, str]:
        return SYNC_COLORS.get(str(value or ""), _FALLBACK)
