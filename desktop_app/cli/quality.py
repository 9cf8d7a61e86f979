"""``desktop-app quality report [--json|--csv]`` and ``quality rules``: content quality.

``report`` reads the profile's local store through its catalog (no network): per rule
how many products pass, fail or are not concerned, and per product its completeness
score and the rules it fails, with why; on a shop with translations, the same figures per
locale (each locale's description and SEO, ``quality/locale_facts.py``). ``--csv`` prints
one row per product with a column per rule (``pass``, ``fail``, ``n/a``). ``rules`` shows
the profile's rules or changes them (``--set NAME=VALUE``, ``--off RULE``, ``--on RULE``);
they are kept in the profile and the scores follow at the next report, pull or start of
the app.
"""

from __future__ import annotations

import argparse
import csv
import io
from typing import Any

from pydantic import ValidationError

from desktop_app.cli.catalog_cmd import (
    HELP,
    CommandError,
    JsonErrorsParser,
    Output,
    add_output_arguments,
    emit,
    pick_profile,
    run,
    table,
    usage_error,
)
from desktop_app.config import ConfigError, ProfileStore
from desktop_app.config.errors import format_validation_error
from desktop_app.quality.report import QualityReport
from desktop_app.quality.rules import LABELS, RULES, QualityRules
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports

SHOWN = 20  # products listed in the text report unless --limit says otherwise
NUMBERS = ("description_min_words", "meta_title_min", "meta_title_max",
           "meta_description_min", "meta_description_max")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quality", help="content quality: completeness report and rules",
        description="Content quality of the shop's products, from the local store.")
    sub = parser.add_subparsers(dest="quality_command", metavar="COMMAND", required=True,
                                parser_class=JsonErrorsParser)
    report = sub.add_parser(
        "report", help="per rule and per product: who passes, who fails, why",
        formatter_class=HELP,
        description="Per rule how many products pass and fail, per product its completeness "
        "score (share of the rules that apply to it) and the rules it fails. Offline: the "
        "store as last pulled, pending edits included.",
        epilog="example:\n  desktop-app quality report\n  desktop-app quality report --json\n"
        "  desktop-app quality report --csv > quality.csv")
    add_output_arguments(report)
    report.add_argument("--csv", action="store_true",
                        help="one CSV row per product, a column per rule")
    report.add_argument("--limit", type=int, default=SHOWN, metavar="N",
                        help=f"products listed in the text report (default {SHOWN}, 0: all)")
    report.set_defaults(func=cmd_report)
    rules = sub.add_parser(
        "rules", help="show or change the profile's rules", formatter_class=HELP,
        description="The profile's content-quality rules. Without options they are shown.",
        epilog="example:\n  desktop-app quality rules --set description_min_words=80\n"
        "  desktop-app quality rules --off locales --on alt_text")
    add_output_arguments(rules)
    rules.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help=f"a threshold: {', '.join(NUMBERS)}")
    rules.add_argument("--off", action="append", default=[], metavar="RULE",
                       help=f"a rule that no longer counts: {', '.join(RULES)}")
    rules.add_argument("--on", action="append", default=[], metavar="RULE",
                       help="a rule that counts again")
    rules.set_defaults(func=cmd_rules)


# ------------------------------------------------------------------ report
def report_csv(report: QualityReport) -> str:
    on = [f.rule for f in report.figures]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["product_id", "title", "handle", "score", *on, "failing"])
    for p in report.products:
        writer.writerow([p.product_id, p.title, p.handle, "" if p.score is None else p.score,
                         *(p.verdict(rule) for rule in on),
                         "; ".join(f"{rule}: {why}" for rule, why in p.failing)])
    return out.getvalue().rstrip("\n")


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{100 * share:.0f}%"


