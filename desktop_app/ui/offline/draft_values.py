"""What the new-product form's text boxes mean (Qt-free, so it is cheap to test).

Values of an option are typed in one box, separated by commas; a price is an amount
in the currency of its column ("19.90", "19,90" is read the same); a stock level is a
whole number. Each parser returns the value, or an error message for the merchant.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def split_values(text: str) -> list[str]:
    """``"S, M , L,"`` → ``["S", "M", "L"]`` (empty pieces dropped, repeats kept: the
    draft's check names a repeat rather than silently dropping it)."""
    return [part.strip() for part in text.split(",") if part.strip()]


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def parse_amount(text: str) -> tuple[int | float | None, str | None]:
    """A price as Medusa's create takes it (a number; an int when whole); None if blank."""
    text = text.strip().replace(" ", "")
    if not text:
        return None, None
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a decimal comma, as many merchants type it
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None, f"“{text}” is not a price."
    if not number.is_finite() or number < 0:
        return None, f"“{text}”: a price is zero or more."
    return (int(number) if number == number.to_integral_value() else float(number)), None


def parse_quantity(text: str) -> tuple[int | None, str | None]:
    """A stocked quantity (a whole number, zero or more); None if blank."""
    text = text.strip().replace(",", "").replace(" ", "")
    if not text:
        return None, None
    if not text.isdigit():
        return None, f"“{text}”: stock is a whole number, zero or more."
    return int(text), None
