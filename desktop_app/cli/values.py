"""Parsing the values the catalog commands take: ``Size=S,M,L``, ``eur=25``, quantities.

Each parser raises ``CommandError`` (code ``usage``, exit 2) naming the option it read,
so a bad value is one clear message (or a JSON error with ``--json``), never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.cli.catalog_cmd import CommandError, usage_error

NONE_WORDS = ("", "none", "null", "-")  # what clears an optional value


def split_list(values: Iterable[str] | None) -> list[str]:
    """Repeated and comma separated values, in order, each once, blanks dropped."""
    out: list[str] = []
    for value in values or ():
        for part in value.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _pair(text: str, what: str, example: str) -> tuple[str, str]:
    name, sep, rest = text.partition("=")
    if not sep or not name.strip():
        raise usage_error(f"{what} '{text}' is not NAME=VALUE (e.g. {example}).", what)
    return name.strip(), rest.strip()


def option_spec(text: str) -> tuple[str, list[str]]:
    """``"Size=S,M,L"`` → ``("Size", ["S", "M", "L"])``."""
    title, values = _pair(text, "--option", "Size=S,M,L")
    parts = [v.strip() for v in values.split(",")]
    if not all(parts):
        raise usage_error(f"--option '{text}' lists an empty value.", "options")
    if len(set(parts)) != len(parts):
        raise usage_error(f"--option '{text}' lists a value twice.", "options")
    return title, parts


def choice(text: str) -> tuple[str, str]:
    """``"Size=XL"`` → ``("Size", "XL")`` (one value of one option)."""
    title, value = _pair(text, "--option", "Size=XL")
    if not value:
        raise usage_error(f"--option '{text}' needs a value.", "options")
    return title, value


def amount(text: str, what: str = "--price", field: str = "prices") -> int | float:
    """A number of 0 or more as JSON keeps it: an int when whole, else a float of the text."""
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise usage_error(f"{what}: '{text}' is not a number.", field) from None
    if not number.is_finite() or number < 0:
        raise usage_error(f"{what}: '{text}' is not a number of 0 or more.", field)
    return int(number) if number == number.to_integral_value() else float(str(number))


def price(text: str) -> dict[str, Any]:
    """``"eur=25.50"`` → ``{"currency_code": "eur", "amount": 25.5}``."""
    code, value = _pair(text, "--price", "eur=25")
    if not code.isalpha() or len(code) != 3:
        raise usage_error(f"--price '{text}': '{code}' is not a currency code (eur).",
                          "prices")
    return {"currency_code": code.lower(), "amount": amount(value)}


def prices(texts: Iterable[str] | None) -> list[dict[str, Any]]:
    """Several ``--price`` values; a currency given twice is an error."""
    out = [price(t) for t in texts or ()]
    codes = [p["currency_code"] for p in out]
    if len(set(codes)) != len(codes):
        raise usage_error("--price names a currency twice.", "prices")
    return out


def quantity(text: str, what: str = "QTY") -> int:
    """A stocked quantity: a whole number, 0 or more."""
    try:
        value = int(text.strip())
    except ValueError:
        raise usage_error(f"{what}: '{text}' is not a whole number.", "quantity") from None
    if value < 0:
        raise CommandError(f"{what}: a stocked quantity cannot be negative ({value}).",
                           code="invalid", field="quantity")
    return value


def measure(text: str, what: str) -> int | float | None:
    """A weight or dimension (0 or more), or None for ``none``/empty (clears it)."""
    if text.strip().lower() in NONE_WORDS:
        return None
    return amount(text, what, what.lstrip("-"))


def optional_id(text: str) -> str | None:
    """An id, or None for ``none`` (clears a collection or type)."""
    return None if text.strip().lower() in NONE_WORDS else text.strip()
