"""The push's part of drafts and publishing (issue 16, docs/drafts.md).

With drafts on, Payload 3.90 saves a write without ``?draft=true`` onto the **latest
version** (a newer draft included) and takes that version's ``_status`` unless the write
names one (``collections/operations/utilities/update.js``; recorded in docs/drafts.md). So
on a drafts shop every write names what it means:

* a draft edit (``draft.<field>``): ``PATCH ?draft=true`` with the fields, its siblings (the
  ``seo`` group, the gallery's row ids) taken from the latest draft; the published document
  is left as it is;
* a locale's draft edit (``draft.locales.<code>.<field>``): ``PATCH ?draft=true&locale=<code>``
  with that locale's fields (SEO keys alone, as the live locale writes), after the default
  locale's draft; compared with the locale's values in the latest draft (read with
  ``locale=all``);
* publish / unpublish (``publication``): ``PATCH`` ``{"_status": "published" | "draft"}``:
  the latest draft becomes the document's content, published or not;
* a plain content edit (``edit()``, "change what is live"): the product update with the
  document's own ``_status``; refused (failed, kept) while Payload holds a newer draft, which
  that write would publish with it;
* a schedule: the new ``schedulePublish`` job is queued, then the document's other upcoming
  ones are deleted (``None``: only deleted), so a refused job leaves the old schedule.

The unit's re-read (``Pusher._read_many``) brings the editorial part of each record
(``reads.fetch``), so all of these are compared with what Payload holds now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.api.errors import ApiError, Forbidden, Locked, NotFound, Validation
from desktop_app.api.localised import patch_locale
from desktop_app.exchange import draft_overwrite
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.store import draft_fields, locale_fields, records
from desktop_app.store.draft_fields import PUBLICATION, SCHEDULE
from desktop_app.store.fields import PAYLOAD, request_body
from desktop_app.store.outbox import OutboxEntry

if TYPE_CHECKING:
    from desktop_app.exchange.push import Pusher

# Outcomes (translated where they are settled, in the push's language).
NEWER_DRAFT = QT_TRANSLATE_NOOP(
    "PushOutcome",
    "Payload holds unpublished draft changes of this product; this edit of the "
    "live content would publish them too. Edit the draft and publish it, or "
    "publish first, then send this again.",
)
NO_DRAFTS = QT_TRANSLATE_NOOP(
    "PushOutcome", "This shop's Payload has no drafts; the edit cannot be sent as one."
)
DRAFT_NOT_SENT = QT_TRANSLATE_NOOP(
    "PushOutcome",
    "Not published: your draft changes before it were not sent (in conflict or refused), "
    "so publishing now would make the server's draft live instead. Resolve them, then "
    "publish again.",
)
# A draft entry in one of these states was not sent; a publish asked after it waits for it.
_UNSENT = ("conflict", "failed", "locked")
NO_SCHEDULING = QT_TRANSLATE_NOOP(
    "PushOutcome", "Scheduled publishing is not available on this shop."
)


@dataclass(frozen=True)
class Editorial:
    """What the push knows of the shop: drafts on, schedules readable over REST."""

    drafts: bool = False
    schedules: bool = False


def with_status(record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """A plain product update on a drafts shop names the document's own ``_status``."""
    part = draft_fields.part(record)
    if part is None:
        return body
    return {**body, "_status": part.get("status") or draft_fields.UNPUBLISHED}


def holds_newer_draft(record: dict[str, Any]) -> bool:
    return draft_fields.state(record) == draft_fields.CHANGED


