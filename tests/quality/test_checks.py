"""Each content-quality rule on a product's facts, and the completeness score."""

from __future__ import annotations

import pytest

from desktop_app.quality.checks import Context, Verdict, explain, judge, verdicts
from desktop_app.quality.facts import measure
from desktop_app.quality.rules import BITS, RULES, QualityRules

EUROPE, US = ("reg_eu", "eur"), ("reg_us", "usd")


def facts(**changes: object) -> dict:
    """A product that passes every rule that applies (given alts for "1" and regions)."""
    base = {"w": 60, "t": 45, "d": 120, "m": ["1"], "th": 1, "v": [["c:eur", "c:usd"]],
            "doc": 1}
    return {**base, **changes}


CTX = Context(QualityRules(), (EUROPE, US), {"1": "A red mug", "2": ""})


def test_a_complete_product_passes_every_applicable_rule_and_scores_100():
    found = verdicts(facts(), CTX)
    assert found == {**dict.fromkeys(RULES, Verdict.PASS), "locales": Verdict.NA}
    assert judge(facts(), CTX) == (100, 0, BITS["locales"])


@pytest.mark.parametrize(("words", "verdict"), [(49, Verdict.FAIL), (50, Verdict.PASS),
                                                (0, Verdict.FAIL)])
def test_description_needs_the_minimum_words(words, verdict):
    assert verdicts(facts(w=words), CTX)["description"] is verdict


@pytest.mark.parametrize(("length", "verdict"), [
    (0, Verdict.FAIL), (29, Verdict.FAIL), (30, Verdict.PASS), (60, Verdict.PASS),
    (61, Verdict.FAIL)])
def test_meta_title_within_the_search_engines_length(length, verdict):
    assert verdicts(facts(t=length), CTX)["meta_title"] is verdict


@pytest.mark.parametrize(("length", "verdict"), [
    (0, Verdict.FAIL), (69, Verdict.FAIL), (70, Verdict.PASS), (160, Verdict.PASS),
    (161, Verdict.FAIL)])
def test_meta_description_within_the_search_engines_length(length, verdict):
    assert verdicts(facts(d=length), CTX)["meta_description"] is verdict


def test_a_missing_meta_title_fails_even_when_the_minimum_is_zero():
    ctx = Context(QualityRules(meta_title_min=0))
    assert verdicts(facts(t=0), ctx)["meta_title"] is Verdict.FAIL


@pytest.mark.parametrize(("media", "verdict"), [
    (["1"], Verdict.PASS),
    (["1", "2"], Verdict.FAIL),  # "2" is known and has no alt text
    (["1", "9"], Verdict.NA),  # "9" was never read: not known, not counted
    (["9", "2"], Verdict.FAIL),  # one known image without alt text fails all the same
    ([], Verdict.NA),  # no image: nothing to describe
])
def test_alt_text_on_every_image_where_known(media, verdict):
    assert verdicts(facts(m=media), CTX)["alt_text"] is verdict


def test_thumbnail():
    assert verdicts(facts(th=0), CTX)["thumbnail"] is Verdict.FAIL
    assert verdicts(facts(th=1), CTX)["thumbnail"] is Verdict.PASS


@pytest.mark.parametrize(("variants", "verdict"), [
    ([["c:eur", "c:usd"], ["c:eur", "c:usd"]], Verdict.PASS),
    ([["c:eur", "c:usd"], ["c:eur"]], Verdict.FAIL),  # the second lacks USD
    ([["r:reg_eu", "c:usd"]], Verdict.PASS),  # a region price covers its region
    ([["r:reg_other", "c:usd"]], Verdict.FAIL),  # another region's EUR price does not
    ([], Verdict.FAIL),  # no variant: nothing to sell
    (None, Verdict.NA),  # no Medusa product (a Payload document alone)
])
def test_a_price_for_every_region_on_every_variant(variants, verdict):
    assert verdicts(facts(v=variants), CTX)["prices"] is verdict


def test_prices_do_not_apply_before_regions_are_pulled():
    assert verdicts(facts(v=[[]]), Context(QualityRules()))["prices"] is Verdict.NA


def test_locales_apply_only_where_the_deployment_has_them():
    assert verdicts(facts(), CTX)["locales"] is Verdict.NA
    localised = Context(QualityRules(), (EUROPE,), {"1": "x"}, ("de", "fr"))
    assert verdicts(facts(l=["de"]), localised)["locales"] is Verdict.FAIL
    assert verdicts(facts(l=["de", "fr"]), localised)["locales"] is Verdict.PASS
    assert explain("locales", facts(l=["de"]), localised) == "missing fr"


