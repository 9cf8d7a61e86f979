"""Shared by ``pull``, ``push`` and ``outbox``: pick the profile, open its offline catalog."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.demo import NO_PROFILE
from desktop_app.cli.products import EnvFallbackSecrets
from desktop_app.config import ConfigError, Profile, ProfileStore
from desktop_app.secrets import open_secret_store
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """--json, --quiet and --profile, shared by the commands that print a run report."""
    parser.add_argument("--json", action="store_true", help="print a JSON report")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    add_profile_argument(parser)


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile", metavar="NAME", help="profile to use (default: the active one)"
    )


def pick_profile(args: argparse.Namespace) -> Profile | int:
    """The chosen profile, or an exit code after printing why there is none."""
    store = ProfileStore()
    try:
        profile = store.get(args.profile) if args.profile else store.active()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if profile is None:
        print(f"error: {NO_PROFILE}", file=sys.stderr)
        return EXIT_USAGE
    return profile


def open_catalog(
    profile: Profile, *, online: bool, transports: Transports = Transports()
) -> OfflineCatalog:
    secrets = EnvFallbackSecrets(open_secret_store()) if online else None
    return OfflineCatalog.open(profile, secrets, transports)


class ProgressPrinter:
    """One rewritten stderr line per server on a terminal; sparse lines otherwise."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()

    def __call__(self, event: object) -> None:
        if self.quiet:
            return
        done = getattr(event, "done", 0)
        total = getattr(event, "total", None)
        server = getattr(event, "server", "")
        message = getattr(event, "message", "")
        figure = f"{done}/{total}" if total else f"{done}"
        line = f"{server + ': ' if server else ''}{message} ({figure})"
        if self.tty:
            print("\r" + line[:100].ljust(100), end="", file=sys.stderr, flush=True)
        elif total is None or done in (0, total):
            print(line, file=sys.stderr)

    def end(self) -> None:
        if self.tty and not self.quiet:
            print(file=sys.stderr)
