"""The grid's staged cells as the catalog's one undoable grid edit (``GridPlan``).

Cells become ordinary field edits, one per variant key (``variants.<id>.prices`` with
the variant's whole price list, as Medusa replaces it), the product's ``status``, and
stock levels. Bad cells stay in the grid, out of the plan.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.bulk.model import FieldChange, ProductDiff
from desktop_app.grid.columns import VARIANT_KEY, Kind
from desktop_app.grid.rows import find_price
from desktop_app.grid.session import CellKey, GridSession, Staged


@dataclass(frozen=True)
class StockChange:
    product_id: str
    variant_id: str
    location_id: str
    before: int | None
    after: int


@dataclass(frozen=True)
class GridPlan:
    diffs: tuple[ProductDiff, ...]
    stock: tuple[StockChange, ...]
    cells: frozenset[CellKey]  # the staged cells the plan carries
    left_out: int = 0  # bad cells, kept in the grid

    @property
    def empty(self) -> bool:
        return not self.diffs and not self.stock

    @property
    def product_ids(self) -> list[str]:
        return list(dict.fromkeys([*(d.product_id for d in self.diffs),
                                   *(s.product_id for s in self.stock)]))


def json_amount(value: Decimal) -> int | float:
    """An amount as the outbox keeps it (JSON): a whole number as int."""
    return int(value) if value == value.to_integral_value() else float(value)


def grid_plan(session: GridSession) -> GridPlan:
    fields: dict[str, dict[str, FieldChange]] = defaultdict(dict)
    titles: dict[str, str] = {}
    stock: list[StockChange] = []
    carried: set[CellKey] = set()
    prices: dict[tuple[str, str], list[tuple[Any, Staged]]] = defaultdict(list)
    left_out = 0
    for key, staged in session.staged_cells.items():
        if staged.error:
            left_out += 1
            continue
        pid, vid, column_key = key
        column = session.column(column_key)
        row = _row(session, pid, vid)
        if row is None:
            continue  # the product left the grid (deleted meanwhile): nothing to send
        titles[pid] = session.rows[row].product_title
        carried.add(key)
        if column.kind is Kind.PRICE:
            prices[(pid, vid)].append((column, staged))
        elif column.kind is Kind.STOCK:
            stock.append(StockChange(pid, vid, column.location_id or "",
                                     session.original(row, column_key), staged.value))
        elif column.kind is Kind.STATUS:
            fields[pid]["status"] = FieldChange("status", session.original(row, column_key),
                                                staged.value)
        else:
            name = f"variants.{vid}.{VARIANT_KEY[column_key]}"
            fields[pid][name] = FieldChange(name, session.rows[row].variant.get(
                VARIANT_KEY[column_key]), staged.value)
    for (pid, vid), changed in prices.items():
        row = _row(session, pid, vid)
        assert row is not None
        before = session.rows[row].prices
        name = f"variants.{vid}.prices"
        fields[pid][name] = FieldChange(name, before, new_prices(before, changed))
    diffs = tuple(ProductDiff(pid, titles[pid], tuple(changes.values()))
                  for pid, changes in fields.items())
    return GridPlan(diffs, tuple(stock), frozenset(carried), left_out)


def _row(session: GridSession, pid: str, vid: str) -> int | None:
    if vid:
        return session.row_of(pid, vid)
    return next((i for i, r in enumerate(session.rows) if r.product_id == pid), None)


def new_prices(before: list[dict[str, Any]], changed: list[tuple[Any, Staged]]
               ) -> list[dict[str, Any]]:
    """The variant's price list with the grid's cells applied: an amount replaced in
    place, a new price appended, an emptied cell's price removed."""
    after = [dict(p) for p in before]
    for column, staged in changed:
        existing = find_price(after, column.currency, column.region_id)
        if staged.value is None:
            if existing is not None:
                after.remove(existing)
        elif existing is not None:
            existing["amount"] = json_amount(staged.value)
        else:
            price: dict[str, Any] = {"currency_code": column.currency,
                                     "amount": json_amount(staged.value)}
            if column.region_id:
                price["region_id"] = column.region_id
            after.append(price)
    return after
