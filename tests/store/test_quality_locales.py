"""Completeness per locale (schema migration 11): each translation target's score kept with
the rows, the list's Score, sort and completeness filter in a chosen locale (SQL, every
search plan), re-scoring, the report's per-locale figures and the tooltip's reasons."""

from __future__ import annotations

import pytest

from desktop_app.quality import stored, upkeep
from desktop_app.quality.report import build, product
from desktop_app.quality.rules import BITS, QualityRules
from desktop_app.store import CatalogStore, SearchQuery, taxonomy
from desktop_app.store import translations as translation_store
from desktop_app.store.search import count, search
from desktop_app.translations import setup as setups
from tests.store.test_quality_store import WORDS, lexical, medusa, payload

SETUP = setups.build(
    source="en",
    payload_fields=("title", "subtitle", "description", "seo.meta_title", "seo.meta_description"),
    payload_locales=("en", "de", "fr"),
)


def german(words: str = WORDS, title: int = 40, desc: int = 100) -> dict:
    return {
        "title": "Becher",
        "description": lexical(words),
        "seo": {"meta_title": "t" * title, "meta_description": "d" * desc},
    }


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    taxonomy.save_all(
        s.conn, "region", [{"id": "reg_eu", "name": "Europe", "currency_code": "eur"}]
    )
    with s.transaction():
        translation_store.save_setup(s.conn, SETUP)
    # p1: complete in English and German, French missing; p2: a short German description;
    # p3: German done but its SEO too short; p4: a Medusa product without a Payload doc.
    s.save_medusa([medusa(f"p{n}", title=f"Mug {n}") for n in range(1, 5)], refresh=False)
    s.save_payload(
        [
            {**payload("1", "p1"), "locales": {"de": german()}},
            {**payload("2", "p2"), "locales": {"de": german("kurz")}},
            {**payload("3", "p3"), "locales": {"de": german(title=5, desc=5)}},
        ]
    )
    s.refresh_rows(["p4"])
    yield s
    s.close()


def locale_scores(s: CatalogStore, locale: str) -> dict[str, tuple]:
    return {
        r[0]: (r[1], r[2])
        for r in s.conn.execute(
            "SELECT pid, score, fails FROM quality_locales WHERE locale=?",
            (locale,),
        )
    }


def test_each_locale_is_scored_on_its_own_content(store):
    de = locale_scores(store, "de")
    # Six rules apply (the thumbnail's alt text is not read: n/a). p1 passes them all in
    # German; in English it fails "every locale" (fr is not translated).
    assert de["p1"] == (100, 0)
    assert de["p2"] == (83, BITS["description"])
    assert de["p3"] == (67, BITS["meta_title"] | BITS["meta_description"])
    fr = locale_scores(store, "fr")
    fails = BITS["description"] | BITS["meta_title"] | BITS["meta_description"] | BITS["locales"]
    assert fr["p1"] == (33, fails)  # nothing in French: 2 of 6
    assert set(de) == set(fr) == {"p1", "p2", "p3", "p4"}
    default = dict(store.conn.execute("SELECT product_id, quality FROM catalog_rows"))
    assert default["p1"] == 83  # English is complete, but fr is not translated


def test_a_pending_translation_counts_at_once(store):
    store.outbox.record(
        "p2",
        {"locales.de.description": lexical(WORDS)},
        {"locales.de.description": lexical("kurz")},
    )
    store.refresh_rows(["p2"])
    assert locale_scores(store, "de")["p2"] == (100, 0)


