"""Command line entry point: no arguments starts the GUI, subcommands manage profiles.

Subcommands live in small modules that each expose ``register(subparsers)``;
each parser sets ``func`` to a handler returning the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from desktop_app import __version__

# Imported when a command line is parsed, not for the GUI (no arguments): together they
# cost ~0.4 s of the window's cold start (bench/cold_start.py).
COMMAND_MODULES = (
    "profiles",
    "demo",
    "products",
    "variants",
    "options",
    "stock",
    "taxonomy_cmd",
    "pull",
    "push",
    "outbox",
    "operations",
    "bulk",
    "grid",
    "sync",
    "doctor",
    "quality",
    "timeline",
    "content",
    "translations",
    "desktop_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-app",
        description="Admin app for Medusa + Payload shops. Run without arguments for the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(sub)
    return parser


def launch_gui(argv: Sequence[str]) -> int:
    """Start the GUI; imported lazily so CLI commands never load Qt."""
    try:
        app = importlib.import_module("desktop_app.app")
    except ModuleNotFoundError as exc:
        # Only "the GUI module is not there"; a missing dependency *inside*
        # it (e.g. PySide6) is a real error and must surface.
        if exc.name != "desktop_app.app":
            raise
        print(
            "The GUI is not available in this build (desktop_app.app is missing). "
            "Use 'desktop-app profiles --help' for the command line tools.",
            file=sys.stderr,
        )
        return 1
    return int(app.main(list(argv)) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return launch_gui([sys.argv[0]])
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return 2
    from desktop_app.diagnostics.logs import setup_logging, teardown_logging

    # Warnings go to stderr scrubbed of secret-shaped text, as the GUI's log is; not to the
    # GUI's log file, which another process may be rotating.
    setup_logging("WARNING", console=True, file=False)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception:
        _report_crash()
        return 1
    finally:
        teardown_logging()


def _report_crash() -> None:
    """An unexpected error: its traceback on stderr, scrubbed (an exception's text may quote
    a request, a header or a URL)."""
    from desktop_app.diagnostics.logs import SCRUBBER

    print(SCRUBBER(traceback.format_exc()).rstrip(), file=sys.stderr)
    print(
        "desktop-app: unexpected error (above). 'desktop-app doctor' checks the set-up.",
        file=sys.stderr,
    )
