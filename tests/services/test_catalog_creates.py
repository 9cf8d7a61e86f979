"""Creates through the catalog against a recorded-shape fake Medusa (fake_creates.py):
changes made while a create is on the wire, lost answers, pulls before the adopt."""
from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from desktop_app.config import MedusaAuth, Profile
from desktop_app.exchange import create_body
from desktop_app.services.new_product import CREATE_MARKER, ProductDraft, VariantDraft
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop
from desktop_app.store import CatalogStore
from desktop_app.store.operations import Operations
from tests.exchange.fake_creates import FakeCreates

PROFILE = Profile(name="Shop", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")


class HookedCreates(FakeCreates):
    """``hook`` runs while a create request is on the wire; ``late`` applies a lost create
    only when the next create arrives (the first request committed slowly)."""

    def __init__(self) -> None:
        super().__init__()
        self.hook = None
        self.late: dict | None = None

    def _create(self, request):
        if self.hook is not None:
            hook, self.hook = self.hook, None
            hook()
        if self.late is not None:
            self.make(self.late)
            self.late = None
        if self.faults and self.faults[0] == "late":
            self.faults.pop(0)
            import json
            self.late = json.loads(request.content)
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return super()._create(request)


@pytest.fixture
def env(tmp_path):
    runner = asyncio.Runner()
    medusa = HookedCreates()
    catalog = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"),
                             Shop(PROFILE, medusa.client(), None))
    yield runner, medusa, catalog
    runner.run(catalog.aclose())
    runner.close()


def shirt(handle="shirt"):
    return ProductDraft(title="Shirt", handle=handle, options=[("Size", ["S", "M"])],
                        prices=[{"currency_code": "eur", "amount": 5}])


def land_and_die(catalog, medusa, pid):
    """A push claimed the create, sent it, Medusa made it, the process died."""
    operations = Operations(catalog._store.conn)
    [op] = [o for o in operations.entries() if o.product_id == pid]
    [claimed] = operations.claim([op.seq], "dead-process")
    operations.mark_sent(claimed)
    medusa.make(create_body.body(catalog.product(pid).server_medusa))


def test_a_variant_added_to_a_draft_whose_create_landed_is_not_lost(env):
    runner, medusa, catalog = env
    pid = catalog.create_product(shirt())
    land_and_die(catalog, medusa, pid)
    catalog.add_variant(pid, VariantDraft(options={"Size": "L"}, sku="SH-L"))  # accepted
    assert len(catalog.product(pid).medusa["variants"]) == 3
    runner.run(catalog.push())
    new = catalog.server_id(pid)
    assert new != pid
    pending = [(o.kind, o.state) for o in catalog.operations()]
    variants = catalog.product(new).medusa["variants"]
    # before the fix: 2 variants, nothing pending: the merchant's "L" vanished without a word
    assert len(variants) == 3 or pending, (len(variants), pending)


def test_stock_set_on_a_draft_while_its_create_is_on_the_wire_is_not_lost(env):
    runner, medusa, catalog = env
    pid = catalog.create_product(shirt())
    vid = catalog.product(pid).medusa["variants"][0]["id"]
    medusa.hook = lambda: catalog.set_stock([(pid, vid, "sloc_1", 7)])
    runner.run(catalog.push())
    catalog.server_id(pid)
    stock = [(o.args["quantity"]) for o in catalog.operations() if o.kind == "stock.set"]
    # Before the fix: [] (the adopt replaced the draft as read before the request).
    assert stock == [7], stock


def test_reloading_a_draft_from_the_server_does_not_hide_it(env):
    runner, _medusa, catalog = env
    pid = catalog.create_product(shirt())
    runner.run(catalog.refresh([pid]))  # the editor's "Reload from server"
    assert catalog.search("shirt").total == 1  # before the fix: 0, marked deleted
    catalog.edit(pid, {"handle": "shirt-2"})  # before the fix: NotEditable "pull first"


def test_content_typed_after_the_create_and_before_the_payload_doc_waits(env):
    runner, _medusa, catalog = env
    pid = catalog.create_product(shirt())
    runner.run(catalog.push())
    new = catalog.server_id(pid)
    assert new != pid and catalog.product(new).payload is None  # "Waiting for Payload"
    # docs/whole-products.md: "content typed meanwhile ... waits in the outbox"
    catalog.edit(new, {"seo.meta_title": "Shirts"})  # before the fix: ValueError "pull first"