def test_score_is_the_share_of_applicable_rules_passed():
    # fails description and meta title; alt text does not apply (no images): 3 of 5
    score, fails, na = judge(facts(w=3, t=0, m=[]), CTX)
    assert score == 60
    assert fails == BITS["description"] | BITS["meta_title"]
    assert na == BITS["alt_text"] | BITS["locales"]


def test_rules_switched_off_count_neither_way():
    ctx = Context(QualityRules(off=("description", "meta_title")), (EUROPE, US), CTX.alts)
    assert "description" not in verdicts(facts(w=0), ctx)
    assert judge(facts(w=0, t=0), ctx)[:2] == (100, 0)
    everything_off = Context(QualityRules(off=RULES))
    assert judge(facts(), everything_off) == (None, 0, 0)


def test_explain_says_why_in_numbers():
    assert explain("description", facts(w=12), CTX) == "12 words (at least 50)"
    assert explain("meta_title", facts(t=0), CTX) == "missing"
    assert explain("meta_description", facts(d=200), CTX) == "200 characters (70–160)"
    assert explain("alt_text", facts(m=["1", "2", "9"]), CTX) == (
        "1 of 3 images without alt text, 1 not read yet")
    assert explain("prices", facts(v=[["c:eur"], ["c:eur", "c:usd"]]), CTX) == (
        "variants without a price for USD (reg_us)")


def test_measure_reads_the_records_as_stored():
    medusa = {"id": "p", "medusa_thumbnail": None, "variants": [
        {"id": "v1", "prices": [{"currency_code": "EUR", "amount": 10},
                                {"currency_code": "eur", "amount": 9, "region_id": "reg_eu"},
                                {"currency_code": "usd", "amount": None}]}]}
    payload = {"id": "1", "seo": {"meta_title": "  Red mug  ", "meta_description": None},
               "thumbnail": 4, "images": [{"id": "r1", "image": 5}, {"id": "r2", "image": 4}]}
    found = measure(medusa, payload, "A red mug, hand thrown.")
    assert found == {"w": 5, "t": 7, "d": 0, "m": ["4", "5"], "th": 1,
                     "v": [["c:eur", "r:reg_eu"]], "doc": 1}
    # No Payload document: Medusa's own thumbnail counts, no images, no SEO.
    assert measure({**medusa, "medusa_thumbnail": "http://x/a.png"}, None, "") == {
        "w": 0, "t": 0, "d": 0, "m": [], "th": 1, "v": [["c:eur", "r:reg_eu"]], "doc": 0}
    assert measure(None, payload, "")["v"] is None


def test_the_fast_judge_agrees_with_the_verdicts_on_many_products():
    """``judge_with`` (the re-scoring hot path) gives the verdicts' score and bits."""
    import itertools

    contexts = [CTX, Context(QualityRules(off=("alt_text",), meta_title_min=0)),
                Context(QualityRules(), (EUROPE,), {"1": "x"}, ("de",))]
    cases = list(itertools.product((0, 50), (0, 30, 61), (0, 100), ([], ["1"], ["2"], ["9"]),
                              (0, 1), (None, [], [["c:eur"]], [["r:reg_eu", "c:usd"]]),
                              ([], ["de"])))
    checked = 0
    for ctx in contexts:
        for w, t, d, m, th, v, loc in cases:
            f = facts(w=w, t=t, d=d, m=m, th=th, v=v, l=loc)
            found = verdicts(f, ctx)
            fails = sum(BITS[r] for r, x in found.items() if x is Verdict.FAIL)
            na = sum(BITS[r] for r, x in found.items() if x is Verdict.NA)
            counted = sum(1 for x in found.values() if x is not Verdict.NA)
            passed = sum(1 for x in found.values() if x is Verdict.PASS)
            score = round(100 * passed / counted) if counted else None
            assert judge(f, ctx) == (score, fails, na), (f, ctx)
            checked += 1
    assert checked > 1000


def test_stored_facts_round_trip_through_their_compact_form():
    from desktop_app.quality.facts import decode, encode

    for f in (facts(), facts(m=[], v=None), facts(v=[]), facts(l=["de", "fr"]),
              facts(v=[["c:eur", "r:reg_eu"], ["c:usd"], ["c:eur", "r:reg_eu"]])):
        back = decode(encode(f))
        assert judge(back, CTX) == judge(f, CTX)
        assert {k: back.get(k) for k in ("w", "t", "d", "m", "th", "doc")} == {
            k: f.get(k) for k in ("w", "t", "d", "m", "th", "doc")}
    # Variants priced alike are kept once; the answer to "does every variant…" is the same.
    many = facts(v=[["c:eur"]] * 50 + [["c:usd"]])
    assert decode(encode(many))["v"] == [["c:eur"], ["c:usd"]]


def test_words_are_tokens_with_a_letter_or_digit():
    from desktop_app.quality.facts import words

    assert words("## Mug\n\n- hand thrown, 350 ml — *blue*") == 6
