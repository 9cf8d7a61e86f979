"""Client-side checks for the commerce editor, mirroring what the servers enforce.

Pure Python (no Qt) so it is cheap to test. Each check returns an error message
or ``None``.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

STATUSES = ("draft", "proposed", "published", "rejected")
# Medusa's handle rule: ^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$
_HANDLE_CATEGORIES = frozenset({"Ll", "Lo", "Lm", "Nd", "Nl", "No"})


def handle_error(handle: str) -> str | None:
    if not handle:
        return "A handle is required."
    if handle != handle.strip():
        return "No spaces around the handle."
    for part in handle.split("-"):
        if not part:
            return "Hyphens go between words: no leading, trailing or double hyphens."
        for ch in part:
            if unicodedata.category(ch) not in _HANDLE_CATEGORIES:
                if ch.isupper():
                    return "Use lowercase letters only."
                return f"“{ch}” is not allowed: use lowercase letters, digits and hyphens."
    return None


def suggest_handle(text: str) -> str:
    """A valid handle made from ``text`` (lowercased, other characters become hyphens)."""
    out: list[str] = []
    for ch in text.lower():
        ok = unicodedata.category(ch) in _HANDLE_CATEGORIES
        out.append(ch if ok else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def title_error(title: str) -> str | None:
    return "A title is required (Payload rejects an empty one)." if not title.strip() else None


def metadata_errors(pairs: list[tuple[str, str]]) -> str | None:
    seen: set[str] = set()
    for key, _value in pairs:
        if not key.strip():
            return "Every metadata row needs a key."
        if key != key.strip():
            return f"Key “{key}” has spaces around it."
        if "." in key:
            # Field names are ``metadata.<key>``: a dot would make the key ambiguous.
            return f"Key “{key}”: dots are not allowed."
        if key in seen:
            return f"Key “{key}” is listed twice."
        seen.add(key)
    return None


def sku_error(sku: str) -> str | None:
    if sku != sku.strip():
        return "No spaces around the SKU."
    if any(ch.isspace() for ch in sku):
        return "A SKU cannot contain spaces."
    return None


def format_prices(prices: Any) -> str:
    parts = []
    for p in prices or ():
        if isinstance(p, dict):
            parts.append(f"{str(p.get('currency_code') or '').upper()} {p.get('amount')}")
    return ", ".join(parts)


def parse_prices(text: str) -> tuple[list[dict[str, Any]] | None, str | None]:
    """``"EUR 10, USD 12.50"`` → price list, or an error message."""
    prices: list[dict[str, Any]] = []
    seen: set[str] = set()
    for chunk in text.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        bits = chunk.split()
        if len(bits) != 2:
            return None, f"“{chunk}”: write a currency and an amount, like “EUR 10.50”."
        code, amount = bits[0].lower(), bits[1]
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            return None, f"“{bits[0]}” is not a three-letter currency code."
        if code in seen:
            return None, f"{code.upper()} is listed twice."
        seen.add(code)
        try:
            number = Decimal(amount)
        except InvalidOperation:
            return None, f"“{amount}” is not a number."
        if not number.is_finite() or number < 0:
            return None, f"“{amount}” must be zero or more."
        prices.append({"currency_code": code, "amount": amount})
    return prices, None
