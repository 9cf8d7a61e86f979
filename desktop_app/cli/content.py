"""``desktop-app content status|draft|publish|unpublish|schedule|unschedule PRODUCT``: drafts
and publishing of a product's Payload content (issue 16, docs/drafts.md).

``status`` reads the product's draft, published state and schedule from Payload (``--offline``:
as last read) and shows what the draft changes. The others record the change in the outbox,
like every edit (``--push`` sends the product's changes at once; else ``desktop-app push``).
Where the shop's Payload has no drafts (or cannot schedule), each says why, from the shop's
detected capabilities.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from desktop_app.cli import lookup
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    Output,
    add_output_arguments,
    emit,
    run,
    table,
    usage_error,
)
from desktop_app.publishing import DraftsUnavailable, Publication, ScheduleUnavailable
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports

ACTIONS = ("status", "draft", "publish", "unpublish", "schedule", "unschedule")
TEXT_FIELDS = ("title", "subtitle", "seo.meta_title", "seo.meta_description", "seo.meta_keywords")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "content",
        help="drafts and publishing of a product's content (Payload drafts)",
        formatter_class=HELP,
        description="Where the shop's Payload keeps drafts: see a product's draft against what "
        "is published, save content as a draft, publish, unpublish, schedule. Changes wait in "
        "the outbox like every edit.",
        epilog="example:\n  desktop-app content status prod_01H…\n"
        "  desktop-app content draft prod_01H… --set title='New glaze' --push\n"
        "  desktop-app content publish prod_01H… --push\n"
        "  desktop-app content schedule prod_01H… --at 2026-12-24T08:00+01:00\n"
        "  desktop-app content unschedule prod_01H…",
    )
    parser.add_argument("action", choices=ACTIONS)
    parser.add_argument("product", help="the product's Medusa id (or local id)")
    add_output_arguments(parser)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=TEXT",
        help=f"with draft: a text field ({', '.join(TEXT_FIELDS)}), another locale's as "
        "locales.<code>.<field> (locales.de.title); repeat",
    )
    parser.add_argument("--at", metavar="ISO", help="with schedule: when, with its time zone")
    parser.add_argument(
        "--unpublish",
        action="store_true",
        help="with schedule: unpublish at that time instead of publishing",
    )
    parser.add_argument("--push", action="store_true", help="send the product's changes now")
    parser.add_argument(
        "--offline",
        action="store_true",
        help="no network: status as last read; changes wait in the outbox",
    )
    parser.set_defaults(func=cmd_content)


def _changes(pairs: list[str]) -> dict[str, str]:
    changes: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        head, _, rest = name.partition(".")
        locale_text = head == "locales" and rest.partition(".")[2] in TEXT_FIELDS
        if not sep or not (name in TEXT_FIELDS or locale_text):
            raise usage_error(
                f"--set takes FIELD=TEXT with FIELD one of {', '.join(TEXT_FIELDS)} (another "
                f"locale's: locales.<code>.<field>); got {pair!r}.",
                "set",
            )
        changes[name] = value
    if not changes:
        raise usage_error("draft needs at least one --set FIELD=TEXT.", "set")
    return changes


def _when(text: str | None) -> datetime:
    try:
        when = datetime.fromisoformat(text or "")
    except ValueError:
        raise usage_error(
            f"--at takes a date and time like 2026-12-24T08:00+01:00, not {text!r}.", "at"
        ) from None
    if when.tzinfo is None:
        raise usage_error("--at needs a time zone (Z, +01:00…).", "at")
    return when


def status_text(pub: Publication) -> str:
    lines = [f"{pub.product_id}: {pub.label}"]
    if pub.reason:
        lines.append(pub.reason)
    rows = [
        (name, _short(pub.published.get(name)), _short(pub.draft.get(name)))
        for name in dict.fromkeys([*pub.published, *pub.draft])  # other locales' too
        if pub.published.get(name) != pub.draft.get(name)
    ]
    if rows:
        lines += ["", table(("Field", "Published", "Draft"), rows, width=40)]
    if pub.pending:
        lines.append(f"\nWaiting in the outbox: {', '.join(pub.pending)}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "(rich text)"
    return "" if value is None else str(value)


async def _work(catalog: OfflineCatalog, args: argparse.Namespace) -> Output:
    pid = lookup.product(catalog, args.product).product_id
    try:
        note = await _act(catalog, pid, args)
    except ScheduleUnavailable as exc:
        raise CommandError(str(exc), code="unavailable", field="at") from None
    except DraftsUnavailable as exc:
        raise CommandError(str(exc), code="unavailable") from None
    if args.push and args.action != "status":
        await catalog.push_product(pid)
        note = "Sent."
    pub = catalog.publication(pid)
    assert pub is not None
    return Output({"publication": pub.to_json()}, status_text(pub), note=note)


async def _act(catalog: OfflineCatalog, pid: str, args: argparse.Namespace) -> str:
    waiting = "Waiting in the outbox ('desktop-app push' sends it)."
    if args.action == "status":
        if not args.offline:
            await catalog.read_publication([pid])
        return ""
    if args.action == "draft":
        await catalog.edit_draft(pid, _changes(args.set))
    elif args.action == "publish":
        await catalog.publish(pid)
    elif args.action == "unpublish":
        await catalog.unpublish(pid)
    elif args.action == "schedule":
        await catalog.schedule(
            pid, _when(args.at), action="unpublish" if args.unpublish else "publish"
        )
    else:
        await catalog.unschedule(pid)
    return waiting


def cmd_content(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    if args.set and args.action != "draft":
        return emit(args, Output(error=usage_error("--set goes with draft.", "set")))
    if (args.at or args.unpublish) and args.action != "schedule":
        return emit(args, Output(error=usage_error("--at goes with schedule.", "at")))
    if args.action == "schedule" and not args.at:
        return emit(args, Output(error=usage_error("schedule needs --at.", "at")))
    if args.push and args.offline:
        return emit(args, Output(error=usage_error("Choose --push or --offline.")))
    return run(
        args, lambda catalog: _work(catalog, args), online=not args.offline, transports=transports
    )
