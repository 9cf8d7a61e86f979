"""``desktop-app operations list``: pending creates, deletes, variant, option and stock
changes (no network); field edits are in ``desktop-app outbox list``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.catalog_cmd import (
    JsonErrorsParser,
    Output,
    add_output_arguments,
    run,
    table,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store.operations import ACTIVE, INFLIGHT, Operation


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "operations",
        help="pending creates, deletes, structure and stock changes",
        description="Whole-product changes not yet in Medusa (field edits: 'desktop-app "
        "outbox list').",
    )
    sub = parser.add_subparsers(
        dest="operations_command", metavar="COMMAND", required=True, parser_class=JsonErrorsParser
    )
    lst = sub.add_parser(
        "list",
        help="list pending operations",
        description="Creates, deletes, variant, option and stock changes "
        "not yet sent (or refused: see the note), oldest first.",
    )
    lst.add_argument("--all", action="store_true", help="include finished ones")
    add_output_arguments(lst)
    lst.set_defaults(func=cmd_list)

    retry = sub.add_parser(
        "retry",
        help="send a refused operation again at the next push",
        description="Queue a failed (refused) or conflicting operation again, e.g. after "
        "fixing the cause on the server; 'desktop-app push' sends it.",
    )
    discard = sub.add_parser(
        "discard",
        help="drop an operation not sent yet",
        description="Drop an operation that was never sent (a draft's create drops the draft).",
    )
    for parser_, func in ((retry, cmd_retry), (discard, cmd_discard)):
        parser_.add_argument(
            "seq", type=int, metavar="NUMBER", help="the operation's # in 'operations list'"
        )
        add_output_arguments(parser_)
        parser_.set_defaults(func=func)


def _what(op: Operation) -> str:
    args: dict[str, Any] = dict(op.args)
    args.pop(INFLIGHT, None)  # the push's own record of what it sent, not the admin's ask
    variant = args.pop("variant", None)
    if isinstance(variant, dict):
        args["variant"] = variant.get("sku") or variant.get("title") or variant.get("id")
    return " ".join(
        f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
        for k, v in sorted(args.items())
    )


def cmd_list(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        found = catalog.operations(None if args.all else ACTIVE)
        rows = [
            (str(op.seq), op.product_id, op.kind, op.state, _what(op), op.message or "")
            for op in found
        ]
        text = (
            table(("#", "Product", "Operation", "State", "Details", "Note"), rows, 60)
            if rows
            else "No pending operations."
        )
        return Output({"operations": [op.to_json() for op in found]}, text)

    return run(args, work, transports=transports)


def cmd_retry(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        catalog.retry_operation(args.seq)
        return Output(
            {"seq": args.seq, "state": "queued"},
            f"Operation #{args.seq} waits for 'desktop-app push' again.",
        )

    return run(args, work, transports=transports)


def cmd_discard(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        catalog.discard_operation(args.seq)
        return Output({"seq": args.seq, "state": "discarded"}, f"Operation #{args.seq} dropped.")

    return run(args, work, transports=transports)
