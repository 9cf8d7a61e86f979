"""``desktop-app pull``: bring the local catalog store up to date."""

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
from desktop_app.exchange.pull import PullReport
from desktop_app.services.transports import Transports
from desktop_app.text import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pull",
        help="update the local catalog from the servers",
        description="Read what changed on Medusa and Payload into the profile's local "
        "catalog (everything the first time). Pending local edits are kept. Records in an "
        "unexpected shape are skipped and listed; they do not fail the pull. Exits 1 if a "
        "server failed.",
    )
    parser.add_argument("--full", action="store_true", help="read everything again")
    add_report_arguments(parser)
    parser.set_defaults(func=cmd_pull)


def report_json(report: PullReport) -> dict[str, object]:
    return {
        server: {"full": r.full, "changed": r.changed, "deleted": r.deleted,
                 "reconciled": r.reconciled, "error": r.error,
                 "skipped": [{"id": i, "reason": why} for i, why in r.skipped]}
        for server, r in report.servers.items()
    }


def print_skipped(server: str, skipped: list[tuple[str, str]]) -> None:
    """Name each record a pull left out, so the merchant can fix it on the server."""
    if not skipped:
        return
    print(plural(len(skipped), "warning: {server}: skipped {n} record in an unexpected shape:",
                 "warning: {server}: skipped {n} records in an unexpected shape:",
                 server=server), file=sys.stderr)
    for record_id, reason in skipped:
        print(f"  {record_id}: {reason}", file=sys.stderr)


def cmd_pull(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    printer = ProgressPrinter(args.quiet or args.json)

    async def run() -> tuple[PullReport, dict[str, str]]:
        catalog = open_catalog(profile, online=True, transports=transports)
        try:
            problems = dict(catalog.shop.problems) if catalog.shop else {}
            return await catalog.pull(printer, full=args.full), problems
        finally:
            await catalog.aclose()

    report, problems = asyncio.run(run())
    printer.end()
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        for server, r in report.servers.items():
            kind = "full" if r.full else "incremental"
            if r.error:
                print(f"{server}: failed: {r.error}", file=sys.stderr)
            else:
                print(f"{server}: {kind} pull, {r.changed} changed, {r.deleted} deleted"
                      + (f", {len(r.skipped)} skipped" if r.skipped else "")
                      + (" (ids reconciled)" if r.reconciled else ""))
            print_skipped(server, r.skipped)
    for server, problem in problems.items():
        print(f"error: {server}: {problem}", file=sys.stderr)
    return EXIT_OK if report.ok and not problems else EXIT_FAILED
