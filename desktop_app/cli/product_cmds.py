"""``desktop-app products create | duplicate | delete``: whole products, offline.

Each command records its change durably in the profile's store through the shop's
catalog (``OfflineCatalog``) and returns; ``desktop-app push`` (or ``--push``) sends
it. A new product has a local id (``local_prod_…``) until the push creates it in
Medusa; every command takes either id.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli import lookup, product_assign, values
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    Output,
    add_output_arguments,
    medusa_problem,
    run,
    usage_error,
)
from desktop_app.cli.offline_common import ProgressPrinter
from desktop_app.cli.product_assign import one_term, organise_arguments
from desktop_app.cli.push import report_json
from desktop_app.exchange.push import PushReport
from desktop_app.services.new_product import (
    STATUSES,
    ProductDraft,
    VariantDraft,
    combinations,
    slugify,
)
from desktop_app.services.offline import OfflineCatalog, ProductDetail
from desktop_app.services.transports import Transports
from desktop_app.text import plural

CREATE_EXAMPLES = """examples:
  desktop-app products create --title "Linen Shirt" --option Size=S,M,L \\
      --option Color=Red,Blue --price eur=25 --sku-prefix SHIRT --channel sc_01
  desktop-app products create --title Mug --price eur=9.5 --push --json"""


def register_into(sub: argparse._SubParsersAction) -> None:
    create = sub.add_parser(
        "create", help="make a product offline (local id until pushed)",
        formatter_class=HELP, epilog=CREATE_EXAMPLES,
        description="Make a product in the local store; prints its local id. With options, "
        "one variant per combination of their values (SKUs PREFIX-VALUE-VALUE with "
        "--sku-prefix). 'desktop-app push' (or --push) creates it in Medusa.")
    create.add_argument("--title", required=True)
    create.add_argument("--handle", default="", help="default: made from the title")
    create.add_argument("--status", choices=STATUSES, default="draft")
    create.add_argument("--subtitle", default="")
    create.add_argument("--option", action="append", metavar="NAME=V1,V2",
                        help="an option and its values (repeatable)")
    create.add_argument("--price", action="append", metavar="CUR=AMOUNT",
                        help="price of every variant, e.g. eur=25 (repeatable)")
    create.add_argument("--sku-prefix", metavar="P", help="give each variant a SKU")
    organise_arguments(create, removable=False)
    _push_arguments(create)
    create.set_defaults(func=cmd_create)

    dup = sub.add_parser(
        "duplicate", help="copy a product as a new draft", formatter_class=HELP,
        epilog="example:\n  desktop-app products duplicate prod_01 --handle shirt-2 "
        "--title 'Shirt II'",
        description="Copy a product's options, variants (without SKUs), prices, organisation "
        "and content into a new draft product; prints its local id.")
    dup.add_argument("product", metavar="ID")
    dup.add_argument("--handle", required=True)
    dup.add_argument("--title", help="default: the original's title")
    _push_arguments(dup)
    dup.set_defaults(func=cmd_duplicate)

    delete = sub.add_parser(
        "delete", help="delete products (asks first)", formatter_class=HELP,
        epilog="example:\n  desktop-app products delete prod_01 prod_02 --yes",
        description="Delete products; Payload's documents go with them. Asks at a terminal; "
        "elsewhere needs --yes. A draft never pushed is simply dropped; other deletes wait "
        "for 'desktop-app push'.")
    delete.add_argument("products", metavar="ID", nargs="+")
    delete.add_argument("--yes", action="store_true", help="do not ask")
    add_output_arguments(delete)
    delete.set_defaults(func=cmd_delete)

    product_assign.register_into(sub)


def _push_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--push", action="store_true",
                        help="then push (everything pending, as 'desktop-app push') and "
                        "print the Medusa id too")
    parser.add_argument("--quiet", action="store_true", help="no push progress")
    add_output_arguments(parser)


# ------------------------------------------------------------------ create
def sku_of(prefix: str, chosen: dict[str, str]) -> str:
    return "-".join([prefix, *("-".join(v.split()) for v in chosen.values())])


def _variants(
    options: list[tuple[str, list[str]]], prefix: str | None
) -> list[VariantDraft] | None:
    if not prefix:
        return None  # one per combination, made by the core
    return [VariantDraft(options=c, sku=sku_of(prefix, c)) for c in combinations(options)]


def _check_handle(catalog: OfflineCatalog, handle: str) -> None:
    """A handle another stored product has would be refused by Medusa at the push."""
    if holders := catalog.handle_holders(handle):
        raise CommandError(f"Product {holders[0]} already has the handle '{handle}'.",
                           code="invalid_draft", field="handle")


def draft_of(catalog: OfflineCatalog, args: argparse.Namespace) -> ProductDraft:
    options = [values.option_spec(t) for t in args.option or ()]
    prices = values.prices(args.price)
    lookup.check_currencies(catalog, prices)
    return ProductDraft(
        title=args.title, handle=args.handle.strip(), status=args.status,
        subtitle=args.subtitle, options=options, variants=_variants(options, args.sku_prefix),
        sales_channels=lookup.terms(catalog, "channel", values.split_list(args.channel)),
        categories=lookup.terms(catalog, "category", values.split_list(args.category)),
        tags=lookup.terms(catalog, "tag", values.split_list(args.tag)),
        collection_id=one_term(catalog, "collection", args.collection),
        type_id=one_term(catalog, "type", args.type_id), prices=prices)


def cmd_create(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def work(catalog: OfflineCatalog) -> Output:
        draft = draft_of(catalog, args)
        _check_handle(catalog, draft.handle or slugify(draft.title))
        pid = catalog.create_product(draft)
        return await _made(catalog, pid, args, "Created")

    return run(args, work, online=args.push, transports=transports)


def cmd_duplicate(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def work(catalog: OfflineCatalog) -> Output:
        source = lookup.product(catalog, args.product)
        handle = args.handle.strip()
        if not handle:
            raise usage_error("--handle must not be empty.", "handle")
        _check_handle(catalog, handle)
        pid = catalog.duplicate(source.product_id, handle, args.title)
        return await _made(catalog, pid, args, f"Copied {source.product_id} as")

    return run(args, work, online=args.push, transports=transports)


def product_json(detail: ProductDetail) -> dict[str, Any]:
    record = detail.medusa or {}
    return {"id": detail.product_id, "title": record.get("title"),
            "handle": record.get("handle"), "status": record.get("status"),
            "variants": [{"id": v.get("id"), "title": v.get("title"), "sku": v.get("sku")}
                         for v in record.get("variants") or ()]}


async def _made(catalog: OfflineCatalog, pid: str, args: argparse.Namespace,
                verb: str) -> Output:
    detail = catalog.product(pid)
    assert detail is not None  # just stored
    body = {**product_json(detail), "medusa_id": None}
    count = plural(len(body["variants"]), "variant")
    out = Output(body, pid, f"{verb} '{body['title']}' ({count}) in the local store; "
                 "'desktop-app push' creates it in Medusa.")
    if args.push:
        await _push_created(catalog, pid, args, out)
    return out


def push_json(report: PushReport) -> dict[str, Any]:
    ops = report.operations
    return {**report_json(report), "operations": None if ops is None else {
        "created": ops.created, "deleted": ops.deleted, "applied": ops.applied,
        "already": ops.already, "failed": ops.failed, "conflicts": ops.conflicts,
        "deferred": ops.deferred, "errors": list(ops.errors)}}


async def _push_created(catalog: OfflineCatalog, pid: str, args: argparse.Namespace,
                        out: Output) -> None:
    problem = medusa_problem(catalog)
    if problem is not None:
        out.error = CommandError(f"Not pushed (Medusa: {problem}); it waits in the local "
                                 "store for 'desktop-app push'.", code="not_connected")
        return
    printer = ProgressPrinter(args.quiet or args.json)
    try:
        report = await catalog.push(printer)
    finally:
        printer.end()
    out.body["push"] = push_json(report)
    medusa_id = catalog.server_id(pid)
    if medusa_id != pid:
        out.body["medusa_id"] = medusa_id
        created = catalog.product(medusa_id)
        if created is not None:  # Medusa's variant ids now
            out.body["variants"] = product_json(created)["variants"]
        out.text += "\n" + medusa_id
        out.note = f"Created {medusa_id} in Medusa (local id {pid})."
        return
    detail = catalog.product(pid)
    failed = next((op for op in (detail.operations if detail else ())
                   if op.state in ("failed", "conflict") and op.message), None)
    reason = (failed.message if failed else "; ".join(report.errors.values())
              or "it is left for a later push")
    out.error = CommandError(f"Not created in Medusa: {reason}", code="push_failed",
                             field=failed.field if failed else None)


# ------------------------------------------------------------------ delete
def confirm(details: list[ProductDetail]) -> None:
    """Ask at a terminal; refuse elsewhere (``--yes`` skips this)."""
    if not sys.stdin.isatty():
        raise CommandError("Deleting asks first: pass --yes when not at a terminal.",
                           code="confirmation_required")
    names = ", ".join(f"{(d.medusa or {}).get('title')} ({d.product_id})" for d in details[:5])
    more = f" and {len(details) - 5} more" if len(details) > 5 else ""
    sys.stderr.write(f"Delete {plural(len(details), 'product')}: {names}{more}? "
                     "Their Payload documents go too. [y/N] ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise CommandError("Nothing deleted.", code="cancelled")


def cmd_delete(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        details = lookup.products(catalog, args.products)
        if not args.yes:
            confirm(details)
        ids = [d.product_id for d in details]
        catalog.delete(ids)
        dropped = [pid for pid in ids if catalog.product(pid) is None]
        queued = [pid for pid in ids if pid not in dropped]
        parts = []
        if queued:
            parts.append(plural(len(queued), "{n} delete waits", "{n} deletes wait")
                         + " for 'desktop-app push'")
        if dropped:
            parts.append(plural(len(dropped), "{n} draft never pushed was dropped",
                                "{n} drafts never pushed were dropped"))
        return Output({"deleted": ids, "queued": queued, "dropped": dropped},
                      "\n".join(ids), "; ".join(parts) + ".")

    return run(args, work, transports=transports)
