"""The catalog's content quality in figures: per rule how many products pass, fail or
are not concerned, and per product its score and the rules it fails (with why).

Read from the stored scores (``catalog_rows.quality*``, kept current by ``upkeep``),
so a report of 100,000 products is a few SQL aggregates plus one pass over the rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from desktop_app.quality import stored
from desktop_app.quality.checks import explain
from desktop_app.quality.facts import decode
from desktop_app.quality.rules import BITS, RULES, QualityRules, label


@dataclass(frozen=True)
class RuleFigures:
    rule: str
    label: str
    requirement: str
    passed: int
    failed: int
    not_applicable: int

    @property
    def share(self) -> float | None:
        """Passed among the products the rule applies to (0–1), None if it applies to none."""
        applicable = self.passed + self.failed
        return self.passed / applicable if applicable else None


@dataclass(frozen=True)
class ProductQuality:
    product_id: str
    title: str
    handle: str
    score: int | None
    failing: tuple[tuple[str, str], ...] = ()  # (rule, why)
    not_applicable: tuple[str, ...] = ()

    def verdict(self, rule: str) -> str:
        """``pass``, ``fail`` or ``n/a`` (``checks.Verdict`` values); "" before scoring."""
        if self.score is None and not self.not_applicable:
            return ""
        if any(r == rule for r, _ in self.failing):
            return "fail"
        return "n/a" if rule in self.not_applicable else "pass"


@dataclass(frozen=True)
class LocaleFigures:
    """The catalog's completeness in one locale to translate into (``locale_facts``)."""

    locale: str
    products: int
    complete: int
    average: float | None
    figures: tuple[RuleFigures, ...]

    def figure(self, rule: str) -> RuleFigures | None:
        return next((f for f in self.figures if f.rule == rule), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "locale": self.locale,
            "products": self.products,
            "complete": self.complete,
            "average": None if self.average is None else round(self.average, 1),
            "by_rule": [_figure_json(f) for f in self.figures],
        }


def _figure_json(f: RuleFigures) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "label": f.label,
        "requirement": f.requirement,
        "passed": f.passed,
        "failed": f.failed,
        "not_applicable": f.not_applicable,
    }


@dataclass(frozen=True)
class QualityReport:
    rules: QualityRules
    products_total: int
    unscored: int  # rows stored before scores existed (scored at the next pull or report)
    complete: int  # scored 100
    average: float | None
    figures: tuple[RuleFigures, ...]
    locales: tuple[str, ...] = ()
    products: tuple[ProductQuality, ...] = field(default=())
    by_locale: tuple[LocaleFigures, ...] = ()  # per locale to translate into

    def figure(self, rule: str) -> RuleFigures | None:
        return next((f for f in self.figures if f.rule == rule), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "rules": self.rules.model_dump(mode="json"),
            "products_total": self.products_total,
            "unscored": self.unscored,
            "complete": self.complete,
            "average": None if self.average is None else round(self.average, 1),
            "locales": list(self.locales),
            "by_rule": [_figure_json(f) for f in self.figures],
            "by_locale": [loc.to_json() for loc in self.by_locale],
            "products": [
                {
                    "product_id": p.product_id,
                    "title": p.title,
                    "handle": p.handle,
                    "score": p.score,
                    "failing": [{"rule": r, "why": why} for r, why in p.failing],
                    "not_applicable": list(p.not_applicable),
                }
                for p in self.products
            ],
        }


def build(
    conn: sqlite3.Connection, *, products: bool = True, limit: int | None = None
) -> QualityReport:
    """The report over the stored rows; ``products=False`` leaves the per-product list out;
    ``limit``: only the first products of the list (worst first: the dashboard's table)."""
    rules = stored.rules(conn)
    on = [r for r in RULES if rules.on(r)]
    sums = ", ".join(
        f"total(quality_fails & {BITS[r]} != 0), total(quality_na & {BITS[r]} != 0)" for r in on
    )
    row = conn.execute(
        "SELECT count(*), count(quality), total(quality = 100), avg(quality)"
        + (f", {sums}" if sums else "")
        + " FROM catalog_rows"
    ).fetchone()
    total, complete, average = int(row[0]), int(row[2]), row[3]
    unscored = int(
        conn.execute("SELECT count(*) FROM catalog_rows WHERE quality_facts IS NULL").fetchone()[0]
    )
    figures = []
    for n, rule in enumerate(on):
        failed, na = int(row[4 + 2 * n]), int(row[5 + 2 * n])
        figures.append(
            RuleFigures(
                rule, label(rule), rules.describe(rule), total - unscored - failed - na, failed, na
            )
        )
    ctx = stored.context(conn, ())
    listed = _products(conn, ctx, on, limit=limit) if products else ()
    by_locale = tuple(_locale_figures(conn, rules, on, code) for code in ctx.locales)
    return QualityReport(
        rules, total, unscored, complete, average, tuple(figures), ctx.locales, listed, by_locale
    )


