"""OperationPusher against a stateful fake of Medusa's structure and stock routes
(fake_structure.py): interleavings and faults that once lost or stuck a change."""
from __future__ import annotations

import asyncio

import pytest

from desktop_app.services.new_product import VariantDraft, variant_record
from desktop_app.store import CatalogStore, structure
from desktop_app.store import operations as ops
from desktop_app.store.operations import Operations
from tests.exchange.fake_structure import World, pusher, timeout


@pytest.fixture
def store(tmp_path):
    s = CatalogStore.open(tmp_path / "c.db")
    yield s
    s.close()


def push(store, world):
    return asyncio.run(pusher(store, world).run())


def setup(store, *pids):
    world = World()
    for pid in pids:
        world.add_product(pid)
        world.store_product(store, pid)
    return world


def active(store):
    return Operations(store.conn).entries()


# ---------------------------------------------------------------- stock
def test_a_stock_level_changed_while_on_the_wire_is_not_a_false_conflict(store):
    world = setup(store, "prod_1")
    structure.set_stock(store, [("prod_1", "var_prod_1_1", "sloc_1", 9)])  # base 4
    # The merchant types 12 while the batch carrying 9 is on the wire.
    world.on["batch_levels"] = lambda: structure.set_stock(
        store, [("prod_1", "var_prod_1_1", "sloc_1", 12)])
    push(store, world)
    assert world.levels["iitem_prod_1_1"]["sloc_1"] == 9
    push(store, world)  # the newer value goes now: Medusa holds 9, which we sent
    [op] = Operations(store.conn).entries(None)
    assert (op.state, op.message) == ("done", None), (op.state, op.message, op.base)
    assert world.levels["iitem_prod_1_1"]["sloc_1"] == 12


def test_stock_set_on_a_variant_being_added_is_not_overwritten_by_its_draft_levels(store):
    world = setup(store, "prod_1")
    vid = structure.add_variant(store, "prod_1", variant_record(VariantDraft(
        options={"Size": "M"}, sku="M", levels={"sloc_1": 5})))
    structure.set_stock(store, [("prod_1", vid, "sloc_1", 9)])  # the merchant corrects it
    view = [o for o in active(store)]
    assert [o.kind for o in view] == [ops.VARIANT_ADD]  # the add carries its levels
    push(store, world)
    new_item = next(i for i in world.levels if i.startswith("iitem_new"))
    assert world.levels[new_item] == {"sloc_1": 9}  # before the fix: 5, the older value


def test_stock_of_a_deleted_product_is_dropped_and_does_not_block_other_products(store):
    world = setup(store, "prod_1", "prod_2")
    structure.set_stock(store, [("prod_1", "var_prod_1_1", "sloc_1", 7),
                                ("prod_2", "var_prod_2_1", "sloc_1", 8)])
    structure.delete(store, ["prod_1"])
    push(store, world)
    push(store, world)
    left = [(o.product_id, o.kind, o.state) for o in active(store)]
    assert left == [], left  # before the fix: prod_1's level stays active forever
    assert world.levels["iitem_prod_2_1"]["sloc_1"] == 8  # before the fix: 4, blocked by prod_1's


def test_a_refused_level_in_a_mixed_batch_fails_that_level(store):
    world = setup(store, "prod_1", "prod_2")
    # seq 1: an update (prod_1 has a level at sloc_1) that Medusa refuses (negative);
    # seq 2: a create (prod_2 has no level at sloc_2) that is fine.
    structure.set_stock(store, [("prod_1", "var_prod_1_1", "sloc_1", -3),
                                ("prod_2", "var_prod_2_1", "sloc_2", 5)])
    push(store, world)
    state = {o.product_id: o.state for o in Operations(store.conn).entries(None)}
    assert state == {"prod_1": "failed", "prod_2": "queued"}, state  # before the fix: swapped


# -------------------------------------------------------------- options
def test_removing_an_option_whose_add_is_queued_does_not_leave_it_in_medusa(store):
    world = setup(store, "prod_1")
    structure.change_options(store, "prod_1", ops.OPTION_ADD,
                             {"title": "Color", "values": ["Red"], "option_id": "local_opt_c"})
    structure.change_options(store, "prod_1", ops.OPTION_REMOVE, {"option_id": "local_opt_c"})
    push(store, world)
    assert active(store) == []
    titles = [o["title"] for o in world.products["prod_1"]["options"]]
    assert "Color" not in titles, titles  # before the fix: the option the merchant removed stays


def test_renaming_an_option_whose_add_is_queued_reaches_medusa(store):
    world = setup(store, "prod_1")
    structure.change_options(store, "prod_1", ops.OPTION_ADD,
                             {"title": "Color", "values": ["Red"], "option_id": "local_opt_c"})
    structure.change_options(store, "prod_1", ops.OPTION_RENAME,
                             {"option_id": "local_opt_c", "title": "Colour"})
    for _ in range(3):
        push(store, world)
    left = [(o.kind, o.state, o.attempts, o.message) for o in active(store)]
    titles = [o["title"] for o in world.products["prod_1"]["options"]]
    # before the fix: 404 for local_opt_c -> released -> queued again, every push, forever
    assert left == [] and "Colour" in titles, (left, titles)


def test_an_interrupted_operation_is_not_overtaken_by_a_later_one_of_the_product(store):
    world = setup(store, "prod_1")
    structure.change_options(store, "prod_1", ops.OPTION_RENAME,
                             {"option_id": "opt_prod_1", "title": "Fit"})
    structure.change_options(store, "prod_1", ops.OPTION_RENAME,
                             {"option_id": "opt_prod_1", "title": "Cut"})
    world.faults["rename_option"] = [timeout()]  # the first rename's answer is lost
    push(store, world)
    push(store, world)
    assert world.products["prod_1"]["options"][0]["title"] == "Cut"  # before the fix: "Fit"


# ------------------------------------------------------------- variants
def test_removing_an_unsent_variant_add_drops_its_stock_too(store):
    setup(store, "prod_1")
    vid = structure.add_variant(store, "prod_1", variant_record(VariantDraft(
        options={"Size": "M"})))
    structure.set_stock(store, [("prod_1", vid, "sloc_1", 3)])
    structure.remove_variant(store, "prod_1", vid)
    left = [(o.kind, o.state, o.args) for o in active(store)]
    # before the fix: the STOCK op names a local variant that will never exist; run() filters it
    # out forever (never claimed, never failed) and the row stays "pending".
    assert left == [], left


def test_an_operation_on_a_product_deleted_elsewhere_ends(store):
    world = setup(store, "prod_1")
    structure.add_variant(store, "prod_1", variant_record(VariantDraft(options={"Size": "M"})))
    world.products["prod_1"]["deleted_at"] = "2026-03-01T00:00:00.000Z"  # by someone else
    for _ in range(3):
        push(store, world)
    left = [(o.kind, o.state, o.attempts, o.message) for o in active(store)]
    # before the fix: [('variant.add', 'queued', 3, 'Product not found')] - re-queued by every push,
    # never failed, never shown as an error on the product
    assert all(state != "queued" for _, state, _, _ in left), left
