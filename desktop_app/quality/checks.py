"""Each rule applied to a product's facts: pass, fail or not applicable; and the score.

A rule is *not applicable* when the product or the shop gives it nothing to check:
alt text without images (or with images whose media the store has not read), prices
without regions or without a Medusa product, locales where the deployment has no
localised content. Such a rule counts neither way. The score is the share of the
applicable rules a product passes, 0–100 (None when no rule applies, e.g. every rule
switched off).

``judge`` is the hot path (bench/quality.py scores 100,000 products with it): plain
comparisons on the facts, no allocation beyond its result.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from desktop_app.i18n import translate
from desktop_app.money import format_number
from desktop_app.quality.facts import NO_PRODUCT, Facts, encode
from desktop_app.quality.rules import (
    ALT_TEXT,
    BITS,
    DESCRIPTION,
    LOCALES,
    META_DESCRIPTION,
    META_TITLE,
    PRICES,
    RULES,
    THUMBNAIL,
    QualityRules,
)

UNKNOWN = object()  # a media doc the store has not read: its alt text is not known


class Verdict(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NA = "n/a"


@dataclass(frozen=True)
class Context:
    """What scoring needs besides a product's facts: the shop's rules, its regions
    ``(id, currency)``, the alt text of media docs by id (``""`` for none; a media id
    missing here is not known), and the deployment's locales other than the default
    (empty: no localisation)."""

    rules: QualityRules = field(default_factory=QualityRules)
    regions: tuple[tuple[str, str], ...] = ()
    alts: Mapping[str, str] = field(default_factory=dict)
    locales: tuple[str, ...] = ()


def _verdict(ok: bool) -> Verdict:
    return Verdict.PASS if ok else Verdict.FAIL


def _alt_text(facts: Facts, alts: Mapping[str, str]) -> Verdict:
    unknown = False
    for media in facts.get("m") or ():
        alt = alts.get(media, UNKNOWN)
        if alt is UNKNOWN:
            unknown = True
        elif not alt:
            return Verdict.FAIL  # one known image without alt text is enough to fail
    return Verdict.NA if unknown or not facts.get("m") else Verdict.PASS


def _prices(facts: Facts, regions: tuple[tuple[str, str], ...]) -> Verdict:
    variants = facts.get("v")
    if not regions or variants is None:
        return Verdict.NA
    if not variants:
        return Verdict.FAIL  # nothing to sell
    for keys in variants:
        for region, currency in regions:
            if f"c:{currency}" not in keys and f"r:{region}" not in keys:
                return Verdict.FAIL
    return Verdict.PASS


def _locales(facts: Facts, locales: tuple[str, ...]) -> Verdict:
    if not locales:
        return Verdict.NA
    done = set(facts.get("l") or ())
    return _verdict(all(locale in done for locale in locales))


def verdicts(facts: Facts, ctx: Context) -> dict[str, Verdict]:
    """Every rule that is on, in ``RULES`` order."""
    rules = ctx.rules
    found = {
        DESCRIPTION: _verdict(facts.get("w", 0) >= rules.description_min_words),
        META_TITLE: _verdict(
            rules.meta_title_min <= facts.get("t", 0) <= rules.meta_title_max
            and facts.get("t", 0) > 0
        ),
        META_DESCRIPTION: _verdict(
            rules.meta_description_min <= facts.get("d", 0) <= rules.meta_description_max
            and facts.get("d", 0) > 0
        ),
        ALT_TEXT: _alt_text(facts, ctx.alts),
        THUMBNAIL: _verdict(bool(facts.get("th"))),
        PRICES: _prices(facts, ctx.regions),
        LOCALES: _locales(facts, ctx.locales),
    }
    return {rule: found[rule] for rule in RULES if rules.on(rule)}


Judge = Callable[[str], tuple[int | None, int, int]]


def judge(facts: Facts, ctx: Context) -> tuple[int | None, int, int]:
    """``(score, failed bits, not-applicable bits)`` of one product (bits: ``BITS``)."""
    return judge_with(ctx)(encode(facts))


def judge_with(ctx: Context) -> Judge:
    """``judge`` of many products' *stored* facts (``facts.encode``) under one context:
    the rules' switches and thresholds and the regions' price keys looked up once, the
    facts read from the line they are stored as (no dict; a list split only where a
    rule needs it). Re-scoring 100,000 products calls it 100,000 times (bench/quality.py);
    tests check it against ``verdicts``."""
    rules = ctx.rules
    words = rules.description_min_words
    t_low, t_high = max(rules.meta_title_min, 1), rules.meta_title_max
    d_low, d_high = max(rules.meta_description_min, 1), rules.meta_description_max
    on = {rule: rules.on(rule) for rule in RULES}
    counting = sum(on.values())
    # Each region as the two keys that price it, padded so a substring test is exact.
    keys = [(f" c:{currency} ", f" r:{region} ") for region, currency in ctx.regions]
    # Whether a media doc has alt text (None: not read); whether a product's variants
    # are all priced, by their stored keys (a shop's products share a few such lines).
    has_alt = {m: bool(alt) for m, alt in ctx.alts.items()}
    priced: dict[str, bool] = {}
    locales = set(ctx.locales)
    b_desc, b_title, b_meta = BITS[DESCRIPTION], BITS[META_TITLE], BITS[META_DESCRIPTION]
    b_alt, b_thumb, b_price, b_loc = BITS[ALT_TEXT], BITS[THUMBNAIL], BITS[PRICES], BITS[LOCALES]

    def all_priced(kinds: str) -> bool:
        found = priced.get(kinds)
        if found is None:
            found = priced[kinds] = bool(kinds) and not any(
                c not in v and r not in v
                for v in (f" {k} " for k in kinds.split(";"))
                for c, r in keys
            )
        return found

    def one(text: str) -> tuple[int | None, int, int]:
        w, t, d, th, _doc, media, kinds, done = text.split("|")
        fails = na = 0
        if on[DESCRIPTION] and int(w) < words:
            fails |= b_desc
        if on[META_TITLE] and not t_low <= int(t) <= t_high:
            fails |= b_title
        if on[META_DESCRIPTION] and not d_low <= int(d) <= d_high:
            fails |= b_meta
        if on[ALT_TEXT]:
            unknown = not media
            for m in media.split():
                known = has_alt.get(m)
                if known is None:
                    unknown = True
                elif not known:
                    fails |= b_alt
                    break
            else:
                if unknown:
                    na |= b_alt
        if on[THUMBNAIL] and th == "0":
            fails |= b_thumb
        if on[PRICES]:
            if not keys or kinds == NO_PRODUCT:
                na |= b_price
            elif not all_priced(kinds):
                fails |= b_price
        if on[LOCALES]:
            if not locales:
                na |= b_loc
            elif not locales <= set(done.split()):
                fails |= b_loc
        counted = counting - na.bit_count()
        if not counted:
            return None, fails, na
        return round(100 * (counted - fails.bit_count()) / counted), fails, na

    return one


def explain(rule: str, facts: Facts, ctx: Context) -> str:
    """Why ``rule`` fails (or does not apply) for a product, in a few words."""
    rules = ctx.rules
    if rule == DESCRIPTION:
        return translate(
            "QualityRules", "%Ln words (at least {min})", None, facts.get("w", 0)
        ).format(min=format_number(rules.description_min_words))
    if rule in (META_TITLE, META_DESCRIPTION):
        length = facts.get("t" if rule == META_TITLE else "d", 0)
        low, high = (
            (rules.meta_title_min, rules.meta_title_max)
            if rule == META_TITLE
            else (rules.meta_description_min, rules.meta_description_max)
        )
        if not length:
            return translate("QualityRules", "missing")
        return translate("QualityRules", "%Ln characters ({min}–{max})", None, length).format(
            min=format_number(low), max=format_number(high)
        )
    if rule == ALT_TEXT:
        media = facts.get("m") or ()
        if not media:
            return translate("QualityRules", "no images")
        missing = sum(1 for m in media if ctx.alts.get(m, UNKNOWN) == "")
        unknown = sum(1 for m in media if ctx.alts.get(m, UNKNOWN) is UNKNOWN)
        parts = (
            [
                translate(
                    "QualityRules", "{missing} of %Ln images without alt text", None, len(media)
                ).format(missing=format_number(missing))
            ]
            if missing
            else []
        )
        if unknown:
            parts.append(translate("QualityRules", "%Ln not read yet", None, unknown))
        return ", ".join(parts)
    if rule == THUMBNAIL:
        return translate("QualityRules", "no thumbnail")
    if rule == PRICES:
        return _explain_prices(facts, ctx)
    if not ctx.locales:
        return translate("QualityRules", "the shop has no localised content")
    done = set(facts.get("l") or ())
    return translate("QualityRules", "missing {locales}").format(
        locales=", ".join(loc for loc in ctx.locales if loc not in done)
    )


def _explain_prices(facts: Facts, ctx: Context) -> str:
    variants = facts.get("v")
    if not ctx.regions:
        return translate("QualityRules", "no regions pulled")
    if variants is None:
        return translate("QualityRules", "no Medusa product")
    if not variants:
        return translate("QualityRules", "no variants")
    missing = [
        f"{currency.upper()} ({region})"
        for region, currency in ctx.regions
        if any(f"c:{currency}" not in keys and f"r:{region}" not in keys for keys in variants)
    ]
    return translate("QualityRules", "variants without a price for {currencies}").format(
        currencies=", ".join(missing)
    )
