"""The local catalog store: one SQLite database per profile (Qt-free, no network).

``CatalogStore`` holds the server copies of both servers, one searchable row per
product (FTS5), the sync cursors, the outbox of local edits and the run history.
"""

from desktop_app.store.catalog_store import CatalogStore, Cursor
from desktop_app.store.db import StoreError, store_path
from desktop_app.store.outbox import Outbox, OutboxEntry
from desktop_app.store.search import SearchQuery, SearchRow

__all__ = [
    "CatalogStore",
    "Cursor",
    "Outbox",
    "OutboxEntry",
    "SearchQuery",
    "SearchRow",
    "StoreError",
    "store_path",
]
