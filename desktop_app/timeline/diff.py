"""Two points of a timeline side by side, per field.

Both points are whole products (``Timeline.state``); a field is changed when its values differ
as the push compares them (``fields.same``). A field one point does not know (a variant made
later, a metadata key removed, a server never read by then) is "unknown" on that side. The
description is compared by block (``blocks``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.store.fields import MEDUSA_FIELDS, VARIANT_KEYS, same
from desktop_app.timeline.blocks import BlockChange, blocks_of, diff_blocks
from desktop_app.timeline.content import PAYLOAD_FIELDS, server_of
from desktop_app.timeline.points import Point, Timeline

RICH_TEXT = "description"


@dataclass(frozen=True)
class FieldChange:
    field: str
    server: str
    before: Any
    after: Any
    known_before: bool
    known_after: bool
    changed: bool
    blocks: tuple[BlockChange, ...] = ()  # the description's blocks, when it changed

    def to_json(self) -> dict[str, Any]:
        out = {"field": self.field, "server": self.server, "changed": self.changed,
               "before": self.before, "after": self.after,
               "known_before": self.known_before, "known_after": self.known_after}
        if self.blocks:
            out["blocks"] = [b.to_json() for b in self.blocks if b.change != "same"]
        return out


@dataclass(frozen=True)
class PointDiff:
    left: Point
    right: Point
    fields: tuple[FieldChange, ...]  # every field of either side, in the editor's order

    @property
    def changed(self) -> tuple[FieldChange, ...]:
        return tuple(f for f in self.fields if f.changed)

    def field(self, name: str) -> FieldChange:
        for change in self.fields:
            if change.field == name:
                return change
        raise KeyError(name)

    def to_json(self, *, everything: bool = False) -> dict[str, Any]:
        return {"left": self.left.to_json(), "right": self.right.to_json(),
                "fields": [f.to_json() for f in (self.fields if everything else self.changed)]}


def _rank(name: str) -> tuple[int, str, int]:
    """Content first as the editor shows it, then Medusa's fields, metadata, variants."""
    if name in PAYLOAD_FIELDS:
        return (0, "", PAYLOAD_FIELDS.index(name))
    if name in MEDUSA_FIELDS:
        return (1, "", MEDUSA_FIELDS.index(name))
    head, _, rest = name.partition(".")
    if head == "metadata":
        return (2, rest, 0)
    vid, _, key = rest.partition(".")
    return (3, vid, VARIANT_KEYS.index(key) if key in VARIANT_KEYS else len(VARIANT_KEYS))


def field_order(names: Iterable[str]) -> list[str]:
    return sorted(set(names), key=_rank)


def compare(timeline: Timeline, left_id: str, right_id: str) -> PointDiff:
    """``left_id`` (usually the earlier) against ``right_id``, every field of both. A field
    absent from a side whose server was read by then did not exist (a variant made later, a
    metadata key added): None there. One whose server was not read yet is unknown there, and
    not counted as changed."""
    left, right = timeline.state(left_id), timeline.state(right_id)
    changes = []
    for name in field_order([*left, *right]):
        server = server_of(name)
        known_a, known_b = timeline.knows(left_id, server), timeline.knows(right_id, server)
        a, b = left.get(name), right.get(name)
        changed = known_a and known_b and not same(name, a, b)
        blocks: tuple[BlockChange, ...] = ()
        if changed and name == RICH_TEXT:
            blocks = tuple(diff_blocks(blocks_of(a), blocks_of(b)))
        changes.append(FieldChange(name, server, a, b, known_a, known_b, changed, blocks))
    return PointDiff(timeline.point(left_id), timeline.point(right_id), tuple(changes))
