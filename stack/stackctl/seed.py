"""Seed the demo catalog through Medusa's batch endpoint and wait for the Payload mirror."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import catalog
import demo_content
import demo_regions
import web
from settings import Settings

BATCH = 50


def _headers(st: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Basic {st['medusa']['secret_key']}"}


def existing_handles(
    settings: Settings, st: dict[str, Any], *, with_deleted: bool = False
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    offset = 0
    deleted = "&with_deleted=true" if with_deleted else ""
    while True:
        page = web.request(
            "GET",
            f"{settings.medusa_url}/admin/products?fields=id,handle,metadata,deleted_at"
            f"&limit=1000&offset={offset}&order=created_at{deleted}",
            headers=_headers(st),
        )
        for product in page["products"]:
            found[product["handle"]] = product
        offset += len(page["products"])
        if not page["products"] or offset >= page["count"]:
            return found


def seed(settings: Settings, st: dict[str, Any], total: int, log: Callable[[str], None]) -> None:
    # Medusa keeps a soft-deleted product's handle taken: skip those handles too,
    # and top up with later bulk products until ``total`` live products exist.
    used = existing_handles(settings, st, with_deleted=True)
    live = sum(1 for p in used.values() if not p.get("deleted_at"))
    demo = catalog.demo_products()
    missing = [p for p in demo if p["handle"] not in used]
    n = len(demo)
    while live + len(missing) < total:
        n += 1
        product = catalog.bulk_product(n)
        if product["handle"] not in used:
            missing.append(product)
    if not missing:
        return
    log(f"seeding {len(missing)} products…")
    started = time.monotonic()
    demo_handles = {p["handle"] for p in demo}
    if any(p["handle"] in demo_handles for p in missing):
        demo_regions.ensure(settings, _headers(st), log)
    created_ids: list[str] = []
    for start in range(0, len(missing), BATCH):
        chunk = missing[start : start + BATCH]
        result = web.request(
            "POST",
            f"{settings.medusa_url}/admin/products/batch?fields=id",
            {"create": chunk},
            headers=_headers(st),
            timeout=300,
        )
        created_ids += [p["id"] for p in result["created"]]
        rate = len(created_ids) / max(time.monotonic() - started, 1e-6)
        log(f"  created {len(created_ids)}/{len(missing)} ({rate:.0f}/s)")
    mirrored = wait_for_mirror(settings, st, created_ids, log)
    demo_content.enrich(settings, st, mirrored, log)
    log(f"  seeded in {time.monotonic() - started:.1f}s")


def wait_for_mirror(
    settings: Settings,
    st: dict[str, Any],
    ids: list[str],
    log: Callable[[str], None],
    timeout: float = 900,
) -> dict[str, str]:
    """Medusa's subscribers create the Payload docs asynchronously; wait for every payload_id.
    Returns handle -> Payload doc id of the products ``ids`` names."""
    pending = set(ids)
    mirrored: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    while pending and time.monotonic() < deadline:
        for handle, product in existing_handles(settings, st).items():
            payload_id = (product.get("metadata") or {}).get("payload_id")
            if payload_id and product["id"] in pending:
                mirrored[handle] = payload_id
                pending.discard(product["id"])
        if pending:
            log(f"  mirrored into Payload: {len(ids) - len(pending)}/{len(ids)}")
            # the demo's 40 docs take a second or two: poll a big seed less often
            time.sleep(0.5 if len(ids) <= 500 else 2)
    if pending:
        raise RuntimeError(
            f"{len(pending)} seeded products never got a Payload doc; see the Medusa log"
        )
    return mirrored
