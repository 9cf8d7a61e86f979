"""``desktop-app doctor [--json]``: non-destructive checks of the active deployment."""

from __future__ import annotations

import argparse
import asyncio
import json

from desktop_app.admin.doctor import DoctorReport, Status
from desktop_app.cli.offline_common import add_profile_argument, pick_profile
from desktop_app.cli.products import EnvFallbackSecrets
from desktop_app.secrets import open_secret_store
from desktop_app.services.admin import AdminService
from desktop_app.services.transports import Transports
from desktop_app.text import plural

EXIT_OK = 0
EXIT_FAILED = 1

MARKS = {Status.OK: "ok  ", Status.WARN: "warn", Status.FAIL: "FAIL", Status.SKIPPED: "skip"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "doctor", help="check the shop's deployment (nothing is changed)",
        description="Check both servers: reachable, credentials, Medusa's sync route, "
        "Payload's products fields, the anonymous-create hole, clock skew. Nothing is "
        "created or changed. Exits 1 when a check fails.",
    )
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    add_profile_argument(parser)
    parser.set_defaults(func=cmd_doctor)


def format_report(report: DoctorReport) -> str:
    lines = []
    for check in report.checks:
        lines.append(f"[{MARKS[check.status]}] {check.title}: {check.detail}")
        if check.fix and check.status in (Status.FAIL, Status.WARN):
            lines.append(f"       fix: {check.fix}")
    failed = sum(c.status is Status.FAIL for c in report.checks)
    lines.append("Healthy." if not failed else plural(failed, "{n} check failed.",
                                                      "{n} checks failed."))
    return "\n".join(lines)


def cmd_doctor(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    profile = pick_profile(args)
    if isinstance(profile, int):
        return profile
    admin = AdminService(profile, EnvFallbackSecrets(open_secret_store()), transports)
    report = asyncio.run(admin.doctor())
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    return EXIT_OK if report.ok else EXIT_FAILED
