"""``desktop-app categories | collections | tags | types | channels | locations | currencies
| regions``.

``list`` reads the terms the store holds from the last pull (offline); ``create``
makes one in Medusa at once (online) and stores it, so products can be given it
offline straight after (``products create --category``, ``products assign``).
"""

from __future__ import annotations

import argparse

from desktop_app.cli import lookup
from desktop_app.cli.catalog_cmd import (
    HELP,
    JsonErrorsParser,
    Output,
    add_output_arguments,
    require_medusa,
    run,
    table,
    usage_error,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports

# command -> (taxonomy kind, can be created here)
GROUPS = {"categories": ("category", True), "collections": ("collection", True),
          "tags": ("tag", True), "types": ("type", True), "channels": ("channel", True),
          "locations": ("location", True), "currencies": ("currency", False),
          "regions": ("region", False)}


def register(subparsers: argparse._SubParsersAction) -> None:
    for group, (kind, creatable) in GROUPS.items():
        word, words, _ = lookup.KIND_WORDS[kind]
        parser = subparsers.add_parser(
            group, help=f"the shop's {words}" + (" (list, create)" if creatable else ""),
            description=f"The shop's {words}: list them (offline, as last pulled)"
            + (" or create one in Medusa." if creatable else "."))
        sub = parser.add_subparsers(dest=f"{group}_command", metavar="COMMAND", required=True,
                                    parser_class=JsonErrorsParser)
        lst = sub.add_parser("list", help=f"list the {words}",
                             description=f"The {words} the local store holds (from the last "
                             "'desktop-app pull').")
        if kind == "category":
            lst.add_argument("--tree", action="store_true",
                             help="as a tree (parents first, children indented)")
        add_output_arguments(lst)
        lst.set_defaults(func=cmd_list, kind=kind)
        if not creatable:
            continue
        create = sub.add_parser(
            "create", help=f"create a {word} in Medusa (online)", formatter_class=HELP,
            epilog=f"example:\n  desktop-app {group} create 'Summer 2026' --json",
            description=f"Create a {word} in Medusa now (needs the connection) and store it; "
            "prints its id.")
        create.add_argument("name", metavar="NAME")
        if kind == "category":
            create.add_argument("--parent", metavar="ID", help="the parent category")
        add_output_arguments(create)
        create.set_defaults(func=cmd_create, kind=kind, parent=None)


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        if getattr(args, "tree", False):
            tree = catalog.category_tree()
            terms = [lookup.term_json(t, depth) for depth, t in tree]
            rows = [(t.id, "  " * depth + t.name, t.handle or "-") for depth, t in tree]
        else:
            found = catalog.taxonomy(args.kind)
            terms = [lookup.term_json(t) for t in found]
            rows = [(t.id, t.name, (t.currency or "-").upper() if args.kind == "region"
                     else t.handle or "-") for t in found]
        third = "Currency" if args.kind == "region" else "Handle"
        text = table(("Id", "Name", third), rows, width=60) if rows else ""
        words = lookup.KIND_WORDS[args.kind][1]
        note = "" if rows else f"No {words} stored; 'desktop-app pull' reads them."
        return Output({"kind": args.kind, "terms": terms}, text, note)

    return run(args, work, transports=transports)


def cmd_create(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def work(catalog: OfflineCatalog) -> Output:
        name = args.name.strip()
        if not name:
            raise usage_error("The name must not be empty.", "name")
        parent = lookup.term(catalog, "category", args.parent) if args.parent else None
        require_medusa(catalog)
        term = await catalog.create_term(args.kind, name, parent_id=parent)
        return Output({"kind": args.kind, "term": lookup.term_json(term)}, term.id,
                      f"Created {lookup.KIND_WORDS[args.kind][0]} '{term.name}'.")

    return run(args, work, online=True, transports=transports)
