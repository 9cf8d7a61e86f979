"""Drafts and publishing (issue 16, docs/drafts.md): states, reads and the push's part."""

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
