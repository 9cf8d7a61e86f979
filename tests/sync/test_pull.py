"""Pull: first full pull, cheap incremental pulls, deletions, edits kept."""

from __future__ import annotations

import pytest

from desktop_app.store import CatalogStore, SearchQuery
from desktop_app.sync.pull import pull
from tests.sync.fakes import fake_pair


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
