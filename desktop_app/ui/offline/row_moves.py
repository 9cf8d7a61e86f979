"""Where rows are after an edit moved some products within the sort order: arithmetic.

The products an edit did not touch keep their order among themselves; only the edited
ones move. Knowing the edited products' rows before and after (the store counts the
latter), every other row follows without a query: a 6,000-row selection in a few ms.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping


def rows_after(
    before: Mapping[str, int], moved_from: Mapping[str, int], moved_to: Mapping[str, int]
) -> dict[str, int]:
    """Rows now of the products at ``before`` (product id → row), given the rows of the
    edited products before (``moved_from``) and now (``moved_to``, the same products).
    An untouched product's rank among the untouched stays; its row is the rank-th row
    not taken by an edited product."""
    left = sorted(moved_from.values())
    taken = sorted(moved_to.values())
    found = {}
    for product_id, row in before.items():
        if product_id in moved_to:
            found[product_id] = moved_to[product_id]
            continue
        now = row - bisect_left(left, row)  # its rank among the untouched
        for occupied in taken:
            if occupied > now:
                break
            now += 1
        found[product_id] = now
    return found
