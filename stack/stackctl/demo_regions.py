"""The demo shop's regions, so the quality list's price rule has currencies to check:
every demo variant is priced in EUR and USD (catalog.UNPRICED keeps two exceptions)."""

from __future__ import annotations

from collections.abc import Callable

import web
from settings import Settings

REGIONS = [
    {"name": "Europe", "currency_code": "eur", "countries": ["de", "fr", "nl", "it", "es"]},
    {"name": "North America", "currency_code": "usd", "countries": ["us", "ca"]},
]


def ensure(settings: Settings, headers: dict[str, str], log: Callable[[str], None]) -> None:
    """Create the regions no region of the same name stands for yet."""
    found = web.request(
        "GET", f"{settings.medusa_url}/admin/regions?fields=id,name&limit=1000", headers=headers
    )["regions"]
    names = {region["name"] for region in found}
    for region in REGIONS:
        if region["name"] in names:
            continue
        web.request(
            "POST", f"{settings.medusa_url}/admin/regions?fields=id", region, headers=headers
        )
        log(f"  region {region['name']} ({region['currency_code'].upper()})")
