"""Sorting the list by a locale's score lists every product, those with no score in the
locale yet included (a store from before schema migration 11, until its upkeep): the
list's count and its rows agree, and the scored rows keep their order."""

from __future__ import annotations

import pytest

from desktop_app.store import SearchQuery
from desktop_app.store.search import count, search
from tests.store.test_quality_locales import store  # noqa: F401  (the fixture)


@pytest.fixture
def half_scored(store):  # noqa: F811
    store.conn.execute("DELETE FROM quality_locales WHERE pid IN ('p3', 'p4')")
    return store


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("extra", [{}, {"text": "mug"}, {"sync_states": ("linked",)}])
def test_products_without_a_locale_score_are_still_listed(half_scored, descending, extra):
    query = SearchQuery(sort="quality", locale="de", descending=descending, **extra)
    rows = search(half_scored.conn, query)
    found = [(r.product_id, r.quality) for r in rows]
    scored = [("p2", 83), ("p1", 100)]
    unscored = [("p3", None)] if "sync_states" in extra else [("p3", None), ("p4", None)]
    assert found == (scored[::-1] if descending else scored) + unscored
    assert len(rows) == count(half_scored.conn, query)


def test_pages_run_on_from_the_scored_rows_into_the_others(half_scored):
    query = SearchQuery(sort="quality", locale="de")
    whole = search(half_scored.conn, query)
    pages = [search(half_scored.conn, query, offset=n, limit=1) for n in range(5)]
    assert [p[0] for p in pages[:4]] == whole and pages[4] == []
    assert search(half_scored.conn, query, offset=1, limit=2) == whole[1:3]


def test_a_completeness_filter_takes_only_scored_rows(half_scored):
    query = SearchQuery(sort="quality", locale="de", quality="incomplete")
    assert [r.product_id for r in search(half_scored.conn, query)] == ["p2"]
    assert count(half_scored.conn, query) == 1
