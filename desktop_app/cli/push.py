"""``desktop-app push``: send the outbox (read-compare-write, conflict-safe)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass

from desktop_app.cli.offline_common import (
    EXIT_FAILED,
    EXIT_OK,
    ProgressPrinter,
    add_report_arguments,
    open_catalog,
    pick_profile,
)
from desktop_app.config import Profile
from desktop_app.exchange.push import PushReport
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store import operations as ops_store
from desktop_app.store.fields import PAYLOAD

# Refusals printed with their reason; the rest are counted (the lists show them all).
MAX_REFUSALS = 10

# How ``outbox_counts`` states read in the summary line.
STATE_WORDS = {
    "conflict": "in conflict",
    "failed": "rejected",
    "locked": "locked in Payload",
    "queued": "waiting",
    "sending": "being sent by another push",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "push",
        help="send pending local edits to the servers",
        description="Send the outbox. Each product is re-read first; a field changed on the "
        "server since the edit becomes a conflict and is not sent. Exits 1 if anything is "
        "left in the outbox afterwards (conflicts, failures, locked documents or an "
        "unreachable server), also when an earlier push (or the app's) left it, or when a "
        "server's credentials are missing. Why each edit or operation was refused is "
        "printed on stderr.",
    )
    parser.add_argument(
        "--override-lock",
        metavar="PRODUCT",
        action="append",
        default=[],
        help="first send this product's edits that Payload refused as locked (open in "
        "Payload admin by someone else) with overrideLock=true, which ends their editing "
        "lock (repeatable)",
    )
    add_report_arguments(parser)
    parser.set_defaults(func=cmd_push)


def report_json(report: PushReport) -> dict[str, object]:
    ops = report.operations
    return {
        "sent": report.sent,
        "replaced": report.replaced,
        "already": report.already,
        "conflicts": report.conflicts,
        "failed": report.failed,
        "locked": report.locked,
        "deferred": report.deferred,
        "requeued": report.requeued,
        "taken_over": report.taken_over,
        "errors": report.errors,
        "operations": None
        if ops is None
        else {
            "created": ops.created,
            "deleted": ops.deleted,
            "applied": ops.applied,
            "already": ops.already,
            "failed": ops.failed,
            "conflicts": ops.conflicts,
            "deferred": ops.deferred,
            "created_ids": ops.created_ids,
            "errors": ops.errors,
        },
    }


@dataclass
class Leftovers:
    """What a push leaves and why: which list holds it, what was refused, which server
    could not even be tried (no credentials)."""

    lists: list[str]  # the commands that show what is left
    refusals: list[str]  # "<product> <field or operation>: <server's reason>"
    problems: dict[str, str]  # server label -> what to fix


def leftovers(catalog: OfflineCatalog) -> Leftovers:
    edits, operations = catalog.outbox(), catalog.operations(ops_store.ACTIVE)
    lists = [name for name, entries in (("outbox", edits), ("operations", operations)) if entries]
    refusals = [
        f"{op.product_id} {op.kind}: {op.message}"
        for op in operations
        if op.state == "failed" and op.message
    ]
    refusals += [
        f"{e.product_id} {e.field}: {e.message}" for e in edits if e.state == "failed" and e.message
    ]
    problems = dict(catalog.shop.problems) if catalog.shop else {}
    return Leftovers([f"'desktop-app {name} list'" for name in lists], refusals, problems)


def print_reasons(report: PushReport, left: Leftovers) -> None:
    """Why anything is left, on stderr: each server's fault once, each refusal."""
    faults = dict.fromkeys(f"{server}: {message}" for server, message in left.problems.items())
    faults.update(
        dict.fromkeys(f"{server}: {message}" for server, message in report.errors.items())
    )
    if report.operations is not None:
        faults.update(dict.fromkeys(f"medusa: {m}" for m in report.operations.errors))
    for line in [*faults, *left.refusals[:MAX_REFUSALS]]:
        print(f"error: {line}", file=sys.stderr)
    if len(left.refusals) > MAX_REFUSALS:
        print(f"error: … and {len(left.refusals) - MAX_REFUSALS} more refused", file=sys.stderr)


def _unknown_products(profile: Profile, ids: list[str]) -> list[str]:
    if not ids:
        return []
    catalog = open_catalog(profile, online=False)
    try:
        return [i for i in ids if catalog.product(catalog.server_id(i)) is None]
    finally:
        catalog.close_now()


def cmd_push(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    overrides: list[str] = getattr(args, "override_lock", [])  # callers building args by hand
    unknown = _unknown_products(profile, overrides)
    if unknown:
        print(
            f"error: --override-lock: no product {', '.join(unknown)} is stored; check "
            "the id or run 'desktop-app pull'.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    printer = ProgressPrinter(args.quiet or args.json)

    async def run() -> tuple[PushReport, dict[str, int], Leftovers]:
        catalog = open_catalog(profile, online=True, transports=transports)
        try:
            for product in overrides:  # the admin's explicit decision, first
                await catalog.push_product(
                    catalog.server_id(product), servers=(PAYLOAD,), override_lock=True
                )
            report = await catalog.push(printer)
            # The outbox as this push leaves it, not just what this run met: a push that
            # waited for another one (the GUI's) may find nothing to send while that one's
            # conflicts still wait for a decision.
            return report, catalog.outbox_counts(), leftovers(catalog)
        finally:
            await catalog.aclose()

    report, left, kept = asyncio.run(run())
    printer.end()
    if args.json:
        print(json.dumps({**report_json(report), "left": left}, indent=2))
        for server, problem in kept.problems.items():  # as 'desktop-app pull' does
            print(f"error: {server}: {problem}", file=sys.stderr)
    else:
        ops = report.operations
        if ops is not None and (
            ops.created or ops.deleted or ops.applied or ops.failed or ops.conflicts or ops.deferred
        ):
            print(
                f"products created {ops.created}, deleted {ops.deleted}, structure and stock "
                f"changes {ops.applied}, failed {ops.failed}, conflicts {ops.conflicts}, "
                f"left for later {ops.deferred}"
            )
        print(
            f"sent {report.sent}, already on the server {report.already}, "
            f"conflicts {report.conflicts}, failed {report.failed}, locked {report.locked}, "
            f"left for later {report.deferred}"
        )
        if report.taken_over:
            print("another process took over the push (its lease lapsed): it sends the rest")
        if report.replaced:
            print(
                f"{report.replaced} of them written over a draft saved elsewhere meanwhile: "
                "theirs is kept in Payload's versions (see 'desktop-app timeline')"
            )
        if left:
            where = " and ".join(kept.lists or ["'desktop-app outbox list'"])
            print(
                "still in the outbox: "
                + ", ".join(
                    f"{n} {STATE_WORDS.get(state, state)}" for state, n in sorted(left.items())
                )
                + f" (see {where})"
            )
            if any(state in left for state in ("conflict", "failed", "locked")):
                print(
                    "settle them with 'desktop-app outbox resolve|discard NUMBER' or "
                    "'desktop-app operations retry|discard NUMBER'"
                    + (
                        "; override a Payload lock with 'desktop-app push --override-lock PRODUCT'"
                        if "locked" in left
                        else ""
                    )
                )
        print_reasons(report, kept)
    this_run = report.conflicts + report.failed + report.locked + report.deferred
    if report.operations is not None:
        this_run += (
            report.operations.failed + report.operations.conflicts + report.operations.deferred
        )
    return EXIT_OK if this_run == 0 and not left and not kept.problems else EXIT_FAILED
