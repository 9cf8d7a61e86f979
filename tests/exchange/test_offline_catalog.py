"""The façade: search, merged detail, durable edit, resolve, observers, auto-push."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange.connectivity import Connectivity, Reach
from desktop_app.services.offline import OfflineCatalog, Resolution, search_profile
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import fake_pair

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")


@pytest.fixture
async def env(tmp_path):
    medusa, payload = fake_pair(3)
    shop = Shop(PROFILE, medusa.client(), payload.client())
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.sqlite3"), shop)
    seen = []
    catalog.subscribe(seen.append)
    await catalog.pull()
    yield catalog, medusa, payload, seen
    await catalog.aclose()


async def test_edit_is_visible_at_once_and_reported(env):
    catalog, medusa, payload, seen = env
    seen.clear()
    changes = catalog.edit("prod_00001", {"title": "Local title", "status": "draft"})
    assert changes.product_ids == {"prod_00001"} and changes.outbox
    assert seen == [changes]
    detail = catalog.product("prod_00001")
    assert detail.value("title") == "Local title"
    assert detail.server_value("title") == "Payload title 1"
    assert detail.value("status") == "draft" and detail.sync_state == "pending"
    page = catalog.search("local")
    assert page.total == 1 and page.rows[0].status == "draft"
    assert medusa.writes() == [] and payload.writes() == []  # nothing sent by edit()


async def test_resolve_keep_mine_take_theirs_custom(env):
    catalog, _medusa, payload, _seen = env
    catalog.edit("prod_00001", {"title": "Mine 1"})
    catalog.edit("prod_00002", {"title": "Mine 2"})
    catalog.edit("prod_00003", {"title": "Mine 3"})
    for n in (1, 2, 3):
        payload.touch(f"prod_0000{n}", title=f"Theirs {n}")
    await catalog.push()
    conflicts = {e.product_id: e for e in catalog.outbox()}
    assert {e.state for e in conflicts.values()} == {"conflict"}
    assert catalog.search(sync_states=("conflict",)).total == 3
    catalog.resolve(conflicts["prod_00001"].seq, Resolution.KEEP_MINE)
    catalog.resolve(conflicts["prod_00002"].seq, Resolution.TAKE_THEIRS)
    catalog.resolve(conflicts["prod_00003"].seq, Resolution.CUSTOM, "Both 3")
    report = await catalog.push()
    assert report.sent == 2
    titles = {n: payload.by_medusa(f"prod_0000{n}")["title"] for n in (1, 2, 3)}
    assert titles == {1: "Mine 1", 2: "Theirs 2", 3: "Both 3"}
    assert catalog.outbox() == []
    assert catalog.product("prod_00002").value("title") == "Theirs 2"


async def test_edit_without_a_payload_doc_is_refused(env):
    catalog, _medusa, _payload, _seen = env
    with pytest.raises(ValueError, match="pull first"):
        catalog.edit("prod_99999", {"title": "x"})


async def test_back_online_pushes_automatically(env):
    catalog, _medusa, payload, seen = env
    catalog.edit("prod_00001", {"subtitle": "queued offline"})
    payload.down = True
    await catalog.push()
    assert catalog.connectivity.state("payload") == Reach.UNREACHABLE
    catalog.start_monitoring(interval=0.05)
    payload.down = False
    for _ in range(100):
        if not catalog.outbox():
            break
        await asyncio.sleep(0.05)
    assert catalog.outbox() == []
    assert payload.by_medusa("prod_00001")["subtitle"] == "queued offline"
    assert any(c.connectivity for c in seen)


def test_connectivity_only_transport_errors_mean_unreachable():
    from desktop_app.api.errors import ServerError, Unreachable

    conn = Connectivity()
    changes = []
    conn.subscribe(changes.append)
    conn.failed("medusa", ServerError("boom", server="Medusa", status=500))
    assert conn.state("medusa") == Reach.REACHABLE
    conn.failed("medusa", Unreachable("down", server="Medusa"))
    conn.failed("medusa", Unreachable("down", server="Medusa"))
    assert conn.state("medusa") == Reach.UNREACHABLE
    conn.succeeded("medusa")
    assert [(c.before, c.after) for c in changes] == [
        (Reach.UNKNOWN, Reach.REACHABLE), (Reach.REACHABLE, Reach.UNREACHABLE),
        (Reach.UNREACHABLE, Reach.REACHABLE)]


async def test_search_profile_reads_the_profiles_store(app_dirs):
    medusa, payload = fake_pair(2)
    store = CatalogStore.for_profile("Shop")
    from desktop_app.exchange.pull import pull

    await pull(store, medusa.client(), payload.client())
    store.close()
    rows = search_profile("Shop", "title 2")
    assert rows.pulled and rows.total == 1 and rows.rows[0].product_id == "prod_00002"
    assert not search_profile("Other").pulled
