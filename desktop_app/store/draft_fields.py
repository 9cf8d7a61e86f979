"""Field names for drafts and publishing (issue 16, docs/drafts.md), as the outbox keeps them.

* ``draft.<field>``: a draft edit of Payload's default-locale content (``draft.title``,
  ``draft.seo.meta_title``, ``draft.description``, ``draft.thumbnail``, ``draft.images``);
  sent as ``PATCH /api/products/{id}?draft=true``, compared with Payload's latest draft.
* ``draft.locales.<code>.<field>``: a draft edit of another locale's text (the names of
  ``locale_fields``: ``draft.locales.de.title``); sent as ``PATCH ?draft=true&locale=de``,
  compared with that locale's values in the latest draft.
* ``publication``: ``"published"`` (publish the latest draft) or ``"draft"`` (unpublish);
  sent as ``PATCH`` with ``_status``. Its server value is the document's state:
  ``published``, ``changed`` (published, with a newer draft) or ``draft``.
* ``schedule``: ``{"at": ISO 8601 UTC, "action": "publish" | "unpublish"}`` or None (no
  schedule); sent as a ``schedulePublish`` job in ``payload-jobs``.

Where the values live: the Payload record's ``editorial`` (read by
``exchange/publishing_read.py`` and by the push's re-read, kept when a record without it is
stored)::

    {"status": "published" | "draft",     # the document's own _status
     "draft": {title, subtitle, description, seo, thumbnail, images, locales, updated_at}
              | None,
                                           # the latest version where it is a draft
     "schedule": {"at", "action", "job"} | None}

A record without ``editorial`` is one of a shop without drafts (or not read yet).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop_app.content_fields import TEXT_FIELDS
from desktop_app.servers import Server
from desktop_app.store import locale_fields

EDITORIAL = "editorial"  # the Payload record's key
DRAFT = "draft"  # the field prefix, and the editorial part's latest draft
PUBLICATION = "publication"
SCHEDULE = "schedule"
# The content a draft holds (Payload's default-locale fields; store/fields.py).
# ``locales``: the other locales' values (locale_fields), where the shop has translations.
CONTENT = ("title", "subtitle", "description", "seo", "thumbnail", "images", "locales")
DRAFT_FIELDS = (*TEXT_FIELDS, "thumbnail", "images")
PUBLISHED, CHANGED, UNPUBLISHED = "published", "changed", "draft"
ACTIONS = ("publish", "unpublish")


def is_editorial(field: str) -> bool:
    return field in (PUBLICATION, SCHEDULE) or field.startswith(DRAFT + ".")


def base_of(field: str) -> str:
    """``draft.seo.meta_title`` → ``seo.meta_title``; ValueError for any other name."""
    prefix, _, base = field.partition(".")
    if prefix != DRAFT or not (base in DRAFT_FIELDS or _is_locale(base)):
        raise ValueError(f"'{field}' is not an editable field")
    return base


def _is_locale(base: str) -> bool:
    """``locales.de.title`` (Payload's localised content), not Medusa's translations."""
    if not base.startswith(locale_fields.LOCALES + "."):
        return False
    try:
        return locale_fields.owner(base) == Server.PAYLOAD
    except ValueError:
        return False


def locale_of(field: str) -> str | None:
    """The locale a draft field edits (``draft.locales.de.title`` → ``de``); None: default."""
    base = base_of(field)
    return locale_fields.locale_of(base) if _is_locale(base) else None


def draft_field(base: str) -> str:
    name = f"{DRAFT}.{base}"
    base_of(name)
    return name


def owner(field: str) -> str:
    if field not in (PUBLICATION, SCHEDULE):
        base_of(field)
    return Server.PAYLOAD


def part(record: dict[str, Any] | None) -> dict[str, Any] | None:
    """The record's editorial part (None: drafts off, or not read yet)."""
    value = (record or {}).get(EDITORIAL)
    return value if isinstance(value, dict) else None


def draft_content(record: dict[str, Any]) -> dict[str, Any]:
    """The latest draft's content: the newer draft, else the document's own."""
    editorial = part(record) or {}
    draft = editorial.get(DRAFT)
    if not isinstance(draft, dict):
        return {k: record.get(k) for k in CONTENT}
    if not isinstance(draft.get(locale_fields.LOCALES), dict):
        # A draft read without its locales (a shop without translations, or a default-locale
        # answer): the other locales are as the document holds them.
        return {**draft, locale_fields.LOCALES: record.get(locale_fields.LOCALES)}
    return draft


def state(record: dict[str, Any] | None) -> str | None:
    """``published`` | ``changed`` | ``draft``; None without an editorial part."""
    editorial = part(record)
    if editorial is None:
        return None
    if editorial.get("status") != PUBLISHED:
        return UNPUBLISHED
    return CHANGED if isinstance(editorial.get(DRAFT), dict) else PUBLISHED


def schedule_value(value: Any) -> dict[str, str] | None:
    """A schedule as compared and sent: ``{"at": UTC ISO to the second, "action"}``."""
    if not isinstance(value, dict) or not value.get("at"):
        return None
    action = value.get("action") or "publish"
    if action not in ACTIONS:
        raise ValueError(f"A schedule publishes or unpublishes, not {action!r}.")
    return {"at": utc_text(value["at"]), "action": action}


def utc_text(value: Any) -> str:
    """An instant as ``2026-12-08T09:00:00Z`` (aware datetimes or ISO text)."""
    when = (
        value
        if isinstance(value, datetime)
        else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    )
    if when.tzinfo is None:
        raise ValueError("A schedule's time needs its time zone.")
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def extract(record: dict[str, Any] | None, field: str) -> Any:
    if record is None:
        return None
    if field == PUBLICATION:
        return state(record)
    if field == SCHEDULE:
        return schedule_value((part(record) or {}).get(SCHEDULE))
    from desktop_app.store import fields  # the content fields' own rules

    return fields.extract(draft_content(record), base_of(field))


def apply(record: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` as it will be once ``field`` is ``value`` on the server."""
    from desktop_app.store import fields

    out = dict(record)
    editorial = dict(part(record) or {"status": PUBLISHED, DRAFT: None, SCHEDULE: None})
    if field == SCHEDULE:
        editorial[SCHEDULE] = schedule_value(value)
    elif field == PUBLICATION:
        # Publishing (or unpublishing) makes the latest draft the document's content.
        out.update(draft_content(record))
        editorial.update(status=PUBLISHED if value == PUBLISHED else UNPUBLISHED, draft=None)
    else:
        draft = fields.apply(dict(draft_content(record)), base_of(field), value)
        editorial[DRAFT] = {k: draft.get(k) for k in CONTENT}
    out[EDITORIAL] = editorial
    return out


def canonical(field: str, value: Any) -> Any:
    if field == SCHEDULE:
        return schedule_value(value)
    if field == PUBLICATION:
        return None if value is None else str(value)
    from desktop_app.store import fields

    return fields.canonical(base_of(field), value)
