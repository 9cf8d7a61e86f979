"""Bringing a field, or every field, back to an earlier point: an edit like any other.

``plan`` compares the point with "now" (what the merchant sees, waiting edits included) and
returns the edits ``{field: value}`` that restore it, and why any field asked for cannot be:
``catalog.edit(product_id, plan.changes)`` records them in the outbox, with the stored server
copy as their base, and the next push sends them read-compare-write, like an edit typed in an
editor (a colleague's change since is a conflict, never overwritten).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store.fields import owner, same, variant_id
from desktop_app.timeline.content import Content, server_of
from desktop_app.timeline.diff import field_order
from desktop_app.timeline.points import Timeline

# Why a field cannot be restored: marked here, translated where ``why_not`` says it.
UNKNOWN = QT_TRANSLATE_NOOP("Timeline", "that point does not know this field")
GONE_VARIANT = QT_TRANSLATE_NOOP("Timeline", "the variant no longer exists")
NEW_VARIANT = QT_TRANSLATE_NOOP("Timeline", "the variant did not exist then")
NO_DOCUMENT = QT_TRANSLATE_NOOP("Timeline", "the product has no Payload document now")
SAME = QT_TRANSLATE_NOOP("Timeline", "it holds that value now")
NOT_EDITABLE = QT_TRANSLATE_NOOP("Timeline", "'{name}' is not an editable field")
# The integration keeps this key (it links the product to its Payload document).
LINK_KEY = "metadata.payload_id"
KEPT_BY_INTEGRATION = QT_TRANSLATE_NOOP("Timeline", "the Medusa ↔ Payload integration keeps it")


@dataclass(frozen=True)
class RestorePlan:
    point_id: str
    changes: dict[str, Any] = field(default_factory=dict)  # what catalog.edit records
    skipped: dict[str, str] = field(default_factory=dict)  # field -> why not (asked for only)

    @property
    def empty(self) -> bool:
        return not self.changes


def why_not(then: Content, now: Content, name: str, known: bool = True) -> str | None:
    """Why ``name`` cannot go back to its value in ``then`` (None when it can), in the
    interface's language; ``known``: whether its server had been read by then."""
    reason = _reason(then, now, name, known)
    return None if reason is None else translate("Timeline", reason).format(name=name)


def _reason(then: Content, now: Content, name: str, known: bool) -> str | None:
    """``why_not``'s reason as one of the constants above (the English source)."""
    try:
        owner(name)
    except ValueError:
        return NOT_EDITABLE
    if name == LINK_KEY:
        return KEPT_BY_INTEGRATION
    if not known:
        return UNKNOWN
    vid = variant_id(name)
    if vid is not None and not any(variant_id(k) == vid for k in then):
        return NEW_VARIANT
    if vid is not None and not any(variant_id(k) == vid for k in now):
        return GONE_VARIANT
    if name not in now and not name.startswith(("metadata.", "variants.")):
        return NO_DOCUMENT
    if same(name, then.get(name), now.get(name)):
        return SAME
    return None


def plan(timeline: Timeline, point_id: str, fields: Iterable[str] | None = None) -> RestorePlan:
    """The edits that bring ``fields`` back to their values at ``point_id``; by default every
    field the point knows that differs now (a metadata key added since stays: removing it
    must be asked for by name)."""
    then, now = timeline.state(point_id), timeline.state("now")
    asked = fields is not None
    names = field_order(fields if fields is not None else then)
    changes: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    for name in names:
        reason = _reason(then, now, name, timeline.knows(point_id, server_of(name)))
        if reason is None:
            changes[name] = then.get(name)
        elif asked or reason not in (SAME, UNKNOWN, KEPT_BY_INTEGRATION):
            skipped[name] = translate("Timeline", reason).format(name=name)
    return RestorePlan(point_id, changes, skipped)