def _locale_figures(
    conn: sqlite3.Connection, rules: QualityRules, on: list[str], locale: str
) -> LocaleFigures:
    """One locale's figures from quality_locales (the products listed, those built)."""
    sums = "".join(f", total(q.fails & {BITS[r]} != 0), total(q.na & {BITS[r]} != 0)" for r in on)
    row = conn.execute(
        f"SELECT count(*), total(q.score = 100), avg(q.score){sums} FROM quality_locales q "
        "JOIN catalog_rows r ON r.rowid = q.row WHERE q.locale = ?",
        (locale,),
    ).fetchone()
    total = int(row[0])
    figures = tuple(
        RuleFigures(
            rule,
            label(rule),
            rules.describe(rule),
            total - int(row[3 + 2 * n]) - int(row[4 + 2 * n]),
            int(row[3 + 2 * n]),
            int(row[4 + 2 * n]),
        )
        for n, rule in enumerate(on)
    )
    return LocaleFigures(locale, total, int(row[1]), row[2], figures)


def product(
    conn: sqlite3.Connection, product_id: str, locale: str | None = None
) -> ProductQuality | None:
    """One product's score and failing rules (the list's tooltip); ``locale``: in that
    locale to translate into (None when it has no score there yet)."""
    on = [r for r in RULES if stored.rules(conn).on(r)]
    if locale is not None:
        return _locale_product(conn, product_id, locale, on)
    found = _products(conn, stored.context(conn, ()), on, product_id)
    return found[0] if found else None


def _locale_product(
    conn: sqlite3.Connection, product_id: str, locale: str, on: list[str]
) -> ProductQuality | None:
    r = conn.execute(
        "SELECT r.title, r.handle, q.score, q.fails, q.na, q.facts FROM catalog_rows r "
        "JOIN quality_locales q ON q.row = r.rowid AND q.locale = ? WHERE r.product_id = ?",
        (locale, product_id),
    ).fetchone()
    if r is None:
        return None
    facts = decode(r[5])
    base = stored.context(conn, facts.get("m") or ())
    ctx = stored.Context(base.rules, base.regions, base.alts, (locale,))
    failing = tuple((rule, explain(rule, facts, ctx)) for rule in on if r[3] & BITS[rule])
    na = tuple(rule for rule in on if r[4] & BITS[rule])
    return ProductQuality(product_id, r[0], r[1], r[2], failing, na)


def _products(
    conn: sqlite3.Connection,
    ctx: stored.Context,
    on: list[str],
    product_id: str | None = None,
    limit: int | None = None,
) -> tuple[ProductQuality, ...]:
    one = "WHERE product_id = ? " if product_id is not None else ""
    rows = conn.execute(
        "SELECT product_id, title, handle, quality, quality_fails, quality_na, quality_facts "
        f"FROM catalog_rows {one}ORDER BY quality IS NULL, quality, title_key, product_id "
        "LIMIT ?",
        (*(() if product_id is None else (product_id,)), -1 if limit is None else limit),
    ).fetchall()
    media = {
        m
        for r in rows
        if r["quality_fails"] and r["quality_facts"]
        for m in decode(r["quality_facts"]).get("m") or ()
    }
    ctx = stored.Context(ctx.rules, ctx.regions, stored.alts(conn, media), ctx.locales)
    listed = []
    for r in rows:
        failing: tuple[tuple[str, str], ...] = ()
        if r["quality_fails"]:
            facts = decode(r["quality_facts"])
            failing = tuple(
                (rule, explain(rule, facts, ctx)) for rule in on if r["quality_fails"] & BITS[rule]
            )
        na = tuple(rule for rule in on if r["quality_na"] & BITS[rule])
        listed.append(
            ProductQuality(
                r["product_id"],
                r["title"],
                r["handle"],
                r["quality"],
                failing,
                na if r["quality_facts"] else (),
            )
        )
    return tuple(listed)
