"""Recording whole-product changes in the store: drafts, operations, id mapping."""

from __future__ import annotations

import pytest

from desktop_app.services.new_product import (
    DraftError,
    ProductDraft,
    VariantDraft,
    combinations,
    draft_record,
    slugify,
    variant_record,
)
from desktop_app.store import CatalogStore, structure
from desktop_app.store import operations as ops
from desktop_app.store.operations import Operations
from desktop_app.store.search import SearchQuery


@pytest.fixture
def store(tmp_path):
    s = CatalogStore.open(tmp_path / "c.db")
    yield s
    s.close()


def shirt(**kw) -> ProductDraft:
    return ProductDraft(title="Linen Shirt", options=[("Size", ["S", "M", "L"]),
                                                      ("Color", ["Red", "Blue"])],
                        prices=[{"currency_code": "eur", "amount": 30}], **kw)


def server_product(store: CatalogStore, pid: str = "prod_1") -> None:
    store.save_medusa([{
        "id": pid, "handle": "mug", "title": "Mug", "status": "published", "metadata": {},
        "options": [{"id": "opt_1", "title": "Size", "values": [{"id": "ov_1", "value": "S"}]}],
        "variants": [{"id": "var_1", "title": "S", "sku": "MUG-S", "options": {"Size": "S"},
                      "prices": [], "inventory_item_id": "iitem_1",
                      "levels": {"sloc_1": {"stocked": 4, "reserved": 1}}}],
        "updated_at": "2026-01-01T00:00:00.000Z", "deleted_at": None,
    }])


def test_a_draft_makes_one_variant_per_combination_with_local_ids():
    record = draft_record(shirt())
    assert len(record["variants"]) == 6
    assert {v["title"] for v in record["variants"]} >= {"S / Red", "L / Blue"}
    assert ops.is_local(record["id"]) and all(ops.is_local(v["id"]) for v in record["variants"])
    assert record["handle"] == "linen-shirt"
    assert all(v["prices"] == [{"currency_code": "eur", "amount": 30}]
               for v in record["variants"])


def test_a_chosen_subset_of_variants_is_kept():
    subset = [VariantDraft(options={"Size": "S", "Color": "Red"}, sku="S-RED")]
    record = draft_record(shirt(variants=subset))
    assert [v["sku"] for v in record["variants"]] == ["S-RED"]


@pytest.mark.parametrize("draft, field", [
    (ProductDraft(title=" "), "title"),
    (ProductDraft(title="x", options=[("Size", ["S", "S"])]), "options"),
    (ProductDraft(title="x", options=[("Size", ["S"]), ("size", ["M"])]), "options"),
    (ProductDraft(title="x", options=[("Size", ["S"])],
                  variants=[VariantDraft(options={"Color": "Red"})]), "variants"),
    (ProductDraft(title="x", status="archived"), "status"),
])
def test_a_draft_medusa_would_refuse_names_the_field(draft, field):
    with pytest.raises(DraftError) as err:
        draft_record(draft)
    assert err.value.field == field


def test_slugify_and_combinations():
    assert slugify("Bärlauch Öl — 250 ml") == "barlauch-ol-250-ml"
    assert combinations([("A", ["1", "2"]), ("B", ["x"])]) == [{"A": "1", "B": "x"},
                                                             {"A": "2", "B": "x"}]


def test_a_created_draft_is_searchable_pending_and_never_a_pull_id(store):
    pid = structure.create(store, draft_record(shirt()))
    rows = store.search(SearchQuery("linen"), 0, 10)
    assert [r.product_id for r in rows] == [pid]
    assert rows[0].sync_state == "pending" and rows[0].variants == 6
    assert pid not in store.medusa_ids()  # a pull's reconcile must not call it deleted
    [op] = Operations(store.conn).entries()
    assert op.kind == ops.CREATE and op.product_id == pid


def test_editing_a_draft_changes_it_in_place_and_requeues_a_refused_create(store):
    pid = structure.create(store, draft_record(shirt()))
    operations = Operations(store.conn)
    [op] = operations.claim([operations.entries()[0].seq], "t")
    operations.settle(op, "failed", message="Product with handle: linen-shirt, already exists.",
                      field="handle")
    rest = structure.edit_draft(store, pid, {"handle": "linen-shirt-2", "title": "Linen 2",
                                             "description": {"root": {}}})
    assert store.medusa(pid)["handle"] == "linen-shirt-2"
    assert store.medusa(pid)["title"] == "Linen 2"
    assert list(rest) == ["description"]  # content waits in the outbox for Payload
    assert operations.get(op.seq).state == "queued"
    assert [e.field for e in store.outbox.entries()] == ["description"]


def test_deleting_an_unsent_draft_drops_it_and_its_edits(store):
    pid = structure.create(store, draft_record(shirt()))
    structure.edit_draft(store, pid, {"seo.meta_title": "x"})
    structure.delete(store, [pid])
    assert store.medusa(pid) is None
    assert store.search(SearchQuery("linen"), 0, 10) == []
    assert Operations(store.conn).entries() == [] and store.outbox.entries() == []


