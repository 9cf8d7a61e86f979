"""Shared by the commands that change products, variants, options, stock and terms.

Each command is a function of the profile's one ``OfflineCatalog`` (the shop's only
writer) that returns an ``Output``; ``run`` picks the profile, opens the catalog
(offline unless the command talks to Medusa), turns the catalog's refusals into
``CommandError`` and prints the result:

* with ``--json``: one JSON object on stdout, ``{"ok": true, …}``; an error is
  ``{"ok": false, "error": {"code", "message", "field"}, …}`` with a non-zero exit;
* otherwise the command's text on stdout, and an error as one ``error: …`` line on
  stderr.

Exit codes: 0 done, 1 refused or failed, 2 a malformed value or no profile.
Error codes: ``usage``, ``no_profile``, ``unknown_product``, ``unknown_variant``,
``unknown_option``, ``unknown_term``, ``invalid``, ``invalid_draft``, ``not_editable``,
``confirmation_required``, ``cancelled``, ``not_connected``, ``server``, ``busy``, ``push_failed``.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from desktop_app.api.errors import ApiError, Validation
from desktop_app.cli.demo import NO_PROFILE
from desktop_app.cli.offline_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_catalog
from desktop_app.config import ConfigError, Profile, ProfileStore
from desktop_app.services.new_product import DraftError
from desktop_app.services.offline import OfflineCatalog, PushBusy
from desktop_app.services.transports import Transports
from desktop_app.store.structure import NotEditable


class CommandError(Exception):
    """A refusal to report: ``code`` for scripts, ``field`` when one value is at fault."""

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None,
                 exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field
        self.exit_code = exit_code

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "field": self.field}


def usage_error(message: str, field: str | None = None) -> CommandError:
    return CommandError(message, code="usage", field=field, exit_code=EXIT_USAGE)


@dataclass
class Output:
    """What a command prints: ``body`` for ``--json``, else ``text`` on stdout (what a
    script reads, e.g. just an id) and ``note`` on stderr (for the merchant); ``error``
    when it failed after doing something worth reporting (created, but not pushed)."""

    body: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    note: str = ""
    error: CommandError | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.error is None else self.error.exit_code


Work = Callable[[OfflineCatalog], "Output | Awaitable[Output]"]


class JsonErrorsParser(argparse.ArgumentParser):
    """A parser whose own errors (a missing or malformed argument) are a JSON error too
    when ``--json`` is among its arguments; the catalog command groups make their
    subcommands with it (``add_subparsers(parser_class=JsonErrorsParser)``)."""

    json_errors = False

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self.json_errors = args is not None and "--json" in args
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        if self.json_errors:
            print(json.dumps({"ok": False, "error": usage_error(message).to_json()}, indent=2,
                             ensure_ascii=False))
            self.exit(EXIT_USAGE)
        super().error(message)


class ExamplesHelp(argparse.HelpFormatter):
    """Wraps text as usual, except paragraphs of examples, kept line by line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n\n".join(
            "\n".join(indent + line for line in part.splitlines())
            if part.startswith("example") else super(ExamplesHelp, self)._fill_text(
                part, width, indent)
            for part in text.split("\n\n"))


HELP = ExamplesHelp


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (errors too, with a non-zero exit)")
    parser.add_argument("--profile", metavar="NAME",
                        help="profile to use (default: the active one)")


def pick_profile(args: argparse.Namespace) -> Profile:
    store = ProfileStore()
    try:
        profile = store.get(args.profile) if args.profile else store.active()
    except ConfigError as exc:
        raise CommandError(str(exc), code="no_profile") from None
    if profile is None:
        raise CommandError(NO_PROFILE, code="no_profile", exit_code=EXIT_USAGE)
    return profile


def as_error(exc: BaseException) -> CommandError | None:
    """The refusal ``exc`` stands for; None for a bug (which must surface)."""
    if isinstance(exc, CommandError):
        return exc
    if isinstance(exc, DraftError):
        return CommandError(str(exc), code="invalid_draft", field=exc.field)
    if isinstance(exc, NotEditable):
        return CommandError(str(exc), code="not_editable")
    if isinstance(exc, PushBusy):
        return CommandError(str(exc), code="busy")
    if isinstance(exc, Validation):
        name = next(iter(exc.field_errors), None)
        return CommandError(str(exc), code="server", field=name)
    if isinstance(exc, ApiError):
        return CommandError(str(exc), code="server")
    if isinstance(exc, ValueError):  # the catalog's word for "not like that"
        return CommandError(str(exc), code="invalid")
    return None


def emit(args: argparse.Namespace, output: Output) -> int:
    error = output.error
    if getattr(args, "json", False):
        body: dict[str, Any] = {"ok": error is None, **output.body}
        if error is not None:
            body["error"] = error.to_json()
        print(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        if output.text:
            print(output.text)
        if output.note:
            print(output.note, file=sys.stderr)
        if error is not None:
            print(f"error: {error.message}", file=sys.stderr)
    return output.exit_code


async def _with_catalog(profile: Profile, work: Work, online: bool,
                        transports: Transports) -> Output:
    catalog = open_catalog(profile, online=online, transports=transports)
    try:
        result = work(catalog)
        return await result if inspect.isawaitable(result) else result
    finally:
        await catalog.aclose()


def run(args: argparse.Namespace, work: Work, *, online: bool = False,
        transports: Transports = Transports()) -> int:
    """Run ``work`` on the profile's catalog and print its ``Output`` (or its refusal)."""
    try:
        profile = pick_profile(args)
        output = asyncio.run(_with_catalog(profile, work, online, transports))
    except Exception as exc:  # refusals only; anything else is re-raised
        error = as_error(exc)
        if error is None:
            raise
        output = Output(error=error)
    return emit(args, output)


def medusa_problem(catalog: OfflineCatalog) -> str | None:
    """Why this catalog cannot talk to Medusa, or None when it can."""
    shop = catalog.shop
    if shop is None:
        return "this command was run without server credentials"
    if shop.medusa is None:
        return shop.problems.get("medusa") or "no Medusa connection"
    return None


def require_medusa(catalog: OfflineCatalog) -> None:
    problem = medusa_problem(catalog)
    if problem is not None:
        raise CommandError(f"Medusa: {problem}", code="not_connected")


def table(header: tuple[str, ...], rows: list[tuple[str, ...]], width: int = 40) -> str:
    """Left-aligned columns; a cell longer than ``width`` is cut with "…"."""
    cut = [tuple(c if len(c) <= width else c[: width - 1] + "…" for c in r) for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cut)) if cut else len(h)
              for i, h in enumerate(header)]
    lines = [header, tuple("-" * w for w in widths), *cut]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)
