"""What ``desktop-app grid import`` prints: the diff per product and variant, the cells
and rows it could not use (with the reasons), and the review summary with the largest
price moves; as text, or as the JSON body of ``--json``."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from desktop_app.grid.file_import import CellChange, FileImport
from desktop_app.grid.plan import json_amount
from desktop_app.grid.review import PriceMove, Review
from desktop_app.text import plural

PREVIEW_LINES = 200  # variants (and problems) a text report lists; --json lists them all


# ------------------------------------------------------------------ JSON
def review_json(review: Review) -> dict[str, Any]:
    return {"cells": review.cells, "products": review.products, "variants": review.variants,
            "prices": review.prices, "stock": review.stock, "other": review.other,
            "bad": review.bad, "prices_added": review.prices_added,
            "prices_removed": review.prices_removed,
            "largest_moves": [move_json(m) for m in review.largest_moves],
            "summary": review_line(review)}


def move_json(move: PriceMove) -> dict[str, Any]:
    return {"product": move.product_title, "variant": move.variant_title,
            "column": move.column_label, "before": json_amount(move.before),
            "after": json_amount(move.after), "percent": float(round(move.percent, 2))}


def import_json(result: FileImport, review: Review) -> dict[str, Any]:
    return {"rows": result.rows,
            "changes": [c.to_json() for c in result.changes],
            "bad_cells": [b.to_json() for b in result.bad],
            "unknown_columns": [u.to_json() for u in result.unknown_columns],
            "unknown_variants": [u.to_json() for u in result.unknown_variants],
            "skipped_rows": [s.to_json() for s in result.skipped],
            # Bad cells the session never saw (read-only, rows disagreeing) count too.
            "review": {**review_json(review), "bad": len(result.bad)}}


# ------------------------------------------------------------------ text
def review_line(review: Review) -> str:
    text = (plural(review.cells, "{n} cell changes", "{n} cells change")
            + plural(review.products, " in {n} product", " in {n} products")
            + plural(review.variants, " ({n} variant)", " ({n} variants)"))
    if review.cells:
        text += (": " + plural(review.prices, "{n} price", "{n} prices")
                 + f" ({review.prices_added:,} added, {review.prices_removed:,} removed), "
                 + plural(review.stock, "{n} stock level", "{n} stock levels")
                 + plural(review.other, ", {n} other cell", ", {n} other cells"))
    return text + "."


def report_text(result: FileImport, review: Review) -> str:
    parts = [*_diff_lines(result.changes), *_problem_lines(result), review_line(review)]
    if review.largest_moves:
        parts.append("Largest price moves:")
        parts += [f"  {_percent(m.percent)}  {m.product_title} / {m.variant_title}  "
                  f"{m.column_label}  {_pair(m.before, m.after)}" for m in review.largest_moves]
    return "\n".join(parts)


def problems_line(result: FileImport) -> str:
    """The file's unused parts in one sentence (empty when everything was used)."""
    parts = []
    if result.bad:
        parts.append(plural(len(result.bad), "{n} bad cell", "{n} bad cells"))
    if result.unknown_columns:
        parts.append(plural(len(result.unknown_columns), "{n} unknown column",
                            "{n} unknown columns"))
    if result.unknown_variants:
        parts.append(plural(len(result.unknown_variants), "{n} unknown variant",
                            "{n} unknown variants"))
    if result.skipped:
        parts.append(plural(len(result.skipped), "{n} skipped row", "{n} skipped rows"))
    return ", ".join(parts)


def _pair(before: Decimal, after: Decimal) -> str:
    """Both amounts with as many decimals as the longer one has (10 → 15.50: 10.00)."""
    places = max(0, *(-int(d.as_tuple().exponent) for d in (before, after)))
    return f"{before:.{places}f} → {after:.{places}f}"


def _percent(value: Decimal) -> str:
    return f"{'+' if value >= 0 else ''}{value:.1f} %"


def _diff_lines(changes: Iterable[CellChange]) -> list[str]:
    """Per product, its own cells (status) then per variant: ``column: before → after``."""
    groups: dict[tuple[str, str], list[CellChange]] = {}
    for change in _grouped(changes):
        groups.setdefault((change.product_id, change.variant_id), []).append(change)
    lines: list[str] = []
    product = None
    for pid, vid in list(groups)[:PREVIEW_LINES]:
        first = groups[(pid, vid)][0]
        if pid != product:
            lines.append(f"{first.product} ({pid})")
            product = pid
        if vid:
            lines.append(f"  {first.variant} ({vid})")
        indent = "    " if vid else "  "
        lines += [f"{indent}{c.column}: {_shown(c.before)} → {_shown(c.after)}"
                  for c in groups[(pid, vid)]]
    rest = len(groups) - PREVIEW_LINES
    if rest > 0:
        lines.append(plural(rest, "… and {n} more variant (--json lists all)",
                            "… and {n} more variants (--json lists all)"))
    return lines


def _grouped(changes: Iterable[CellChange]) -> list[CellChange]:
    """Changes by product (in file order), its own cells before its variants'."""
    listed = list(changes)
    order: dict[str, int] = {}
    for c in listed:
        order.setdefault(c.product_id, len(order))
    return sorted(listed, key=lambda c: (order[c.product_id], bool(c.variant_id), c.line))


def _shown(text: str) -> str:
    return text if text != "" else "(empty)"


def _problem_lines(result: FileImport) -> list[str]:
    lines: list[str] = []
    lines += _section("Bad cells:", [
        f"  line {b.line}  {b.product_id} {b.variant_id}  {b.column} “{b.text}”: {b.reason}"
        for b in result.bad])
    lines += _section("Unknown columns:", [
        f"  {u.name or '(no name)'} (column {u.position}): {u.reason}"
        for u in result.unknown_columns])
    lines += _section("Unknown variants:", [
        f"  line {u.line}  {u.product_id} {u.variant_id}: {u.reason}"
        for u in result.unknown_variants])
    lines += _section("Skipped rows:", [
        f"  line {s.line}  {s.product_id} {s.variant_id}: {s.reason}" for s in result.skipped])
    return lines


def _section(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    more = len(lines) - PREVIEW_LINES
    tail = [plural(more, "  … and {n} more (--json lists all)",
                   "  … and {n} more (--json lists all)")] if more > 0 else []
    return [title, *lines[:PREVIEW_LINES], *tail]