def report_text(report: QualityReport, limit: int) -> str:
    rows = [(f.label, f.requirement, f"{f.passed:,}", f"{f.failed:,}", f"{f.not_applicable:,}",
             _percent(f.share)) for f in report.figures]
    lines = [table(("Rule", "Asks for", "Pass", "Fail", "N/A", "Passing"), rows, width=70)]
    average = "—" if report.average is None else f"{report.average:.0f}"
    lines.append(f"\n{report.products_total:,} products, {report.complete:,} complete, "
                 f"average score {average}.")
    if report.unscored:
        lines.append(f"{report.unscored:,} not scored yet.")
    if not report.locales:
        lines.append("Locales: not applicable (this shop has no localised content).")
    else:
        lines += ["", locale_table(report)]
    failing = [p for p in report.products if p.failing]
    shown = failing if limit <= 0 else failing[:limit]
    if shown:
        lines.append("")
        lines.append(table(("Score", "Product", "Fails"), [
            ("—" if p.score is None else str(p.score), p.title or p.handle or p.product_id,
             "; ".join(f"{LABELS[r].lower()}: {why}" for r, why in p.failing))
            for p in shown], width=90))
        if len(shown) < len(failing):
            lines.append(f"… and {len(failing) - len(shown):,} more (--limit 0 lists all)")
    return "\n".join(lines)


def locale_table(report: QualityReport) -> str:
    """Per locale (the default first): average score, complete products, and each rule's
    share of passing products in that locale's content."""
    rules = [f.rule for f in report.figures]
    average = "—" if report.average is None else f"{report.average:.0f}"
    rows = [("default", average, f"{report.complete:,}",
             *(_percent(f.share) for f in report.figures))]
    for loc in report.by_locale:
        mean = "—" if loc.average is None else f"{loc.average:.0f}"
        rows.append((loc.locale, mean, f"{loc.complete:,}",
                     *(_percent(f.share) if (f := loc.figure(r)) else "—" for r in rules)))
    return table(("Locale", "Average", "Complete", *(LABELS[r] for r in rules)), rows,
                 width=110)


def cmd_report(args: argparse.Namespace, transports: Transports = Transports()) -> int:
    if args.csv and args.json:
        return emit(args, Output(error=usage_error("Choose --json or --csv, not both.")))

    def work(catalog: OfflineCatalog) -> Output:
        report = catalog.quality_report()
        if args.csv:
            return Output(text=report_csv(report))
        note = "" if catalog.pulled() else "The store was never pulled: run 'desktop-app pull'."
        return Output(report.to_json(), report_text(report, args.limit), note)

    return run(args, work, transports=transports)


# ------------------------------------------------------------------- rules
def _changed(rules: QualityRules, args: argparse.Namespace) -> dict[str, Any]:
    data = rules.model_dump(mode="json")
    for item in args.set:
        name, _, value = item.partition("=")
        if name not in NUMBERS or not value.strip().lstrip("-").isdigit():
            raise usage_error(f"--set takes NAME=NUMBER with NAME one of {', '.join(NUMBERS)} "
                              f"(got {item!r})", "set")
        data[name] = int(value)
    for rule in (*args.off, *args.on):
        if rule not in RULES:
            raise usage_error(f"unknown rule {rule!r}; the rules are {', '.join(RULES)}", "rule")
    data["off"] = [r for r in RULES if (r in data["off"] or r in args.off) and r not in args.on]
    return data


def _rules(rules: QualityRules, args: argparse.Namespace) -> QualityRules:
    try:
        return QualityRules.model_validate(_changed(rules, args))
    except ValidationError as exc:
        raise usage_error(format_validation_error(exc, "quality rules")) from None


def cmd_rules(args: argparse.Namespace) -> int:
    try:
        profile = pick_profile(args)
        new = _rules(profile.quality, args)
        if new != profile.quality:  # kept with the profile, in profiles.json
            store = ProfileStore()
            files = store.load()
            files.profiles[files.profiles.index(profile)] = profile.model_copy(
                update={"quality": new})
            store.save(files)
    except CommandError as exc:
        return emit(args, Output(error=exc))
    except ConfigError as exc:
        return emit(args, Output(error=CommandError(str(exc))))
    rows = [(LABELS[r], "off" if r in new.off else "on", new.describe(r)) for r in RULES]
    return emit(args, Output({"profile": profile.name, "rules": new.model_dump(mode="json")},
                             table(("Rule", "Counts", "Asks for"), rows, width=70)))