async def send(
    pusher: Pusher,
    product_id: str,
    record: dict[str, Any],
    part: dict[str, Any],
    entries: list[OutboxEntry],
) -> None:
    """Send the unit's editorial fields: drafts, then publish/unpublish, then the schedule."""
    by_field: dict[str, list[OutboxEntry]] = {}
    for entry in entries:
        by_field.setdefault(entry.field, []).append(entry)
    if draft_fields.part(record) is None:  # the re-read found no drafts here
        _fail(pusher, entries, translate("PushOutcome", NO_DRAFTS))
        return
    drafts = {f: v for f, v in part.items() if f.startswith(draft_fields.DRAFT + ".")}
    by_locale: dict[str | None, dict[str, Any]] = {}
    for name, value in drafts.items():
        by_locale.setdefault(draft_fields.locale_of(name), {})[name] = value
    steps: list[tuple[dict[str, Any], str]] = []
    if None in by_locale:  # the default locale's draft first, then each locale's
        steps.append((by_locale.pop(None), "draft"))
    steps += [(values, "draft") for _, values in sorted(by_locale.items())]
    if PUBLICATION in part and _drafts_left_behind(pusher, product_id, by_field):
        _fail(pusher, by_field[PUBLICATION], translate("PushOutcome", DRAFT_NOT_SENT))
        part = {f: v for f, v in part.items() if f != PUBLICATION}
    if PUBLICATION in part:
        steps.append(({PUBLICATION: part[PUBLICATION]}, "publication"))
    if SCHEDULE in part:
        steps.append(({SCHEDULE: part[SCHEDULE]}, "schedule"))
    for fields_, kind in steps:
        mine = [e for f in fields_ for e in by_field.get(f, [])]
        record = await _step(pusher, product_id, record, fields_, kind, mine)
        if record is None:
            return  # a refused or lost step: what follows waits (queued) for the next push


def _drafts_left_behind(
    pusher: Pusher, product_id: str, by_field: dict[str, list[OutboxEntry]]
) -> bool:
    """A draft edit asked before the publish is not on the server (its compare found a
    colleague's newer draft, or Payload refused it): publishing would make content live
    that the merchant never saw."""
    publish_seq = min(e.seq for e in by_field[PUBLICATION])
    return any(
        e.seq < publish_seq and e.field.startswith(draft_fields.DRAFT + ".")
        for e in pusher.store.outbox.entries(_UNSENT, product_id=product_id)
    )


async def _step(
    pusher: Pusher,
    product_id: str,
    record: dict[str, Any],
    part: dict[str, Any],
    kind: str,
    entries: list[OutboxEntry],
) -> dict[str, Any] | None:
    try:
        if kind == "draft":
            code = draft_fields.locale_of(next(iter(part)))
            answer = await (
                _send_draft(pusher, product_id, record, part)
                if code is None
                else _send_locale_draft(pusher, record, code, part)
            )
        elif kind == "publication":
            answer = await _send_publication(pusher, product_id, record, part[PUBLICATION])
        else:
            if not pusher.editorial.schedules:
                _fail(pusher, entries, translate("PushOutcome", NO_SCHEDULING))
                return None
            answer = await _send_schedule(pusher, record, part[SCHEDULE])
    except Locked as exc:
        pusher._settle(entries, "locked", message=exc.message)
        pusher.report.locked += len(entries)
        return None
    except Validation as exc:
        _fail(pusher, entries, exc.message)
        return None
    except ApiError as exc:
        pusher._interrupted(PAYLOAD, entries, exc)  # raises unless final
        return None
    replaced = (
        await draft_overwrite.replaced_unseen(pusher, product_id, record, part)
        if kind == "draft" and draft_fields.locale_of(next(iter(part))) is None
        else {}
    )
    over = [e for e in entries if e.field in replaced]
    pusher._settle([e for e in entries if e.field not in replaced], "done", outcome="sent")
    if over:
        message = translate("DraftOverwrite", draft_overwrite.REPLACED)
        pusher._settle(over, "done", outcome="sent", message=message)
        pusher.report.replaced += len(over)
    pusher.report.sent += len(entries)
    pusher.store.save_payload([answer], refresh=False)
    return answer


def _fail(pusher: Pusher, entries: list[OutboxEntry], message: str) -> None:
    pusher._settle(entries, "failed", message=message)
    pusher.report.failed += len(entries)


