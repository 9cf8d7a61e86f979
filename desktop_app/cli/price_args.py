"""A variant's prices from the command line: per currency and per region.

``--price eur=30`` sets the currency price (the price without a region), ``--region-price
Europe=eur:27`` the price of a region (named by name or id, ``reg_…``; ``Europe=27`` takes
the region's own currency), ``--remove-price eur`` and ``--remove-region-price Europe``
(or ``Europe=eur``) remove one. A price is known by its currency and region, so setting
the EUR price never touches Europe's EUR price, and every price not named is kept:
Medusa replaces a variant's prices with the list it is sent (``store.fields``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_app.cli import lookup, values
from desktop_app.cli.catalog_cmd import CommandError, usage_error
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store.taxonomy import REGION, Term

FIELD = "prices"
Key = tuple[str, str]  # (currency code, region id or "")


def key_of(price: dict[str, Any]) -> Key:
    return str(price.get("currency_code") or "").lower(), str(price.get("region_id") or "")


def _region(catalog: OfflineCatalog, given: str) -> Term:
    region_id = lookup.term(catalog, REGION, given)
    return next((t for t in catalog.taxonomy(REGION) if t.id == region_id),
                Term(REGION, region_id, region_id))


def _code(text: str, what: str, given: str) -> str:
    code = text.strip().lower()
    if not code.isalpha() or len(code) != 3:
        raise usage_error(f"{what} '{given}': '{text.strip()}' is not a currency code (eur).",
                          FIELD)
    return code


def region_price(catalog: OfflineCatalog, text: str) -> dict[str, Any]:
    """``"Europe=eur:27"`` (or ``"Europe=27"``, in the region's currency) → a price with
    ``region_id``; the currency must be the region's own (its carts pay in it)."""
    name, sep, rest = text.rpartition("=")
    if not sep or not name.strip() or not rest.strip():
        raise usage_error(f"--region-price '{text}' is not REGION=CUR:AMOUNT "
                          "(e.g. Europe=eur:27).", FIELD)
    region = _region(catalog, name.strip())
    code_text, colon, amount_text = rest.rpartition(":")
    if colon:
        code = _code(code_text, "--region-price", text)
    elif region.currency:
        code = region.currency
    else:
        raise usage_error(f"--region-price '{text}': name the currency "
                          f"({name.strip()}=eur:{rest.strip()}).", FIELD)
    if region.currency and code != region.currency:
        raise CommandError(f"{region.name} sells in {region.currency.upper()}, not "
                           f"{code.upper()}.", code="invalid", field=FIELD)
    amount = values.amount(amount_text, "--region-price", FIELD)
    return {"currency_code": code, "amount": amount, "region_id": region.id}


def removed_region(catalog: OfflineCatalog, text: str) -> tuple[str, str | None]:
    """``"Europe"`` → (region id, None: every currency), ``"Europe=eur"`` → (id, "eur")."""
    name, sep, code = text.rpartition("=") if "=" in text else (text, "", "")
    region = _region(catalog, name.strip())
    return region.id, _code(code, "--remove-region-price", text) if sep else None


def new_prices(
    catalog: OfflineCatalog,
    current: Sequence[dict[str, Any]],
    *,
    prices: Iterable[str] | None = None,
    region_prices: Iterable[str] | None = None,
    remove: Iterable[str] | None = None,
    remove_regions: Iterable[str] | None = None,
) -> list[dict[str, Any]] | None:
    """The variant's whole price list after the options given; None when none was."""
    setting = [*values.prices(prices), *(region_price(catalog, t) for t in region_prices or ())]
    keys = [key_of(p) for p in setting]
    if len(set(keys)) != len(keys):
        raise usage_error("--region-price names a region and currency twice.", FIELD)
    dropping = {(c.strip().lower(), "") for c in values.split_list(remove)}
    regions_dropped = [removed_region(catalog, t) for t in remove_regions or ()]
    if not setting and not dropping and not regions_dropped:
        return None
    lookup.check_currencies(catalog, setting)
    if set(keys) & dropping:
        raise usage_error("--price and --remove-price name the same currency.", FIELD)

    def dropped(price: dict[str, Any]) -> bool:
        code, region = key_of(price)
        if (code, region) in dropping:
            return True
        return any(region == rid and (only is None or code == only)
                   for rid, only in regions_dropped)

    if any(dropped(p) for p in setting):
        raise usage_error("A price is both set and removed.", FIELD)
    kept = [dict(p) for p in current if key_of(p) not in keys and not dropped(p)]
    return [*kept, *setting]


def prices_text(prices: Sequence[dict[str, Any]], regions: dict[str, str]) -> str:
    """``eur=30 Europe=eur:27``: as the options take them (a region by its name)."""
    parts = []
    for p in prices:
        region = p.get("region_id")
        price = f"{p['currency_code']}={p['amount']}"
        parts.append(f"{regions.get(region, region)}={p['currency_code']}:{p['amount']}"
                     if region else price)
    return " ".join(parts) or "-"
