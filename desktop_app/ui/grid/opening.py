"""Which products the grid opens on, from the product list, and how it names them.

As Bulk edit does: the selected products when two or more are selected (one selected
row is where the merchant happens to be), else the list's search and filters, else
the whole catalog; in the list's order.
"""

from __future__ import annotations

from typing import Any

from desktop_app.grid.loading import product_ids
from desktop_app.text import plural
from desktop_app.ui.offline.no_results import is_narrowed


def grid_scope(page: Any) -> tuple[list[str], str]:
    """(product ids, the grid's heading) for a ``CatalogPage``'s selection and query."""
    selected = page.selected_ids()
    if len(selected) > 1:
        return selected, plural(len(selected), "{n} product selected",
                                "{n} products selected")
    query = page.model.query
    ids = product_ids(page.catalog, query)
    if not is_narrowed(query):
        return ids, plural(len(ids), "All {n} product", "All {n} products")
    if query.text:
        return ids, plural(len(ids), "{n} product matching “{text}”",
                           "{n} products matching “{text}”", text=query.text)
    return ids, plural(len(ids), "{n} product of the filtered list",
                       "{n} products of the filtered list")
