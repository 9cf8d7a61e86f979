"""Sending a bulk edit: the ordinary push, with progress; cancelling loses nothing.

Cancelling the task stops between requests. Every entry is then ``done`` (it reached
the server), ``queued``, or ``sending`` (committed before its request): the next push
re-reads those products and compares, so nothing is lost and nothing is applied twice.
"""

from __future__ import annotations

from desktop_app.bulk.notify import rows_and_outbox_changed
from desktop_app.services.offline import OfflineCatalog
from desktop_app.sync.push import PushProgressCallback, PushReport


async def push(catalog: OfflineCatalog, progress: PushProgressCallback | None = None) -> PushReport:
    try:
        return await catalog.push(progress)
    finally:
        # A cancelled push skips the catalog's own notification: views must re-query.
        rows_and_outbox_changed(catalog)
