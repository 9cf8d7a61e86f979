"""The grid's commit through the catalog: one durable, undoable bulk edit."""
from decimal import Decimal

import pytest

from desktop_app.bulk.errors import BulkError
from desktop_app.grid.plan import grid_plan
from desktop_app.grid.review import review
from desktop_app.store import operations as ops
from desktop_app.store.operations import Operations
from tests.grid.conftest import session_of


def stock_ops(catalog):
    return [o for o in catalog.operations() if o.kind == ops.STOCK]


def test_prices_stock_sku_and_status_go_to_the_outbox_as_one_bulk_edit(catalog, session):
    session.set_texts([(0, "price:eur", "12"), (0, "region:reg_eu", ""),
                       (1, "price:usd", "99"), (0, "stock:sloc_main", "40"),
                       (1, "stock:sloc_east", "3"), (2, "sku", "NEW-SKU"),
                       (4, "status", "draft")])
    summary = review(session)
    assert (summary.cells, summary.products, summary.prices, summary.stock) == (7, 2, 3, 2)
    assert summary.prices_removed == 1
    result = catalog.apply_grid(grid_plan(session))
    assert result.op.kind == "grid" and result.op.fields == 7 - 1  # two prices: one field
    edits = {(e.product_id, e.field): e.mine for e in catalog.outbox()}
    assert edits[("prod_000000", "variants.variant_000000_00.prices")] == [
        {"currency_code": "eur", "amount": 12}, {"currency_code": "usd", "amount": 12}]
    assert edits[("prod_000000", "variants.variant_000000_01.prices")][1] == {
        "currency_code": "usd", "amount": 99}
    assert edits[("prod_000000", "variants.variant_000000_02.sku")] == "NEW-SKU"
    assert edits[("prod_000001", "status")] == "draft"
    levels = {(o.args["variant_id"], o.args["location_id"]): (o.args["quantity"], o.base)
              for o in stock_ops(catalog)}
    assert levels == {("variant_000000_00", "sloc_main"): (40, 5),
                      ("variant_000000_01", "sloc_east"): (3, None)}
    # What the merchant sees now, read back through a new grid on the catalog.
    again = session_of(catalog)
    assert again.value(0, "price:eur") == Decimal(12) and again.value(0, "stock:sloc_main") == 40
    assert again.value(4, "status") == again.value(7, "status") == "draft"


def test_bad_cells_stay_out_of_the_plan(catalog, session):
    session.set_texts([(0, "price:eur", "-1"), (1, "price:eur", "15")])
    plan = grid_plan(session)
    assert plan.left_out == 1 and len(plan.diffs) == 1
    catalog.apply_grid(plan)
    session.clear(plan.cells)
    assert session.error(0, "price:eur") and session.staged(1, "price:eur") is None


def test_a_cell_changed_elsewhere_since_the_review_is_left_as_it_is(catalog, session):
    session.set_texts([(0, "price:eur", "12"), (0, "stock:sloc_main", "40"),
                       (5, "price:eur", "30")])
    plan = grid_plan(session)
    catalog.edit("prod_000000", {"variants.variant_000000_00.prices": [
        {"currency_code": "eur", "amount": 50}]})
    catalog.set_stock([("prod_000000", "variant_000000_00", "sloc_main", 7)])
    result = catalog.apply_grid(plan)
    assert len(result.skipped) == 2
    assert [e.mine for e in catalog.outbox() if e.product_id == "prod_000000"] == [
        [{"currency_code": "eur", "amount": 50}]]
    assert [o.args["quantity"] for o in stock_ops(catalog)] == [7]


def test_nothing_to_apply_is_an_error(catalog, session):
    with pytest.raises(BulkError):
        catalog.apply_grid(grid_plan(session))


def test_undo_drops_unsent_cells_and_restores_an_earlier_pending_value(catalog, session):
    catalog.set_stock([("prod_000000", "variant_000000_01", "sloc_main", 8)])  # pending 8
    session = session_of(catalog)
    session.set_texts([(0, "price:eur", "12"), (0, "stock:sloc_main", "40"),
                       (1, "stock:sloc_main", "9")])
    result = catalog.apply_grid(grid_plan(session))
    report = catalog.undo_bulk(result.op.id)
    assert report.discarded == 2 and report.reverted == 1  # the price, the level; 8 back
    assert not catalog.outbox()
    assert [(o.args["variant_id"], o.args["quantity"]) for o in stock_ops(catalog)] == [
        ("variant_000000_01", 8)]


def test_undo_of_a_level_already_sent_sets_it_back_based_on_the_grids_value(catalog, session):
    session.set_texts([(0, "stock:sloc_main", "40")])
    result = catalog.apply_grid(grid_plan(session))
    [op] = stock_ops(catalog)
    store = catalog._store  # the push's part, as operations_push settles a sent level
    operations = Operations(store.conn)
    [claimed] = operations.claim([op.seq], "push")
    operations.mark_sent(claimed, 40)
    from desktop_app.store import drafts
    with store.transaction():
        drafts.set_levels(store.conn, {("prod_000000", "variant_000000_00", "sloc_main"): 40})
        operations.settle(claimed, "done", outcome="sent", base=40)
    report = catalog.undo_bulk(result.op.id)
    assert report.reverted == 1
    [back] = stock_ops(catalog)
    assert (back.args["quantity"], back.base) == (5, 40)


def test_undo_keeps_a_level_set_again_since(catalog, session):
    session.set_texts([(0, "stock:sloc_main", "40")])
    result = catalog.apply_grid(grid_plan(session))
    catalog.set_stock([("prod_000000", "variant_000000_00", "sloc_main", 41)])
    report = catalog.undo_bulk(result.op.id)
    assert report.kept == ["prod_000000 stock.variant_000000_00.sloc_main"]
    assert [o.args["quantity"] for o in stock_ops(catalog)] == [41]
