"""``desktop-app grid export | import``: the variant grid as a CSV or XLSX file.

``export`` writes one row per variant of the chosen products (the list's filters,
``--product``, else the whole catalog): ``product_id``, ``variant_id``, then the grid's
column keys. ``import`` reads such a file back and puts every changed cell through the
grid's session, so each is checked as if typed into the grid; the good cells go to the
outbox as one bulk edit (``desktop-app bulk undo ID`` undoes it), bad cells, unknown
columns and unknown variants are reported. Everything goes through the shop's one
catalog (``OfflineCatalog``).

Exit codes: 0 done; 1 something in the file was not used (the good cells are still
applied unless ``--strict``), the file cannot be read, or a ``--push`` left edits
behind; 2 a malformed option.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel import Locale, UnknownLocaleError

from desktop_app.bulk import BulkError
from desktop_app.cli import grid_report, lookup, values
from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    JsonErrorsParser,
    Output,
    add_output_arguments,
    medusa_problem,
    run,
    usage_error,
)
from desktop_app.cli.offline_common import ProgressPrinter
from desktop_app.cli.product_cmds import push_json
from desktop_app.exchange.push import PushReport
from desktop_app.grid import file_import, files
from desktop_app.grid.columns import STATUSES, chosen
from desktop_app.grid.loading import open_session, product_ids
from desktop_app.grid.plan import grid_plan
from desktop_app.grid.review import review
from desktop_app.grid.session import GridSession
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.store import SearchQuery
from desktop_app.store.search import STOCK_STATES
from desktop_app.text import plural

DEFAULT_LOCALE = "en_US"  # "." decimals: what scripts and other programs read
# The list's organise filters: (option, SearchQuery field, taxonomy kind).
FILTERS = (("category", "categories", "category"), ("collection", "collections", "collection"),
           ("tag", "tags", "tag"), ("type", "types", "type"), ("channel", "channels", "channel"))

EXPORT_EPILOG = """examples:
  desktop-app grid export prices.xlsx --category Shirts --columns sku,price:eur,stock:sloc_01
  desktop-app grid export - --product prod_01 --product prod_02 > grid.csv
  desktop-app grid export grid.csv --locale de_DE        # decimal commas, ";" between cells

Column keys: sku, barcode, ean, upc, status, manage_inventory, allow_backorder,
price:<currency> (price:eur), region:<region id> (a region's price),
stock:<location id> (stocked quantity). The default is every column but ean, upc and
allow_backorder; --columns all gives every one. product and variant (the titles) are
always written, after product_id and variant_id."""

IMPORT_EPILOG = """examples:
  desktop-app grid import prices.xlsx --dry-run
  desktop-app grid import grid.csv --locale de_DE --push
  desktop-app grid import grid.csv --strict --json

A cell is read as if typed into the grid (numbers in --locale, default en_US with "."
decimals; XLSX numbers are numbers whatever the locale). An empty price cell removes
that price; a cell equal to what the grid shows is no change. Rows are matched by
product_id and variant_id; the product and variant title columns are not read.
Exits 1 when a cell was bad or a column, variant or row was not used: the good cells
are applied all the same, unless --strict (then nothing is)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "grid", help="variants, prices and stock of many products as CSV or XLSX",
        description="The variant grid as a file: export it, edit it in a spreadsheet, "
        "import it (offline; 'desktop-app push' or --push sends the changes).")
    sub = parser.add_subparsers(dest="grid_command", metavar="COMMAND", required=True,
                                parser_class=JsonErrorsParser)

    export = sub.add_parser(
        "export", help="write variants, prices and stock to a CSV or XLSX file",
        formatter_class=HELP, epilog=EXPORT_EPILOG,
        description="One row per variant of the chosen products (the list's filters, "
        "--product, else the whole catalog), with pending local changes.")
    export.add_argument("file", metavar="FILE",
                        help="a .csv or .xlsx file; - writes CSV to standard output")
    _selection_arguments(export)
    export.add_argument("--columns", action="append", metavar="KEY,KEY",
                        help="the columns to write (repeatable; 'all' for every one)")
    _format_arguments(export)
    add_output_arguments(export)
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser(
        "import", help="apply the changed cells of a CSV or XLSX file",
        formatter_class=HELP, epilog=IMPORT_EPILOG,
        description="Check every changed cell as the grid does and record the good ones "
        "as one bulk edit (undo it with 'desktop-app bulk undo ID').")
    imp.add_argument("file", metavar="FILE", help="a .csv or .xlsx file; - reads CSV from "
                     "standard input")
    imp.add_argument("--dry-run", action="store_true",
                     help="print the diff and the problems, write nothing")
    imp.add_argument("--strict", action="store_true",
                     help="apply nothing when anything in the file cannot be used")
    imp.add_argument("--push", action="store_true",
                     help="then push (everything pending, as 'desktop-app push')")
    imp.add_argument("--quiet", action="store_true", help="no push progress")
    _format_arguments(imp)
    add_output_arguments(imp)
    imp.set_defaults(func=cmd_import)


