"""Reading the alt texts of Payload's media docs into the store (for content quality).

Products refer to media by id (the pull reads products at depth 0: populated docs
would multiply the bytes of every product read), so the "alt text on every image"
rule needs the media docs themselves: ``id``, ``alt`` and ``updatedAt``, and the preview
of a description whose upload nodes name media by id what Payload's HTML converter shows
of them (``url``, ``mimeType``, ``filename``, ``filesize``, ``width``, ``height``,
``sizes``: ``quality.stored.SHOWN``). ``read_media_docs`` reads the docs a description
names that the store does not hold yet.

* full (a full Payload pull, or nothing stored yet): every media doc; the stored set
  is replaced, so deleted docs go.
* incremental, like the taxonomy: only when the stored alt texts are older than
  ``MEDIA_MAX_AGE`` or a product changed in this pull shows media the store has not
  read; then one request for the docs with ``updatedAt`` ≥ the latest stored (an alt
  edit bumps it). So the usual refresh after one edit costs no request more; a doc
  deleted since is forgotten at the next full pull.

A failed read leaves the stored alt texts as they were (logged, never failing the
pull): alt text is then scored where it is known.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from desktop_app.api.errors import ApiError
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.quality import stored
from desktop_app.store.catalog_store import CatalogStore
from desktop_app.store.db import transaction

T = TypeVar("T")
Write = Callable[[Callable[[CatalogStore], T]], Awaitable[T]]

MEDIA = "media"
# The alt text (content quality) and what a description's upload shows (the preview).
FIELDS = ("alt", "updatedAt", *stored.SHOWN)
PAGE = 500
MEDIA_MAX_AGE = 300.0  # seconds an incremental pull trusts the stored alt texts
log = logging.getLogger(__name__)


async def read_media(
    payload: PayloadClient, write: Write[Any], *, full: bool,
    changed: Iterable[str] = (), max_age: float | None = None,
) -> int | None:
    """Bring the stored alt texts in step when due; ``changed``: the products this pull
    stored. Returns how many docs were read (0: not due; None: the read failed)."""
    changed = list(changed)
    oldest = MEDIA_MAX_AGE if max_age is None else max_age

    def due(store: CatalogStore) -> tuple[bool, str | None]:
        since = stored.media_cursor(store.conn)
        if full or since is None:
            return True, None
        age = stored.media_age(store.conn, time.time())
        unknown = stored.unknown_media(store.conn, changed)
        return age is None or age >= oldest or bool(unknown), since

    try:
        wanted, since = await write(due)
        return await _read(payload, write, since) if wanted else 0
    except ApiError as exc:
        log.warning("payload: media alt texts not read: %s", exc.message)
        return None


async def _read(payload: PayloadClient, write: Write[Any], since: str | None) -> int:
    where = Where.greater_than_equal("updatedAt", since) if since else None
    docs: list[dict[str, Any]] = []
    iterator = payload.iter_all(MEDIA, where=where, page_size=PAGE, depth=0, select=FIELDS)
    async with contextlib.aclosing(iterator) as found:
        async for doc in found:
            docs.append(doc)

    def save(store: CatalogStore) -> int:
        with transaction(store.conn):
            stored.save_media(store.conn, docs, replace_all=since is None,
                              read_at=time.time())
            return len(docs)

    return await write(save)


async def read_media_docs(payload: PayloadClient, write: Write[Any], ids: Iterable[str]) -> int:
    """Read the media docs ``ids`` into the store (a description's uploads the store has
    not read: the preview shows them once stored). One request per ``PAGE`` ids; an
    ApiError is the caller's (it is asked for these docs, not for a pull)."""
    wanted = sorted({str(i) for i in ids})
    docs: list[dict[str, Any]] = []
    for start in range(0, len(wanted), PAGE):
        part = wanted[start : start + PAGE]
        page = await payload.find(MEDIA, where=Where.in_("id", part), limit=len(part),
                                  depth=0, select=FIELDS)
        docs += page.docs

    def save(store: CatalogStore) -> int:
        with transaction(store.conn):
            return stored.save_media(store.conn, docs)

    return await write(save)
