"""``desktop-app options list | add | rename | remove | values``: a product's options.

An option (Size) has values (S, M, L); each variant picks one value of every option.
Changes are recorded durably through the shop's catalog and sent by ``desktop-app
push``. An option is named by its id or title.
"""

from __future__ import annotations

import argparse

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
from desktop_app.cli.variants import options_json
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.transports import Transports

PUSH_HINT = "'desktop-app push' sends it."


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "options", help="a product's options (Size, Color) and their values",
        description="A product's options and their values (offline; 'desktop-app push' "
        "sends the changes).")
    sub = parser.add_subparsers(dest="options_command", metavar="COMMAND", required=True,
                                   parser_class=JsonErrorsParser)

    lst = sub.add_parser("list", help="the product's options",
                         description="The product's options and their values.")
    lst.add_argument("product", metavar="PRODUCT")
    add_output_arguments(lst)
    lst.set_defaults(func=cmd_list)

    add = sub.add_parser("add", help="add an option", formatter_class=HELP,
                         epilog="example:\n  desktop-app options add prod_01 Material "
                         "--values Linen,Cotton",
                         description="Add an option with its values.")
    add.add_argument("product", metavar="PRODUCT")
    add.add_argument("title", metavar="NAME")
    add.add_argument("--values", action="append", required=True, metavar="V1,V2",
                     help="its values (comma separated or repeated)")
    add_output_arguments(add)
    add.set_defaults(func=cmd_add)

    rename = sub.add_parser("rename", help="rename an option",
                            description="Give an option a new name.")
    rename.add_argument("product", metavar="PRODUCT")
    rename.add_argument("option", metavar="OPTION", help="its id or name")
    rename.add_argument("title", metavar="NEW_NAME")
    add_output_arguments(rename)
    rename.set_defaults(func=cmd_rename)

    remove = sub.add_parser("remove", help="remove an option",
                            description="Remove an option (variants no longer pick a value).")
    remove.add_argument("product", metavar="PRODUCT")
    remove.add_argument("option", metavar="OPTION", help="its id or name")
    add_output_arguments(remove)
    remove.set_defaults(func=cmd_remove)

    vals = sub.add_parser("values", help="add or remove values of an option",
                          formatter_class=HELP,
                          epilog="example:\n  desktop-app options values prod_01 Size "
                          "--add XL,XXL --remove XS",
                          description="Add values to an option or remove values no variant "
                          "uses.")
    vals.add_argument("product", metavar="PRODUCT")
    vals.add_argument("option", metavar="OPTION", help="its id or name")
    vals.add_argument("--add", action="append", metavar="V1,V2")
    vals.add_argument("--remove", action="append", metavar="V1,V2")
    add_output_arguments(vals)
    vals.set_defaults(func=cmd_values)


def _result(catalog: OfflineCatalog, product_id: str, note: str) -> Output:
    detail = lookup.product(catalog, product_id)
    options = options_json(detail)
    text = table(("Id", "Name", "Values"),
                 [(str(o["id"]), str(o["title"]), ", ".join(o["values"])) for o in options],
                 width=60)
    return Output({"product_id": product_id, "options": options}, text, note)


def _check_new_title(detail: ProductDetail, title: str, own_id: object = None) -> str:
    title = title.strip()
    if not title:
        raise usage_error("An option needs a name.", "options")
    for o in lookup.options_of(detail):
        if str(o.get("title") or "").casefold() == title.casefold() and o.get("id") != own_id:
            raise CommandError(f"The product already has an option {o.get('title')}.",
                               field="options")
    return title


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        return _result(catalog, lookup.product(catalog, args.product).product_id, "")

    return run(args, work, transports=transports)


def cmd_add(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        title = _check_new_title(detail, args.title)
        new_values = values.split_list(args.values)
        if not new_values:
            raise usage_error("--values needs at least one value.", "options")
        catalog.add_option(detail.product_id, title, new_values)
        return _result(catalog, detail.product_id, f"Added option {title}; {PUSH_HINT}")

    return run(args, work, transports=transports)


def cmd_rename(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        opt = lookup.option(detail, args.option)
        title = _check_new_title(detail, args.title, opt.get("id"))
        catalog.rename_option(detail.product_id, str(opt["id"]), title)
        return _result(catalog, detail.product_id,
                       f"Renamed {opt.get('title')} to {title}; {PUSH_HINT}")

    return run(args, work, transports=transports)


def cmd_remove(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        opt = lookup.option(detail, args.option)
        catalog.remove_option(detail.product_id, str(opt["id"]))
        return _result(catalog, detail.product_id,
                       f"Removed option {opt.get('title')}; {PUSH_HINT}")

    return run(args, work, transports=transports)


def cmd_values(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        detail = lookup.product(catalog, args.product)
        opt = lookup.option(detail, args.option)
        title, have = str(opt.get("title")), lookup.option_values(opt)
        adding = [v for v in values.split_list(args.add) if v not in have]
        removing = values.split_list(args.remove)
        if not adding and not removing:
            raise usage_error("Nothing to change: give --add with a new value or --remove.",
                              "options")
        if set(adding) & set(removing):
            raise usage_error("--add and --remove name the same value.", "options")
        for value in removing:
            if value not in have:
                raise CommandError(f"{title} has no value {value}.", field="options")
            users = [str(v.get("sku") or v.get("id")) for v in lookup.variants_of(detail)
                     if (v.get("options") or {}).get(title) == value]
            if users:
                raise CommandError(f"{title}={value} is used by {', '.join(users)}; change "
                                   "or remove those variants first.", field="options")
        catalog.change_option_values(detail.product_id, str(opt["id"]), add=adding,
                                     remove=removing)
        return _result(catalog, detail.product_id, f"Changed the values of {title}; {PUSH_HINT}")

    return run(args, work, transports=transports)
