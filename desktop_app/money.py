"""Money as people read it: the currency's own decimals, in the user's locale (Babel).

Medusa v2 keeps an amount in the currency's main unit as a bare number ("20.9" US
dollars); shown by hand that reads "USD 20.9". Babel knows each currency's decimals
(two for USD, none for JPY, three for KWD) and each locale's symbols and separators:

    format_money("20.9", "usd", "en_US")   # "$20.90"
    format_money("20.9", "eur", "de_DE")   # "20,90 €"
    format_prices([{"currency_code": "eur", "amount": 10.5}], "fr_FR")   # "10,50 €"
    format_prices([{"currency_code": "eur", "amount": 9, "region_id": "reg_1"}],
                  regions={"reg_1": "Europe"})                          # "Europe: €9.00"

The locale is the process's display locale: the GUI sets it from the system's at
start (``set_locale``); the default is en_US. No digit is ever hidden: an amount
with more decimals than its currency's shows them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal

DEFAULT_LOCALE = "en_US"
_current = DEFAULT_LOCALE


def usable_locale(name: str | None) -> str:
    """``name`` if Babel knows it, else en_US (Qt and POSIX say "C" for no locale)."""
    name = (name or "").split(".")[0].replace("-", "_")  # "de_DE.UTF-8", "fr-CA"
    if name in ("", "C", "POSIX"):
        return DEFAULT_LOCALE
    try:
        return str(Locale.parse(name))
    except (ValueError, TypeError, UnknownLocaleError):
        return DEFAULT_LOCALE


def set_locale(name: str | None) -> str:
    """Use ``name`` ("de_DE", "fr-CA") for money from now on; returns the locale used."""
    global _current
    _current = usable_locale(name)
    return _current


def current_locale() -> str:
    return _current


def format_number(
    value: int | float, locale: str | None = None, *, decimals: int | None = None
) -> str:
    """A number as people read it in the display locale: "3,790" (en_US), "3.790" (de_DE),
    with exactly ``decimals`` decimals if given ("12.3"); the same grouping as ``%Ln``
    also where Qt's default locale is "C" (the tests, the Qt-free core)."""
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale or _current)


def format_money(amount: Any, currency: str, locale: str | None = None) -> str:
    """One amount in ``currency`` (an ISO code, any case); a value that is no number,
    or an unknown currency, is shown as given ("USD 12", "XYZ 3")."""
    code = str(currency or "").upper()
    try:
        number = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return f"{code} {amount}".strip()
    if not number.is_finite():
        return f"{code} {amount}".strip()
    try:
        # decimal_quantization=False: 20.999 stays 20.999 instead of rounding to 21.00.
        return format_currency(number, code, locale=locale or _current, decimal_quantization=False)
    except (ValueError, UnknownLocaleError):
        return f"{code} {amount}"


def format_prices(
    prices: Iterable[Any] | None,
    locale: str | None = None,
    regions: Mapping[str, str] | None = None,
) -> str:
    """A variant's prices (``{"currency_code", "amount"}`` dicts), comma-separated; a
    region price (``region_id``) after its region's name from ``regions`` (id → name),
    or its id: "€10.00, Europe: €9.00"."""
    parts = []
    for p in prices or ():
        if not isinstance(p, dict):
            continue
        text = format_money(p.get("amount"), str(p.get("currency_code") or ""), locale)
        region = p.get("region_id")
        parts.append(f"{(regions or {}).get(region, region)}: {text}" if region else text)
    return ", ".join(parts)
