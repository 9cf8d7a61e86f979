"""Which products the grid opens on, from the product list, and how it names them.

As Bulk edit does: the selected products when two or more are selected (one selected
row is where the merchant happens to be), else the list's search and filters, else
the whole catalog; in the list's order.
"""

from __future__ import annotations

from typing import Any

from desktop_app.grid.loading import product_ids
from desktop_app.i18n import translate
from desktop_app.ui.offline.no_results import is_narrowed


def grid_scope(page: Any) -> tuple[list[str], str]:
    """(product ids, the grid's heading) for a ``CatalogPage``'s selection and query."""
    selected = page.selected_ids()
    if len(selected) > 1:
        return selected, translate("Grid", "%Ln product(s) selected", None, len(selected))
    query = page.model.query
    ids = product_ids(page.catalog, query)
    if not is_narrowed(query):
        return ids, translate("Grid", "All %Ln product(s)", None, len(ids))
    if query.text:
        return ids, translate("Grid", "%Ln product(s) matching “{text}”", None,
                              len(ids)).format(text=query.text)
    return ids, translate("Grid", "%Ln product(s) of the filtered list", None, len(ids))