def test_coming_back_online_pushes_a_product_made_offline(env):
    runner, medusa, catalog = env
    catalog.create_product(shirt())
    runner.run(catalog._push_when_back("medusa"))  # what start_monitoring calls
    assert medusa.created_requests == 1  # before the fix: 0 - only outbox rows are looked at


def test_a_handle_fixed_while_the_refused_create_was_on_the_wire_is_used(env):
    runner, medusa, catalog = env
    medusa.make({"handle": "mug", "title": "Other", "variants": []})  # someone's mug
    pid = catalog.create_product(shirt("mug"))
    medusa.hook = lambda: catalog.edit(pid, {"handle": "mug-2"})  # frozen: outbox
    runner.run(catalog.push())
    [op] = catalog.operations()
    assert op.state == "failed" and op.field == "handle"
    assert catalog.product(pid).medusa["handle"] == "mug-2"  # what the merchant sees
    catalog.retry_operation(op.seq)
    runner.run(catalog.push())
    # before the fix: refused again for 'mug'; the fix sits in the outbox under the local id
    assert catalog.server_id(pid) != pid, [(o.state, o.message) for o in catalog.operations()]


def test_a_duplicate_handle_on_a_replayed_create_is_looked_up_not_failed(env):
    runner, medusa, catalog = env
    pid = catalog.create_product(shirt())
    medusa.faults = ["late"]  # the answer is lost; Medusa commits it a moment later
    runner.run(catalog.push())
    runner.run(catalog.push())  # replay: lookup misses, create -> "handle exists"
    left = catalog.operations()
    if left and left[0].state == "failed" and left[0].field == "handle":
        catalog.edit(pid, {"handle": "shirt-b"})  # the merchant "fixes" the clash
        runner.run(catalog.push())
    markers = Counter((p.get("metadata") or {}).get(CREATE_MARKER) for p in medusa.live())
    assert max(markers.values()) == 1, markers  # before the fix: two products from one draft


def test_a_pull_after_a_create_landed_does_not_list_the_product_twice(env):
    runner, medusa, catalog = env
    pid = catalog.create_product(shirt())
    land_and_die(catalog, medusa, pid)  # killed after Medusa made it, before the adopt
    report = runner.run(catalog.pull())
    assert report.ok, report
    rows = catalog.search("shirt").rows
    # before the fix: the draft (local id, "pending") and Medusa's copy of it, side by side; the
    # merchant can edit both, and deleting "the duplicate" deletes the product itself
    assert len(rows) == 1, [(r.product_id, r.sync_state) for r in rows]


class SlowCreates(FakeCreates):
    """Answers a create only after a while, as a busy Medusa does: the window in which a
    second process could send the same create."""

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/admin/products" and request.method == "POST":
            await asyncio.sleep(0.2)
        return self.handle(request)

    def client(self):
        from desktop_app.api import MedusaClient, SecretKey
        from desktop_app.api.http import NO_RETRY

        return MedusaClient("http://medusa.test", SecretKey("sk_test_fake"),
                            transport=httpx.MockTransport(self.handle_async),
                            retry_policy=NO_RETRY)


def test_a_second_process_pushing_the_same_shop_never_sends_a_create_twice(tmp_path):
    """The GUI and a terminal push one profile at once: one create reaches Medusa."""
    medusa = SlowCreates()
    gui = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"), Shop(PROFILE, medusa.client(), None))
    cli = OfflineCatalog(CatalogStore.open(tmp_path / "c.db"), Shop(PROFILE, medusa.client(), None))
    pid = gui.create_product(shirt())

    async def both():
        return await asyncio.gather(gui.push(), cli.push())

    runner = asyncio.Runner()
    try:
        first, second = runner.run(both())
        assert medusa.created_requests == 1
        assert first.operations.created + second.operations.created == 1
        assert len(medusa.live()) == 1
        assert gui.server_id(pid) == cli.server_id(pid) == medusa.live()[0]["id"]
    finally:
        runner.run(gui.aclose())
        runner.run(cli.aclose())
        runner.close()
