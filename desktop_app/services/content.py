"""The Payload-owned content of one product, for the content editor (Qt-free).

Payload owns title, subtitle, description, images and SEO (integration-behaviour.md §8).

* Everything goes through the shop's one catalog, shared with the main window:
  text fields (``TEXT_FIELDS``) are saved through its outbox (``OfflineCatalog.edit``:
  committed to SQLite before any request), then this one product is pushed at once
  (``push_product``), so the list and every other window see the save at once. The
  push re-reads the doc, compares field values with the merchant's bases and PATCHes
  only the edited fields (read-compare-write).
* A 423 leaves the edit ``locked`` in the outbox; ``save(..., override_lock=True)``
  re-pushes it with ``overrideLock=true`` (payload-rest-api.md §7).
* Images: ``upload`` POSTs the file to ``media`` directly (it creates a new media doc,
  so there is nothing to conflict with). ``attach`` then saves the product's
  ``thumbnail`` / ``images`` (gallery) like any other field: recorded in the outbox,
  pushed with read-compare-write (by media id), 423 → locked, override on request.
* Descriptions are sent as Lexical dicts, never as markdown strings for the
  server's ``beforeChange`` hook to convert.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.api.errors import ApiError, TransportError
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.content_fields import TEXT_FIELDS
from desktop_app.exchange.draft_overwrite import REPLACED
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.richtext.uploads import upload_ids
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store.fields import GALLERY, MEDUSA, PAYLOAD, THUMBNAIL, gallery_ids, media_id
from desktop_app.store.locale_fields import LOCALES, split

log = logging.getLogger(__name__)

MEDIA_FIELDS = (THUMBNAIL, GALLERY)
SAVABLE_FIELDS = (*TEXT_FIELDS, *MEDIA_FIELDS)

DocId = int | str


@dataclass(frozen=True)
class Media:
    id: DocId
    url: str  # absolute
    alt: str = ""
    filename: str = ""
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class GalleryImage:
    row_id: str | None  # the array row's id: kept on every PATCH (payload-rest-api.md §12)
    media_id: DocId
    media: Media | None = None


@dataclass(frozen=True)
class ProductContent:
    """What the editor shows: server copy with pending local edits applied."""

    product_id: str  # Medusa id (the outbox key)
    payload_id: str
    handle: str = ""
    title: str = ""
    subtitle: str = ""
    description: dict[str, Any] | None = None
    seo: Mapping[str, str] = field(default_factory=dict)
    thumbnail: Media | None = None
    thumbnail_id: DocId | None = None
    images: tuple[GalleryImage, ...] = ()
    updated_at: str | None = None
    online: bool = True  # False: read from the local store; images unknown
    pending: tuple[str, ...] = ()  # fields with unsent or unresolved edits
    server_values: Mapping[str, Any] = field(default_factory=dict)  # bases for a save

    def value(self, name: str) -> Any:
        if name.startswith("seo."):
            return self.seo.get(name[4:], "")
        return getattr(self, name)


class SaveStatus(enum.StrEnum):
    SAVED = "saved"
    QUEUED = "queued"  # durable locally; Payload was not reachable
    LOCKED = "locked"  # 423: open in Payload admin by someone else
    CONFLICT = "conflict"  # changed in Payload since it was loaded
    FAILED = "failed"  # rejected by Payload (message says why)


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    message: str = ""
    theirs: Mapping[str, Any] = field(default_factory=dict)  # field -> server value (conflict)
    # Saved, but worth a word: the draft went over one someone else saved meanwhile.
    note: str = ""
    # Queued: the message without its "Saved on this computer" (a title says that).
    detail: str = ""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _id_of(value: Any) -> DocId | None:
    found = media_id(value)
    return found if isinstance(found, (int, str)) else None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class ContentService:
    """Load and save one product's Payload content. All network calls are async."""

    def __init__(
        self,
        catalog: OfflineCatalog,
        *,
        media_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.catalog = catalog
        shop = catalog.shop
        self.payload: PayloadClient | None = shop.payload if shop is not None else None
        self.medusa = shop.medusa if shop is not None else None
        # Media files are public (payload-rest-api.md §9); a plain client reads them.
        self._media_http = httpx.AsyncClient(transport=media_transport, timeout=30.0)

    @property
    def origin(self) -> str:
        """The Payload server origin: the only host the preview may load images from."""
        return origin_of(self.payload.origin) if self.payload is not None else ""

    async def aclose(self) -> None:
        """Close this service's own media client; the shop's catalog is shared and stays."""
        await self._media_http.aclose()

    # ------------------------------------------------------------ load
    async def load(self, product_id: str) -> ProductContent:
        """Fresh from the servers when reachable, else from the local store."""
        online = self.payload is not None
        if online:
            try:
                # By medusa_id, never a cached Payload id (payload-rest-api.md §11).
                await self.catalog.refresh([product_id], servers=(PAYLOAD,))
            except TransportError:
                online = False  # offline: the stored copy is all there is
            await self._refresh_medusa(product_id)
        detail = self.catalog.product(product_id)
        if detail is None or detail.payload is None:
            raise LookupError(f"No Payload document is known for {product_id}.")
        # The merged view: the doc just read plus pending image edits.
        media = await self._media_docs(detail.payload) if online else {}
        if online:
            await self._description_media(detail.payload)
        return self._content(product_id, detail, media, online)

    async def _description_media(self, doc: Mapping[str, Any]) -> None:
        """The media docs the description's upload nodes name that the store lacks, read
        into it: the preview renders them from the store (``catalog.upload_populate``)."""
        try:
            await self.catalog.read_media_docs(upload_ids(doc.get("description")))
        except (ApiError, TransportError) as exc:
            log.info("description media not read: %s", exc)

    async def _refresh_medusa(self, product_id: str) -> None:
        # Only for the handle (the snippet URL); Medusa being down must not stop editing.
        if self.medusa is None:
            return
        try:
            await self.catalog.refresh([product_id], servers=(MEDUSA,))
        except ApiError as exc:
            log.info("Medusa product %s not refreshed: %s", product_id, exc)

    async def _media_docs(self, doc: dict[str, Any]) -> dict[str, Media]:
        assert self.payload is not None
        ids = [_id_of(doc.get(THUMBNAIL)), *gallery_ids(doc.get(GALLERY))]
        wanted = [str(i) for i in dict.fromkeys(ids) if i is not None]
        if not wanted:
            return {}
        try:
            page = await self.payload.find("media", where=Where.in_("id", wanted), limit=0, depth=0)
        except ApiError as exc:
            log.warning("media docs not loaded: %s", exc)
            return {}
        return {str(m["id"]): self._media(m) for m in page.docs}

    def _media(self, doc: Mapping[str, Any]) -> Media:
        assert self.payload is not None
        return Media(
            id=doc["id"],
            url=self.payload.absolute_url(str(doc.get("url") or "")),
            alt=_text(doc.get("alt")),
            filename=_text(doc.get("filename")),
            width=doc.get("width"),
            height=doc.get("height"),
        )

    def _content(
        self,
        product_id: str,
        detail: Any,
        media: Mapping[str, Media],
        online: bool,
    ) -> ProductContent:
        merged = detail.payload
        medusa = detail.medusa or {}
        thumb_id = _id_of(merged.get(THUMBNAIL))
        rows = [r for r in (merged.get(GALLERY) or ()) if isinstance(r, dict)]
        images = tuple(
            GalleryImage(r.get("id"), mid, media.get(str(mid)))
            for r in rows
            if (mid := _id_of(r.get("image"))) is not None
        )
        seo = merged.get("seo") or {}
        return ProductContent(
            product_id=product_id,
            payload_id=str(merged["id"]),
            handle=_text(medusa.get("handle")),
            title=_text(merged.get("title")),
            subtitle=_text(merged.get("subtitle")),
            description=merged.get("description"),
            seo={k: _text(seo.get(k)) for k in ("meta_title", "meta_description", "meta_keywords")},
            thumbnail=media.get(str(thumb_id)) if thumb_id is not None else None,
            thumbnail_id=thumb_id,
            images=images,
            updated_at=merged.get("updated_at"),
            online=online,
            pending=tuple(dict.fromkeys(e.field for e in detail.edits)),
            server_values={name: detail.server_value(name) for name in SAVABLE_FIELDS},
        )

    def refresh_local(self, content: ProductContent) -> ProductContent:
        """``content`` with the store's current bases and pending fields (no network)."""
        detail = self.catalog.product(content.product_id)
        if detail is None:
            return content
        return replace(
            content,
            pending=tuple(dict.fromkeys(e.field for e in detail.edits)),
            server_values={name: detail.server_value(name) for name in SAVABLE_FIELDS},
            updated_at=(detail.server_payload or {}).get("updated_at", content.updated_at),
        )

    # ------------------------------------------------------------ save
    async def save(
        self,
        product_id: str,
        changes: Mapping[str, Any],
        bases: Mapping[str, Any] | None = None,
        *,
        override_lock: bool = False,
        report: Collection[str] | None = None,
    ) -> SaveResult:
        """Record ``changes`` durably, then push this product (read-compare-write).

        ``bases`` are the server values the merchant started from (``server_values``).
        With no changes, this re-pushes what is pending (retry / override after 423).
        ``report``: the fields the result is about (default: every pending field).
        """
        unknown = {n for n in changes if n not in SAVABLE_FIELDS and not _locale_text(n)}
        if unknown:
            raise ValueError(f"not content fields: {', '.join(sorted(unknown))}")
        if changes:
            self.catalog.edit(product_id, dict(changes), bases=bases)
        if self.payload is None:
            return SaveResult(
                SaveStatus.QUEUED,
                translate("ContentSave", "Saved on this computer. Payload is not set up."),
                detail=translate("ContentSave", "Payload is not set up."),
            )
        pushed = await self.catalog.push_product(
            product_id, servers=(PAYLOAD,), override_lock=override_lock
        )
        return self._outcome(product_id, report, replaced=pushed.replaced_drafts)

    def _outcome(
        self, product_id: str, report: Collection[str] | None = None, *, replaced: int = 0
    ) -> SaveResult:
        detail = self.catalog.product(product_id)
        entries = [
            e
            for e in (detail.edits if detail else ())
            if e.server == PAYLOAD and (report is None or e.field in report)
        ]
        by_state: dict[str, list[Any]] = {}
        for entry in entries:
            by_state.setdefault(entry.state, []).append(entry)
        if "conflict" in by_state:
            theirs = {e.field: e.theirs for e in by_state["conflict"]}
            names = ", ".join(_label(f) for f in theirs)
            return SaveResult(
                SaveStatus.CONFLICT,
                translate(
                    "ContentSave", "Changed in Payload since you opened it: {fields}."
                ).format(fields=names),
                theirs,
            )
        if "locked" in by_state:
            return SaveResult(
                SaveStatus.LOCKED,
                translate("ContentSave", "Open in Payload admin by someone else."),
            )
        if "failed" in by_state:
            return SaveResult(
                SaveStatus.FAILED,
                "; ".join(
                    translate("ContentSave", "{field}: {reason}").format(
                        field=_label(e.field), reason=e.message
                    )
                    for e in by_state["failed"]
                ),
            )
        if entries:
            message = next((e.message for e in entries if e.message), "")
            queued = translate(
                "ContentSave",
                "Saved on this computer; it will be sent when Payload can be reached.",
            )
            later = translate("ContentSave", "It will be sent when Payload can be reached.")
            return SaveResult(
                SaveStatus.QUEUED,
                f"{queued} {message}".strip(),
                detail=f"{later} {message}".strip(),
            )
        note = translate("DraftOverwrite", REPLACED) if replaced else ""
        return SaveResult(
            SaveStatus.SAVED, translate("ContentSave", "Saved to Payload."), note=note
        )

    async def resolve_conflicts(self, product_id: str, *, keep_mine: bool) -> SaveResult:
        """Keep the merchant's values (and push them) or take Payload's."""
        from desktop_app.services.offline import Resolution

        detail = self.catalog.product(product_id)
        for entry in detail.edits if detail else ():
            if entry.state == "conflict":
                how = Resolution.KEEP_MINE if keep_mine else Resolution.TAKE_THEIRS
                self.catalog.resolve(entry.seq, how)
        if not keep_mine:
            return SaveResult(
                SaveStatus.SAVED, translate("ContentSave", "Took the values from Payload.")
            )
        return await self.save(product_id, {})

    # ---------------------------------------------------------- images
    async def upload(
        self,
        source: Path | bytes,
        filename: str | None = None,
        alt: str = "",
        on_stage: Callable[[str], None] | None = None,
    ) -> Media:
        """Upload a file to ``media``; Payload may rename it, so use the result."""
        if self.payload is None:
            raise RuntimeError("Payload is not set up for this shop.")
        if on_stage is not None:
            on_stage(f"Uploading {filename or Path(str(source)).name}…")
        media = await self.payload.upload_media(source, filename, alt)
        return self._media(media.model_dump(by_alias=True))

    async def attach(
        self,
        content: ProductContent,
        media: Media,
        target: str = THUMBNAIL,
        *,
        override_lock: bool = False,
    ) -> SaveResult:
        """Set ``media`` as the thumbnail, or append it to the gallery, through the outbox.

        The base is what the merchant saw (``content``): if Payload's thumbnail or
        gallery changed since, the push reports a conflict instead of overwriting it.
        """
        if target == THUMBNAIL:
            change: dict[str, Any] = {THUMBNAIL: media.id}
            base: dict[str, Any] = {THUMBNAIL: content.thumbnail_id}
        elif target == GALLERY:
            seen = [image.media_id for image in content.images]
            change, base = {GALLERY: [*seen, media.id]}, {GALLERY: seen}
        else:
            raise ValueError(f"not an image field: {target}")
        try:
            result = await self.save(
                content.product_id, change, base, override_lock=override_lock, report=(target,)
            )
        except ValueError as exc:  # no stored Payload doc: nothing was recorded
            return SaveResult(SaveStatus.FAILED, str(exc))
        if result.status is SaveStatus.SAVED:
            return SaveResult(SaveStatus.SAVED, translate("ContentSave", "Image saved to Payload."))
        return result

    async def fetch_media(self, url: str) -> bytes:
        """Bytes of a media file, only from this shop's Payload host."""
        if not self.origin or origin_of(url) != self.origin:
            raise ValueError(f"refusing to load {url}: not this shop's Payload server")
        resp = await self._media_http.get(url)
        resp.raise_for_status()
        return resp.content


def _locale_text(name: str) -> bool:
    """A Payload locale's text field (``locales.de.title``): the content editor's locale
    switcher saves those as the translation editor does (issue 16)."""
    try:
        prefix, _code, base = split(name)
    except ValueError:
        return False
    return prefix == LOCALES and base in TEXT_FIELDS


# What a field is called inside the editor's sentences ("…since you opened it: gallery."):
# lower case in English, unlike the timeline's headings (timeline/words.py).
LABELS = {
    "title": QT_TRANSLATE_NOOP("ContentSave", "title"),
    "subtitle": QT_TRANSLATE_NOOP("ContentSave", "subtitle"),
    "description": QT_TRANSLATE_NOOP("ContentSave", "description"),
    THUMBNAIL: QT_TRANSLATE_NOOP("ContentSave", "thumbnail"),
    GALLERY: QT_TRANSLATE_NOOP("ContentSave", "gallery"),
    "seo.meta_title": QT_TRANSLATE_NOOP("ContentSave", "meta title"),
    "seo.meta_description": QT_TRANSLATE_NOOP("ContentSave", "meta description"),
    "seo.meta_keywords": QT_TRANSLATE_NOOP("ContentSave", "keywords"),
}


def _label(name: str) -> str:
    if name.startswith(LOCALES + ".") and _locale_text(name):
        _prefix, code, base = split(name)
        return f"{_label(base)} ({code})"
    base = name.removeprefix("draft.")
    return translate("ContentSave", LABELS[base]) if base in LABELS else name


def open_content_service(
    catalog: OfflineCatalog, transports: Transports = Transports()
) -> ContentService:
    """Content editing over the shop's one catalog (shared with every other window)."""
    return ContentService(catalog, media_transport=transports.payload)


def with_media(
    content: ProductContent, thumbnail: Media | None = None, gallery: Media | None = None
) -> ProductContent:
    """``content`` after an attach, without a reload (the UI shows it at once)."""
    if thumbnail is not None:
        content = replace(content, thumbnail=thumbnail, thumbnail_id=thumbnail.id)
    if gallery is not None:
        content = replace(
            content, images=(*content.images, GalleryImage(None, gallery.id, gallery))
        )
    return content


__all__ = [
    "GALLERY",
    "MEDIA_FIELDS",
    "SAVABLE_FIELDS",
    "TEXT_FIELDS",
    "THUMBNAIL",
    "ContentService",
    "GalleryImage",
    "Media",
    "ProductContent",
    "SaveResult",
    "SaveStatus",
    "open_content_service",
    "origin_of",
    "with_media",
]
