"""Changes computed from a cell's value, applied to a range: the bulk kind of formula.

* ``Percent(10)`` raises by 10 % (``Percent(-5)`` lowers);
* ``Add(2)`` adds an amount (or a quantity, in a stock column);
* ``RoundTo(".99")`` rounds a price to the nearest amount ending in .99;
* ``CopyFrom("price:usd")`` sets each cell to the same row's value in another column:
  a compare-at price kept in a second currency or region column, a region's price set to
  the currency price, or stock copied from another location.

A formula gives a new value or an error for each cell; the session validates the result
as if it had been typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop_app.grid.cells import currency_places, decimal_sign
from desktop_app.grid.columns import Column, Kind
from desktop_app.i18n import translate


def _shown(number: Decimal | str, locale: str | None) -> str:
    """``number`` as typed in ``locale`` (its decimal sign, no grouping); "." without one."""
    text = str(number)
    return text if locale is None else text.replace(".", decimal_sign(locale))


@dataclass(frozen=True)
class Percent:
    percent: Decimal

    def describe(self, locale: str | None = None) -> str:
        return f"{'+' if self.percent >= 0 else ''}{_shown(self.percent, locale)} %"


@dataclass(frozen=True)
class Add:
    amount: Decimal

    def describe(self, locale: str | None = None) -> str:
        return f"{'+' if self.amount >= 0 else ''}{_shown(self.amount, locale)}"


@dataclass(frozen=True)
class RoundTo:
    ending: Decimal  # the fraction every amount ends in: .99, .95, .00

    def describe(self, locale: str | None = None) -> str:
        ending = _shown(format(self.ending, "f"), locale).removeprefix("0")
        return translate("GridFormula", "round to {ending}").format(ending=ending)


@dataclass(frozen=True)
class CopyFrom:
    column_key: str

    def describe(self, locale: str | None = None) -> str:
        del locale  # a column key reads the same everywhere
        return translate("GridFormula", "set to {column}").format(column=self.column_key)


Formula = Percent | Add | RoundTo | CopyFrom


class FormulaError(ValueError):
    pass


def check(formula: Formula, column: Column) -> str | None:
    """Why ``formula`` cannot apply to ``column`` at all (None when it can)."""
    if isinstance(formula, CopyFrom):
        return None if column.editable else translate(
            "GridCells", "{column} is not edited in the grid.").format(column=column.label)
    if not column.numeric:
        return translate("GridFormula", "{formula} needs a price or stock column, not "
                         "{column}.").format(formula=formula.describe(), column=column.label)
    if isinstance(formula, RoundTo | Percent) and column.kind is not Kind.PRICE:
        return translate("GridFormula", "{formula} applies to prices only.").format(
            formula=formula.describe())
    return None


def compute(formula: Formula, value: Any, column: Column, source: Any = None) -> Any:
    """The new value of a cell holding ``value`` (``source``: the CopyFrom column's value
    in the same row). None stays None, except for CopyFrom."""
    if isinstance(formula, CopyFrom):
        return source
    if value is None:
        return None
    number = Decimal(str(value))
    if isinstance(formula, Percent):
        result = number * (Decimal(100) + formula.percent) / Decimal(100)
        return _in_currency(result, column)
    if isinstance(formula, Add):
        result = number + formula.amount
        return int(result) if column.kind is Kind.STOCK else _in_currency(result, column)
    if isinstance(formula, RoundTo):
        return round_to(number, formula.ending)
    raise FormulaError(f"unknown formula {formula!r}")


def _in_currency(number: Decimal, column: Column) -> Decimal:
    """Rounded to the column's currency's minor unit: +10 % on ¥999 is ¥1,099 (no
    fractional yen), on 1.235 KWD 1.359 (dinars have three decimals)."""
    places = currency_places(column.currency or "")
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_to(number: Decimal, ending: Decimal) -> Decimal:
    """The amount nearest ``number`` whose fraction is ``ending`` (12.40 → 11.99 or
    12.99: the nearer; a tie goes up), never below zero."""
    ending = ending - int(ending)
    base = Decimal(int(number)) + ending
    below, above = base - 1, base
    if above < number:
        below, above = above, above + 1
    best = below if number - below < above - number else above
    return max(best, ending).quantize(Decimal("0.01"))
