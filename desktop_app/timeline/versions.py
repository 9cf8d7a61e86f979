"""Payload's versions of a product, as points of its timeline.

Asked only where ``capabilities().versions`` says the collection keeps them: on the seed's
configuration ``GET /api/products/versions`` exists and answers 500 (docs/editorial.md). Read
with the app's Payload client: ``where[parent][equals]=<doc id>``, newest first, ``depth=0``
(media as ids, as the pull reads them), at most ``limit`` (Payload's ``maxPerDoc`` is 100 on
the editorial stack). Without a ``locale`` Payload answers in its default locale, the one the
store holds, so a version and a pulled state of the same content hash alike.

A version says who made it only where the deployment records it (``updatedBy``, not in
Payload 3.90's own version docs); it always says whether it is a draft or published
(``version._status``, with drafts on) and whether autosave wrote it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from babel.numbers import format_decimal

from desktop_app import money
from desktop_app.api.capabilities import Capability
from desktop_app.api.errors import ApiError
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.servers import Server
from desktop_app.store.records import MalformedRecord, payload_record
from desktop_app.timeline.content import payload_content
from desktop_app.timeline.points import Kind, Point

LIMIT = 100
STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("Timeline", "draft"),
    "published": QT_TRANSLATE_NOOP("Timeline", "published"),
}


class VersionsState(enum.StrEnum):
    READ = "read"
    UNAVAILABLE = "unavailable"  # the deployment keeps none (or none this key may read)
    FAILED = "failed"  # asked, and Payload could not answer (offline, an error)
    NOT_ASKED = "not_asked"  # the caller did not ask (the quick, local-only timeline)


@dataclass(frozen=True)
class VersionsRead:
    state: VersionsState
    reason: str = ""  # why there are none: the capability's reason, or the error
    points: tuple[Point, ...] = ()
    total: int = 0  # versions Payload holds for the document
    unreadable: int = 0  # versions skipped: content the app cannot read

    @property
    def summary(self) -> str:
        """One sentence for the timeline's note ("" when every version is shown)."""
        if self.state is VersionsState.UNAVAILABLE:
            return translate("Timeline", "Payload versions are not available: {reason}").format(
                reason=self.reason
            )
        if self.state is VersionsState.FAILED:
            return translate("Timeline", "Payload versions could not be read: {reason}").format(
                reason=self.reason
            )
        if self.state is VersionsState.NOT_ASKED:
            return ""
        shown = len(self.points) + self.unreadable
        cut = self.total > shown
        if cut and self.unreadable:
            return translate(
                "Timeline",
                "The newest {shown} of {total} Payload versions are "
                "shown; %Ln version(s) could not be read.",
                None,
                self.unreadable,
            ).format(shown=_number(shown), total=_number(self.total))
        if cut:
            return translate(
                "Timeline", "The newest {shown} of {total} Payload versions are shown."
            ).format(shown=_number(shown), total=_number(self.total))
        if self.unreadable:
            return translate("Timeline", "%Ln version(s) could not be read.", None, self.unreadable)
        return ""

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "reason": self.reason,
            "total": self.total,
            "listed": len(self.points),
            "unreadable": self.unreadable,
        }


def _number(n: int) -> str:
    """A count as the display locale writes it ("1,000"; "1.000" in German)."""
    return format_decimal(n, locale=money.current_locale())


def _who(doc: dict[str, Any]) -> str:
    user = doc.get("updatedBy") or (doc.get("version") or {}).get("updatedBy")
    if isinstance(user, dict):
        return str(
            user.get("email")
            or user.get("name")
            or translate("Timeline", "user {id}").format(id=user.get("id"))
        )
    if user is not None and user != "":
        return translate("Timeline", "user {id}").format(id=user)
    return ""


def version_point(doc: dict[str, Any], doc_id: str, product_id: str) -> Point:
    """A version doc as a point; MalformedRecord when its content cannot be read. ``who`` only
    where the deployment records it (``updatedBy``); an autosave says so in the note."""
    version = doc.get("version")
    if not isinstance(version, dict) or doc.get("id") is None:
        raise MalformedRecord("the version has no content", str(doc.get("id", "?")))
    record = payload_record({"medusa_id": product_id, **version, "id": doc_id})
    status = version.get("_status") if isinstance(version.get("_status"), str) else None
    notes = [
        translate("Timeline", STATUS_WORDS[status]) if status in STATUS_WORDS else status or ""
    ]
    if doc.get("autosave"):
        notes.append(translate("Timeline", "autosave"))
    if doc.get("latest"):
        notes.append(translate("Timeline", "latest"))
    if doc.get("publishedLocale"):
        notes.append(
            translate("Timeline", "published in {locale}").format(locale=doc["publishedLocale"])
        )
    at = doc.get("updatedAt") or version.get("updatedAt") or ""
    return Point(
        f"v{doc['id']}",
        Kind.VERSION,
        Server.PAYLOAD,
        str(at),
        payload_content(record),
        who=_who(doc),
        note=", ".join(n for n in notes if n),
        status=status,
        autosave=bool(doc.get("autosave")),
    )


async def read_versions(
    client: PayloadClient | None,
    capability: Capability,
    doc_id: str | None,
    product_id: str,
    *,
    limit: int = LIMIT,
) -> VersionsRead:
    """The newest ``limit`` versions of Payload doc ``doc_id``, or why there are none."""
    if not capability.available:
        return VersionsRead(VersionsState.UNAVAILABLE, capability.reason)
    if doc_id is None:
        return VersionsRead(
            VersionsState.UNAVAILABLE,
            translate("Timeline", "this product has no Payload document."),
        )
    if client is None:
        return VersionsRead(
            VersionsState.FAILED, translate("Timeline", "there is no Payload connection.")
        )
    try:
        page = await client.find_versions(
            "products",
            where=Where.equals("parent", doc_id),
            limit=limit,
            depth=0,
            sort="-updatedAt",
        )
    except ApiError as exc:
        return VersionsRead(VersionsState.FAILED, exc.message)
    points, unreadable = [], 0
    for doc in page.docs:
        try:
            points.append(version_point(doc, doc_id, product_id))
        except MalformedRecord:
            unreadable += 1
    return VersionsRead(VersionsState.READ, "", tuple(points), page.total_docs, unreadable)
