"""What the merchant sees of a product's drafts and publishing (issue 16, docs/drafts.md)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.api.capabilities import Capability, Support
from desktop_app.store import draft_fields, fields, locale_fields


class PublicationState(enum.StrEnum):
    PUBLISHED = "published"
    CHANGED = "changed"  # published, and Payload holds a newer draft
    DRAFT = "draft"  # never published, or unpublished
    UNKNOWN = "unknown"  # drafts are on, the state was not read yet
    UNAVAILABLE = "unavailable"  # the shop has no drafts

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    PublicationState.PUBLISHED: "Published",
    PublicationState.CHANGED: "Draft (unpublished changes)",
    PublicationState.DRAFT: "Draft only / never published",
    PublicationState.UNKNOWN: "Not read yet",
    PublicationState.UNAVAILABLE: "Drafts are off",
}


@dataclass(frozen=True)
class Schedule:
    at: datetime  # UTC
    action: str  # publish | unpublish

    @property
    def label(self) -> str:
        verb = "Scheduled for" if self.action == "publish" else "Unpublish scheduled for"
        return f"{verb} {self.at:%Y-%m-%d %H:%M} UTC"

    @classmethod
    def of(cls, value: Any) -> Schedule | None:
        found = draft_fields.schedule_value(value)
        if found is None:
            return None
        return cls(datetime.fromisoformat(found["at"].replace("Z", "+00:00")), found["action"])


@dataclass(frozen=True)
class Publication:
    """One product's draft and publishing state: the server's with pending edits applied."""

    product_id: str
    state: PublicationState
    published: dict[str, Any]  # {field: value} of Payload's published document
    draft: dict[str, Any]  # {field: value} of the latest draft (the published one if none newer)
    schedule: Schedule | None = None
    pending: tuple[str, ...] = ()  # outbox fields waiting: draft.title, publication, schedule
    reason: str = ""  # why drafts are not available (state UNAVAILABLE)
    server_state: PublicationState | None = None  # as last read, before pending edits

    @property
    def available(self) -> bool:
        return self.state is not PublicationState.UNAVAILABLE

    @property
    def label(self) -> str:
        if self.schedule is not None:
            return f"{self.schedule.label} ({self.state.label})"
        return self.state.label

    def to_json(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "state": self.state.value,
            "label": self.label,
            "server_state": self.server_state.value if self.server_state else None,
            "schedule": None
            if self.schedule is None
            else {"at": draft_fields.utc_text(self.schedule.at), "action": self.schedule.action},
            "pending": list(self.pending),
            "reason": self.reason,
            "published": self.published,
            "draft": self.draft,
        }


def _state_of(record: dict[str, Any] | None) -> PublicationState:
    found = draft_fields.state(record)
    return PublicationState.UNKNOWN if found is None else PublicationState(found)


def content(record: dict[str, Any] | None, *, draft: bool) -> dict[str, Any]:
    """The record's content per draft field name's base (``title``, ``seo.meta_title``…)."""
    if record is None:
        return {}
    source = draft_fields.draft_content(record) if draft else record
    names = [*draft_fields.DRAFT_FIELDS, *_locale_names(source)]
    return {name: fields.extract(source, name) for name in names}


def _locale_names(source: dict[str, Any]) -> list[str]:
    """``locales.de.title``… of the locales the content holds (a shop with translations)."""
    held = source.get(locale_fields.LOCALES)
    if not isinstance(held, dict):
        return []
    return [
        f"{locale_fields.LOCALES}.{code}.{base}"
        for code in sorted(held)
        if isinstance(code, str)
        for base in locale_fields.PAYLOAD_FIELDS
    ]


def publication(
    product_id: str,
    merged: dict[str, Any] | None,
    server: dict[str, Any] | None,
    pending: tuple[str, ...],
    drafts: Capability | None,
) -> Publication:
    """The state of ``merged`` (the Payload record with pending edits applied). ``drafts``:
    the shop's capability where known (None: judge from what the store holds)."""
    if drafts is not None and drafts.support is Support.MISSING:
        return _unavailable(product_id, merged, drafts.reason)
    if merged is None:
        return _unavailable(
            product_id, merged, "No Payload document of this product is stored: pull first."
        )
    known = draft_fields.part(server) is not None
    return Publication(
        product_id,
        _state_of(merged) if known else PublicationState.UNKNOWN,
        content(merged, draft=False),
        content(merged, draft=True),
        Schedule.of((draft_fields.part(merged) or {}).get(draft_fields.SCHEDULE)),
        pending,
        server_state=_state_of(server) if known else None,
    )


def _unavailable(product_id: str, record: dict[str, Any] | None, reason: str) -> Publication:
    return Publication(
        product_id,
        PublicationState.UNAVAILABLE,
        content(record, draft=False),
        content(record, draft=False),
        reason=reason,
    )


class DraftsUnavailable(ValueError):
    """The shop has no drafts: the message is the capability's reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ScheduleUnavailable(DraftsUnavailable):
    """Scheduled publishing is not available over REST here: the capability's reason."""
