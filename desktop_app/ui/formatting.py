"""How values read in the table (kept apart from the model so the delegate shares it)."""

from __future__ import annotations

from datetime import datetime

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
