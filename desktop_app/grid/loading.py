"""Opening the grid on the catalog: which products, which columns, rows in chunks.

The grid shows the first chunk at once and reads the rest a chunk at a time (the GUI
between two frames), so thousands of products never block the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.grid.columns import Column, Place, shop_columns
from desktop_app.grid.rows import VariantRow, variant_rows
from desktop_app.grid.session import GridSession
from desktop_app.store import SearchQuery
from desktop_app.store.taxonomy import CURRENCY, LOCATION, REGION

CHUNK = 200  # products per read: about 10 ms


def product_ids(catalog: Any, query: SearchQuery | None = None,
                selection: Sequence[str] = ()) -> list[str]:
    """The selection's products, else the search's (or the whole catalog's), in the list's
    order."""
    if selection:
        return list(dict.fromkeys(selection))
    query = query or SearchQuery()
    return [r.product_id for r in catalog.rows(query, 0, max(catalog.count(query), 1))]


def columns_of(catalog: Any, priced_in: Sequence[str] = ()) -> list[Column]:
    """The shop's columns from its pulled currencies, regions and stock locations."""
    currencies = [t.id for t in catalog.taxonomy(CURRENCY)]
    regions = [Place(t.id, t.name, t.currency) for t in catalog.taxonomy(REGION)]
    locations = [Place(t.id, t.name) for t in catalog.taxonomy(LOCATION)]
    return shop_columns(currencies, regions, locations, priced_in)


class GridLoader:
    """Reads the grid's rows a chunk of products at a time."""

    def __init__(self, catalog: Any, ids: Sequence[str], chunk: int = CHUNK) -> None:
        self.catalog = catalog
        self.ids = list(ids)
        self.chunk = chunk
        self.position = 0

    @property
    def done(self) -> bool:
        return self.position >= len(self.ids)

    def next_rows(self) -> list[VariantRow]:
        part = self.ids[self.position : self.position + self.chunk]
        self.position += len(part)
        return list(variant_rows(self.catalog.grid_products(part)))

    def all_rows(self) -> list[VariantRow]:
        rows = []
        while not self.done:
            rows += self.next_rows()
        return rows


def currencies_in(rows: Sequence[VariantRow]) -> set[str]:
    return {str(p.get("currency_code") or "").lower() for r in rows for p in r.prices
            if not p.get("region_id")}


def open_session(catalog: Any, ids: Sequence[str], locale: str, *,
                 eager: bool = True) -> tuple[GridSession, GridLoader]:
    """A session on ``ids``: all rows read (``eager``, the CLI) or the first chunk only
    (the GUI reads the rest with ``loader.next_rows``)."""
    loader = GridLoader(catalog, ids)
    first = loader.all_rows() if eager else loader.next_rows()
    session = GridSession(columns_of(catalog, sorted(currencies_in(first))), locale,
                          catalog.sku_holders)
    session.add_rows(first)
    return session, loader
