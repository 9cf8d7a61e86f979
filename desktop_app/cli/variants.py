"""``desktop-app variants list | add | update | remove``: a product's variants, offline.

Changes are recorded durably through the shop's catalog and sent by ``desktop-app
push``. A variant is named by its id (local or Medusa's) or its SKU.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli import lookup, price_args, values
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
from desktop_app.services.new_product import VariantDraft
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.transports import Transports
from desktop_app.store.fields import same

CODES = ("sku", "barcode", "ean", "upc")
MEASURES = ("weight", "length", "height", "width")
FLAGS = ("manage_inventory", "allow_backorder")
PUSH_HINT = "'desktop-app push' sends it."


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "variants", help="list, add, update and remove a product's variants",
        description="A product's variants (offline; 'desktop-app push' sends the changes).")
    sub = parser.add_subparsers(dest="variants_command", metavar="COMMAND", required=True,
                                   parser_class=JsonErrorsParser)

    lst = sub.add_parser("list", help="the product's options and variants",
                         description="The product's options and variants, pending changes "
                         "included, with their prices and stocked quantities.")
    lst.add_argument("product", metavar="PRODUCT")
    add_output_arguments(lst)
    lst.set_defaults(func=cmd_list)

    add = sub.add_parser(
        "add", help="add a variant", formatter_class=HELP,
        epilog="example:\n  desktop-app variants add prod_01 --option Size=XL "
        "--option Color=Red --sku SHIRT-XL-RED --price eur=30 --stock sloc_1=5",
        description="Add a variant picking one existing value of every option (add a value "
        "first with 'desktop-app options values'). Without --price it takes the prices of "
        "the product's first variant. Prints the variant's local id.")
    add.add_argument("product", metavar="PRODUCT")
    add.add_argument("--option", action="append", metavar="NAME=VALUE",
                     help="the variant's value of an option (one per option)")
    add.add_argument("--title", default="", help="default: its values, 'XL / Red'")
    add.add_argument("--sku", default="")
    add.add_argument("--price", action="append", metavar="CUR=AMOUNT", help="repeatable")
    add.add_argument("--region-price", action="append", metavar="REGION=CUR:AMOUNT",
                     help="a region's price (region by name or id; repeatable)")
    add.add_argument("--no-manage-inventory", dest="manage_inventory", action="store_false",
                     help="Medusa does not track its stock")
    add.add_argument("--allow-backorder", action="store_true")
    add.add_argument("--stock", action="append", metavar="LOCATION=QTY",
                     help="stocked quantity at a location (repeatable)")
    add_output_arguments(add)
    add.set_defaults(func=cmd_add)

    update = sub.add_parser(
        "update", help="change a variant's fields", formatter_class=HELP,
        epilog="examples:\n  desktop-app variants update prod_01 SHIRT-S --price eur=27.5 "
        "--remove-price usd\n  desktop-app variants update prod_01 SHIRT-S --price eur=30 "
        "--region-price Europe=eur:27\n  desktop-app variants update prod_01 variant_01 "
        "--barcode '' --weight 250 --no-manage-inventory",
        description="Change a variant's fields; an empty code or 'none' measure clears it. "
        "--price sets that currency's price, --region-price a region's price (in the "
        "region's currency); every price not named is kept.")
    update.add_argument("product", metavar="PRODUCT")
    update.add_argument("variant", metavar="VARIANT", help="its id or SKU")
    update.add_argument("--title")
    for code in CODES:
        update.add_argument(f"--{code}", metavar="TEXT")
    for measure in MEASURES:
        update.add_argument(f"--{measure}", metavar="N")
    update.add_argument("--price", action="append", metavar="CUR=AMOUNT", help="repeatable")
    update.add_argument("--remove-price", action="append", metavar="CUR", help="repeatable")
    update.add_argument("--region-price", action="append", metavar="REGION=CUR:AMOUNT",
                        help="a region's price, e.g. Europe=eur:27 (repeatable)")
    update.add_argument("--remove-region-price", action="append", metavar="REGION[=CUR]",
                        help="remove a region's price (repeatable)")
    for flag in FLAGS:
        update.add_argument(f"--{flag.replace('_', '-')}", dest=flag,
                            action=argparse.BooleanOptionalAction, default=None)
    add_output_arguments(update)
    update.set_defaults(func=cmd_update)

    remove = sub.add_parser("remove", help="remove a variant",
                            description="Remove a variant (its stock levels go with it).")
    remove.add_argument("product", metavar="PRODUCT")
    remove.add_argument("variant", metavar="VARIANT", help="its id or SKU")
    add_output_arguments(remove)
    remove.set_defaults(func=cmd_remove)


def variant_json(v: dict[str, Any]) -> dict[str, Any]:
    out = {key: v.get(key) for key in ("id", "title", *CODES)}
    out["options"] = dict(v.get("options") or {})
    out["prices"] = [dict(p) for p in v.get("prices") or ()]
    out.update({key: v.get(key) for key in (*MEASURES, *FLAGS)})
    out["stock"] = {loc: (lv or {}).get("stocked") for loc, lv in (v.get("levels") or {}).items()}
    return out


def options_json(detail: ProductDetail) -> list[dict[str, Any]]:
    return [{"id": o.get("id"), "title": o.get("title"), "values": lookup.option_values(o)}
            for o in lookup.options_of(detail)]


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        variants = [variant_json(v) for v in lookup.variants_of(detail)]
        regions = lookup.names(catalog, "region")
        rows = [(v["id"], v["title"] or "", v["sku"] or "-",
                 " / ".join(f"{k}={x}" for k, x in v["options"].items()) or "-",
                 price_args.prices_text(v["prices"], regions),
                 str(sum(q or 0 for q in v["stock"].values())) if v["stock"] else "-")
                for v in variants]
        text = table(("Id", "Title", "SKU", "Options", "Prices", "Stocked"), rows)
        return Output({"product_id": detail.product_id, "options": options_json(detail),
                       "variants": variants}, text)

    return run(args, work, transports=transports)


# ---------------------------------------------------------------------- add
def chosen_values(detail: ProductDetail, given: list[str] | None) -> dict[str, str]:
    """``--option`` values as ``{option title: value}``, one existing value per option."""
    options = {str(o.get("title")): o for o in lookup.options_of(detail)}
    chosen: dict[str, str] = {}
    for text in given or ():
        name, value = values.choice(text)
        opt = lookup.option(detail, name)
        title = str(opt.get("title"))
        if title in chosen:
            raise usage_error(f"--option names {title} twice.", "options")
        if value not in lookup.option_values(opt):
            raise CommandError(
                f"{title} has no value {value} (it has {', '.join(lookup.option_values(opt))}); "
                f"add it with 'desktop-app options values {detail.product_id} {title} --add "
                f"{value}'.", field="options")
        chosen[title] = value
    missing = [t for t in options if t not in chosen]
    if missing:
        raise usage_error(f"Pick a value of {', '.join(missing)} with --option NAME=VALUE.",
                          "options")
    for v in lookup.variants_of(detail):
        if options and (v.get("options") or {}) == chosen:
            raise CommandError(f"Variant {v.get('id')} already has "
                               f"{', '.join(f'{k}={x}' for k, x in chosen.items())}.",
                               field="options")
    return chosen


def _check_sku(detail: ProductDetail, sku: str | None, own_id: str | None = None) -> None:
    for v in lookup.variants_of(detail):
        if sku and v.get("sku") == sku and v.get("id") != own_id:
            raise CommandError(f"Variant {v.get('id')} already has the SKU {sku}.", field="sku")


def levels_of(catalog: OfflineCatalog, given: list[str] | None) -> dict[str, int]:
    levels: dict[str, int] = {}
    for text in given or ():
        loc, sep, qty = text.rpartition("=")
        if not sep or not loc.strip():
            raise usage_error(f"--stock '{text}' is not LOCATION=QTY.", "stock")
        levels[lookup.term(catalog, "location", loc.strip())] = values.quantity(qty, "--stock")
    return levels


def cmd_add(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        chosen = chosen_values(detail, args.option)
        sku = args.sku.strip()
        _check_sku(detail, sku)
        prices = price_args.new_prices(catalog, (), prices=args.price,
                                       region_prices=args.region_price) or []
        if not prices and lookup.variants_of(detail):
            prices = list(lookup.variants_of(detail)[0].get("prices") or ())
        levels = levels_of(catalog, args.stock)
        if levels and not args.manage_inventory:
            raise usage_error("--stock needs a variant whose inventory Medusa manages.",
                              "stock")
        vid = catalog.add_variant(detail.product_id, VariantDraft(
            options=chosen, title=args.title.strip(), sku=sku, prices=prices,
            manage_inventory=args.manage_inventory, allow_backorder=args.allow_backorder))
        if levels:  # as stock operations: sent once the push made the variant
            catalog.set_stock([(detail.product_id, vid, loc, q) for loc, q in levels.items()])
        after = lookup.product(catalog, detail.product_id)
        made = lookup.variant(catalog, after, vid)
        return Output({"product_id": detail.product_id, "variant": variant_json(made)}, vid,
                      f"Added variant '{made.get('title')}'; {PUSH_HINT}")

    return run(args, work, transports=transports)


# ------------------------------------------------------------------- update
def variant_changes(catalog: OfflineCatalog, detail: ProductDetail, variant: dict[str, Any],
                    args: argparse.Namespace) -> dict[str, Any]:
    """``{key: new value}`` of the options given (unchanged ones included)."""
    changes: dict[str, Any] = {}
    if args.title is not None:
        if not args.title.strip():
            raise usage_error("--title must not be empty.", "title")
        changes["title"] = args.title.strip()
    for code in CODES:
        given = getattr(args, code)
        if given is not None:
            changes[code] = given.strip() or None
    _check_sku(detail, changes.get("sku"), variant.get("id"))
    for measure in MEASURES:
        given = getattr(args, measure)
        if given is not None:
            changes[measure] = values.measure(given, f"--{measure}")
    for flag in FLAGS:
        if getattr(args, flag) is not None:
            changes[flag] = getattr(args, flag)
    prices = price_args.new_prices(
        catalog, variant.get("prices") or (), prices=args.price,
        region_prices=args.region_price, remove=args.remove_price,
        remove_regions=args.remove_region_price)
    if prices is not None:
        changes["prices"] = prices
    if not changes:
        raise usage_error("Nothing to change: give --sku, --price, --title, … (see --help).")
    return changes


def cmd_update(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        variant = lookup.variant(catalog, detail, args.variant)
        vid = str(variant["id"])
        changes = variant_changes(catalog, detail, variant, args)
        edits = {f"variants.{vid}.{key}": value for key, value in changes.items()
                 if not same(f"variants.{vid}.{key}", variant.get(key), value)}
        if edits:
            catalog.edit(detail.product_id, edits)
        after = lookup.variant(catalog, lookup.product(catalog, detail.product_id), vid)
        changed = sorted(name.rpartition(".")[2] for name in edits)
        note = (f"Changed {', '.join(changed)}; {PUSH_HINT}" if changed
                else "Nothing changed: the variant already has these values.")
        return Output({"product_id": detail.product_id, "changed": changed,
                       "variant": variant_json(after)}, vid, note)

    return run(args, work, transports=transports)


def cmd_remove(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        variant = lookup.variant(catalog, detail, args.variant)
        vid = str(variant["id"])
        catalog.remove_variant(detail.product_id, vid)
        return Output({"product_id": detail.product_id, "removed": vid}, vid,
                      f"Removed variant '{variant.get('title')}'; {PUSH_HINT}")

    return run(args, work, transports=transports)
