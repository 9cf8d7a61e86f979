"""``desktop-app translations status|export|import``: translations for translators (issue 16).

``status`` lists per locale how many products are missing, outdated or done, and which
are not done (``--json``: every product and locale, field by field). ``export --locale de
FILE`` writes the units still to do in that locale (``--all``: every unit) as XLIFF 1.2 or
CSV (by the file's name, or ``--format``; ``-`` is stdout). ``import FILE`` checks a file
against the store and records its new translations as edits (the outbox; ``--push`` sends
them at once, else ``desktop-app push``); ``--dry-run`` only shows what it would do.

All three read the store (offline). The first time, the shop is asked what it translates
(its capabilities, online); a shop without localised content or Medusa's Translation module
says why, and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    JsonErrorsParser,
    Output,
    add_output_arguments,
    run,
    table,
    usage_error,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from desktop_app.text import plural
from desktop_app.translations import files, work
from desktop_app.translations.importing import ImportRefused, Verdict
from desktop_app.translations.setup import TranslationSetup, TranslationsUnavailable

LISTED = 20  # products not done listed per locale in the text status


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "translations", help="translation status, export and import for translators",
        description="Translations of Payload's localised content and Medusa's product "
        "translations: status per product and locale, XLIFF/CSV export and import.")
    sub = parser.add_subparsers(dest="translations_command", metavar="COMMAND", required=True,
                                parser_class=JsonErrorsParser)
    status = sub.add_parser(
        "status", help="per locale: missing, outdated, done", formatter_class=HELP,
        description="Per locale how many products are missing a translation, have one whose "
        "source changed since (outdated), or are done; and which are not done.",
        epilog="example:\n  desktop-app translations status\n"
        "  desktop-app translations status --locale de --json")
    add_output_arguments(status)
    status.add_argument("--locale", metavar="L", help="one locale only (de, or de-DE)")
    status.add_argument("--limit", type=int, default=LISTED, metavar="N",
                        help=f"products listed per locale (default {LISTED}, 0: all)")
    status.set_defaults(func=cmd_status)

    export = sub.add_parser(
        "export", help="write the work of one locale for translators", formatter_class=HELP,
        description="Write the units still to translate into one locale (missing or "
        "outdated; --all: every unit) as XLIFF 1.2 or CSV. Descriptions are markdown.",
        epilog="example:\n  desktop-app translations export --locale de products-de.xlf\n"
        "  desktop-app translations export --locale fr --format csv --all -")
    add_output_arguments(export)
    export.add_argument("file", help="the file to write (.xlf/.xliff or .csv; - for stdout)")
    export.add_argument("--locale", required=True, metavar="L", help="the target locale")
    export.add_argument("--format", choices=files.FORMATS, help="default: by the file's name")
    export.add_argument("--all", action="store_true", help="every unit, done ones too")
    export.add_argument("--product", action="append", default=[], metavar="ID",
                        help="only these products (repeatable)")
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser(
        "import", help="read a translated file back (as edits)", formatter_class=HELP,
        description="Check a translated XLIFF or CSV file against the store and record its "
        "new translations as edits. Units whose source changed since the export are skipped "
        "(export again); a translation is never cleared by an import.",
        epilog="example:\n  desktop-app translations import products-de.xlf --dry-run\n"
        "  desktop-app translations import products-de.xlf --push")
    add_output_arguments(imp)
    imp.add_argument("file", help="the translated file (.xlf/.xliff or .csv)")
    imp.add_argument("--format", choices=files.FORMATS, help="default: by the file's name")
    imp.add_argument("--locale", metavar="L", help="the target locale (default: the file's)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; change "
                     "nothing")
    imp.add_argument("--push", action="store_true", help="send the edits at once")
    imp.set_defaults(func=cmd_import)


async def setup_for(catalog: OfflineCatalog) -> TranslationSetup:
    """The stored setup; the first time, the shop is asked (online)."""
    found = catalog.translation_setup()
    if found is not None:
        return found
    try:
        return await catalog.detect_translations()
    except TranslationsUnavailable as exc:
        raise CommandError(f"Translations are not available: {exc.reason}",
                           code="unavailable") from None


def _target(setup: TranslationSetup, code: str | None) -> list[Any]:
    if code is None:
        return list(setup.targets)
    try:
        return [work.target_of(setup, code)]
    except work.NotTranslatable as exc:
        raise usage_error(str(exc), "locale") from None


# ------------------------------------------------------------------ status
def cmd_status(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def job(catalog: OfflineCatalog) -> Output:
        setup = await setup_for(catalog)
        targets = _target(setup, args.locale)
        counts = catalog.translation_counts()
        rows = [r for t in targets for r in catalog.translation_status(locale=t.code)]
        body = {"source": setup.source,
                "locales": [{"locale": t.code, "payload_locale": t.payload,
                             "medusa_locale": t.medusa,
                             **counts.get(t.code, {"missing": 0, "outdated": 0, "done": 0})}
                            for t in targets],
                "products": [{"product_id": r.product_id, "locale": r.locale,
                              "status": r.status, "fields": r.fields} for r in rows]}
        lines = [table(("Locale", "Payload", "Medusa", "Missing", "Outdated", "Done"), [
            (t.code, t.payload or "—", t.medusa or "—",
             *(f"{counts.get(t.code, {}).get(s, 0):,}" for s in ("missing", "outdated", "done")))
            for t in targets])]
        for target in targets:
            todo = [r for r in rows if r.locale == target.code and r.status != "done"]
            shown = todo if args.limit <= 0 else todo[: args.limit]
            if shown:
                lines.append(f"\nNot done in {target.code}:")
                lines.append(table(("Status", "Product", "Id"), [  # titles of those shown
                    (r.status, work.title_of(catalog, r.product_id), r.product_id)
                    for r in shown], width=50))
                if len(shown) < len(todo):
                    lines.append(f"… and {len(todo) - len(shown):,} more (--limit 0 lists all)")
        note = "" if catalog.pulled() else "The store was never pulled: run 'desktop-app pull'."
        return Output(body, "\n".join(lines), note)

    return run(args, job, online=True, transports=transports)


# ------------------------------------------------------------------ export
def cmd_export(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def job(catalog: OfflineCatalog) -> Output:
        setup = await setup_for(catalog)
        try:
            fmt = files.format_of("x.csv" if args.file == "-" and not args.format else args.file,
                                  args.format)
            target = _target(setup, args.locale)[0]
            done = work.export(catalog, target.code, fmt, everything=args.all,
                               product_ids=args.product or None)
        except (files.FileError, work.NotTranslatable) as exc:
            raise usage_error(str(exc)) from None
        if args.file == "-":
            sys.stdout.buffer.write(done.data)
            sys.stdout.flush()
        else:
            Path(args.file).write_bytes(done.data)
        body = {"file": args.file, "format": fmt, "locale": target.code,
                "units": len(done.units), "products": done.products}
        text = "" if args.file == "-" else (
            plural(len(done.units), "{n} unit", "{n} units") + " of "
            + plural(done.products, "{n} product", "{n} products")
            + f" to {args.file} ({fmt}, {setup.source} → {target.code})")
        return Output(body, text)

    return run(args, job, online=True, transports=transports)


# ------------------------------------------------------------------ import
DRAFTS_NOTE = ("Payload keeps drafts: its translations are saved as drafts and go live when "
               "a product is published ('desktop-app content publish PRODUCT'); Medusa's "
               "translations are live once sent.")


def cmd_import(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    async def job(catalog: OfflineCatalog) -> Output:
        await setup_for(catalog)
        try:
            fmt = files.format_of(args.file, args.format)
            data = Path(args.file).read_bytes()
            done = work.import_file(catalog, data, fmt, locale=args.locale,
                                    dry_run=args.dry_run)
        except OSError as exc:
            raise usage_error(f"{args.file}: {exc.strerror or exc}") from None
        except (files.FileError, ImportRefused, work.NotTranslatable) as exc:
            raise CommandError(str(exc), code="invalid") from None
        plan = done.plan
        body: dict[str, Any] = {"dry_run": args.dry_run, **plan.to_json(),
                                "edited": done.edited, "failed": done.failed,
                                "drafts": done.drafts}
        lines = [_summary(plan, args.dry_run, done.edited)]
        if done.drafts and (done.applied or args.dry_run):
            lines.append(DRAFTS_NOTE)
        for line in plan.lines:
            if line.verdict in (Verdict.CHANGE, Verdict.STALE, Verdict.UNKNOWN):
                after = line.after.replace("\n", " ")
                lines.append(f"  {line.verdict.value:8} {line.product_id}/{line.key}: "
                             f"{line.message or after[:70]}")
        lines += [f"warning: {w}" for w in plan.warnings]
        lines += [f"not recorded: {pid}: {why}" for pid, why in done.failed.items()]
        error = None
        if args.push and not args.dry_run and done.applied:
            report = await catalog.push()
            body["push"] = {"sent": report.sent, "conflicts": report.conflicts,
                            "failed": report.failed, "deferred": report.deferred}
            lines.append(f"pushed: {report.sent} sent, {report.conflicts} conflicts, "
                         f"{report.failed} failed, {report.deferred} waiting")
            if report.conflicts or report.failed or report.deferred:
                error = CommandError("Some translations were not sent: see "
                                     "'desktop-app outbox list'.", code="push_failed")
        if done.failed and error is None:
            error = CommandError(f"{len(done.failed)} products' translations were not recorded.")
        return Output(body, "\n".join(lines), error=error)

    return run(args, job, online=True, transports=transports)


def _summary(plan: Any, dry_run: bool, edited: int) -> str:
    counts = {v: plan.count(v) for v in Verdict}
    verb = "would change" if dry_run else "changed"
    products = plural(len(plan.edits), "{n} product", "{n} products")
    fields = "" if dry_run else ", " + plural(edited, "{n} field", "{n} fields")
    return (f"{plan.target.code}: "
            + plural(counts[Verdict.CHANGE], "{n} unit", "{n} units")
            + f" {verb} ({products}{fields}), {counts[Verdict.SAME]:,} unchanged, "
            f"{counts[Verdict.EMPTY]:,} untranslated, {counts[Verdict.STALE]:,} skipped "
            f"(source changed), {counts[Verdict.UNKNOWN]:,} unknown")
