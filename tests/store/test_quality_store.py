"""Completeness scores in the store (schema migration 8): kept in step with the rows,
re-scored when the rules, regions or alt texts change, filtered and sorted in SQL."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.quality import stored, upkeep
from desktop_app.quality.rules import BITS, QualityRules
from desktop_app.store import CatalogStore, SearchQuery, taxonomy
from desktop_app.store.db import migrate
from desktop_app.store.schema import MIGRATIONS, SCHEMA_VERSION

WORDS = " ".join(["word"] * 60)
STAMP = "2026-12-01T00:00:00.000Z"


def lexical(text: str) -> dict:
    return {"root": {"type": "root", "children": [
        {"type": "paragraph", "children": [{"type": "text", "text": text}]}]}}


def medusa(pid: str, *, currencies: tuple[str, ...] = ("eur",), title: str = "Mug") -> dict:
    return {"id": pid, "title": title, "handle": pid, "updated_at": STAMP, "variants": [
        {"id": f"{pid}_v", "prices": [{"currency_code": c, "amount": 10} for c in currencies]}]}


def payload(doc_id: str, pid: str, *, words: str = WORDS, title: int = 40, desc: int = 100,
            thumbnail: int | None = 1, images: tuple[int, ...] = ()) -> dict:
    return {"id": doc_id, "medusa_id": pid, "title": "Mug", "description": lexical(words),
            "seo": {"meta_title": "t" * title, "meta_description": "d" * desc},
            "thumbnail": thumbnail, "images": [{"id": f"r{i}", "image": i} for i in images],
            "updated_at": STAMP}


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    taxonomy.save_all(s.conn, "region", [{"id": "reg_eu", "name": "Europe",
                                          "currency_code": "eur"}])
    stored.save_media(s.conn, [{"id": 1, "alt": "A red mug"}, {"id": 2, "alt": None}])
    yield s
    s.close()


def scores(s: CatalogStore) -> dict[str, tuple]:
    return {r[0]: tuple(r[1:]) for r in s.conn.execute(
        "SELECT product_id, quality, quality_fails FROM catalog_rows")}


def test_rows_carry_their_score_as_they_are_rebuilt(store):
    store.save_medusa([medusa("p1"), medusa("p2", currencies=("usd",))], refresh=False)
    store.save_payload([payload("1", "p1"), payload("2", "p2", words="short", images=(2,))])
    assert scores(store) == {
        "p1": (100, 0),
        "p2": (50, BITS["description"] | BITS["alt_text"] | BITS["prices"])}  # 3 of 6
    # A pending edit counts at once: the row shows the merchant's version.
    store.outbox.record("p2", {"seo.meta_title": ""}, {"seo.meta_title": "t" * 40})
    store.refresh_rows(["p2"])
    assert scores(store)["p2"][1] & BITS["meta_title"]


def test_the_sort_keys_copy_follows_the_score(store):
    store.save_medusa([medusa("p1")], refresh=False)
    store.save_payload([payload("1", "p1", words="short")])
    row = store.conn.execute("SELECT quality, quality_fails FROM sort_keys").fetchone()
    assert tuple(row) == (83, BITS["description"])


def _fts_statements(s: CatalogStore, work) -> list[str]:
    seen: list[str] = []
    s.conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        s.conn.set_trace_callback(None)
    return [line for line in seen if "catalog_fts" in line]


def test_new_rules_rescore_from_the_facts_without_reindexing_text(store):
    store.save_medusa([medusa(f"p{n}") for n in range(3)], refresh=False)
    store.save_payload([payload(str(n), f"p{n}", words=" ".join(["w"] * (40 + 10 * n)))
                        for n in range(3)])
    assert [scores(store)[f"p{n}"][0] for n in range(3)] == [83, 100, 100]
    touched = _fts_statements(store, lambda: upkeep.use_rules(
        store.conn, QualityRules(description_min_words=55)))
    assert [scores(store)[f"p{n}"][0] for n in range(3)] == [83, 83, 100]
    assert touched == []  # scores are no FTS column: no text re-indexed
    assert store.count(SearchQuery("mug")) == 3  # the index is intact
    # The same rules again: nothing to do.
    assert not upkeep.use_rules(store.conn, QualityRules(description_min_words=55)).changed


def test_a_new_region_rescores_prices_at_the_next_ensure(store):
    store.save_medusa([medusa("p1"), medusa("p2", currencies=("eur", "usd"))], refresh=False)
    store.save_payload([payload("1", "p1"), payload("2", "p2")])
    upkeep.ensure(store.conn)
    assert scores(store) == {"p1": (100, 0), "p2": (100, 0)}
    taxonomy.save_all(store.conn, "region", [
        {"id": "reg_eu", "name": "Europe", "currency_code": "eur"},
        {"id": "reg_us", "name": "US", "currency_code": "usd"}])
    assert upkeep.ensure(store.conn).rescored == 1
    assert scores(store) == {"p1": (83, BITS["prices"]), "p2": (100, 0)}


def test_an_alt_text_added_in_payload_rescores_at_the_next_ensure(store):
    store.save_medusa([medusa("p1")], refresh=False)
    store.save_payload([payload("1", "p1", images=(2,))])
    upkeep.ensure(store.conn)
    assert scores(store)["p1"] == (83, BITS["alt_text"])
    stored.save_media(store.conn, [{"id": 2, "alt": "Side view",
                                    "updatedAt": "2026-12-02T00:00:00.000Z"}])
    upkeep.ensure(store.conn)
    assert scores(store)["p1"] == (100, 0)


QUERIES = [
    SearchQuery(quality="complete"),
    SearchQuery(quality="incomplete"),
    SearchQuery(quality="description"),
    SearchQuery(quality="prices", sort="quality"),
    SearchQuery("mug", quality="incomplete"),
    SearchQuery("mug", quality="alt_text", sort="relevance"),
    SearchQuery(quality="incomplete", statuses=("draft",), sort="updated"),
    SearchQuery(quality="incomplete", stock="low"),
    SearchQuery("mug", quality="complete", sort="stock", descending=True),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q)[:90])
def test_the_completeness_filter_agrees_with_the_scores_in_every_plan(store, query, monkeypatch):
    products, docs = [], []
    for n in range(60):
        pid = f"p{n:02d}"
        products.append({**medusa(pid, currencies=("eur",) if n % 3 else ("usd",)),
                          "status": "draft" if n % 2 else "published",
                          "variants": [{**medusa(pid)["variants"][0], "manage_inventory": True,
                                        "levels": {"l": {"stocked": n % 7, "reserved": 0}},
                                        "prices": medusa(pid, currencies=(
                                            "eur",) if n % 3 else ("usd",))["variants"][0][
                                            "prices"]}]})
        docs.append(payload(str(n), pid, words=WORDS if n % 4 else "few words",
                            images=(1,) if n % 5 else (2,)))
    store.save_medusa(products, refresh=False)
    store.save_payload(docs)
    rows = {r["product_id"]: r for r in store.conn.execute("SELECT * FROM catalog_rows")}

    def wanted(r: sqlite3.Row) -> bool:
        if query.quality == "complete":
            return r["quality"] == 100
        if query.quality == "incomplete":
            return r["quality"] < 100
        return bool(r["quality_fails"] & BITS[query.quality])

    from desktop_app.store import search as search_module

    expected_ids = {pid for pid, r in rows.items() if wanted(r)
                    and (not query.statuses or r["status"] in query.statuses)}
    total = store.count(query)
    got = [r.product_id for r in store.search(query, 0, 1000)]
    if query.stock is None:
        assert set(got) == expected_ids and total == len(expected_ids)
    assert len(got) == total and len(set(got)) == total
    # Every plan gives the same page: force the ordered scan and the sorted FTS hits.
    for scan, fts_max in ((5, 0), (3000, 10_000)):
        monkeypatch.setattr(search_module, "SCAN_ROWS", scan)
        monkeypatch.setattr(search_module, "FTS_SORT_MAX", fts_max)
        assert [r.product_id for r in store.search(query, 0, 1000)] == got
    if query.sort == "quality":
        values = [rows[p]["quality"] for p in got]
        assert values == sorted(values)


def test_an_unknown_completeness_filter_is_refused(store):
    with pytest.raises(ValueError, match="completeness filter"):
        store.count(SearchQuery(quality="spelling"))


def test_a_version_7_store_is_migrated_and_scored_by_ensure(tmp_path):
    """Rows written before migration 8 stay searchable, unscored; ``ensure`` builds
    their facts once; the scores then sort and filter."""
    path = tmp_path / "v7.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:7])
    medusa_rec = medusa("p1")
    payload_rec = payload("1", "p1", words="few words")
    conn.execute("INSERT INTO medusa_products (id, title, handle, updated_at, raw) "
                 "VALUES ('p1', 'Mug', 'p1', ?, ?)", (STAMP, json.dumps(medusa_rec)))
    conn.execute("INSERT INTO payload_docs (id, medusa_id, title, updated_at, raw) "
                 "VALUES ('1', 'p1', 'Mug', ?, ?)", (STAMP, json.dumps(payload_rec)))
    conn.execute(
        """INSERT INTO catalog_rows (product_id, payload_id, title, title_key, handle,
               subtitle, status, skus, description, search_text, facets, variants, updated_at,
               sync_state, sku_key, sync_rank)
           VALUES ('p1', '1', 'Mug', 'mug', 'p1', '', 'draft', '', 'few words', ' mug |',
                   'zsdraft zylinked', 1, ?, 'linked', '', 5)""", (STAMP,))
    conn.close()

    store = CatalogStore.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 8
    [row] = store.search(SearchQuery("mug", sort="quality"))
    assert row.quality is None  # not scored yet, still listed
    assert store.count(SearchQuery(quality="incomplete")) == 0
    assert stored.unscored(store.conn) == ["p1"]
    done = upkeep.ensure(store.conn)
    assert done.rebuilt == 1
    [row] = store.search(SearchQuery(quality="description"))
    assert row.quality == 75  # fails the description; no regions, no images: 3 of 4
    assert stored.unscored(store.conn) == []
    store.close()
