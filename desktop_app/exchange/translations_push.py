"""Push translations (issue 16): read, compare, write per locale, as every edit.

The push (``exchange/push.py``) re-reads a product as usual, with its translations where the
shop has them (``read_payload_docs``: ``?locale=all``; ``medusa_fields``: Medusa's
``translations`` link), so ``merge.decide`` compares each ``locales.*`` and
``translations.*`` edit with what the server holds in that locale. What is to send goes
after the product update:

* Payload: one ``PATCH /api/products/{id}?locale=<code>`` per locale with that locale's
  edited fields only (an SEO key alone: Payload keeps the group's other keys). Payload
  refuses any field of a locale that has no title yet ("title" is required in every
  locale): the edits then fail with a message saying so.
* Medusa: one ``POST /admin/translations/batch`` per product: ``update`` for a locale that
  has a translation (Medusa merges the fields named), ``create`` for one that has none;
  a cleared translation is sent as "" (Medusa takes strings only).

Answers are kept: Payload's values as sent in the stored record's ``locales`` (its answer
is the document in that locale, fallbacks aside), Medusa's created and updated rows in the
record's ``translations``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desktop_app.api.errors import ApiError, Locked, Validation
from desktop_app.api.localised import (
    REFERENCE,
    batch_translations,
    find_all_locales,
    patch_locale,
)
from desktop_app.api.where import Where
from desktop_app.exchange import publishing_push
from desktop_app.exchange.translations_read import default_view, medusa_entry
from desktop_app.i18n import translate
from desktop_app.store import locale_fields
from desktop_app.store import translations as translation_store
from desktop_app.store.fields import MEDUSA, PAYLOAD, apply
from desktop_app.store.outbox import OutboxEntry, now
from desktop_app.translations.setup import TranslationSetup

if TYPE_CHECKING:
    from desktop_app.exchange.push import Pusher

# Medusa's translations, read with a product (the Translation module's link, 2.12.3+).
MEDUSA_TRANSLATION_FIELDS = ("translations.id", "translations.locale_code",
                             "translations.translations")


def medusa_fields(fields: tuple[str, ...], setup: TranslationSetup | None) -> tuple[str, ...]:
    """The fields of a product read: with its translations where Medusa has the module."""
    if setup is None or not setup.medusa_on:
        return fields
    return (*fields, *setup.medusa_read_fields, *MEDUSA_TRANSLATION_FIELDS)


async def read_payload_docs(
    client: Any, setup: TranslationSetup, where: Where, limit: int, select: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Products as a default-locale read shows them, with their other locales' values."""
    page = await find_all_locales(client, where=where, limit=limit, select=select)
    return [default_view(doc, setup) for doc in page.docs]


