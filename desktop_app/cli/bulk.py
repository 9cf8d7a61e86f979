"""``desktop-app bulk …``: bulk edits of the offline catalog, CSV export and import.

Every edit command previews with ``--dry-run`` (nothing written), otherwise records the
edits durably in the outbox as one bulk edit (undo it with ``bulk undo ID``) and, with
``--push``, sends them at once. Products are chosen with ``--search``/``--status``
(the list's search), ``--ids`` or ``--all``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app import bulk
from desktop_app.cli.offline_common import (
    EXIT_FAILED,
    EXIT_OK,
    ProgressPrinter,
    add_profile_argument,
    open_catalog,
    pick_profile,
)
from desktop_app.cli.push import report_json
from desktop_app.config import Profile
from desktop_app.exchange.push import PushReport
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store import SearchQuery
from desktop_app.text import plural

PREVIEW_LINES = 200  # products printed by a text dry run; --json prints them all


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bulk", help="edit many products at once, CSV export/import",
        description="Bulk edits of the local catalog: preview, record, push, undo.")
    sub = parser.add_subparsers(dest="bulk_command", metavar="COMMAND", required=True)

    status = _edit_parser(sub, "set-status", "set the status of the chosen products")
    status.add_argument("new_status", metavar="STATUS", choices=bulk.STATUSES)
    status.set_defaults(func=cmd_edit, build=lambda a: bulk.SetStatus(a.new_status))

    seo = _edit_parser(sub, "set-seo", "set SEO fields (templates: {title} {subtitle} {handle})")
    seo.add_argument("--meta-title", metavar="TEXT")
    seo.add_argument("--meta-description", metavar="TEXT")
    seo.add_argument("--meta-keywords", metavar="TEXT")
    seo.set_defaults(func=cmd_edit, build=lambda a: bulk.SetSeo(
        a.meta_title, a.meta_description, a.meta_keywords))

    replace = _edit_parser(sub, "replace", "find and replace in titles and subtitles")
    replace.add_argument("find")
    replace.add_argument("replace")
    replace.add_argument("--field", action="append", choices=("title", "subtitle"),
                         help="where to replace (repeatable; default: both)")
    replace.add_argument("--ignore-case", action="store_true")
    replace.add_argument("--regex", action="store_true",
                         help="FIND is a regular expression; REPLACE may use \\1")
    replace.set_defaults(func=cmd_edit, build=lambda a: bulk.FindReplace(
        a.find, a.replace, tuple(a.field or ("title", "subtitle")),
        case_sensitive=not a.ignore_case, regex=a.regex))

    undo = sub.add_parser("undo", help="undo a whole bulk edit",
                          description="Revert every field of a bulk edit: unsent edits are "
                          "dropped, sent ones are written back (fields changed since are kept).")
    undo.add_argument("bulk_id", type=int, metavar="ID")
    _common(undo, push=True)
    undo.set_defaults(func=cmd_undo)

    lst = sub.add_parser("list", help="recent bulk edits", description="Recent bulk edits.")
    _common(lst)
    lst.set_defaults(func=cmd_list)

    export = sub.add_parser("export-csv", help="write the chosen products to a CSV file",
                            description=f"Columns: product_id, {', '.join(bulk.COLUMNS)}.")
    export.add_argument("file")
    _selection(export)
    export.add_argument("--quiet", action="store_true")
    add_profile_argument(export)
    export.set_defaults(func=cmd_export, json=False)

    imp = sub.add_parser("import-csv", help="apply the edits of a CSV file",
                         description="Compare each cell with the current value; changed cells "
                         "are the edits. Any bad row stops the import (fix the file).")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="show the diff, write nothing")
    _common(imp, push=True)
    imp.set_defaults(func=cmd_import)


def _common(parser: argparse.ArgumentParser, *, push: bool = False) -> None:
    if push:
        parser.add_argument("--push", action="store_true", help="send the edits now")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    add_profile_argument(parser)


def _selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", metavar="Q", default="", help="words, as in the list")
    parser.add_argument("--status", action="append", default=[], choices=bulk.STATUSES,
                        help="only this status (repeatable)")
    parser.add_argument("--ids", metavar="ID,ID", help="comma separated product ids")
    parser.add_argument("--all", action="store_true", help="every product")


def _edit_parser(sub: Any, name: str, text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
    _selection(parser)
    parser.add_argument("--dry-run", action="store_true", help="show the diff, write nothing")
    _common(parser, push=True)
    return parser


def chosen_ids(catalog: OfflineCatalog, args: argparse.Namespace) -> list[str] | None:
    """The products the options choose; None when no choice was made."""
    if args.ids:
        return [i.strip() for i in args.ids.split(",") if i.strip()]
    if args.search or args.status or args.all:
        return bulk.select_ids(catalog, SearchQuery(args.search, tuple(args.status)))
    return None


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    return json.dumps(value, ensure_ascii=False)


def print_plan(plan: bulk.BulkPlan) -> None:
    print(f"{plan.description}: {plan.summary()}")
    for diff in plan.diffs[:PREVIEW_LINES]:
        print(f"{diff.product_id}  {diff.title}")
        for c in diff.changes:
            print(f"  {c.field}: {_show(c.before)} → {_show(c.after)}")
    if len(plan.diffs) > PREVIEW_LINES:
        print(plural(len(plan.diffs) - PREVIEW_LINES, "… and {n} more product (--json lists "
                     "all)", "… and {n} more products (--json lists all)"))
    for note in plan.skipped:
        print(f"skipped: {note}", file=sys.stderr)
    for error in plan.errors:
        print(f"error: {error}", file=sys.stderr)


def _with_catalog(profile: Profile, online: bool, transports: Transports,
                  work: Callable[[OfflineCatalog], Any]) -> Any:
    async def run() -> Any:
        catalog = open_catalog(profile, online=online, transports=transports)
        try:
            result = work(catalog)
            return await result if asyncio.iscoroutine(result) else result
        finally:
            await catalog.aclose()

    return asyncio.run(run())


async def _record_and_push(
    catalog: OfflineCatalog, plan: bulk.BulkPlan, args: argparse.Namespace
) -> tuple[bulk.ApplyResult, Pushed | None]:
    result = bulk.apply(catalog, plan)
    return result, await _push(catalog, args) if args.push else None


@dataclass
class Pushed:
    report: PushReport
    unreachable: list[str]  # why edits wait for a server this run had no key for


async def _push(catalog: OfflineCatalog, args: argparse.Namespace) -> Pushed:
    printer = ProgressPrinter(args.quiet or args.json)
    report = await bulk.push(catalog, printer)
    printer.end()
    # A server without credentials is skipped, its edits are not counted as left: say so.
    problems = catalog.shop.problems if catalog.shop else {"servers": "no credentials"}
    unreachable = [f"{server}: {problem}" for server, problem in problems.items()]
    return Pushed(report, unreachable if catalog.outbox() else [])


def _finish(args: argparse.Namespace, body: dict[str, Any], text: str,
            pushed: Pushed | None) -> int:
    report = pushed.report if pushed is not None else None
    if report is not None:
        body["push"] = report_json(report)
    if args.json:
        print(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        print(text)
        if report is not None:
            print(f"pushed: sent {report.sent}, already {report.already}, conflicts "
                  f"{report.conflicts}, failed {report.failed}, left for later "
                  f"{report.deferred + report.locked}")
        else:
            print("The edits wait in the outbox: send them with 'desktop-app push'.")
    if pushed is not None and pushed.unreachable:
        for problem in pushed.unreachable:
            print(f"error: {problem}", file=sys.stderr)
        print("error: the edits wait in the outbox for 'desktop-app push'.", file=sys.stderr)
    left = 0 if report is None else (report.conflicts + report.failed + report.locked
                                     + report.deferred)
    return EXIT_OK if left == 0 and not (pushed and pushed.unreachable) else EXIT_FAILED


def _apply_plan(profile: Profile, plan_of: Callable[[OfflineCatalog], bulk.BulkPlan],
                args: argparse.Namespace, transports: Transports) -> int:
    async def work(catalog: OfflineCatalog) -> int:
        plan = plan_of(catalog)
        if args.dry_run or not plan.ok:
            if args.json:
                print(json.dumps(plan.to_json(), indent=2, ensure_ascii=False))
            else:
                print_plan(plan)
            return EXIT_OK if plan.ok else EXIT_FAILED
        if not plan.diffs:
            print(f"{plan.description}: nothing to change ({plan.summary()}).")
            return EXIT_OK
        result, report = await _record_and_push(catalog, plan, args)
        body = {**plan.to_json(), "bulk_id": result.op.id,
                "changed_since_preview": [str(s) for s in result.skipped]}
        del body["diffs"]
        text = (f"{plan.description}: recorded as bulk edit #{result.op.id} ("
                + plural(result.op.products, "{n} product", "{n} products") + ", "
                + plural(result.op.fields, "{n} field", "{n} fields")
                + f"); undo with 'desktop-app bulk undo {result.op.id}'.")
        return _finish(args, body, text, report)

    return int(_with_catalog(profile, args.push, transports, work))


def _guard(handler: Callable[..., int]) -> Callable[..., int]:
    """Bad input (BulkError) is an error message and exit 1, never a traceback."""
    def run(args: argparse.Namespace, transports: Transports = Transports()) -> int:
        profile = pick_profile(args)
        if isinstance(profile, int):
            return profile
        try:
            return handler(profile, args, transports)
        except bulk.BulkError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAILED
    return run


@_guard
def cmd_edit(profile: Profile, args: argparse.Namespace, transports: Transports) -> int:
    operation = args.build(args)  # BulkError for bad parameters, before opening anything

    def plan_of(catalog: OfflineCatalog) -> bulk.BulkPlan:
        ids = chosen_ids(catalog, args)
        if ids is None:
            raise bulk.BulkError("choose products with --search, --status, --ids or --all")
        return bulk.plan(catalog, operation, ids)

    return _apply_plan(profile, plan_of, args, transports)


@_guard
def cmd_import(profile: Profile, args: argparse.Namespace, transports: Transports) -> int:
    return _apply_plan(profile, lambda c: bulk.import_csv(c, args.file), args, transports)


@_guard
def cmd_undo(profile: Profile, args: argparse.Namespace, transports: Transports) -> int:
    async def work(catalog: OfflineCatalog) -> int:
        undo = bulk.undo(catalog, args.bulk_id)
        pushed = await _push(catalog, args) if args.push else None
        body = {"bulk_id": undo.bulk_id, "discarded": undo.discarded,
                "reverted": undo.reverted, "kept": undo.kept}
        return _finish(args, body, undo.summary() + ".", pushed)

    return int(_with_catalog(profile, args.push, transports, work))


@_guard
def cmd_list(profile: Profile, args: argparse.Namespace, transports: Transports) -> int:
    ops = _with_catalog(profile, False, transports, bulk.history)
    if args.json:
        print(json.dumps([op.to_json() for op in ops], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not ops:
        print("No bulk edits yet.")
    for op in ops:
        state = f"undone {op.undone_at}" if op.undone_at else "applied"
        products = plural(op.products, "{n} product", "{n} products")
        print(f"#{op.id}  {op.created_at}  {products}  {state}  {op.description}")
    return EXIT_OK


@_guard
def cmd_export(profile: Profile, args: argparse.Namespace, transports: Transports) -> int:
    def work(catalog: OfflineCatalog) -> int:
        ids = chosen_ids(catalog, args)
        if ids is None:
            ids = bulk.select_ids(catalog, SearchQuery())
        try:
            return bulk.export_csv(catalog, ids, args.file)
        except OSError as exc:
            raise bulk.BulkError(f"Cannot write {args.file}: {exc.strerror or exc}.") from None

    rows = _with_catalog(profile, False, transports, work)
    if not args.quiet:
        print(plural(rows, "Wrote {n} product to {file}.", "Wrote {n} products to {file}.",
                     file=args.file))
    return EXIT_OK
