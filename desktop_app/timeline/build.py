"""A product's timeline from its catalog: the store's part at once, Payload's versions after.

``local`` reads only the store (fast, offline: what a window shows first); ``read_versions``
asks Payload, where the shop's capabilities say it keeps versions, through the catalog's own
client; ``load`` does both (the CLI, ``OfflineCatalog.timeline``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.i18n import translate
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.store.outbox import now
from desktop_app.timeline import versions as payload_versions
from desktop_app.timeline.points import Timeline, assemble
from desktop_app.timeline.versions import LIMIT, VersionsRead, VersionsState

if TYPE_CHECKING:
    from desktop_app.services.offline import OfflineCatalog


class NoProduct(ValueError):
    """The store holds no product by that id."""


def local(
    catalog: OfflineCatalog, product_id: str, versions: VersionsRead | None = None
) -> Timeline:
    """The timeline from the store (and ``versions`` when already read)."""
    detail = catalog.product(product_id)
    if detail is None:
        raise NoProduct(
            translate("Timeline", "No product {id} is stored; check the id or pull first.").format(
                id=product_id
            )
        )
    return assemble(
        product_id,
        catalog.product_history(product_id),
        current={MEDUSA: detail.medusa, PAYLOAD: detail.payload},
        stored={MEDUSA: detail.server_medusa, PAYLOAD: detail.server_payload},
        versions=versions or VersionsRead(VersionsState.NOT_ASKED),
        waiting=len(detail.edits),
        now_at=now(),
    )


async def read_versions(
    catalog: OfflineCatalog, product_id: str, *, limit: int = LIMIT
) -> VersionsRead:
    """Payload's versions of the product, or why there are none (the capability's reason)."""
    caps = await catalog.capabilities()
    detail = catalog.product(product_id)
    record = detail.server_payload if detail is not None else None
    doc_id = str(record["id"]) if record is not None and record.get("id") is not None else None
    client = catalog.shop.payload if catalog.shop is not None else None
    return await payload_versions.read_versions(
        client, caps.versions, doc_id, product_id, limit=limit
    )


async def load(
    catalog: OfflineCatalog, product_id: str, *, versions: bool = True, limit: int = LIMIT
) -> Timeline:
    local(catalog, product_id)  # NoProduct before any request
    read = await read_versions(catalog, product_id, limit=limit) if versions else None
    return local(catalog, product_id, read)