async def _send_draft(
    pusher: Pusher, product_id: str, record: dict[str, Any], part: dict[str, Any]
) -> dict[str, Any]:
    draft = {"id": record["id"], **draft_fields.draft_content(record)}
    changes = {draft_fields.base_of(f): v for f, v in part.items()}
    body = {**request_body(PAYLOAD, draft, changes), "_status": draft_fields.UNPUBLISHED}
    doc = await pusher._call(
        PAYLOAD,
        pusher.clients[PAYLOAD].patch(
            "products", record["id"], body, depth=0, select=records.PAYLOAD_STORE_FIELDS, draft=True
        ),
    )
    saved = records.payload_record({**doc, "medusa_id": product_id})
    editorial = dict(draft_fields.part(record) or {})
    editorial["draft"] = {
        **{k: saved.get(k) for k in draft_fields.CONTENT},
        # A default-locale answer: the other locales are the draft's as they were.
        locale_fields.LOCALES: draft[locale_fields.LOCALES],
        "updated_at": saved.get("updated_at"),
    }
    # The published document is unchanged: the record stays, its draft is the answer.
    return {**record, draft_fields.EDITORIAL: editorial}


async def _send_locale_draft(
    pusher: Pusher, record: dict[str, Any], code: str, part: dict[str, Any]
) -> dict[str, Any]:
    from desktop_app.exchange.translations_push import locale_bodies  # it imports this module

    values = {draft_fields.base_of(f): v for f, v in part.items()}
    body = {**locale_bodies(values)[code], "_status": draft_fields.UNPUBLISHED}
    answer = await pusher._call(
        PAYLOAD,
        patch_locale(
            pusher.clients[PAYLOAD], record["id"], body, code, select=("updatedAt",), draft=True
        ),
    )
    # The answer is the draft in this locale: the values as sent are what it holds now.
    draft = dict(draft_fields.draft_content(record))
    for name, value in values.items():
        draft = locale_fields.apply(draft, name, value)
    if isinstance(answer.get("updatedAt"), str):
        draft["updated_at"] = answer["updatedAt"]
    editorial = {**(draft_fields.part(record) or {}), "draft": draft}
    return {**record, draft_fields.EDITORIAL: editorial}


async def _send_publication(
    pusher: Pusher, product_id: str, record: dict[str, Any], value: str
) -> dict[str, Any]:
    status = "published" if value == draft_fields.PUBLISHED else draft_fields.UNPUBLISHED
    doc = await pusher._call(
        PAYLOAD,
        pusher.clients[PAYLOAD].patch(
            "products",
            record["id"],
            {"_status": status},
            depth=0,
            select=(*records.PAYLOAD_STORE_FIELDS, "_status"),
        ),
    )
    saved = records.payload_record({**doc, "medusa_id": product_id})
    editorial = {**(draft_fields.part(record) or {}), "status": status, "draft": None}
    # The latest draft is the document's content now, its other locales too (the answer
    # holds the default locale's alone).
    return {
        **record,
        **draft_fields.draft_content(record),
        **saved,
        draft_fields.EDITORIAL: editorial,
    }


async def _send_schedule(pusher: Pusher, record: dict[str, Any], value: Any) -> dict[str, Any]:
    client = pusher.clients[PAYLOAD]
    wanted = draft_fields.schedule_value(value)
    upcoming = await pusher._call(PAYLOAD, client.schedules([record["id"]]))
    schedule = None
    # The new job first: if Payload refuses it, the schedule the product has stays.
    if wanted is not None:
        job = await pusher._call(
            PAYLOAD, client.queue_schedule("products", record["id"], wanted["at"], wanted["action"])
        )
        schedule = {**wanted, "job": job.get("id")}
    for old in upcoming:
        try:
            await pusher._call(PAYLOAD, client.cancel_schedule(old["id"]))
        except (NotFound, Forbidden):
            pass  # it ran or was deleted meanwhile (403: no longer "upcoming", recorded)
    editorial = {**(draft_fields.part(record) or {}), "schedule": schedule}
    return {**record, draft_fields.EDITORIAL: editorial}
