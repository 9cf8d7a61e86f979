"""Read what Payload holds of drafts, publishing and schedules (issue 16, docs/drafts.md).

Three reads, whatever the catalog's size (drafts are few next to products):

* ``GET /api/products?where[_status][equals]=draft&limit=0&select[medusa_id]`` — documents
  that are not published (never, or unpublished);
* ``GET /api/products?draft=true&where[_status][equals]=draft&limit=0`` with the content
  fields — every document whose latest version is a draft, with that draft's content
  (``draft=true`` reads the latest versions, and ``where`` applies to them: recorded);
  (``&locale=all`` where Payload has localised content: the draft's every locale, recorded
  in ``tests/fixtures/payload/drafts/locales/``);
* where scheduling is available, ``GET /api/payload-jobs`` — the upcoming ``schedulePublish``
  jobs (``PayloadClient.schedules``).

Every other stored document is published with no newer draft. The push asks the same for
the products it sends (``for_docs``), with the documents' own ``_status`` from its re-read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.api.localised import find_all_locales
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.exchange.translations_read import default_view
from desktop_app.store import publication, records
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.draft_fields import CONTENT, PUBLISHED, UNPUBLISHED
from desktop_app.store.records import MalformedRecord
from desktop_app.translations.setup import TranslationSetup

STATUS = "_status"


@dataclass
class Fetched:
    unpublished: set[str] = field(default_factory=set)  # doc ids whose own _status is draft
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc id -> draft content
    schedules: dict[str, dict[str, Any]] | None = None  # doc id -> next job; None: not read


def _draft_content(doc: dict[str, Any]) -> dict[str, Any] | None:
    try:
        record = records.payload_record(doc)
    except MalformedRecord:
        return None  # a draft the app cannot read: the published state stands
    return {**{k: record.get(k) for k in CONTENT}, "updated_at": record.get("updated_at")}


def _schedule(job: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    data = job.get("input") if isinstance(job.get("input"), dict) else {}
    doc = data.get("doc") if isinstance(data.get("doc"), dict) else {}
    if doc.get("relationTo") != "products" or doc.get("value") in (None, ""):
        return None
    action = "unpublish" if data.get("type") == "unpublish" else "publish"
    return str(doc["value"]), {"at": job.get("waitUntil"), "action": action, "job": job.get("id")}


async def fetch(
    payload: PayloadClient,
    where: Where | None,
    *,
    schedules: bool,
    doc_ids: Iterable[str] | None = None,
    statuses: bool = True,
    setup: TranslationSetup | None = None,
) -> Fetched:
    """The drafts (and, with ``statuses``, the unpublished docs) matching ``where``; the
    schedules of ``doc_ids`` (all: None) where ``schedules``; with ``setup`` (Payload has
    localised content) each draft's other locales too."""
    found = Fetched()
    draft = Where.equals(STATUS, UNPUBLISHED)
    scope = draft if where is None else where & draft
    if statuses:
        page = await payload.find("products", where=scope, limit=0, depth=0, select=("medusa_id",))
        found.unpublished = {str(d["id"]) for d in page.docs if d.get("id") is not None}
    for doc in await latest_drafts(payload, scope, setup):
        content = _draft_content(doc)
        if content is not None:
            found.drafts[str(doc["id"])] = content
    if schedules:
        found.schedules = {}
        for job in await payload.schedules(doc_ids):  # soonest first: keep the next one
            pair = _schedule(job)
            if pair is not None:
                found.schedules.setdefault(*pair)
    return found


async def latest_drafts(
    payload: PayloadClient, scope: Where, setup: TranslationSetup | None
) -> list[dict[str, Any]]:
    """The latest drafts in scope as a default-locale read shows them (with ``locales``)."""
    if setup is None or not setup.payload_on:
        page = await payload.find(
            "products",
            where=scope,
            limit=0,
            depth=0,
            draft=True,
            select=records.PAYLOAD_STORE_FIELDS,
        )
        return list(page.docs)
    page = await find_all_locales(
        payload, where=scope, limit=0, select=records.PAYLOAD_STORE_FIELDS, draft=True
    )
    return [default_view(doc, setup) for doc in page.docs]


def editorial(
    doc_id: str, status: str | None, found: Fetched, kept: dict[str, Any] | None
) -> dict[str, Any]:
    """The editorial part of one doc; ``status``: its own ``_status`` (None: from
    ``found.unpublished``); ``kept``: the stored part (its schedule stays when none was read)."""
    if status is None:
        status = UNPUBLISHED if doc_id in found.unpublished else PUBLISHED
    schedule = (
        found.schedules.get(doc_id) if found.schedules is not None else (kept or {}).get("schedule")
    )
    return {
        "status": PUBLISHED if status == PUBLISHED else UNPUBLISHED,
        "draft": found.drafts.get(doc_id),
        "schedule": schedule,
    }


async def read_all(
    store: CatalogStore,
    payload: PayloadClient,
    *,
    schedules: bool,
    product_ids: Iterable[str] | None = None,
    setup: TranslationSetup | None = None,
) -> set[str]:
    """Read and keep the editorial part of every stored doc (or of ``product_ids``'); returns
    the products whose part changed."""
    docs = store.payload_ids()  # doc id -> medusa id
    before = publication.stamps(store.conn)
    where = None
    if product_ids is not None:
        wanted = set(product_ids)
        docs = {d: m for d, m in docs.items() if m in wanted}
        if not docs:
            return set()
        where = Where.in_("medusa_id", sorted({m for m in docs.values() if m}))
    found = await fetch(
        payload,
        where,
        schedules=schedules,
        doc_ids=None if product_ids is None else list(docs),
        setup=setup,
    )
    with store.transaction():
        # A doc a push (or a refresh) stored anew while this read was out keeps what that
        # stored: the read may have left before the write landed. The next read has it.
        moved = publication.stamps(store.conn)
        kept = publication.stored(store.conn, docs)
        parts = {
            doc_id: editorial(doc_id, None, found, (kept.get(doc_id) or (None, None))[1])
            for doc_id in docs
            if moved.get(doc_id) == before.get(doc_id)
        }
        changed = publication.save(store.conn, parts)
        store.refresh_rows(changed)
    return changed


def parts_for(
    docs: Mapping[str, dict[str, Any]], found: Fetched, kept: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """Editorial parts of re-read docs (``{doc id: doc with its _status}``)."""
    return {
        doc_id: editorial(doc_id, str(doc.get(STATUS) or UNPUBLISHED), found, kept.get(doc_id))
        for doc_id, doc in docs.items()
    }