def locale_bodies(send: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Payload: the PATCH body per locale that sets ``send`` (``locales.*`` fields). SEO keys
    go alone: Payload keeps a group's keys a locale write leaves out
    (product_patch_locale_de_seo_group), so a colleague's other key is never overwritten."""
    bodies: dict[str, dict[str, Any]] = {}
    for name, value in send.items():
        _, code, base = locale_fields.split(name)
        body = bodies.setdefault(code, {})
        head, _, key = base.partition(".")
        if head == "seo":
            body.setdefault("seo", {})[key] = value
        else:
            body[base] = value
    return bodies


def translation_batch(
    product_id: str, record: Mapping[str, Any], send: Mapping[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Medusa: the batch's ``create`` and ``update`` rows that set ``send``."""
    per_locale: dict[str, dict[str, str]] = {}
    for name, value in send.items():
        _, code, base = locale_fields.split(name)
        per_locale.setdefault(code, {})[base] = "" if value is None else str(value)
    create, update = [], []
    held = record.get(locale_fields.TRANSLATIONS) or {}
    for code, values in per_locale.items():
        tid = (held.get(code) or {}).get("id")
        if tid:
            update.append({"id": tid, "translations": values})
        else:
            create.append({"reference_id": product_id, "reference": REFERENCE,
                           "locale_code": code, "translations": values})
    return create, update


def _mapped(exc: Validation, code: str) -> dict[str, str]:
    """A locale PATCH's field errors under the edited fields' names."""
    return {f"{locale_fields.LOCALES}.{code}.{path}": message
            for path, message in exc.field_errors.items()}


async def send(
    pusher: Pusher, server: str, product_id: str, record: dict[str, Any],
    send_values: dict[str, Any], entries: list[OutboxEntry],
) -> None:
    """Send the translation edits of one unit (the push's claimed ``entries``); settles them.

    Uses the pusher's own request, settle and fault handling, so a lost request is queued
    again and retried like any other write.
    """
    if server == PAYLOAD and publishing_push.holds_newer_draft(record):
        # A locale write is a live write too: over a newer draft it would publish the draft
        # (docs/drafts.md); kept, failed, as the default locale's edits are.
        pusher._settle(entries, "failed",
                       message=translate("PushOutcome", publishing_push.NEWER_DRAFT))
        pusher.report.failed += len(entries)
        return
    if server == PAYLOAD:
        by_locale: dict[str, list[OutboxEntry]] = {}
        for entry in entries:
            by_locale.setdefault(locale_fields.locale_of(entry.field), []).append(entry)
        for code, body in locale_bodies(send_values).items():
            await _send_locale(pusher, product_id, record, code, body, by_locale.get(code, []),
                               {e.field: send_values[e.field] for e in by_locale.get(code, [])})
    elif server == MEDUSA:
        await _send_batch(pusher, product_id, record, send_values, entries)


async def _send_locale(
    pusher: Pusher, product_id: str, record: dict[str, Any], code: str, body: dict[str, Any],
    entries: list[OutboxEntry], values: dict[str, Any],
) -> None:
    client = pusher.clients[PAYLOAD]
    try:
        answer = await pusher._call(PAYLOAD, patch_locale(
            client, record["id"], publishing_push.with_status(record, body), code,
            select=("updatedAt",)))
    except Locked as exc:
        pusher._settle(entries, "locked", message=exc.message)
        pusher.report.locked += len(entries)
        return
    except Validation as exc:
        _refused(pusher, entries, _mapped(exc, code), exc, code, record)
        return
    except ApiError as exc:
        pusher._interrupted(PAYLOAD, entries, exc)
        return
    stored = pusher.store.payload(product_id)
    if stored is not None:  # the values as sent are what the locale holds now
        for name, value in values.items():
            stored = apply(stored, name, value)
        if isinstance(answer.get("updatedAt"), str):
            stored["updated_at"] = answer["updatedAt"]
        pusher.store.save_payload([stored], refresh=False)
    pusher._settle(entries, "done", outcome="sent")
    pusher.report.sent += len(entries)


def _refused(
    pusher: Pusher, entries: list[OutboxEntry], named: dict[str, str], exc: Validation,
    code: str, record: Mapping[str, Any],
) -> None:
    """Fail the fields Payload named; a missing title in that locale fails them all."""
    sent = {e.field for e in entries}
    title = f"{locale_fields.LOCALES}.{code}.title"
    if title in named and title not in sent:
        message = translate("PushOutcome", "Payload needs a title in {locale} before the other "
                            "{locale} fields can be saved: translate the title too.").format(
            locale=code)
        failed = {e.field: message for e in entries}
    else:
        failed = {name: message for name, message in named.items() if name in sent}
    with pusher.store.transaction():
        for entry in entries:
            pusher._settle([entry], "failed", message=failed.get(entry.field, exc.message))
    pusher.report.failed += len(entries)


async def _send_batch(
    pusher: Pusher, product_id: str, record: dict[str, Any], send_values: dict[str, Any],
    entries: list[OutboxEntry],
) -> None:
    create, update = translation_batch(product_id, record, send_values)
    try:
        answer = await pusher._call(MEDUSA, batch_translations(
            pusher.clients[MEDUSA], create=create, update=update))
    except Validation as exc:
        with pusher.store.transaction():
            pusher._settle(entries, "failed", message=exc.message)
        pusher.report.failed += len(entries)
        return
    except ApiError as exc:
        pusher._interrupted(MEDUSA, entries, exc)
        return
    found: dict[str, dict[str, Any]] = {}
    for row in [*(answer.get("created") or ()), *(answer.get("updated") or ())]:
        entry = medusa_entry(row) if isinstance(row, dict) else None
        if entry is not None and entry[0] == product_id:
            found[entry[1]] = {**entry[2], translation_store.PUSHED_AT: now()}
    if found:
        with pusher.store.transaction():
            translation_store.store_medusa_translations(pusher.store.conn, {product_id: found},
                                                        whole=False)
    pusher._settle(entries, "done", outcome="sent")
    pusher.report.sent += len(entries)
