"""``desktop-app quality report [--json|--csv]`` and ``quality rules``: offline, through the
profile's catalog; the figures agree with the products' records."""

from __future__ import annotations

import csv
import io
import json

from desktop_app.config import ProfileStore
from desktop_app.quality.rules import RULES
from desktop_app.store import CatalogStore
from tests.cli.catalog_shop import MUG, PROFILE, Shop

WORDS = " ".join(["word"] * 60)


def lexical(text: str) -> dict:
    return {"root": {"type": "root", "children": [
        {"type": "paragraph", "children": [{"type": "text", "text": text}]}]}}


def add_complete_cup() -> None:
    """A second product that passes every rule (both regions priced, SEO, thumbnail)."""
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        cup = json.loads(json.dumps(MUG))
        cup.update(id="prod_cup", handle="cup", title="Cup")
        for variant in cup["variants"]:
            variant["id"] = variant["id"].replace("var", "cvar")
            variant["sku"] = "C" + variant["sku"]
            variant["prices"] = [{"currency_code": "eur", "amount": 9},
                                 {"currency_code": "usd", "amount": 10}]
        store.save_medusa([cup])
        store.save_payload([{"id": "7", "medusa_id": "prod_cup", "title": "Cup",
                             "description": lexical(WORDS),
                             "seo": {"meta_title": "A cup for tea, thin porcelain, by hand",
                                     "meta_description": "d" * 120},
                             "thumbnail": 3, "images": [], "updated_at": MUG["updated_at"]}])
    finally:
        store.close()


def test_report_json_counts_per_rule_and_lists_each_product(cli: Shop) -> None:
    add_complete_cup()
    result = cli.json("quality", "report")
    assert result.code == 0, result.err
    body = result.json
    assert body["ok"] and body["products_total"] == 2 and body["complete"] == 1
    by_rule = {f["rule"]: f for f in body["by_rule"]}
    assert list(by_rule) == list(RULES)
    # The Mug has no Payload document: no description, SEO or thumbnail; EUR prices only.
    assert {r: (f["passed"], f["failed"], f["not_applicable"]) for r, f in by_rule.items()} == {
        "description": (1, 1, 0), "meta_title": (1, 1, 0), "meta_description": (1, 1, 0),
        "alt_text": (0, 0, 2), "thumbnail": (1, 1, 0), "prices": (1, 1, 0),
        "locales": (0, 0, 2)}
    mug, cup = body["products"]  # worst first
    assert (mug["product_id"], mug["score"], cup["score"]) == ("prod_mug", 0, 100)
    assert [f["rule"] for f in mug["failing"]] == ["description", "meta_title",
                                                   "meta_description", "thumbnail", "prices"]
    assert {"rule": "prices", "why": "variants without a price for USD (reg_na)"} in mug["failing"]
    assert mug["not_applicable"] == ["alt_text", "locales"]


def test_report_csv_has_a_row_per_product_and_a_column_per_rule(cli: Shop) -> None:
    add_complete_cup()
    result = cli.run("quality", "report", "--csv")
    assert result.code == 0
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == ["product_id", "title", "handle", "score", *RULES, "failing"]
    mug, cup = rows
    assert (mug["product_id"], mug["score"], mug["prices"], mug["alt_text"]) == (
        "prod_mug", "0", "fail", "n/a")
    assert mug["failing"].startswith("description: 0 words (at least 50); meta_title: missing")
    assert all(cup[rule] in ("pass", "n/a") for rule in RULES) and cup["failing"] == ""


def test_report_text_and_refusing_both_formats(cli: Shop) -> None:
    text = cli.run("quality", "report")
    assert text.code == 0
    assert text.out.splitlines()[0].split()[:2] == ["Rule", "Asks"]
    assert "1 products, 0 complete, average score 0." in text.out
    assert "Locales: not applicable" in text.out
    both = cli.json("quality", "report", "--csv")
    assert both.code == 2 and both.json["error"]["code"] == "usage"


def test_rules_are_shown_and_changed_in_the_profile(cli: Shop) -> None:
    shown = cli.json("quality", "rules")
    assert shown.json["rules"]["description_min_words"] == 50
    changed = cli.json("quality", "rules", "--set", "description_min_words=5", "--off",
                       "prices")
    assert changed.code == 0, changed.out
    assert ProfileStore().get(PROFILE.name).quality.off == ("prices",)
    report = cli.json("quality", "report").json  # the scores follow the profile's rules
    assert [f["rule"] for f in report["by_rule"]] == [r for r in RULES if r != "prices"]
    assert report["rules"]["description_min_words"] == 5
    bad = cli.json("quality", "rules", "--set", "meta_title_min=99")
    assert bad.code == 2 and "meta_title_min is more than meta_title_max" in (
        bad.json["error"]["message"])
    unknown = cli.json("quality", "rules", "--off", "spelling")
    assert unknown.code == 2 and "unknown rule" in unknown.json["error"]["message"]


def test_report_gives_figures_per_locale(cli: Shop) -> None:
    from desktop_app.translations.setup import build

    add_complete_cup()
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        with store.transaction():
            from desktop_app.store import translations as translation_store

            translation_store.save_setup(store.conn, build(
                source="en", payload_fields=("title", "description"),
                payload_locales=("en", "de")))
        store.refresh_rows(["prod_mug", "prod_cup"])
    finally:
        store.close()
    body = cli.json("quality", "report").json
    (de,) = body["by_locale"]
    assert de["locale"] == "de" and de["products"] == 2 and de["complete"] == 0
    description = next(f for f in de["by_rule"] if f["rule"] == "description")
    assert (description["passed"], description["failed"]) == (0, 2)  # nothing in German yet
    text = cli.run("quality", "report").out
    assert "Locale" in text and "default" in text
    assert any(line.split()[:1] == ["de"] for line in text.splitlines())
