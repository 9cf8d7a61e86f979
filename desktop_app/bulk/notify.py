"""Telling the catalog's observers (list, pending view) that many rows changed."""

from __future__ import annotations

from desktop_app.services.offline import Changes, OfflineCatalog


def rows_and_outbox_changed(catalog: OfflineCatalog) -> None:
    # OfflineCatalog has no public batch-edit notification; its observers re-query on this.
    catalog._notify(Changes(rows_reset=True, outbox=True))
