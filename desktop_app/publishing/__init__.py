"""Drafts and publishing (issue 16, docs/drafts.md): what the merchant sees (the reads and
the push's part are engines of the catalog: exchange/publishing_read.py, publishing_push.py)."""

from desktop_app.publishing.state import (
    DraftsUnavailable,
    Publication,
    PublicationState,
    Schedule,
    ScheduleUnavailable,
)

__all__ = [
    "DraftsUnavailable",
    "Publication",
    "PublicationState",
    "Schedule",
    "ScheduleUnavailable",
]
