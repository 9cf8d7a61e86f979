"""Edits and pushes that overlap: nothing typed is lost, nothing is marked sent unsent.

The first two are the situations of the "no edit is ever lost" issue, reproduced on the
main of that time: an edit typed while a push is on the wire, and two pushers (the
GUI and ``desktop-app push``) on the same store.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable

import httpx
import pytest

from desktop_app.api import MedusaClient, SecretKey
from desktop_app.api.http import NO_RETRY
from desktop_app.config import MedusaAuth, Profile
from desktop_app.services.offline import OfflineCatalog, PushBusy
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from tests.exchange.fakes import SECRET, Gate, fake_pair, gated_clients, writes_to

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                  payload_url="http://payload.test")
PID = "prod_00001"


def catalog_on(path, medusa, payload, gate=None, server="payload") -> OfflineCatalog:
    if gate is None:
        clients = (medusa.client(), payload.client())
    else:
        clients = gated_clients(medusa, payload, gate, server)
    return OfflineCatalog(CatalogStore.open(path), Shop(PROFILE, *clients))


@pytest.fixture
def servers():
    return fake_pair(3)


async def _pulled(catalog: OfflineCatalog) -> OfflineCatalog:
    await catalog.pull()
    return catalog


class SlowPull:
    """A catalog whose next full Medusa read, once started, leaves and then waits for
    ``answered``: what the test does meanwhile lands on the server before that read's
    (older) answer is stored."""

    def __init__(self, path, medusa, payload) -> None:
        self.armed, self.read, self.answered = asyncio.Event(), asyncio.Event(), asyncio.Event()
        self._medusa = medusa
        self.client = MedusaClient("http://medusa.test", SecretKey(SECRET),
                                   retry_policy=NO_RETRY,
                                   transport=httpx.MockTransport(self._handle))
        self.catalog = OfflineCatalog(CatalogStore.open(path),
                                      Shop(PROFILE, self.client, payload.client()))

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        response = self._medusa.handle(request)  # the catalog as it is now
        if (self.armed.is_set() and not self.read.is_set() and request.method == "GET"
                and request.url.path == "/admin/products"
                and "variants.sku" in request.url.params.get("fields", "")):
            self.read.set()
            await self.answered.wait()  # its answer arrives after the push
        return response

    async def start(self, reading: Awaitable[object] | None = None) -> asyncio.Future:
        """A full pull (or ``reading``), once its read has left."""
        self.armed.set()
        pulling = asyncio.ensure_future(reading or self.catalog.pull(full=True))
        await self.read.wait()
        return pulling


async def test_an_edit_typed_while_the_medusa_write_is_on_the_wire_is_sent(tmp_path, servers):
    medusa, payload = servers
    gate = Gate(writes_to("POST", f"/admin/products/{PID}"))
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate, "medusa"))
    catalog.edit(PID, {"status": "draft", "title": "v1"})
    push = asyncio.ensure_future(catalog.push())
    await gate.entered.wait()
    catalog.edit(PID, {"title": "v2"})  # typed while Medusa's write is in flight
    gate.release.set()
    report = await push
    assert payload.by_medusa(PID)["title"] == "v2"
    assert medusa.products[PID]["status"] == "draft"
    assert catalog.outbox() == []
    assert catalog.product(PID).value("title") == "v2"
    assert report.errors == {}
    await catalog.aclose()


async def test_an_edit_of_the_very_field_in_flight_is_sent_next(tmp_path, servers):
    medusa, payload = servers
    gate = Gate(writes_to("PATCH", "/api/products/"))
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    catalog.edit(PID, {"title": "v1"})
    push = asyncio.ensure_future(catalog.push())
    await gate.entered.wait()
    catalog.edit(PID, {"title": "v2"})
    gate.release.set()
    report = await push
    assert payload.by_medusa(PID)["title"] == "v2"
    assert [r.method for r in payload.writes()] == ["PATCH", "PATCH"]
    assert report.requeued == 1 and report.conflicts == 0
    assert catalog.outbox() == []
    await catalog.aclose()


async def test_two_pushers_on_one_store_never_lose_the_later_edit(tmp_path, servers):
    medusa, payload = servers
    gate = Gate(writes_to("PATCH", "/api/products/"))
    gui = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    cli = catalog_on(tmp_path / "s.db", medusa, payload)  # a terminal's process
    gui.edit(PID, {"title": "v1"})
    first = asyncio.ensure_future(gui.push())
    await gate.entered.wait()  # "v1" is on its way, slowly
    cli.edit(PID, {"title": "v2"})
    second = asyncio.ensure_future(cli.push())
    await asyncio.sleep(0.3)
    assert not second.done()  # it waits for the lease instead of sending the same rows
    gate.release.set()  # the slow "v1" lands now
    await asyncio.gather(first, second)
    assert payload.by_medusa(PID)["title"] == "v2"
    assert gui.outbox() == [] and cli.outbox() == []
    await gui.aclose()
    await cli.aclose()


async def test_a_busy_lease_makes_a_no_wait_push_say_so(tmp_path, servers):
    medusa, payload = servers
    gate = Gate(writes_to("PATCH", "/api/products/"))
    gui = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    cli = catalog_on(tmp_path / "s.db", medusa, payload)
    gui.edit(PID, {"title": "v1"})
    first = asyncio.ensure_future(gui.push())
    await gate.entered.wait()
    with pytest.raises(PushBusy, match="Another push"):
        await cli.push(wait=False)
    gate.release.set()
    await first
    await gui.aclose()
    await cli.aclose()


async def test_a_crashed_pushers_lease_expires_and_its_rows_are_taken_over(tmp_path, servers):
    medusa, payload = servers
    dead = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    dead.edit(PID, {"title": "v1"})
    assert dead._lease.acquire() is None
    dead._store.outbox.claim(PID, "payload", "push-dead")  # then kill -9
    dead.close_now()
    alive = OfflineCatalog(CatalogStore.open(tmp_path / "s.db"),
                           Shop(PROFILE, medusa.client(), payload.client()), lease_ttl=0.5)
    alive._lease._clock = lambda: __import__("time").time() + 31  # the dead lease expired
    report = await alive.push()
    assert report.sent == 1 and payload.by_medusa(PID)["title"] == "v1"
    await alive.aclose()


async def test_an_edit_reads_its_base_under_the_write_lock(tmp_path, servers):
    """Another process stores a newer server copy while this edit is being recorded."""
    import threading

    from desktop_app.store import records

    medusa, payload = servers
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    locked, done = threading.Event(), threading.Event()

    def other_process() -> None:
        other = CatalogStore.open(tmp_path / "s.db")
        with other.transaction():
            locked.set()
            payload.touch(PID, title="v1")  # its push landed "v1" and stores the answer
            other.save_payload([records.payload_record(payload.by_medusa(PID))])
            done.wait(0.3)  # still holding the lock while the edit starts
        other.close()

    thread = threading.Thread(target=other_process)
    thread.start()
    locked.wait()
    catalog.edit(PID, {"title": "v2"})  # waits for the lock, then reads "v1" as its base
    done.set()
    thread.join()
    [entry] = catalog.outbox()
    assert entry.base == "v1"
    report = await catalog.push()
    assert report.conflicts == 0 and payload.by_medusa(PID)["title"] == "v2"
    await catalog.aclose()


async def test_a_lease_renewal_that_fails_neither_fails_the_push_nor_keeps_the_lease(
        tmp_path, servers):
    import sqlite3

    medusa, payload = servers
    gate = Gate(writes_to("PATCH", "/api/products/"))
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    catalog._lease.ttl = 0.06  # renewals every 20 ms while the write is held

    def busy() -> bool:
        raise sqlite3.OperationalError("database is locked")

    catalog._lease.renew = busy
    catalog.edit(PID, {"title": "v1"})
    push = asyncio.ensure_future(catalog.push())
    await gate.entered.wait()
    await asyncio.sleep(0.1)  # a few renewals fail meanwhile
    gate.release.set()
    report = await push  # the report, not the renewal's error
    assert report.sent == 1 and catalog._lease.holder() is None
    await catalog.aclose()


async def test_a_closed_catalog_starts_no_push(tmp_path, servers):
    from desktop_app.services.offline import CatalogClosed

    medusa, payload = servers
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    catalog.edit(PID, {"title": "v1"})
    catalog.begin_close()  # its window is closing the shop
    with pytest.raises(CatalogClosed):
        await catalog.push()
    assert payload.writes() == [] and catalog.outbox()[0].state == "queued"
    await catalog.aclose()


async def test_an_unexpected_error_ends_the_push_only_after_every_unit_ended(
        tmp_path, servers):
    import sqlite3

    medusa, payload = servers
    held = f"/api/products/{payload.by_medusa('prod_00002')['id']}"
    gate = Gate(writes_to("PATCH", held))  # product 2's write is slow
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    for n in (1, 2, 3):
        catalog.edit(f"prod_0000{n}", {"title": f"Mine {n}"})
    claim = catalog._store.outbox.claim

    async def release_later() -> None:
        await gate.entered.wait()
        await asyncio.sleep(0.2)
        gate.release.set()

    releasing = asyncio.ensure_future(release_later())

    def failing_claim(product_id, server, token):
        if product_id == "prod_00001":
            raise sqlite3.OperationalError("disk I/O error")
        return claim(product_id, server, token)

    catalog._store.outbox.claim = failing_claim
    with pytest.raises(sqlite3.OperationalError):
        await catalog.push()
    states = {e.product_id: e.state for e in catalog.outbox(None)}  # right as it raised
    await releasing
    assert states["prod_00002"] == states["prod_00003"] == "done"  # not left mid-send
    assert catalog._lease.holder() is None
    await catalog.aclose()


async def test_closing_the_catalog_ends_a_reload_in_flight_first(tmp_path, servers):
    medusa, payload = servers
    gate = Gate(lambda r: r.method == "GET" and r.url.path == "/api/products")
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    catalog.shop.payload = gated_clients(medusa, payload, gate, "payload")[1]
    reload = asyncio.ensure_future(catalog.refresh([PID], servers=("payload",)))
    await gate.entered.wait()  # an editor's reload is on the wire
    await catalog.aclose()
    assert reload.cancelled()  # not left to write into a closed store


async def test_a_pull_read_before_a_variants_batch_does_not_put_the_old_sku_back(
        tmp_path, servers):
    """A variants batch leaves the product's ``updated_at`` as it was (recorded:
    product_stamps_after_variants_batch), so a pull whose read left before the batch and
    is stored after its answer carries the same product stamp: the variants' own stamps
    must keep it from putting the sent SKU's old value back (the merchant would see the
    old SKU, and their next edit of it would conflict with their own value)."""
    medusa, payload = servers
    sku = "variants.variant_1_S.sku"
    slow = SlowPull(tmp_path / "s.db", medusa, payload)
    catalog = slow.catalog
    await catalog.pull()
    catalog.edit(PID, {sku: "NEW-1"})
    pulling = await slow.start()
    report = await catalog.push()
    assert report.sent == 1 and medusa.products[PID]["variants"][0]["sku"] == "NEW-1"
    slow.answered.set()
    await pulling
    assert catalog.product(PID).value(sku) == "NEW-1"  # not the pull's older SKU-1-S
    medusa_states = [s for s in catalog.product_history(PID).states if s.server == "medusa"]
    assert medusa_states[-1].content[sku] == "NEW-1"  # nor a timeline state of it
    catalog.edit(PID, {sku: "NEW-2"})
    report = await catalog.push()
    assert (report.sent, report.conflicts) == (1, 0)
    assert medusa.products[PID]["variants"][0]["sku"] == "NEW-2"
    await catalog.aclose()


@pytest.mark.parametrize(("server", "held"), [
    ("payload", writes_to("PATCH", "/api/products/")),
    ("medusa", writes_to("POST", f"/admin/products/{PID}")),
    ("medusa", writes_to("POST", "/variants/batch")),
], ids=["payload-write", "medusa-update", "variants-batch"])
async def test_a_product_deleted_while_its_edits_are_on_the_wire_is_deleted(
        tmp_path, servers, server, held):
    """The edits in flight end as the push settles them; the ones not sent yet are
    dropped with the product; the next push deletes it and nothing is left over."""
    medusa, payload = servers
    gate = Gate(held)
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate, server))
    catalog.edit(PID, {"title": "T1", "status": "draft", "variants.variant_1_S.sku": "K1"})
    push = asyncio.ensure_future(catalog.push())
    await gate.entered.wait()
    catalog.delete([PID])
    gate.release.set()
    report = await push
    assert (report.conflicts, report.failed, report.errors) == (0, 0, {})
    assert catalog.outbox() == []  # sent, or discarded with the product: none failed
    report = await catalog.push()
    assert report.operations.deleted == 1 and medusa.products[PID]["deleted_at"]
    assert catalog.outbox() == [] and catalog.operations() == []
    assert catalog.product(PID) is None or catalog.product(PID).server_medusa["deleted_at"]
    await catalog.aclose()


@pytest.mark.parametrize("settle", ["discard", "keep_mine", "take_theirs"])
async def test_a_row_another_process_claims_as_it_is_settled_is_not_sent_behind_it(
        tmp_path, servers, monkeypatch, settle):
    """A terminal's push claims a locked edit right as the merchant discards or resolves
    it in the window: either the push takes it (the window's action is refused) or the
    window's action wins (the push does not send it); never both."""
    from desktop_app.services.offline import Resolution
    from desktop_app.store.outbox import Outbox

    medusa, payload = servers
    gui = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    cli = catalog_on(tmp_path / "s.db", medusa, payload)
    cli._store.conn.execute("PRAGMA busy_timeout=100")  # (a wait would block this thread)
    gui.edit(PID, {"title": "v1"})
    [entry] = gui.outbox()
    gui._store.outbox.set_state([entry.seq], "locked", message="Locked by Ann")
    claimed: list = []
    read = Outbox.get

    def read_then_claim(self, seq):
        found = read(self, seq)
        if self.conn is gui._store.conn and not claimed:
            try:
                claimed.append(cli._store.outbox.claim(PID, "payload", "push-cli"))
            except sqlite3.OperationalError:  # the window holds the store: it waits
                claimed.append([])
        return found

    monkeypatch.setattr(Outbox, "get", read_then_claim)
    try:
        if settle == "discard":
            gui.discard(entry.seq)
        else:
            gui.resolve(entry.seq, Resolution(settle))
        refused = False
    except ValueError:
        refused = True
    row = gui._store.outbox.get(entry.seq)
    assert claimed == [[]] or refused, (claimed, row)  # not both
    assert row.state == ("sending" if refused else
                         "queued" if settle == "keep_mine" else "done")
    await gui.aclose()
    await cli.aclose()


async def test_an_operation_another_process_claims_as_it_is_discarded_is_not_sent_behind_it(
        tmp_path, servers, monkeypatch):
    """As above, for an operation (a variant's removal) discarded in the window."""
    from desktop_app.store.operations import Operations

    medusa, payload = servers
    gui = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    cli = catalog_on(tmp_path / "s.db", medusa, payload)
    cli._store.conn.execute("PRAGMA busy_timeout=100")  # (a wait would block this thread)
    gui.remove_variant(PID, "variant_1_M")
    [op] = gui.operations()
    claimed: list = []
    read = Operations.get

    def read_then_claim(self, seq):
        found = read(self, seq)
        if self.conn is gui._store.conn and not claimed:
            try:
                claimed.append(Operations(cli._store.conn).claim([seq], "ops-cli"))
            except sqlite3.OperationalError:  # the window holds the store: it waits
                claimed.append([])
        return found

    monkeypatch.setattr(Operations, "get", read_then_claim)
    try:
        gui.discard_operation(op.seq)
        refused = False
    except ValueError:
        refused = True
    row = Operations(gui._store.conn).get(op.seq)
    assert claimed == [[]] or refused, (claimed, row)  # not both
    assert row.state == ("sending" if refused else "done")
    await gui.aclose()
    await cli.aclose()


async def test_a_pull_read_before_a_stock_push_does_not_put_the_old_level_back(
        tmp_path, servers):
    """A stock level moves neither the product's nor the variant's ``updated_at`` (seen on
    the test stack, Medusa 2.21.2), so no stamp tells a pull's read from before the push's
    levels batch: what the push stored must stay, or the merchant sees the old level and
    their next change of it is a conflict with their own value."""
    from desktop_app.exchange.operations_push import OperationPusher
    from desktop_app.store.operations import Operations

    medusa, payload = servers
    variant = medusa.products[PID]["variants"][0]
    variant["manage_inventory"] = True
    variant["inventory_items"] = [{"inventory_item_id": "iitem_1", "inventory": {
        "location_levels": [{"location_id": "sloc_1", "stocked_quantity": 4,
                             "reserved_quantity": 0}]}}]
    slow = SlowPull(tmp_path / "s.db", medusa, payload)
    catalog, client = slow.catalog, slow.client
    await catalog.pull()
    vid = variant["id"]
    catalog.set_stock([(PID, vid, "sloc_1", 7)])
    pulling = await slow.start()
    # The push's levels batch lands (Medusa holds 7) and the push stores its answer.
    [op] = Operations(catalog._store.conn).claim([catalog.operations()[0].seq], "ops-push")
    variant["inventory_items"][0]["inventory"]["location_levels"][0]["stocked_quantity"] = 7
    OperationPusher(catalog._store, client, token="ops-push")._stock_done(op, "sent", 7)
    slow.answered.set()
    await pulling
    levels = catalog.product(PID).server_medusa["variants"]
    assert next(v for v in levels if v["id"] == vid)["levels"]["sloc_1"]["stocked"] == 7
    variant["inventory_items"][0]["inventory"]["location_levels"][0]["stocked_quantity"] = 9
    await asyncio.sleep(0.002)  # (stamps are in milliseconds)
    await catalog.pull(full=True)  # a read begun after the push replaces it as usual
    levels = catalog.product(PID).server_medusa["variants"]
    assert next(v for v in levels if v["id"] == vid)["levels"]["sloc_1"]["stocked"] == 9
    await catalog.aclose()


@pytest.mark.parametrize("reread", ["pull", "refresh"])
@pytest.mark.parametrize("change", ["remove", "add"])
async def test_a_pull_read_before_a_structure_push_does_not_put_the_old_variants_back(
        tmp_path, servers, change, reread):
    """Adding or removing a variant moves no product ``updated_at`` and removing one makes
    the newest variant stamp fall (seen on the test stack, Medusa 2.21.2): a pull whose read
    left before the push stored Medusa's answer must not put the old variants back (a
    variant just added would vanish until a full pull). A pull read after applies
    everything, a variant someone else removed too."""
    from desktop_app.exchange.operations_push import OperationPusher
    from desktop_app.services.new_product import VariantDraft
    from desktop_app.store.operations import Operations

    medusa, payload = servers
    slow = SlowPull(tmp_path / "s.db", medusa, payload)
    catalog, client = slow.catalog, slow.client
    await catalog.pull()
    there = medusa.products[PID]["variants"]
    if change == "remove":
        catalog.remove_variant(PID, there[1]["id"])
    else:
        local = catalog.add_variant(PID, VariantDraft(title="L", sku="SKU-L"))
    # The editor's reload (refresh) reads as a pull does.
    pulling = await slow.start(catalog.refresh([PID], servers=("medusa",))
                               if reread == "refresh" else None)
    # The push's variants batch lands (the product's stamp stays) and the push stores
    # the product as Medusa answers it.
    [op] = Operations(catalog._store.conn).claim([catalog.operations()[0].seq], "ops-push")
    mapping = None
    if change == "remove":
        there.pop(1)
    else:
        there.append({"id": "variant_new", "title": "L", "sku": "SKU-L",
                      "updated_at": medusa.clock.tick(), "prices": []})
        mapping = {local: "variant_new"}
    await OperationPusher(catalog._store, client, token="ops-push")._store_structure(
        op, "sent", mapping)
    slow.answered.set()
    await pulling
    ids = {v["id"] for v in catalog.product(PID).server_medusa["variants"]}
    assert ids == {v["id"] for v in there}
    # Someone else removes a variant (no stamp moves): a read begun after the push's
    # store applies it.
    there.pop(0)
    await asyncio.sleep(0.002)  # (the local clock's stamps are in milliseconds)
    await catalog.pull(full=True)
    ids = {v["id"] for v in catalog.product(PID).server_medusa["variants"]}
    assert ids == {v["id"] for v in there}
    await catalog.aclose()


async def test_a_push_that_lost_its_lease_starts_no_more_requests(tmp_path, servers):
    """A stall (a laptop asleep) outlives the lease and another process takes it: the
    first push sends nothing more (the request on the wire settles), says so, and what it
    claimed goes back for the new holder to send."""
    import time

    medusa, payload = servers
    armed = []
    gate = Gate(lambda r: armed and r.method == "GET" and r.url.path == "/api/products")
    gui = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload, gate))
    cli = catalog_on(tmp_path / "s.db", medusa, payload)  # a terminal's process
    for n in (1, 2, 3):
        gui.edit(f"prod_{n:05d}", {"title": f"v{n}"})
    armed.append(True)
    first = asyncio.ensure_future(gui.push())
    await gate.entered.wait()  # the re-read is on the wire; then the laptop sleeps
    cli._lease._clock = lambda: time.time() + 31  # gui's lease (30 s) expired meanwhile
    assert cli._lease.acquire() is None  # and the terminal's push took it
    gate.release.set()  # the re-read's answer arrives after the wake-up
    report = await first
    assert payload.writes() == []  # no write after the lease was lost
    assert report.taken_over and report.sent == 0 and report.deferred == 3
    assert {e.state for e in gui.outbox()} == {"queued"}
    report = await cli.push()
    assert report.sent == 3 and not report.taken_over
    assert payload.by_medusa("prod_00002")["title"] == "v2"
    await gui.aclose()
    await cli.aclose()


async def test_a_push_that_lost_its_lease_sends_no_stock_or_structure_change(
        tmp_path, servers):
    from desktop_app.exchange.operations_push import OperationPusher
    from desktop_app.exchange.takeover import Takeover

    medusa, payload = servers
    catalog = await _pulled(catalog_on(tmp_path / "s.db", medusa, payload))
    catalog.remove_variant(PID, medusa.products[PID]["variants"][1]["id"])
    lost = []
    pusher = OperationPusher(catalog._store, medusa.client(),
                             takeover=Takeover(lambda: bool(lost)))
    lost.append(True)
    report = await pusher.run()
    assert report.taken_over and report.deferred == 1 and medusa.writes() == []
    assert [op.state for op in catalog.operations()] == ["queued"]
    await catalog.aclose()
