"""How values read in the table (kept apart from the model so the delegate shares it)."""

from __future__ import annotations

from datetime import datetime

from desktop_app.last_change import LastChange

STATUS_LABELS = {
    "published": "Published",
    "draft": "Draft",
    "proposed": "Proposed",
    "rejected": "Rejected",
}
LINKED = "✓ Linked"
MISSING = "Missing"
UNKNOWN = "Unknown"


def status_label(status: str) -> str:
    if not status:
        return "—"
    return STATUS_LABELS.get(status, status.capitalize())


def linked_label(linked: bool | None) -> str:
    return {True: LINKED, False: MISSING, None: UNKNOWN}[linked]


def format_timestamp(value: datetime | None) -> str:
    """Local time, day first and unambiguous: ``27 Nov 2026, 05:09``."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d %b %Y, %H:%M").lstrip("0")


def last_change_tip(change: LastChange) -> str | None:
    """The Updated cell's tooltip: the server its time comes from, and the other's time."""
    if change.at is None or change.server is None:
        return None
    text = f"Last changed in {change.server.label}: {format_timestamp(change.at)}"
    other = change.other()
    if other is not None:
        text += f"\n{other[0].label}: {format_timestamp(other[1])}"
    return text
