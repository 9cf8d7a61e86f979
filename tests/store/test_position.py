"""A product's row from counts (store/position.py) is its row in the pages search() reads."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, SearchQuery, position
from desktop_app.store.search import search
from tests.store.test_search import medusa_rec

SORTS = ["title", "updated", "handle", "status", "variants", "skus", "sync", "stock", "quality"]
FILTERS = [
    SearchQuery(),
    SearchQuery(statuses=("draft",)),
    SearchQuery(statuses=("published", "proposed"), sync_states=("pending", "missing")),
    SearchQuery("shirt"),  # FTS hits
    SearchQuery("shirt", statuses=("published",)),
    SearchQuery(quality="complete"),
    SearchQuery("mug", quality="incomplete"),
    SearchQuery("nothing-matches-this"),
    SearchQuery(sync_states=("linked",)),
    SearchQuery(statuses=("draft", "published"), quality="incomplete"),
    SearchQuery(quality="complete", locale="de"),  # no scores in "de": nothing
]


@pytest.fixture(scope="module")
def store():
    """30 products built for ties: 4 titles, 3 update times, 0-2 variants, NULL and equal
    stock and scores, 3 statuses, Payload documents for some and a pending edit."""
    s = CatalogStore.open(":memory:")
    titles = ["Blue Shirt", "Red Shirt", "Green Mug", "blue shirt"]
    s.save_medusa(
        [
            medusa_rec(
                n,
                title=titles[n % 4],
                status=("published", "draft", "proposed")[n % 3],
                handle=f"h-{n % 7}-{n}",
                updated_at=f"2026-11-2{n % 3}T05:00:00.000Z",
                variants=[
                    {
                        "id": f"variant_{n}_{v}",
                        "title": str(v),
                        "sku": f"SKU-{n % 5}-{v}",
                        "prices": [],
                    }
                    for v in range(n % 3)
                ],
            )
            for n in range(1, 31)
        ]
    )
    s.save_payload(
        [
            {
                "id": str(n),
                "medusa_id": f"prod_{n:03d}",
                "title": titles[n % 4],
                "subtitle": None,
                "description": None,
                "seo": None,
                "updated_at": "2026-11-27T06:00:00.000Z",
            }
            for n in range(1, 31, 2)
        ]
    )
    s.outbox.record("prod_004", {"title": "Blue Shirt"}, {"title": "Blue Shirt"})  # pending
    s.refresh_rows(["prod_004"])
    s.conn.execute(
        "UPDATE catalog_rows SET stock = CASE WHEN rowid % 3 = 0 THEN NULL "
        "ELSE rowid % 4 END, quality = CASE WHEN rowid % 5 = 0 THEN NULL "
        "WHEN rowid % 2 = 0 THEN 100 ELSE 60 END"
    )
    yield s
    s.close()


def cases():
    for sort in SORTS:
        for descending in (False, True):
            for query in FILTERS:
                yield SearchQuery(**{**query.__dict__, "sort": sort, "descending": descending})


@pytest.mark.parametrize(
    "query",
    list(cases()),
    ids=lambda q: (
        f"{q.sort}-{q.descending}-"
        f"{q.text or '-'}-{'+'.join(q.statuses + q.sync_states) or '-'}-"
        f"{q.quality or '-'}"
    ),
)
def test_each_products_row_is_its_row_in_the_pages(store, query, monkeypatch):
    pages = [r.product_id for r in search(store.conn, query, 0, 1000)]
    ids = [f"prod_{n:03d}" for n in range(1, 31)] + ["prod_nope"]
    one_by_one = {pid: position.row_of(store.conn, query, pid) for pid in ids}
    assert one_by_one == {pid: pages.index(pid) if pid in pages else None for pid in ids}
    expected = {pid: n for n, pid in enumerate(pages)}
    monkeypatch.setattr(position, "FEW", 2)  # many: the span read
    assert position.rows_of(store.conn, query, ids) == expected
    assert position.rows_of(store.conn, query, ids, near=(5, 12)) == expected  # + the span
    assert position.rows_of(store.conn, query, ids, near=(-3, 40)) == expected  # + a count
    some = ids[3:25:4]
    assert position.rows_of(store.conn, query, some) == {
        pid: row for pid, row in expected.items() if pid in some
    }


def test_the_data_has_the_ties_and_nulls_it_is_built_for(store):
    rows = search(store.conn, SearchQuery(sort="stock"), 0, 100)
    assert len({r.title.casefold() for r in rows}) == 3 and len(rows) == 30
    assert {r.stock for r in rows} >= {None, 0, 1} and {r.quality for r in rows} >= {None, 100}
    assert {r.sync_state for r in rows} >= {"pending", "missing", "linked"}


def test_a_relevance_sort_is_looked_for_in_its_first_rows(store, monkeypatch):
    query = SearchQuery("shirt", sort="relevance")
    pages = [r.product_id for r in search(store.conn, query, 0, 1000)]
    assert position.row_of(store.conn, query, pages[5]) == 5
    monkeypatch.setattr(position, "SCAN_ROWS", 3)
    assert position.row_of(store.conn, query, pages[5]) is None  # beyond: not known
    title = SearchQuery(sort="relevance")  # no text: sorted by title, counted
    assert position.row_of(store.conn, title, "prod_030") == [
        r.product_id for r in search(store.conn, title, 0, 100)
    ].index("prod_030")
