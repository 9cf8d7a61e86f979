"""``desktop-app outbox list``: the pending local edits (no network)."""

from __future__ import annotations

import argparse
import json

from desktop_app.cli.offline_common import (
    EXIT_OK,
    add_profile_argument,
    open_catalog,
    pick_profile,
)
from desktop_app.store.outbox import ACTIVE, OutboxEntry


def register(subparsers: argparse._SubParsersAction) -> None:
    outbox = subparsers.add_parser(
        "outbox", help="pending local edits", description="Pending local edits."
    )
    sub = outbox.add_subparsers(dest="outbox_command", metavar="COMMAND", required=True)
    lst = sub.add_parser("list", help="list pending edits",
                         description="List edits not yet on the server, oldest first.")
    lst.add_argument("--all", action="store_true", help="include finished edits")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    add_profile_argument(lst)
    lst.set_defaults(func=cmd_list)


def _short(value: object, width: int = 30) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(entries: list[OutboxEntry]) -> str:
    header = ("#", "Product", "Field", "State", "Value", "Note")
    rows = [
        (str(e.seq), e.product_id, e.field, e.state, _short(e.mine), _short(e.message or "", 50))
        for e in entries
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
             for line in [header, tuple("-" * w for w in widths), *rows]]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    catalog = open_catalog(profile, online=False)
    try:
        entries = catalog.outbox(None if args.all else ACTIVE)
    finally:
        catalog.close_now()
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
    elif entries:
        print(format_table(entries))
    else:
        print("The outbox is empty.")
    return EXIT_OK
