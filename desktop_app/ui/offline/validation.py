"""Client-side checks for the commerce editor, mirroring what the servers enforce.

Pure Python (no Qt) so it is cheap to test. Each check returns an error message
or ``None``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.store.taxonomy import REGION, Term

STATUSES = ("draft", "proposed", "published", "rejected")
REGION_ID_PREFIX = "reg_"  # how Medusa's region ids begin
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


def region_label(region_id: str, regions: Sequence[Term] = ()) -> str:
    """How a region price names its region in the typed text: the region's name, or its
    id when the name would not read back (unknown, shared, or holding "," or ":")."""
    named = [t for t in regions if t.id == region_id]
    if not named:
        return region_id
    name = named[0].name
    twins = [t for t in regions if t.name.casefold() == name.casefold()]
    if len(twins) > 1 or not name.strip() or any(ch in name for ch in ",:"):
        return region_id
    return name.strip()


def format_prices(prices: Any, regions: Sequence[Term] = ()) -> str:
    """A variant's prices as typed: "EUR 10, USD 12, Europe: EUR 9" (currency prices
    first, then region prices, each in their order)."""
    rows = [p for p in prices or () if isinstance(p, dict)]
    rows.sort(key=lambda p: bool(p.get("region_id")))
    parts = []
    for p in rows:
        text = f"{str(p.get('currency_code') or '').upper()} {p.get('amount')}"
        region = p.get("region_id")
        parts.append(f"{region_label(str(region), regions)}: {text}" if region else text)
    return ", ".join(parts)


def split_prices(text: str) -> tuple[list[tuple[str, str, str]] | None, str | None]:
    """The typed prices as ``(region label or "", currency code, amount text)``, or an error
    message: the syntax only (``parse_prices`` finds the regions)."""
    out: list[tuple[str, str, str]] = []
    for chunk in text.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        label, colon, price = chunk.partition(":")
        if not colon:
            label, price = "", chunk
        label = label.strip()
        if colon and not label:
            return None, f"“{chunk}”: write the region before the colon, like “Europe: EUR 9”."
        bits = price.split()
        if len(bits) != 2:
            example = f"{label}: EUR 9" if label else "EUR 10.50"
            return None, f"“{chunk}”: write a currency and an amount, like “{example}”."
        code, amount = bits[0].lower(), bits[1]
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            return None, f"“{bits[0]}” is not a three-letter currency code."
        try:
            number = Decimal(amount)
        except InvalidOperation:
            return None, f"“{amount}” is not a number."
        if not number.is_finite() or number < 0:
            return None, f"“{amount}” must be zero or more."
        out.append((label, code, amount))
    return out, None


def find_region(label: str, regions: Sequence[Term]) -> tuple[Term | None, str | None]:
    """The region a price names by name (any case) or id; an id Medusa gave (``reg_…``)
    is taken even when not stored (a region deleted or made since the last pull)."""
    for term in regions:
        if term.id == label:
            return term, None
    named = [t for t in regions if t.name.strip().casefold() == label.casefold()]
    if len(named) == 1:
        return named[0], None
    if named:
        return None, f"Several regions are named “{label}”: write its id ({named[0].id})."
    if label.startswith(REGION_ID_PREFIX):
        return Term(REGION, label, label), None
    if not regions:
        return None, f"No region named “{label}”: no regions are stored (pull first)."
    known = ", ".join(t.name for t in regions)
    return None, f"No region named “{label}” (this shop has {known})."


def parse_prices(
    text: str, regions: Sequence[Term] = ()
) -> tuple[list[dict[str, Any]] | None, str | None]:
    """``"EUR 10, USD 12.50, Europe: EUR 9"`` → price list (a region price carries
    ``region_id``), or an error message that names what is wrong."""
    rows, error = split_prices(text)
    if rows is None:
        return None, error
    prices: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for label, code, amount in rows:
        price: dict[str, Any] = {"currency_code": code, "amount": amount}
        where = ""
        if label:
            region, error = find_region(label, regions)
            if region is None:
                return None, error
            if region.currency and region.currency != code:
                return None, (f"{region.name} sells in {region.currency.upper()}: write "
                              f"“{label}: {region.currency.upper()} {amount}”.")
            price["region_id"] = region.id
            where = f" for {label}"
        if (code, price.get("region_id", "")) in seen:
            return None, f"{code.upper()}{where} is listed twice."
        seen.add((code, price.get("region_id", "")))
        prices.append(price)
    return prices, None
