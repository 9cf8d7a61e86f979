"""The grid's columns: what each holds, and which are there for a shop.

A column key is stable text, remembered per shop and used as the CSV/XLSX header:
``product``, ``variant``, ``sku``, ``barcode``, ``ean``, ``upc``, ``status``,
``manage_inventory``, ``allow_backorder``, ``price:<currency>`` (a currency price),
``region:<region id>`` (a region's price, in the region's currency) and
``stock:<location id>`` (stocked quantity at a stock location).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate


class Kind(enum.StrEnum):
    LABEL = "label"  # read-only text (product and variant titles)
    TEXT = "text"  # SKU, barcode…
    STATUS = "status"  # the product's status (one value for all its variants)
    FLAG = "flag"
    PRICE = "price"
    STOCK = "stock"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: Kind
    currency: str | None = None  # prices: lower-case ISO code
    region_id: str | None = None  # region prices
    location_id: str | None = None  # stock
    sold: bool = True  # prices: the store sells this currency

    @property
    def editable(self) -> bool:
        return self.kind is not Kind.LABEL

    @property
    def product_level(self) -> bool:
        """One value per product, shown on each of its variants."""
        return self.kind is Kind.STATUS

    @property
    def numeric(self) -> bool:
        return self.kind in (Kind.PRICE, Kind.STOCK)


STATUSES = ("draft", "proposed", "published", "rejected")

# Labels in English; ``shop_columns`` gives them in the interface's language.
FIXED = (
    Column("product", QT_TRANSLATE_NOOP("GridColumns", "Product"), Kind.LABEL),
    Column("variant", QT_TRANSLATE_NOOP("GridColumns", "Variant"), Kind.LABEL),
    Column("sku", QT_TRANSLATE_NOOP("GridColumns", "SKU"), Kind.TEXT),
    Column("barcode", QT_TRANSLATE_NOOP("GridColumns", "Barcode"), Kind.TEXT),
    Column("ean", QT_TRANSLATE_NOOP("GridColumns", "EAN"), Kind.TEXT),
    Column("upc", QT_TRANSLATE_NOOP("GridColumns", "UPC"), Kind.TEXT),
    Column("status", QT_TRANSLATE_NOOP("GridColumns", "Status"), Kind.STATUS),
    Column("manage_inventory", QT_TRANSLATE_NOOP("GridColumns", "Manage inventory"), Kind.FLAG),
    Column("allow_backorder", QT_TRANSLATE_NOOP("GridColumns", "Allow backorder"), Kind.FLAG),
)
FROZEN = ("product", "variant")  # always shown, first, and kept in view when scrolling
DEFAULT_HIDDEN = frozenset({"ean", "upc", "allow_backorder"})
VARIANT_KEY = {"sku": "sku", "barcode": "barcode", "ean": "ean", "upc": "upc",
               "manage_inventory": "manage_inventory", "allow_backorder": "allow_backorder"}


@dataclass(frozen=True)
class Place:
    """A region or stock location as the grid needs it."""

    id: str
    name: str
    currency: str | None = None


def price_column(currency: str, sold: bool = True) -> Column:
    code = currency.lower()
    label = translate("GridColumns", "Price {currency}").format(currency=code.upper())
    return Column(f"price:{code}", label, Kind.PRICE, currency=code, sold=sold)


def region_column(region: Place) -> Column:
    code = (region.currency or "").lower()
    label = translate("GridColumns", "{region} ({currency})").format(region=region.name,
                                                                    currency=code.upper())
    return Column(f"region:{region.id}", label, Kind.PRICE, currency=code, region_id=region.id)


def stock_column(location: Place) -> Column:
    label = translate("GridColumns", "Stock {location}").format(location=location.name)
    return Column(f"stock:{location.id}", label, Kind.STOCK, location_id=location.id)


def fixed_columns() -> tuple[Column, ...]:
    """``FIXED`` with its labels in the interface's language (read when a grid opens)."""
    return tuple(replace(c, label=translate("GridColumns", c.label)) for c in FIXED)


def shop_columns(
    currencies: Iterable[str],
    regions: Sequence[Place] = (),
    locations: Sequence[Place] = (),
    priced_in: Iterable[str] = (),
) -> list[Column]:
    """Every column the shop has: the fixed ones, a price per store currency (and per
    currency a variant is priced in that the store does not sell, marked unsold), a
    price per region, and stock per location."""
    sold = sorted({c.lower() for c in currencies})
    extra = sorted({c.lower() for c in priced_in} - set(sold))
    fixed = fixed_columns()
    return [*fixed[:6], *(price_column(c) for c in sold),
            *(price_column(c, sold=False) for c in extra),
            *(region_column(r) for r in sorted(regions, key=lambda r: r.name.casefold())),
            *(stock_column(loc) for loc in sorted(locations, key=lambda p: p.name.casefold())),
            *fixed[6:]]


def default_keys(columns: Sequence[Column]) -> list[str]:
    return [c.key for c in columns if c.key not in DEFAULT_HIDDEN]


def chosen(columns: Sequence[Column], keys: Iterable[str] | None) -> list[Column]:
    """The columns to show for the remembered ``keys`` (frozen ones first, always);
    keys of columns the shop no longer has are ignored."""
    by_key = {c.key: c for c in columns}
    wanted = list(keys) if keys is not None else default_keys(columns)
    order = [*FROZEN, *(k for k in wanted if k not in FROZEN)]
    return [by_key[k] for k in dict.fromkeys(order) if k in by_key]
