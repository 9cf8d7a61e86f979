"""Pull: first full pull, cheap incremental pulls, deletions, edits kept."""

from __future__ import annotations

import pytest

from desktop_app.exchange.pull import pull, refresh_products
from desktop_app.store import CatalogStore, SearchQuery
from tests.exchange.fakes import fake_pair


@pytest.fixture
def store():
    s = CatalogStore.open(":memory:")
    yield s
    s.close()


async def test_full_then_incremental_pull_costs_at_most_three_requests(store):
    medusa, payload = fake_pair(450)
    m, p = medusa.client(), payload.client()
    events = []
    report = await pull(store, m, p, progress=events.append)
    assert report.ok and store.count(SearchQuery()) == 450
    assert store.search(SearchQuery("payload title 7"))[0].product_id == "prod_00007"
    assert events[-1].done == events[-1].total  # progress reaches the end per server
    assert {e.server for e in events} == {"medusa", "payload"}

    medusa.touch("prod_00042", status="draft")
    payload.touch("prod_00042", title="Renamed forty-two")
    medusa.requests.clear()
    payload.requests.clear()
    report = await pull(store, m, p)
    assert report.ok and not report.servers["medusa"].full
    assert len(medusa.requests) <= 3 and len(payload.requests) <= 3
    [row] = store.search(SearchQuery("renamed"))
    assert (row.product_id, row.status) == ("prod_00042", "draft")


@pytest.mark.parametrize("bumps", [True, False])
async def test_medusa_soft_delete_is_reconciled(store, bumps):
    medusa, payload = fake_pair(5)
    medusa.delete_bumps_updated_at = bumps
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    medusa.delete("prod_00003")
    report = await pull(store, m, p)
    assert report.servers["medusa"].deleted == 1
    assert "prod_00003" not in {r.product_id for r in store.search(SearchQuery())}


async def test_payload_hard_delete_is_reconciled_by_ids(store):
    medusa, payload = fake_pair(5)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    del payload.docs[payload.by_medusa("prod_00002")["id"]]
    report = await pull(store, m, p)
    assert report.servers["payload"].reconciled
    [row] = store.search(SearchQuery(sync_states=("missing",)))
    assert row.product_id == "prod_00002"


async def test_pull_keeps_pending_edits_in_view(store):
    medusa, payload = fake_pair(3)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    store.outbox.record("prod_00001", {"title": "Local"}, {"title": "Payload title 1"})
    payload.touch("prod_00001", title="Remote")
    await pull(store, m, p)
    assert store.payload("prod_00001")["title"] == "Remote"  # the server copy is fresh
    [row] = store.search(SearchQuery("local"))
    assert row.sync_state == "pending"


async def test_one_server_down_does_not_stop_the_other(store):
    medusa, payload = fake_pair(3)
    payload.down = True
    report = await pull(store, medusa.client(), payload.client())
    assert report.servers["payload"].error and report.servers["medusa"].error is None
    assert store.count(SearchQuery()) == 3


# ------------------------------------------------- records in an unexpected shape
LEXICAL_REASON = "description is text, not a Lexical rich-text object"


def _break_payload_docs(payload) -> None:
    """Docs 2-5 malformed in ways a plugin or a hand-made import could leave them."""
    payload.docs[2]["description"] = "## Markdown, not Lexical"
    payload.docs[3]["medusa_id"] = 3
    del payload.docs[4]["medusa_id"]
    del payload.docs[5]["id"]


async def test_malformed_payload_docs_are_skipped_and_reported(store):
    medusa, payload = fake_pair(6)
    _break_payload_docs(payload)
    report = await pull(store, medusa.client(), payload.client())
    assert report.ok
    assert report.servers["payload"].skipped == [
        ("2", LEXICAL_REASON),
        ("3", "medusa_id is a number, not text"),
        ("4", "medusa_id is missing"),
        ("?", "the document has no id"),
    ]
    assert report.skipped_count == 4
    assert report.servers["payload"].changed == 2  # the good docs are all stored
    assert store.payload("prod_00001")["title"] == "Payload title 1"
    assert store.payload("prod_00006")["title"] == "Payload title 6"
    assert store.payload("prod_00002") is None
    assert store.count(SearchQuery()) == 6  # every Medusa product is still listed


async def test_a_doc_that_turns_malformed_keeps_its_stored_copy(store):
    medusa, payload = fake_pair(4)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    payload.touch("prod_00002", description="plain text from a script")
    payload.touch("prod_00003", title="Fresh title")
    report = await pull(store, m, p)
    assert report.ok and report.servers["payload"].skipped == [("2", LEXICAL_REASON)]
    assert store.payload("prod_00003")["title"] == "Fresh title"
    assert store.payload("prod_00002")["title"] == "Payload title 2"  # not taken for deleted

    report = await pull(store, m, p, full=True)
    assert report.servers["payload"].skipped == [("2", LEXICAL_REASON)]
    assert report.servers["payload"].deleted == 0
    assert store.payload("prod_00002") is not None


async def test_docs_without_id_are_reported_once_when_reconciled(store):
    medusa, payload = fake_pair(3)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    payload.add("prod_00009", "No id")
    del payload.docs[4]["id"]
    report = await pull(store, m, p)  # counts differ: the ids are reconciled too
    assert report.ok and report.servers["payload"].reconciled
    assert report.servers["payload"].skipped == [("?", "the document has no id")]


async def test_malformed_medusa_products_are_skipped_and_reported(store):
    medusa, payload = fake_pair(5)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    medusa.products["prod_00002"]["status"] = 5
    del medusa.products["prod_00003"]["id"]
    report = await pull(store, m, p, full=True)
    assert report.ok
    skipped = report.servers["medusa"].skipped
    assert [i for i, _ in skipped] == ["prod_00002", "?"]
    assert skipped[0][1].startswith("unexpected shape (status")
    assert skipped[1][1] == "unexpected shape (id: Field required)"
    assert report.servers["medusa"].changed == 3
    # Its stored copy stays: an unreadable product is not a deleted one...
    assert store.medusa("prod_00002")["deleted_at"] is None
    # ... but a product without an id cannot be told from a deleted one.
    assert report.servers["medusa"].deleted == 1
    assert store.count(SearchQuery()) == 4


async def test_a_new_malformed_medusa_product_is_reported_once_when_reconciled(store):
    medusa, payload = fake_pair(3)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    medusa.add(4, variants="S, M")
    report = await pull(store, m, p)
    assert report.ok and report.servers["medusa"].reconciled
    [(pid, reason)] = report.servers["medusa"].skipped
    assert pid == "prod_00004" and reason.startswith("unexpected shape (variants: ")
    assert store.medusa("prod_00004") is None


async def test_refreshing_malformed_products_keeps_their_stored_copies(store):
    medusa, payload = fake_pair(3)
    m, p = medusa.client(), payload.client()
    await pull(store, m, p)
    medusa.products["prod_00001"]["variants"] = "S, M"
    payload.docs[2]["description"] = "## Markdown, not Lexical"
    payload.touch("prod_00003", title="Fresh")
    await refresh_products(store, m, p, ["prod_00001", "prod_00002", "prod_00003"])
    assert store.medusa("prod_00001")["deleted_at"] is None  # unreadable is not deleted
    assert store.payload("prod_00002")["title"] == "Payload title 2"
    assert store.payload("prod_00003")["title"] == "Fresh"
