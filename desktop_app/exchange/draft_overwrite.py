"""A draft write that replaced another writer's draft unseen (docs/drafts.md).

Payload has no precondition (no version check on a write), so two writers of one shop
(two machines, or the app and Payload's admin) can both re-read the latest draft, both
find it as they left it and both write: the later write replaces the earlier one's
fields, and neither compare could see it. Payload keeps every save as a version, so after
a draft write the push reads the two newest versions of the document. When the newest is
ours and the one under it holds, for a field we wrote, another value than the one our
compare read, another writer saved a draft in between. Nothing is lost (that draft is a
version in the product's timeline), but the merchant is told, instead of a plain "sent".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from desktop_app.api.errors import ApiError
from desktop_app.api.where import Where
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.store import draft_fields, fields, records
from desktop_app.store.fields import PAYLOAD
from desktop_app.store.records import MalformedRecord

if TYPE_CHECKING:
    from desktop_app.exchange.push import Pusher

log = logging.getLogger(__name__)

REPLACED = QT_TRANSLATE_NOOP(
    "DraftOverwrite",
    "Sent, over a draft someone else saved meanwhile: theirs is kept in the product's "
    "timeline (restore it there if it should win).",
)


async def replaced_unseen(
    pusher: Pusher, product_id: str, before: dict[str, Any], written: dict[str, Any]
) -> dict[str, Any]:
    """``{draft field: the other writer's value}`` for each written field another writer's
    draft held just before ours (empty: none, or it cannot be told)."""
    versions = await _two_newest(pusher, before["id"])
    if versions is None:
        return {}
    newest, under = (_content(v, product_id) for v in versions)
    if newest is None or under is None:
        return {}
    if not all(_holds(newest, name, value) for name, value in written.items()):
        return {}  # a later write is on top of ours: its own check sees ours
    replaced = {}
    for name in written:
        base = draft_fields.base_of(name)
        theirs = fields.extract(under, base)
        if not fields.same(base, theirs, draft_fields.extract(before, name)):
            replaced[name] = theirs
    return replaced


async def _two_newest(pusher: Pusher, doc_id: Any) -> tuple[dict, dict] | None:
    try:
        page = await pusher._call(
            PAYLOAD,
            pusher.clients[PAYLOAD].find_versions(
                "products",
                where=Where.equals("parent", doc_id),
                limit=2,
                sort="-updatedAt",
                depth=0,
            ),
        )
    except ApiError as exc:  # the draft is sent; only the check is missing
        log.warning("payload: versions of %s not read after a draft write: %s", doc_id, exc)
        return None
    docs = [d for d in page.docs if isinstance(d.get("version"), dict)]
    return (docs[0], docs[1]) if len(docs) >= 2 else None


def _content(version: dict[str, Any], product_id: str) -> dict[str, Any] | None:
    try:
        return records.payload_record(
            {**version["version"], "id": version.get("parent"), "medusa_id": product_id}
        )
    except MalformedRecord:
        return None


def _holds(record: dict[str, Any], name: str, value: Any) -> bool:
    base = draft_fields.base_of(name)
    return fields.same(base, fields.extract(record, base), value)
