"""``desktop-app stock list | set``: stocked quantities per variant and stock location.

``stock set`` records levels durably through the shop's catalog (one step for a whole
CSV file: every row is checked first, and a bad row stores nothing); ``desktop-app
push`` sends them. Quantities are whole numbers of 0 or more.
"""

from __future__ import annotations

import argparse
import csv
from typing import Any

from desktop_app.cli import lookup, values
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    JsonErrorsParser,
    Output,
    add_output_arguments,
    run,
    table,
    usage_error,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.text import plural

COLUMNS = ("product", "variant", "location", "quantity")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stock", help="stocked quantities per variant and location",
        description="Stocked quantities per variant and stock location (offline; "
        "'desktop-app push' sends the changes).")
    sub = parser.add_subparsers(dest="stock_command", metavar="COMMAND", required=True,
                                   parser_class=JsonErrorsParser)

    lst = sub.add_parser("list", help="a product's stock per variant and location",
                         description="Stocked, reserved and available quantities of each "
                         "variant at each stock location, pending changes included.")
    lst.add_argument("product", metavar="PRODUCT")
    add_output_arguments(lst)
    lst.set_defaults(func=cmd_list)

    put = sub.add_parser(
        "set", help="set stocked quantities", formatter_class=HELP,
        epilog="examples:\n  desktop-app stock set prod_01 SHIRT-S sloc_01 12\n"
        "  desktop-app stock set --from-csv levels.csv --json\n\n"
        "The CSV has the columns product,variant,location,quantity (a header row with "
        "these names is optional); products and variants by id (variants also by SKU), "
        "locations by id or name.",
        description="Set the stocked quantity of a variant at a stock location, or of many "
        "from a CSV file in one step.")
    put.add_argument("product", metavar="PRODUCT", nargs="?")
    put.add_argument("variant", metavar="VARIANT", nargs="?", help="its id or SKU")
    put.add_argument("location", metavar="LOCATION", nargs="?", help="its id or name")
    put.add_argument("quantity", metavar="QTY", nargs="?")
    put.add_argument("--from-csv", metavar="FILE", help="many levels from a CSV file")
    add_output_arguments(put)
    put.set_defaults(func=cmd_set)


def _locations(catalog: OfflineCatalog, variants: list[dict[str, Any]]) -> dict[str, str]:
    """``{id: name}`` of the shop's locations and of any a variant has a level at."""
    known = lookup.names(catalog, "location")
    for v in variants:
        for loc in v.get("levels") or {}:
            known.setdefault(loc, loc)
    return known


def level_rows(catalog: OfflineCatalog, variants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    locations = _locations(catalog, variants)
    rows = []
    for v in variants:
        managed = v.get("manage_inventory") is not False
        for loc, name in locations.items():
            level = (v.get("levels") or {}).get(loc) if managed else None
            stocked = None if level is None else int(level.get("stocked") or 0)
            reserved = None if level is None else int(level.get("reserved") or 0)
            rows.append({"variant_id": v.get("id"), "sku": v.get("sku"),
                         "title": v.get("title"), "managed": managed,
                         "location_id": loc, "location": name, "stocked": stocked,
                         "reserved": reserved,
                         "available": None if level is None else stocked - reserved})
    return rows


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        variants = lookup.variants_of(detail)
        rows = level_rows(catalog, variants)

        def cell(row: dict[str, Any], key: str) -> str:
            if not row["managed"]:
                return "not tracked" if key == "stocked" else ""
            return "-" if row[key] is None else str(row[key])

        text = table(("Variant", "SKU", "Location", "Stocked", "Reserved", "Available"),
                     [(str(r["variant_id"]), r["sku"] or "-", str(r["location"]),
                       cell(r, "stocked"), cell(r, "reserved"), cell(r, "available"))
                      for r in rows])
        locations = [{"id": i, "name": n} for i, n in _locations(catalog, variants).items()]
        return Output({"product_id": detail.product_id, "locations": locations,
                       "levels": rows}, text)

    return run(args, work, transports=transports)


# ----------------------------------------------------------------------- set
def level(catalog: OfflineCatalog, product: str, variant: str, location: str,
          quantity: str) -> dict[str, Any]:
    """One checked level: ``{product_id, variant_id, location_id, quantity, previous}``."""
    qty = values.quantity(quantity)  # a negative or broken number before any lookup
    detail = lookup.product(catalog, product)
    found = lookup.variant(catalog, detail, variant)
    if found.get("manage_inventory") is False:
        raise CommandError(
            f"Medusa does not track the stock of variant {found.get('id')}; turn it on with "
            "'desktop-app variants update … --manage-inventory'.", field="manage_inventory")
    loc = lookup.term(catalog, "location", location)
    previous = ((found.get("levels") or {}).get(loc) or {}).get("stocked")
    return {"product_id": detail.product_id, "variant_id": found.get("id"),
            "location_id": loc, "quantity": qty, "previous": previous}


def _csv_rows(path: str) -> list[tuple[int, list[str]]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = [(n, row) for n, row in enumerate(csv.reader(handle), 1)
                    if any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"Cannot read {path}: {exc}", field="file") from None
    if rows and [c.strip().lower() for c in rows[0][1]] == list(COLUMNS):
        rows = rows[1:]
    return rows


def csv_levels(catalog: OfflineCatalog, path: str) -> list[dict[str, Any]]:
    levels: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in _csv_rows(path):
        if len(row) != len(COLUMNS):
            raise CommandError(f"{path} line {line}: expected {','.join(COLUMNS)}, got "
                               f"{len(row)} columns.", field="file")
        try:
            found = level(catalog, *(c.strip() for c in row))
        except CommandError as exc:
            exc.message = f"{path} line {line}: {exc.message}"
            raise
        key = (str(found["variant_id"]), found["location_id"])
        if key in seen:
            raise CommandError(f"{path} line {line}: variant {key[0]} at {key[1]} is already "
                               f"set on line {seen[key]}.", field="file")
        seen[key] = line
        levels.append(found)
    if not levels:
        raise CommandError(f"{path} has no stock levels.", field="file")
    return levels


def cmd_set(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    given = [args.product, args.variant, args.location, args.quantity]

    def work(catalog: OfflineCatalog) -> Output:
        if args.from_csv and any(g is not None for g in given):
            raise usage_error("Give PRODUCT VARIANT LOCATION QTY or --from-csv, not both.")
        if args.from_csv:
            levels = csv_levels(catalog, args.from_csv)
        elif all(g is not None for g in given):
            levels = [level(catalog, *given)]
        else:
            raise usage_error("Give PRODUCT VARIANT LOCATION QTY, or --from-csv FILE.")
        catalog.set_stock([(lv["product_id"], lv["variant_id"], lv["location_id"],
                            lv["quantity"]) for lv in levels])
        text = "\n".join(f"{lv['product_id']} {lv['variant_id']} {lv['location_id']} "
                         f"{lv['previous'] if lv['previous'] is not None else '-'} -> "
                         f"{lv['quantity']}" for lv in levels)
        return Output({"levels": levels}, text, plural(
            len(levels), "Set {n} stock level; 'desktop-app push' sends it.",
            "Set {n} stock levels; 'desktop-app push' sends them."))

    return run(args, work, transports=transports)