def test_deleting_a_draft_whose_create_may_have_landed_queues_a_delete(store):
    pid = structure.create(store, draft_record(shirt()))
    operations = Operations(store.conn)
    [op] = operations.claim([operations.entries()[0].seq], "t")
    operations.mark_sent(op)
    operations.release(operations.get(op.seq) or op)
    structure.delete(store, [pid])
    assert [o.kind for o in operations.entries()] == [ops.CREATE, ops.DELETE]


def test_a_server_product_gets_operations_and_shows_them_at_once(store):
    server_product(store)
    vid = structure.add_variant(store, "prod_1", variant_record(VariantDraft(
        options={"Size": "M"}, sku="MUG-M")))
    structure.set_stock(store, [("prod_1", "var_1", "sloc_1", 9)])
    row = store.search(SearchQuery("mug"), 0, 1)[0]
    assert row.variants == 2 and row.sync_state == "pending"
    kinds = [(o.kind, o.base) for o in Operations(store.conn).entries()]
    assert kinds == [(ops.VARIANT_ADD, None), (ops.STOCK, 4)]  # base: the level seen
    structure.remove_variant(store, "prod_1", vid)  # never sent: simply dropped
    assert [o.kind for o in Operations(store.conn).entries()] == [ops.STOCK]


def test_a_second_stock_change_of_one_level_replaces_the_first_keeping_its_base(store):
    server_product(store)
    structure.set_stock(store, [("prod_1", "var_1", "sloc_1", 9)])
    structure.set_stock(store, [("prod_1", "var_1", "sloc_1", 12)])
    [op] = Operations(store.conn).entries()
    assert op.args["quantity"] == 12 and op.base == 4 and op.version == 2


def test_an_operation_changed_on_the_wire_is_not_settled_done(store):
    server_product(store)
    structure.set_stock(store, [("prod_1", "var_1", "sloc_1", 9)])
    operations = Operations(store.conn)
    [sending] = operations.claim([operations.entries()[0].seq], "push-1")
    structure.set_stock(store, [("prod_1", "var_1", "sloc_1", 10)])
    assert operations.settle(sending, "done", outcome="sent") is False
    [op] = operations.entries()
    assert op.state == "queued" and op.args["quantity"] == 10


def test_mapping_ids_moves_edits_and_operations_to_the_server_ids(store):
    record = draft_record(shirt())
    pid = structure.create(store, record)
    vid = record["variants"][0]["id"]
    store.outbox.record(pid, {f"variants.{vid}.sku": "X"}, {f"variants.{vid}.sku": None})
    operations = Operations(store.conn)
    operations.add(pid, ops.STOCK, {"variant_id": vid, "location_id": "l", "quantity": 1})
    with store.transaction():
        operations.map_ids({pid: "prod_9", vid: "variant_9"})
    assert [e.field for e in store.outbox.entries(product_id="prod_9")] == [
        "variants.variant_9.sku"]
    stock = [o for o in operations.entries(product_id="prod_9") if o.kind == ops.STOCK]
    assert stock[0].args["variant_id"] == "variant_9"
    assert operations.server_id(pid) == "prod_9"


def test_an_option_added_to_a_draft_gives_every_variant_a_value(store):
    pid = structure.create(store, draft_record(shirt()))
    structure.change_options(store, pid, ops.OPTION_ADD,
                             {"option_id": "local_opt_x", "title": "Fit", "values": ["Slim"]})
    record = store.medusa(pid)
    assert [o["title"] for o in record["options"]] == ["Size", "Color", "Fit"]
    assert all(v["options"]["Fit"] == "Slim" for v in record["variants"])


def test_stock_of_an_unknown_variant_is_refused_and_a_variant_being_added_accepted(store):
    server_product(store)
    with pytest.raises(structure.NotEditable):
        structure.set_stock(store, [("prod_1", "var_nope", "sloc_1", 1)])
    vid = structure.add_variant(store, "prod_1", variant_record(VariantDraft(
        options={"Size": "M"})))
    structure.set_stock(store, [("prod_1", vid, "sloc_1", 3)])
    [add] = Operations(store.conn).entries()  # the add carries the level until it is sent
    assert add.kind == ops.VARIANT_ADD and add.args["variant"]["levels"]["sloc_1"]["stocked"] == 3


def test_fixing_a_refused_variant_add_changes_the_add_and_queues_it_again(store):
    server_product(store)
    vid = structure.add_variant(store, "prod_1", variant_record(VariantDraft(
        options={"Size": "M"}, sku="MUG-S")))
    operations = Operations(store.conn)
    [op] = operations.claim([operations.entries()[0].seq], "t")
    operations.settle(op, "failed", message="Product variant with sku: MUG-S, already exists.",
                      field=f"variants.{vid}.sku")
    rest = structure.edit_variants_being_added(store, "prod_1", {
        f"variants.{vid}.sku": "MUG-M", "variants.var_1.barcode": "123"})
    assert rest == {"variants.var_1.barcode": "123"}  # a variant Medusa has: a field edit
    [again] = operations.entries()
    assert again.state == "queued" and again.args["variant"]["sku"] == "MUG-M"
    assert store.outbox.entries() == []
