"""What a grid cell holds: the text a merchant types or pastes, read for its column.

Numbers are read in the user's locale (Babel, strict): "12,50" is 12.5 in German and
an error in English, where "1,250" is 1250; an amount written the other way round is
refused rather than guessed. A currency sign or code copied with a price is dropped.
Prices are shown with the currency's decimals and no grouping, so what the grid copies
reads back as the same number in the merchant's spreadsheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberFormatError,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from desktop_app.grid.columns import STATUSES, Column, Kind
from desktop_app.i18n import translate

TRUE = frozenset({"true", "yes", "y", "1", "x", "✓", "ja", "oui", "vrai", "wahr", "on"})
FALSE = frozenset({"false", "no", "n", "0", "", "nein", "non", "faux", "falsch", "off"})
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Parsed:
    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@lru_cache(maxsize=32)
def _symbols(locale: str) -> tuple[str, str]:
    return get_decimal_symbol(locale), get_group_symbol(locale)


def decimal_sign(locale: str) -> str:
    """The decimal sign of ``locale`` ("," in German)."""
    return _symbols(locale)[0]


@lru_cache(maxsize=32)
def _plain_number(locale: str) -> re.Pattern[str]:
    """Digits with the locale's decimal sign and no grouping: the common case, read
    without Babel (10,000 pasted cells must be checked within a frame or two)."""
    decimal, _ = _symbols(locale)
    return re.compile(r"-?\d+(?:" + re.escape(decimal) + r"\d+)?")


@lru_cache(maxsize=256)
def _currency_marks(currency: str, locale: str) -> tuple[str, ...]:
    code = currency.upper()
    marks = {code, code.lower()}
    try:
        marks.add(get_currency_symbol(code, locale))
    except Exception:
        pass
    return tuple(sorted(marks, key=len, reverse=True))


def read_number(text: str, locale: str, currency: str | None = None) -> Decimal | None:
    """``text`` as a number in ``locale``; None when it is no number there."""
    text = text.strip()
    if currency:
        for mark in _currency_marks(currency, locale):
            text = text.replace(mark, "")
        text = text.strip()
    decimal, group = _symbols(locale)
    if _plain_number(locale).fullmatch(text):
        return _unsigned_zero(Decimal(text.replace(decimal, ".")))
    if group.isspace() or group in ("\u00a0", "\u202f"):
        text = _SPACES.sub(group, text)
    try:
        number = parse_decimal(text, locale, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None
    # Babel reads "NaN" and "Infinity" (a pandas export's empty cell, a spreadsheet's
    # overflow) as numbers: no price or stock level can be one.
    return _unsigned_zero(number) if number.is_finite() else None


def _unsigned_zero(number: Decimal) -> Decimal:
    """"-0" is 0: a spreadsheet's rounded "-0.00" pasted as a price showed as "-0.00"."""
    return number.copy_abs() if number.is_zero() else number


def parse(column: Column, text: str, locale: str) -> Parsed:
    """The value ``text`` stands for in ``column``, or why it cannot be one."""
    text = "" if text is None else str(text)
    kind = column.kind
    if kind is Kind.PRICE:
        return _price(column, text, locale)
    if kind is Kind.STOCK:
        return _stock(text, locale)
    if kind is Kind.FLAG:
        word = text.strip().casefold()
        if word in TRUE:
            return Parsed(True)
        if word in FALSE:
            return Parsed(False)
        return Parsed(error=translate("GridCells", "“{text}” is not yes or no.").format(text=text))
    if kind is Kind.STATUS:
        word = text.strip().casefold()
        if word in STATUSES:
            return Parsed(word)
        return Parsed(error=translate("GridCells", "“{text}” is not a status ({statuses}).").format(
            text=text, statuses=", ".join(STATUSES)))
    if kind is Kind.TEXT:
        return Parsed(text.strip())
    return Parsed(error=translate("GridCells", "{column} cannot be edited here.").format(
        column=column.label))


def _price(column: Column, text: str, locale: str) -> Parsed:
    if not text.strip():
        return Parsed(None)  # no price in this currency (or region)
    if not column.sold:
        return Parsed(error=translate(
            "GridCells", "The store does not sell {currency}; add the currency to the store "
            "in Medusa first.").format(currency=(column.currency or "").upper()))
    number = read_number(text, locale, column.currency)
    if number is None:
        return Parsed(error=_not_a_number(text, locale))
    if number < 0:
        return Parsed(error=translate("GridCells", "A price cannot be negative."))
    return Parsed(number)


def _stock(text: str, locale: str) -> Parsed:
    if not text.strip():
        return Parsed(error=translate("GridCells", "Stock needs a number (0 for none)."))
    number = read_number(text, locale)
    if number is None:
        return Parsed(error=_not_a_number(text, locale))
    if number != number.to_integral_value():
        return Parsed(error=translate("GridCells", "Stock is a whole number."))
    if number < 0:
        return Parsed(error=translate("GridCells", "Stock cannot be negative."))
    return Parsed(int(number))


def _not_a_number(text: str, locale: str) -> str:
    decimal, _ = _symbols(locale)
    # The locale named in the language of the message (a translator's choice).
    language = translate("GridCells", "en", "the language code to name a locale in: de, fr")
    try:
        name = Locale.parse(locale).get_display_name(language) or locale
    except (ValueError, UnknownLocaleError):  # an unknown code in a catalog: in English
        name = Locale.parse(locale).get_display_name("en") or locale
    return translate("GridCells", "“{text}” is not a number in {locale} (the decimal sign is "
                     "“{decimal}”).").format(text=text, locale=name, decimal=decimal)


def show(column: Column, value: Any, locale: str) -> str:
    """``value`` as the grid shows and copies it."""
    if value is None:
        return ""
    kind = column.kind
    if kind is Kind.PRICE:
        return format_amount(value, column.currency or "", locale)
    if kind is Kind.FLAG:
        return translate("GridCells", "Yes") if value else translate("GridCells", "No")
    if kind is Kind.STOCK:
        return str(int(value))
    return str(value)


def format_amount(value: Any, currency: str, locale: str) -> str:
    """An amount with at least the currency's decimals, no grouping, every digit kept."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    places = _precision(currency.upper())
    exponent = number.normalize().as_tuple().exponent
    shown = max(places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    text = f"{number:.{shown}f}"
    decimal, _ = _symbols(locale)
    return text.replace(".", decimal)


def currency_places(currency: str) -> int:
    """The number of decimals of ``currency``'s minor unit (2 for one Babel does not know)."""
    return _precision(currency.upper())


@lru_cache(maxsize=256)
def _precision(code: str) -> int:
    try:
        return int(get_currency_precision(code))
    except Exception:
        return 2
