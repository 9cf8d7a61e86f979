"""``desktop-app outbox list | resolve | discard``: the pending local edits and the
decisions a conflict or a refusal waits for (no network; 'desktop-app push' sends)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from desktop_app.cli.offline_common import (
    EXIT_FAILED,
    EXIT_OK,
    add_profile_argument,
    open_catalog,
    pick_profile,
)
from desktop_app.services.offline import OfflineCatalog, Resolution
from desktop_app.store.outbox import ACTIVE, OutboxEntry


def register(subparsers: argparse._SubParsersAction) -> None:
    outbox = subparsers.add_parser(
        "outbox", help="pending local edits", description="Pending local edits."
    )
    sub = outbox.add_subparsers(dest="outbox_command", metavar="COMMAND", required=True)
    lst = sub.add_parser(
        "list",
        help="list pending edits",
        description="List edits not yet on the server, oldest first.",
    )
    lst.add_argument("--all", action="store_true", help="include finished edits")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    add_profile_argument(lst)
    lst.set_defaults(func=cmd_list)

    resolve = sub.add_parser(
        "resolve",
        help="settle an edit in conflict, refused or locked",
        description="Settle an edit 'outbox list' shows in conflict, failed (refused) or "
        "locked: --keep-mine sends your value again at the next push (over the server's "
        "change), --take-theirs drops your edit and keeps the server's value.",
    )
    resolve.add_argument("seq", type=int, metavar="NUMBER", help="the edit's # in 'outbox list'")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--keep-mine",
        dest="resolution",
        action="store_const",
        const=Resolution.KEEP_MINE,
        help="send my value at the next push",
    )
    choice.add_argument(
        "--take-theirs",
        dest="resolution",
        action="store_const",
        const=Resolution.TAKE_THEIRS,
        help="drop my edit, keep the server's",
    )
    add_profile_argument(resolve)
    resolve.set_defaults(func=cmd_resolve)

    discard = sub.add_parser(
        "discard",
        help="drop a pending edit (never sent)",
        description="Drop an edit not sent yet; the product shows the server's value again.",
    )
    discard.add_argument("seq", type=int, metavar="NUMBER", help="the edit's # in 'outbox list'")
    add_profile_argument(discard)
    discard.set_defaults(func=cmd_discard)


def _short(value: object, width: int = 30) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(entries: list[OutboxEntry]) -> str:
    header = ("#", "Product", "Field", "State", "Value", "Note")
    rows = [
        (str(e.seq), e.product_id, e.field, e.state, _short(e.mine), _short(e.message or "", 50))
        for e in entries
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
        for line in [header, tuple("-" * w for w in widths), *rows]
    ]
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


def _settle(args: argparse.Namespace, act: Callable[[OfflineCatalog], object], done: str) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    catalog = open_catalog(profile, online=False)
    try:
        act(catalog)
    except ValueError as exc:  # no such entry, or not in a state this applies to
        print(f"error: {exc} (see 'desktop-app outbox list')", file=sys.stderr)
        return EXIT_FAILED
    finally:
        catalog.close_now()
    print(done)
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    done = (
        f"Edit #{args.seq} waits for 'desktop-app push' again."
        if args.resolution is Resolution.KEEP_MINE
        else f"Edit #{args.seq} dropped; the server's value stays."
    )
    return _settle(args, lambda c: c.resolve(args.seq, args.resolution), done)


def cmd_discard(args: argparse.Namespace) -> int:
    return _settle(args, lambda c: c.discard(args.seq), f"Edit #{args.seq} dropped.")
