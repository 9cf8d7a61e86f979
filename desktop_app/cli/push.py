"""``desktop-app push``: send the outbox (read-compare-write, conflict-safe)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from desktop_app.cli.offline_common import (
    EXIT_FAILED,
    EXIT_OK,
    ProgressPrinter,
    add_report_arguments,
    open_catalog,
    pick_profile,
)
from desktop_app.services.transports import Transports
from desktop_app.sync.push import PushReport


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "push",
        help="send pending local edits to the servers",
        description="Send the outbox. Each product is re-read first; a field changed on the "
        "server since the edit becomes a conflict and is not sent. Exits 1 if anything is "
        "left (conflicts, failures, locked documents or an unreachable server).",
    )
    add_report_arguments(parser)
    parser.set_defaults(func=cmd_push)


def report_json(report: PushReport) -> dict[str, object]:
    return {
        "sent": report.sent, "already": report.already, "conflicts": report.conflicts,
        "failed": report.failed, "locked": report.locked, "deferred": report.deferred,
        "requeued": report.requeued, "errors": report.errors,
    }


def cmd_push(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    printer = ProgressPrinter(args.quiet or args.json)

    async def run() -> PushReport:
        catalog = open_catalog(profile, online=True, transports=transports)
        try:
            return await catalog.push(printer)
        finally:
            await catalog.aclose()

    report = asyncio.run(run())
    printer.end()
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        print(f"sent {report.sent}, already on the server {report.already}, "
              f"conflicts {report.conflicts}, failed {report.failed}, locked {report.locked}, "
              f"left for later {report.deferred}")
        for server, message in report.errors.items():
            print(f"error: {server}: {message}", file=sys.stderr)
    left = report.conflicts + report.failed + report.locked + report.deferred
    return EXIT_OK if left == 0 else EXIT_FAILED
