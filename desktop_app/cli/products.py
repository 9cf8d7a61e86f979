"""``desktop-app products list``: the GUI's catalog, headless (same service).

``create``, ``duplicate``, ``delete`` and ``assign`` live in ``product_cmds``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app.cli.demo import NO_PROFILE
from desktop_app.config import ConfigError, ProfileStore
from desktop_app.models.medusa import ProductStatus
from desktop_app.secrets import (
    Secret,
    SecretKind,
    SecretStore,
    SecretStoreStatus,
    open_secret_store,
)
from desktop_app.servers import Server
from desktop_app.services.live_listing import Listing, ListingRow, filter_rows, load_listing
from desktop_app.services.shop import open_shop
from desktop_app.services.transports import Transports

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    products = subparsers.add_parser(
        "products", help="list, create, duplicate, delete and organise products",
        description="The shop's products: list them, and create, duplicate, delete and "
        "organise them offline ('desktop-app push' sends the changes).",
    )
    # Imported here: catalog_cmd and product_cmds reach this module through offline_common.
    from desktop_app.cli import product_cmds
    from desktop_app.cli.catalog_cmd import JsonErrorsParser

    sub = products.add_subparsers(dest="products_command", metavar="COMMAND", required=True,
                                  parser_class=JsonErrorsParser)
    lst = sub.add_parser(
        "list",
        help="list products (Medusa joined with Payload)",
        description="List every product of the active profile, with Payload's title where "
        "linked. Updated is when either server last changed the product (the later of "
        "Medusa's and Payload's times, as in the GUI), in local time with that server's name; "
        "--json gives it as updated_at (UTC) and updated_in (medusa or payload). "
        "Exits 1 if a server failed (the other server's rows are still printed). "
        "Secrets come from the OS keyring, else from DESKTOP_APP_MEDUSA_PASSWORD / "
        "DESKTOP_APP_MEDUSA_SECRET_KEY and DESKTOP_APP_PAYLOAD_API_KEY.",
    )
    lst.add_argument("--search", metavar="Q", default="", help="words in title, handle or id")
    lst.add_argument(
        "--status", choices=[s.value for s in ProductStatus], help="only products with this status"
    )
    lst.add_argument("--json", action="store_true", help="print a JSON array of rows")
    lst.add_argument("--profile", metavar="NAME", help="profile to use (default: the active one)")
    lst.set_defaults(func=cmd_list)

    product_cmds.register_into(sub)


class EnvFallbackSecrets:
    """The secret store, then the same environment variables ``profiles add`` reads.

    Lets scripts and CI run headless where no keyring holds the secrets.
    """

    def __init__(self, store: SecretStore) -> None:
        self._store = store

    @property
    def status(self) -> SecretStoreStatus:
        return self._store.status

    def get(self, profile: str, kind: SecretKind) -> Secret | None:
        found = self._store.get(profile, kind)
        if found is not None:
            return found
        value = os.environ.get(kind.env_var, "")
        return Secret(value) if value else None


def row_to_json(row: ListingRow) -> dict[str, Any]:
    data = row._asdict()
    data["updated_at"] = row.updated_at.isoformat() if row.updated_at else None
    data["updated_in"] = str(row.updated_in) if row.updated_in else None  # medusa | payload
    return data


def _updated_text(row: ListingRow) -> str:
    """Local time, as the GUI shows it, and the server it is from (no tooltips here)."""
    if row.updated_at is None:
        return "-"
    where = f" ({Server(row.updated_in).label})" if row.updated_in else ""
    return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") + where


def _linked_text(linked: bool | None) -> str:
    return {True: "linked", False: "missing", None: "unknown"}[linked]


def format_table(rows: Sequence[ListingRow]) -> str:
    header = ("Title", "Handle", "Status", "Variants", "Updated", "Payload")
    body = [
        (
            r.title,
            r.handle or "-",
            r.status or "-",
            "-" if r.variants is None else str(r.variants),
            _updated_text(r),
            _linked_text(r.linked),
        )
        for r in rows
    ]
    widths = [
        max(len(h), *(len(line[i]) for line in body)) if body else len(h)
        for i, h in enumerate(header)
    ]
    widths[0] = min(widths[0], 48)  # long titles are cut, the other columns stay aligned

    def fmt(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            text = cell if len(cell) <= widths[i] else cell[: widths[i] - 1] + "…"
            out.append(text.rjust(widths[i]) if i == 3 else text.ljust(widths[i]))
        return "  ".join(out).rstrip()

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, body)])


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    store = ProfileStore()
    try:
        profile = store.get(args.profile) if args.profile else store.active()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if profile is None:
        print(f"error: {NO_PROFILE}", file=sys.stderr)
        return EXIT_USAGE

    secrets = EnvFallbackSecrets(open_secret_store())

    async def run() -> Listing:
        async with open_shop(profile, secrets, transports) as shop:
            return await load_listing(shop)

    catalog = asyncio.run(run())
    rows = filter_rows(catalog.rows, args.search, args.status)
    if args.json:
        print(json.dumps([row_to_json(r) for r in rows], indent=2, ensure_ascii=False))
    elif rows:
        print(format_table(rows))
    for failure in catalog.failures:
        print(f"error: {failure.server}: {failure.message}", file=sys.stderr)
    if not args.json:
        print(f"{len(rows)} of {len(catalog.rows)} products", file=sys.stderr)
    return EXIT_FAILED if catalog.failures else EXIT_OK