def test_the_list_follows_the_chosen_locale(store):
    conn = store.conn
    rows = search(conn, SearchQuery(sort="quality", locale="de"))
    assert [(r.product_id, r.quality) for r in rows][:3] == [("p4", 33), ("p3", 67), ("p2", 83)]
    rows = search(conn, SearchQuery(sort="quality", descending=True, locale="de"))
    assert rows[0].product_id == "p1" and rows[0].quality == 100
    # Another sort: the same rows in title order, each with its German score.
    by_title = {r.product_id: r.quality for r in search(conn, SearchQuery(locale="de"))}
    assert by_title == {"p1": 100, "p2": 83, "p3": 67, "p4": 33}
    assert count(conn, SearchQuery(quality="complete")) == 0  # nothing complete in English
    assert count(conn, SearchQuery(quality="complete", locale="de")) == 1
    assert count(conn, SearchQuery(quality="meta_title", locale="de")) == 2  # p3, p4
    failing = SearchQuery(quality="description", locale="de", sort="quality")
    assert [r.product_id for r in search(conn, failing)] == ["p4", "p2"]


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"text": "mug"},
        {"sync_states": ("linked", "missing")},
        {"sort": "updated"},
        {"text": "mug", "sort": "relevance"},
    ],
)
def test_every_search_plan_filters_by_the_locale(store, extra):
    query = SearchQuery(quality="incomplete", locale="de", **extra)
    found = {r.product_id: r.quality for r in search(store.conn, query)}
    assert found == {"p2": 83, "p3": 67, "p4": 33}
    assert count(store.conn, query) == 3


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"text": "mug"},
        {"sync_states": ("linked",)},
        {"text": "mug", "sync_states": ("linked",)},
    ],
)
def test_the_sort_by_a_locale_score_takes_every_filter(store, extra):
    query = SearchQuery(sort="quality", descending=True, locale="de", **extra)
    found = [(r.product_id, r.quality) for r in search(store.conn, query)]
    expected = [("p1", 100), ("p2", 83), ("p3", 67), ("p4", 33)]
    if "sync_states" in extra:
        expected = expected[:3]  # p4 has no Payload document: not linked
    assert found == expected and count(store.conn, query) == len(expected)
    assert search(store.conn, query, offset=1, limit=1) == search(store.conn, query)[1:2]


def test_a_malformed_locale_is_refused(store):
    with pytest.raises(ValueError, match="locale"):
        search(store.conn, SearchQuery(locale="de' OR 1=1 --"))


def test_rules_rescore_every_locale(store):
    done = upkeep.use_rules(store.conn, QualityRules(description_min_words=1))
    assert done.rescored
    assert locale_scores(store, "de")["p2"] == (100, 0)


def test_the_report_gives_figures_per_locale(store):
    report = build(store.conn)
    assert [loc.locale for loc in report.by_locale] == ["de", "fr"]
    de = report.by_locale[0]
    assert (de.products, de.complete) == (4, 1)
    assert de.figure("description").failed == 2 and de.figure("description").passed == 2
    assert de.figure("locales").passed == 4  # p4 has nothing to translate: done
    fr = report.to_json()["by_locale"][1]
    assert fr["locale"] == "fr" and fr["complete"] == 0
    assert next(f for f in fr["by_rule"] if f["rule"] == "locales")["failed"] == 3
    why = product(store.conn, "p3", "de")
    assert why is not None and why.score == 67
    assert dict(why.failing)["meta_title"] == "5 characters (30–60)"
    assert product(store.conn, "p3", "xx") is None


def test_a_shop_without_translations_keeps_no_locale_scores(store):
    with store.transaction():
        translation_store.save_setup(store.conn, None)
    store.refresh_rows(["p1", "p2", "p3", "p4"])
    assert store.conn.execute("SELECT count(*) FROM quality_locales").fetchone()[0] == 0
    assert build(store.conn).by_locale == ()


def test_rows_stored_before_get_their_locale_scores(store):
    store.conn.execute("DELETE FROM quality_locales")
    assert set(stored.unscored(store.conn)) == {"p1", "p2", "p3", "p4"}
    upkeep.ensure(store.conn)
    assert locale_scores(store, "de")["p1"] == (100, 0)
    assert stored.unscored(store.conn) == []
