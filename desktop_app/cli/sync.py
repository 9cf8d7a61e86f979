"""``desktop-app sync trigger|verify|repair|history``: Medusa → Payload sync, checked.

Exit codes: 0 both systems agree, 1 an error (server, profile, stall), 3 the
check found drift (details on stdout).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from desktop_app.admin.export import report_to_dict, write_csv
from desktop_app.admin.repairs import RepairOutcome, RepairPlan, plan_repairs
from desktop_app.admin.verify import LABELS, SUPPORTED_COLLECTIONS, Kind, VerifyReport
from desktop_app.admin.watch import Outcome, Progress, WatchOptions, WatchResult
from desktop_app.api.errors import ApiError
from desktop_app.cli.offline_common import add_profile_argument, pick_profile
from desktop_app.cli.products import EnvFallbackSecrets
from desktop_app.config import Profile
from desktop_app.secrets import open_secret_store
from desktop_app.services.admin import AdminService, ShopUnavailable
from desktop_app.services.transports import Transports
from desktop_app.text import plural

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DRIFT = 3
SHOWN_PER_KIND = 50

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser(
        "sync", help="trigger and verify the Medusa → Payload sync",
        description="Trigger Medusa's Payload sync, watch it finish and check that both "
        "systems agree. Exit codes: 0 agree, 1 error or stall, 3 drift found.",
    )
    sub = sync.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)

    trig = sub.add_parser(
        "trigger", help="press the sync route (optionally wait for the result)",
        description="POST /admin/payload/sync/{collection}. The route answers at once and "
        "reports nothing, so --wait polls both servers until they agree or progress stops, "
        "then prints the verification report.",
    )
    trig.add_argument("collection", nargs="?", default="products")
    trig.add_argument("--wait", action="store_true", help="watch until done, then verify")
    trig.add_argument("--json", action="store_true", help="print a JSON result")
    trig.add_argument("--csv", metavar="FILE", help="also write the final report as CSV")
    trig.add_argument("--poll", type=float, default=2.0, metavar="S",
                      help="seconds between polls (default 2)")
    trig.add_argument("--stall-after", type=float, default=60.0, metavar="S",
                      help="report a stall after S seconds without progress (default 60)")
    trig.add_argument("--timeout", type=float, default=None, metavar="S",
                      help="give up after S seconds (default: wait until done or stalled)")
    add_profile_argument(trig)
    trig.set_defaults(func=cmd_trigger)

    ver = sub.add_parser(
        "verify", help="compare Medusa and Payload product by product",
        description="Fetch every product of both servers and list what disagrees: missing "
        "in Payload, orphans, missing or stale metadata.payload_id, duplicate medusa_ids, "
        "options/variants out of step; title/subtitle differences are informational.",
    )
    ver.add_argument("collection", nargs="?", default="products")
    ver.add_argument("--json", action="store_true", help="print the report as JSON")
    ver.add_argument("--csv", metavar="FILE", help="write the findings as CSV")
    add_profile_argument(ver)
    ver.set_defaults(func=cmd_verify)

    rep = sub.add_parser(
        "repair", help="fix metadata.payload_id and re-run the sync",
        description="Verify, then set metadata.payload_id to the existing Payload doc (or "
        "clear it when the doc is gone) and trigger the sync. Without --yes only the plan is "
        "printed. Duplicates and orphans are listed for a Payload admin to delete; this app "
        "never creates or deletes Payload products.",
    )
    rep.add_argument("--yes", action="store_true", help="apply the plan")
    rep.add_argument("--no-trigger", action="store_true", help="do not press the sync route")
    rep.add_argument("--json", action="store_true", help="print a JSON result")
    add_profile_argument(rep)
    rep.set_defaults(func=cmd_repair)

    hist = sub.add_parser("history", help="recent sync runs of this profile")
    hist.add_argument("--json", action="store_true")
    hist.add_argument("--limit", type=int, default=20)
    add_profile_argument(hist)
    hist.set_defaults(func=cmd_history)


# ---------------------------------------------------------------- helpers
def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _admin(profile: Profile, transports: Transports) -> AdminService:
    return AdminService(profile, EnvFallbackSecrets(open_secret_store()), transports)


def _run(work: Coroutine[Any, Any, T]) -> T | int:
    """Run one service call; an exit code if a client cannot be built or a call fails."""
    try:
        return asyncio.run(work)
    except ShopUnavailable as exc:
        for server, problem in exc.problems.items():
            _err(f"{server}: {problem}")
    except ApiError as exc:
        _err(str(exc))
    return EXIT_FAILED


def format_report(report: VerifyReport) -> str:
    lines = [report.summary()]
    for kind in Kind:
        found = [f for f in report.findings if f.kind is kind]
        if not found:
            continue
        lines.append(f"\n{LABELS[kind]}: {len(found)}")
        for f in found[:SHOWN_PER_KIND]:
            who = (f.medusa_id or "(no medusa_id)") + (f" “{f.title}”" if f.title else "")
            docs = f" [Payload {', '.join(f.payload_ids)}]" if f.payload_ids else ""
            lines.append(f"  {who}{docs}: {f.detail}")
        if len(found) > SHOWN_PER_KIND:
            lines.append(plural(len(found) - SHOWN_PER_KIND, "  … and {n} more (use --json or "
                                "--csv)", "  … and {n} more (use --json or --csv)"))
    return "\n".join(lines)


def _check_collection(collection: str) -> bool:
    if collection in SUPPORTED_COLLECTIONS:
        return True
    _err(f"only {', '.join(SUPPORTED_COLLECTIONS)} can be verified")
    return False


def _finish_report(report: VerifyReport, args: argparse.Namespace) -> None:
    if getattr(args, "csv", None):
        write_csv(report, args.csv)
        print(plural(len(report.findings), "wrote {n} finding to {file}",
                     "wrote {n} findings to {file}", file=args.csv), file=sys.stderr)


# ---------------------------------------------------------------- commands
def cmd_verify(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    if not _check_collection(args.collection):
        return EXIT_FAILED

    report = _run(_admin(profile, transports).verify(args.collection))
    if isinstance(report, int):
        return report
    _finish_report(report, args)
    print(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) if args.json
          else format_report(report))
    return EXIT_OK if report.ok else EXIT_DRIFT


def result_to_dict(result: WatchResult) -> dict[str, Any]:
    return {
        "collection": result.collection,
        "outcome": result.outcome.value,
        "summary": result.summary(),
        "trigger_message": result.trigger_message,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "before": result.before.as_counts() if result.before else None,
        "after": result.after.as_counts() if result.after else None,
        "missing_ids": result.missing_ids,
        "unlinked_ids": result.unlinked_ids,
        "error": result.error,
        "report": report_to_dict(result.report) if result.report else None,
    }


def cmd_trigger(
    args: argparse.Namespace,
    transports: Transports = Transports(),
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile

    admin = _admin(profile, transports)
    if not args.wait:
        message = _run(admin.trigger(args.collection))
        if isinstance(message, int):
            return message
        if args.json:
            print(json.dumps({"collection": args.collection, "message": message}))
        else:
            print(f"Medusa: {message}. The route reports no result; run "
                  f"'desktop-app sync verify' (or trigger --wait) to check it.")
        return EXIT_OK

    if not _check_collection(args.collection):
        return EXIT_FAILED
    options = WatchOptions(poll_interval=args.poll, stall_after=args.stall_after,
                           timeout=args.timeout)

    def show(progress: Progress) -> None:
        print(progress.line(), file=sys.stderr, flush=True)

    result = _run(admin.watch(args.collection, options=options, on_progress=show,
                              clock=clock, sleep=sleep))
    if isinstance(result, int):
        return result
    if result.report is not None:
        _finish_report(result.report, args)
    if args.json:
        print(json.dumps(result_to_dict(result), indent=2, ensure_ascii=False))
    else:
        print(result.summary())
        if result.outcome is not Outcome.AGREED and result.missing_ids:
            print("Still missing in Payload: " + " ".join(result.missing_ids[:200]))
        if result.report is not None:
            print()
            print(format_report(result.report))
    if result.outcome is Outcome.FAILED:
        return EXIT_FAILED
    if result.outcome is not Outcome.AGREED:
        return EXIT_FAILED
    return EXIT_OK if result.report is None or result.report.ok else EXIT_DRIFT


def _plan_json(plan: RepairPlan, outcome: RepairOutcome | None) -> dict[str, Any]:
    def rows(repairs: Any) -> list[dict[str, Any]]:
        return [{"action": r.action.value, "medusa_id": r.medusa_id, "value": r.value,
                 "expected": r.expected, "reason": r.reason} for r in repairs]

    data: dict[str, Any] = {"metadata": rows(plan.metadata), "sync_needed": rows(plan.sync_needed),
                            "for_admin": rows(plan.for_admin), "applied": None}
    if outcome is not None:
        data["applied"] = {
            "done": rows(outcome.applied),
            "skipped": [{"medusa_id": r.medusa_id, "why": why} for r, why in outcome.skipped],
            "failed": [{"medusa_id": r.medusa_id, "why": why} for r, why in outcome.failed],
            "sync_message": outcome.sync_message,
        }
    return data


def cmd_repair(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile

    admin = _admin(profile, transports)

    async def body() -> tuple[RepairPlan, RepairOutcome | None]:
        plan = plan_repairs(await admin.verify())
        if not args.yes or plan.empty:
            return plan, None
        return plan, await admin.repair(plan, trigger=not args.no_trigger)

    done = _run(body())
    if isinstance(done, int):
        return done
    plan, outcome = done
    if args.json:
        print(json.dumps(_plan_json(plan, outcome), indent=2))
    else:
        if plan.empty:
            print("Nothing to repair: Medusa and Payload agree.")
        for r in plan.metadata + plan.sync_needed:
            print(r.describe())
        if plan.for_admin:
            print("\nFor a Payload admin (this app never deletes Payload products):")
            for r in plan.for_admin:
                print("  " + r.describe())
        if outcome is None and not plan.empty:
            print("\nDry run: add --yes to apply the Medusa-side repairs.")
        if outcome is not None:
            print(f"\nApplied {len(outcome.applied)}, skipped {len(outcome.skipped)}, "
                  f"failed {len(outcome.failed)}.")
            for r, why in outcome.skipped + outcome.failed:
                print(f"  {r.medusa_id}: {why}")
            if outcome.sync_message:
                print(f"Medusa: {outcome.sync_message}. Check with 'desktop-app sync verify'.")
    if outcome is not None and outcome.failed:
        return EXIT_FAILED
    return EXIT_OK


def cmd_history(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    runs = _admin(profile, transports).history(args.limit)  # local only: no request
    if args.json:
        print(json.dumps([r.to_dict() for r in runs], indent=2))
        return EXIT_OK
    for r in runs:
        before = r.before.get("in_agreement", "?"), r.before.get("medusa", "?")
        after = r.after.get("in_agreement", "?"), r.after.get("medusa", "?")
        print(f"{r.started_at}  {r.collection}  {r.outcome:<9}  "
              f"{before[0]}/{before[1]} → {after[0]}/{after[1]} agree  {r.message}")
    if not runs:
        print("No sync runs recorded for this profile.")
    return EXIT_OK