def _selection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--product", action="append", metavar="ID",
                        help="this product (id; repeatable, or comma separated)")
    parser.add_argument("--search", metavar="Q", default="", help="words, as in the list")
    parser.add_argument("--status", action="append", choices=STATUSES,
                        help="only this status (repeatable)")
    for option, _field, _kind in FILTERS:
        parser.add_argument(f"--{option}", action="append", metavar="NAME",
                            help=f"only products with this {option} (id or name; repeatable)")
    parser.add_argument("--stock", choices=STOCK_STATES,
                        help="only products out of stock or low on stock")


def _format_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=files.FORMATS,
                        help="csv or xlsx (default: from the file name)")
    parser.add_argument("--locale", default=DEFAULT_LOCALE, metavar="LOCALE",
                        help="how numbers are written in CSV cells, e.g. de_DE for decimal "
                        f"commas (default {DEFAULT_LOCALE})")


# ----------------------------------------------------------------- options
def checked_locale(text: str) -> str:
    try:
        return str(Locale.parse(text.replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        raise usage_error(f"--locale: '{text}' is not a locale (e.g. en_US, de_DE).",
                          "locale") from None


def file_format(path: str, given: str | None) -> str:
    try:
        return files.format_for(path, given)
    except files.GridFileError as exc:
        raise usage_error(str(exc), "format") from None


def chosen_products(catalog: OfflineCatalog, args: argparse.Namespace) -> list[str]:
    """``--product`` ids, else the products the filters find (the whole catalog without)."""
    named = values.split_list(args.product)
    query = _query(catalog, args)
    if named and query != SearchQuery():
        raise usage_error("Choose products with --product or with filters, not both.",
                          "product")
    if named:
        return [d.product_id for d in lookup.products(catalog, named)]
    return product_ids(catalog, query)


def _query(catalog: OfflineCatalog, args: argparse.Namespace) -> SearchQuery:
    organise = {name: tuple(lookup.terms(catalog, kind, values.split_list(
        getattr(args, option)))) for option, name, kind in FILTERS}
    return SearchQuery(args.search.strip(), tuple(args.status or ()), stock=args.stock,
                       **organise)


def chosen_keys(session: GridSession, given: list[str] | None) -> list[str]:
    """The column keys to write: ``--columns`` (checked), else the grid's default."""
    columns = list(session.columns.values())
    wanted = [file_import.normal_key(k) for k in values.split_list(given)]
    if wanted == ["all"]:
        return [c.key for c in columns]
    unknown = [k for k in wanted if k not in session.columns]
    if unknown:
        raise usage_error(f"--columns: this shop has no column {', '.join(unknown)} (it has "
                          f"{', '.join(session.columns)}).", "columns")
    return [c.key for c in chosen(columns, wanted or None)]


# ------------------------------------------------------------------ export
def cmd_export(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    def work(catalog: OfflineCatalog) -> Output:
        locale = checked_locale(args.locale)
        fmt = file_format(args.file, args.format)
        if args.file == "-" and args.json:
            raise usage_error("--json prints a report on standard output: give a file name "
                              "instead of -.", "file")
        session, _ = open_session(catalog, chosen_products(catalog, args), locale)
        keys = chosen_keys(session, args.columns)
        _write(session, keys, fmt, args.file)
        products = len({r.product_id for r in session.rows})
        where = "standard output" if args.file == "-" else args.file
        message = (plural(len(session.rows), "Wrote {n} variant", "Wrote {n} variants")
                   + plural(products, " of {n} product", " of {n} products")
                   + f" to {where}.")
        body = {"file": args.file, "format": fmt, "locale": locale, "products": products,
                "variants": len(session.rows), "columns": files.header(keys)}
        if args.file == "-":  # stdout carries the file: the message goes to stderr
            return Output(body, note=message)
        return Output(body, message)

    return run(args, work, transports=transports)


def _write(session: GridSession, keys: list[str], fmt: str, path: str) -> None:
    """Written whole to memory first, so a failure never leaves half a file behind."""
    if fmt == "csv":
        text = io.StringIO()
        files.write_csv(session, keys, text)
        data = text.getvalue().encode("utf-8")
    else:
        binary = io.BytesIO()
        files.write_xlsx(session, keys, binary)
        data = binary.getvalue()
    if path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror or exc}.", field="file") from None


# ------------------------------------------------------------------ import
def cmd_import(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def work(catalog: OfflineCatalog) -> Output:
        locale = checked_locale(args.locale)
        fmt = file_format(args.file, args.format)
        try:
            table = files.read_table(args.file, fmt, sys.stdin)
            session = file_import.open_for(catalog, table, locale, catalog.server_id)
            result = file_import.stage(session, table, f"Import {args.file}",
                                       catalog.server_id)
        except files.GridFileError as exc:
            raise CommandError(str(exc), field="file") from None
        summary = review(session)
        out = Output({"file": args.file, "format": fmt, "locale": locale,
                      "dry_run": args.dry_run, "strict": args.strict,
                      **grid_report.import_json(result, summary), "applied": False,
                      "bulk_id": None, "undo": None, "changed_since_preview": []},
                     grid_report.report_text(result, summary))
        if not args.dry_run and not (args.strict and result.problems):
            await _apply(catalog, session, args, out)
        out.error = out.error or _problems_error(result, args)
        return out

    return run(args, work, online=args.push and not args.dry_run, transports=transports)


async def _apply(catalog: OfflineCatalog, session: GridSession, args: argparse.Namespace,
                 out: Output) -> None:
    plan = grid_plan(session)
    if plan.empty:
        out.text += "\nNothing to change."
        return
    try:
        applied = catalog.apply_grid(plan, f"Grid import of {Path(args.file).name}")
    except BulkError as exc:  # every product changed meanwhile: nothing was written
        raise CommandError(str(exc)) from None
    bulk_id = applied.op.id
    out.body.update(applied=True, bulk_id=bulk_id, undo=f"desktop-app bulk undo {bulk_id}",
                    changed_since_preview=[str(s) for s in applied.skipped])
    out.text += (f"\nRecorded as bulk edit #{bulk_id}; undo it with 'desktop-app bulk undo "
                 f"{bulk_id}'.")
    if args.push:
        await _push(catalog, args, out)
    else:
        out.text += "\nThe edits wait in the outbox: 'desktop-app push' sends them."


async def _push(catalog: OfflineCatalog, args: argparse.Namespace, out: Output) -> None:
    problem = medusa_problem(catalog)
    if problem is not None:
        out.error = CommandError(f"Not pushed (Medusa: {problem}); the edits wait in the "
                                 "outbox for 'desktop-app push'.", code="not_connected")
        return
    printer = ProgressPrinter(args.quiet or args.json)
    try:
        report = await catalog.push(printer)
    finally:
        printer.end()
    out.body["push"] = push_json(report)
    out.text += (f"\npushed: sent {report.sent}, already {report.already}, conflicts "
                 f"{report.conflicts}, failed {report.failed}, left for later "
                 f"{report.deferred + report.locked}")
    left = _left(report)
    if left:
        out.error = CommandError(plural(left, "{n} change was not pushed",
                                        "{n} changes were not pushed")
                                 + " (see 'desktop-app outbox list' and 'desktop-app "
                                 "operations list').", code="push_failed")


def _left(report: PushReport) -> int:
    ops = report.operations
    left = report.conflicts + report.failed + report.locked + report.deferred
    if ops is not None:  # stock levels are operations
        left += ops.failed + ops.conflicts + ops.deferred
    return left


def _problems_error(result: file_import.FileImport, args: argparse.Namespace
                    ) -> CommandError | None:
    if not result.problems:
        return None
    if args.dry_run:
        outcome = "a dry run writes nothing"
    elif args.strict:
        outcome = "nothing was applied (--strict)"
    else:
        outcome = "the other cells were applied"
    return CommandError(f"Not used from {args.file}: {grid_report.problems_line(result)}; "
                        f"{outcome}.", field="file")

