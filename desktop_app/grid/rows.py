"""The grid's rows: one per variant, read from a product's record as the merchant sees it
(pending edits and operations applied), and the value each column shows for it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.grid.columns import VARIANT_KEY, Column, Kind
from desktop_app.i18n import translate
from desktop_app.store.grid_read import GridProduct
from desktop_app.store.operations import is_local


@dataclass(frozen=True)
class VariantRow:
    product_id: str
    variant_id: str
    product_title: str
    variant_title: str
    status: str
    variant: dict[str, Any]  # the variant as stored, pending edits applied
    first: bool  # the product's first variant (its group starts here)

    @property
    def key(self) -> tuple[str, str]:
        return self.product_id, self.variant_id

    @property
    def stocked(self) -> bool:
        """Medusa keeps stock for this variant (it has levels at locations)."""
        return bool(self.variant.get("manage_inventory"))

    @property
    def prices(self) -> list[dict[str, Any]]:
        return [p for p in self.variant.get("prices") or () if isinstance(p, dict)]


def variant_rows(products: Iterable[GridProduct]) -> Iterator[VariantRow]:
    for product in products:
        record = product.medusa
        for index, variant in enumerate(record.get("variants") or ()):
            yield VariantRow(product.product_id, str(variant.get("id")), product.title,
                             str(variant.get("title") or ""), str(record.get("status") or ""),
                             variant, index == 0)


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def find_price(prices: Iterable[dict[str, Any]], currency: str,
               region_id: str | None) -> dict[str, Any] | None:
    for p in prices:
        if (str(p.get("currency_code") or "").lower() == currency
                and (p.get("region_id") or None) == region_id):
            return p
    return None


def value_of(row: VariantRow, column: Column) -> Any:
    """What ``column`` holds for ``row`` before any grid change."""
    key = column.key
    if key == "product":
        return row.product_title
    if key == "variant":
        return row.variant_title
    if column.kind is Kind.STATUS:
        return row.status
    if key in VARIANT_KEY:
        value = row.variant.get(VARIANT_KEY[key])
        if column.kind is Kind.FLAG:
            return bool(value)
        return "" if value is None else str(value)
    if column.kind is Kind.PRICE:
        price = find_price(row.prices, column.currency or "", column.region_id)
        return None if price is None else _amount(price.get("amount"))
    if column.kind is Kind.STOCK:
        level = (row.variant.get("levels") or {}).get(column.location_id)
        return None if level is None else int(level.get("stocked") or 0)
    return None


def read_only_reason(row: VariantRow, column: Column) -> str | None:
    """Why ``column`` cannot be edited on ``row`` (None when it can)."""
    if not column.editable:
        return translate("GridCells", "{column} is not edited in the grid.").format(
            column=column.label)
    if is_local(row.product_id) or is_local(row.variant_id):
        return translate("GridCells", "Not in Medusa yet: edit it in the product editor until "
                         "the push creates it.")
    if column.kind is Kind.STOCK and not row.stocked:
        return translate("GridCells", "Medusa does not manage this variant's stock (Manage "
                         "inventory is off).")
    return None
