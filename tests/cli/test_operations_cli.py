"""``desktop-app operations list``: the pending whole-product changes, offline."""

from __future__ import annotations

from desktop_app.store import CatalogStore
from desktop_app.store.operations import Operations
from tests.cli.catalog_shop import PROFILE, Shop
from tests.cli.fake_medusa import FakeMedusa


def test_lists_creates_structure_and_stock_in_order(cli: Shop) -> None:
    assert cli.run("operations", "list").out.strip() == "No pending operations."
    draft = cli.json("products", "create", "--title", "Cap").json["id"]
    cli.json("stock", "set", "prod_mug", "MUG-S", "sloc_back", "2")
    cli.json("variants", "remove", "prod_mug", "var_m")
    result = cli.json("operations", "list")
    assert result.code == 0
    ops = result.json["operations"]
    assert [(o["product_id"], o["kind"], o["state"]) for o in ops] == [
        (draft, "create", "queued"),
        ("prod_mug", "stock.set", "queued"),
        ("prod_mug", "variant.remove", "queued"),
    ]
    lines = cli.run("operations", "list").out.splitlines()
    assert lines[0].split() == ["#", "Product", "Operation", "State", "Details", "Note"]
    assert "location_id=sloc_back quantity=2 variant_id=var_s" in lines[3]

    cli.json("products", "delete", draft, "--yes")  # never pushed: dropped, not pending
    assert len(cli.json("operations", "list").json["operations"]) == 2
    assert len(cli.json("operations", "list", "--all").json["operations"]) == 3


def test_details_leave_out_the_push_bookkeeping(cli: Shop) -> None:
    """A stock level sent once (its answer lost) remembers the value it sent; the table
    shows what the admin asked for, not that record."""
    cli.json("stock", "set", "prod_mug", "MUG-S", "sloc_back", "7")
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        operations = Operations(store.conn)
        [op] = operations.claim([operations.entries(None)[0].seq], "push-1")
        operations.mark_sent(op, 7)
    finally:
        store.close()
    table = cli.run("operations", "list", "--all").out
    assert "location_id=sloc_back quantity=7 variant_id=var_s" in table
    assert "inflight" not in table


def test_discard_and_retry_settle_operations_headless(cli: Shop, medusa: FakeMedusa) -> None:
    cli.json("stock", "set", "prod_mug", "MUG-S", "sloc_back", "2")
    [stock] = cli.json("operations", "list").json["operations"]
    assert cli.run("operations", "discard", str(stock["seq"])).code == 0
    assert cli.catalog_state() == (0, 0)

    medusa.handles.add("cap")  # taken since the last pull: Medusa refuses the create
    cli.json("products", "create", "--title", "Cap")
    cli.online(medusa.transports(), "push")
    [create] = cli.json("operations", "list").json["operations"]
    assert create["state"] == "failed"
    medusa.handles.discard("cap")  # the other 'cap' was removed in Medusa admin
    assert cli.run("operations", "retry", str(create["seq"])).code == 0
    assert cli.json("operations", "list").json["operations"][0]["state"] == "queued"
    assert cli.online(medusa.transports(), "push").code == 0
    assert cli.catalog_state() == (0, 0)


def test_a_wrong_operation_number_is_a_clear_error(cli: Shop) -> None:
    result = cli.json("operations", "discard", "99")
    assert result.code == 1
    assert result.json["error"]["message"].startswith("operation 99 cannot be discarded")


def test_retry_of_an_operation_not_refused_is_a_clear_error(cli: Shop) -> None:
    """Only a refused (failed) or conflicting operation waits to be retried: a queued one
    is not said to be queued 'again', and the exit code says nothing was done."""
    cli.json("stock", "set", "prod_mug", "MUG-S", "sloc_back", "2")
    [stock] = cli.json("operations", "list").json["operations"]
    result = cli.json("operations", "retry", str(stock["seq"]))
    assert result.code == 1
    assert result.json["error"]["message"].startswith(f"operation {stock['seq']} cannot be retried")
    assert cli.run("operations", "retry", "99").code == 1
