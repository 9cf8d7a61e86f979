"""Selecting products and planning a bulk edit: the per-product diff, nothing written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.bulk.model import BulkPlan, FieldChange, ProductDiff, RowError
from desktop_app.bulk.operations import Operation, SkipProduct
from desktop_app.bulk.validate import value_error
from desktop_app.i18n import translate
from desktop_app.store import SearchQuery
from desktop_app.store.fields import PAYLOAD, owner, same

if TYPE_CHECKING:
    from desktop_app.services.offline import OfflineCatalog


def select_ids(catalog: OfflineCatalog, query: SearchQuery) -> list[str]:
    """Every product of a search result, in the list's order."""
    total = catalog.count(query)
    return [row.product_id for row in catalog.rows(query, 0, total)] if total else []


def missing(field: str) -> str:
    """Why ``field`` cannot be changed on a product whose record of its owner is not stored."""
    if owner(field) == PAYLOAD:
        return translate("BulkOperations", "no Payload document is stored; pull first")
    return translate("BulkOperations", "no Medusa product is stored; pull first")


def plan(catalog: OfflineCatalog, operation: Operation, product_ids: Iterable[str]) -> BulkPlan:
    """What ``operation`` would change on each product (read from the local store only)."""
    ids = list(dict.fromkeys(product_ids))
    states = catalog.product_states(ids, operation.reads)
    diffs: list[ProductDiff] = []
    skipped: list[RowError] = []
    unchanged = 0
    for pid in ids:
        state = states.get(pid)
        if state is None:
            skipped.append(RowError(translate("BulkOperations", "not in the local catalog"),
                                    product_id=pid))
            continue
        lacking = [f for f in operation.fields if not state.has(f)]
        if lacking:
            skipped.append(RowError(missing(lacking[0]), product_id=pid))
            continue
        try:
            values = operation.new_values(state.current)
        except SkipProduct as exc:
            skipped.append(RowError(str(exc), product_id=pid))
            continue
        problems = [e for f, v in values.items() if (e := value_error(f, v))]
        if problems:
            skipped.append(RowError(problems[0], product_id=pid))
            continue
        changes = tuple(FieldChange(f, state.current[f], v) for f, v in values.items()
                        if not same(f, state.current[f], v))
        if changes:
            diffs.append(ProductDiff(pid, state.title, changes))
        else:
            unchanged += 1
    return BulkPlan(operation.kind, operation.describe(), tuple(diffs), unchanged,
                    tuple(skipped), fields=tuple(operation.fields))
