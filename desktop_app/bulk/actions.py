"""Bulk edits as the shop's catalog performs them: it is the only writer of the store.

Applying, undoing and pushing a bulk edit are catalog methods, so every window sees
their changes through the catalog's one notification path. Cancelling a push stops
between requests: every entry is then ``done``, ``queued`` or ``sending`` (committed
before its request), and the next push re-reads and compares, so nothing is lost and
nothing is applied twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.bulk.applying import ApplyResult, UndoReport
from desktop_app.bulk.model import BulkPlan
from desktop_app.exchange.push import PushProgressCallback, PushReport
from desktop_app.store.bulk_ops import BulkOp

if TYPE_CHECKING:
    from desktop_app.services.offline import OfflineCatalog


def apply(catalog: OfflineCatalog, plan: BulkPlan) -> ApplyResult:
    """Record the plan's edits in the outbox and remember them as one bulk edit."""
    return catalog.apply_bulk(plan)


def undo(catalog: OfflineCatalog, bulk_id: int) -> UndoReport:
    """Revert every field of bulk edit ``bulk_id``."""
    return catalog.undo_bulk(bulk_id)


def history(catalog: OfflineCatalog, limit: int = 50) -> list[BulkOp]:
    return catalog.bulk_history(limit)


async def push(catalog: OfflineCatalog, progress: PushProgressCallback | None = None) -> PushReport:
    return await catalog.push(progress)
