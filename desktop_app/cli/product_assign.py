"""``desktop-app products assign``: categories, tags, sales channels, collection and type
of many products at once, recorded as field edits through the shop's catalog."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli import lookup, values
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    Output,
    add_output_arguments,
    run,
    usage_error,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.text import plural

# How an organise option reads in the assign command: (record field, kind, add, remove).
ORGANISE = (("categories", "category", "category", "remove_category"),
            ("tags", "tag", "tag", "remove_tag"),
            ("sales_channels", "channel", "channel", "remove_channel"))


def register_into(sub: argparse._SubParsersAction) -> None:
    assign = sub.add_parser(
        "assign", help="categories, tags, channels, collection, type of many products",
        formatter_class=HELP,
        epilog="examples:\n  desktop-app products assign prod_01 prod_02 --category pcat_1 "
        "--remove-tag ptag_9\n  desktop-app products assign prod_01 --collection none "
        "--type Shirts",
        description="Add or remove categories, tags and sales channels, and set or clear "
        "(none) the collection and type of every product named. Terms are given by id, "
        "name or handle (see 'desktop-app categories list'); repeat an option or separate "
        "values with commas.")
    assign.add_argument("products", metavar="ID", nargs="+")
    organise_arguments(assign, removable=True)
    add_output_arguments(assign)
    assign.set_defaults(func=cmd_assign)


def organise_arguments(parser: argparse.ArgumentParser, *, removable: bool) -> None:
    """The organise options (``create`` adds only; ``assign`` also removes and clears)."""
    for _field, _kind, add, remove in ORGANISE:
        flag = add.replace("_", "-")
        parser.add_argument(f"--{flag}", dest=add, action="append", metavar="ID",
                            help=f"add a {flag} (repeatable)")
        if removable:
            parser.add_argument(f"--{remove.replace('_', '-')}", dest=remove, action="append",
                                metavar="ID", help=f"remove a {flag} (repeatable)")
    none = " or none" if removable else ""
    parser.add_argument("--collection", metavar="ID", help=f"the collection (id{none})")
    parser.add_argument("--type", dest="type_id", metavar="ID", help=f"the type (id{none})")


def one_term(catalog: OfflineCatalog, kind: str, given: str | None) -> str | None:
    """The id of a collection or type given by id, name or handle; None for none."""
    given_id = values.optional_id(given) if given is not None else None
    return lookup.term(catalog, kind, given_id) if given_id else None


def _removals(catalog: OfflineCatalog, kind: str, given: list[str]) -> list[str]:
    """Ids to remove; an id the store no longer knows is still removed as given."""
    out = []
    for name in given:
        try:
            out.append(lookup.term(catalog, kind, name))
        except CommandError:
            out.append(name)
    return out


def planned_changes(catalog: OfflineCatalog, args: argparse.Namespace
                    ) -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, str | None]]:
    lists: dict[str, tuple[list[str], list[str]]] = {}
    for field, kind, add, remove in ORGANISE:
        adding = lookup.terms(catalog, kind, values.split_list(getattr(args, add)))
        removing = _removals(catalog, kind, values.split_list(getattr(args, remove)))
        if adding or removing:
            lists[field] = (adding, removing)
    refs: dict[str, str | None] = {}
    for field, kind, given in (("collection_id", "collection", args.collection),
                               ("type_id", "type", args.type_id)):
        if given is not None:
            refs[field] = one_term(catalog, kind, given)
    if not lists and not refs:
        raise usage_error("Nothing to assign: give --category, --tag, --channel, "
                          "--collection or --type (or their --remove-… forms).")
    return lists, refs


def cmd_assign(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        details = lookup.products(catalog, args.products)  # every id checked first
        lists, refs = planned_changes(catalog, args)
        changed: list[dict[str, Any]] = []
        unchanged: list[str] = []
        for detail in details:
            changes: dict[str, Any] = {}
            for field, (adding, removing) in lists.items():
                now = [str(i) for i in detail.value(field) or ()]
                new = [i for i in dict.fromkeys([*now, *adding]) if i not in removing]
                if sorted(new) != sorted(now):
                    changes[field] = new
            for field, ref in refs.items():
                if (detail.value(field) or None) != ref:
                    changes[field] = ref
            if changes:
                catalog.edit(detail.product_id, changes)
                changed.append({"id": detail.product_id, "changes": changes})
            else:
                unchanged.append(detail.product_id)
        note = plural(len(changed), "Changed {n} product", "Changed {n} products")
        if unchanged:
            note += f" ({len(unchanged)} already so)"
        if changed:
            note += "; 'desktop-app push' sends the edits"
        return Output({"changed": changed, "unchanged": unchanged},
                      "\n".join(c["id"] for c in changed), note + ".")

    return run(args, work, transports=transports)
