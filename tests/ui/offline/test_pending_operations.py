"""Operations in the pending view: creates, deletes, variants, options and stock in
words, their state and the server's message, with Discard and Retry."""

from __future__ import annotations

import pytest

from desktop_app.services.new_product import ProductDraft, VariantDraft
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import taxonomy
from desktop_app.store.operations import Operation, Operations
from desktop_app.ui.offline.operation_words import Names, describe
from desktop_app.ui.offline.pending_view import PendingView
from tests.ui.offline.conftest import medusa_rec


@pytest.fixture
def view(qtbot, catalog: OfflineCatalog):
    taxonomy.save_all(catalog._store.conn, taxonomy.LOCATION,
                      [{"id": "sloc_wh", "name": "Warehouse"}])
    made = PendingView(catalog, push_now=lambda: None)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.detach()


def cells(view: PendingView) -> list[list[str]]:
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_operations_read_in_words_before_the_field_edits(view: PendingView,
                                                         catalog: OfflineCatalog):
    catalog.edit("prod_002", {"status": "draft"})
    draft = catalog.create_product(ProductDraft(
        "Linen Shirt", options=[("Size", ["S", "M"]), ("Colour", ["Sand", "Navy", "Rust"])]))
    catalog.set_stock([("prod_001", "variant_1_S", "sloc_wh", 7)])
    catalog.add_variant("prod_003", VariantDraft(title="XL", sku="SKU-003-XL",
                                                 prices=[{"currency_code": "eur",
                                                          "amount": 12}]))
    catalog.remove_variant("prod_004", "variant_4_M")
    catalog.delete(["prod_005"])
    assert cells(view) == [
        ["Linen Shirt", "Create product", "6 variants", "Waiting", ""],
        ["Product 001", "Set stock 7 at Warehouse", "Variant S", "Waiting", ""],
        ["Product 003", "Add variant XL", "SKU-003-XL · €12.00", "Waiting", ""],
        ["Product 004", "Remove variant M", "", "Waiting", ""],
        ["Product 005", "Delete product", "", "Waiting", ""],
        ["Product 002", "Status", "Draft", "Waiting", ""],
    ]
    assert "6 waiting to be pushed" in view.summary.text()
    assert view.push_servers() == {"medusa"}
    assert view.table.item(0, 0).toolTip() == draft


def test_discard_an_operation_and_a_draft(view: PendingView, catalog: OfflineCatalog):
    draft = catalog.create_product(ProductDraft("Never Sent"))
    catalog.delete(["prod_005"])
    view.table.selectRow(1)
    assert view.discard_button.isEnabled() and not view.retry_button.isEnabled()
    view.discard_button.click()
    assert [row[1] for row in cells(view)] == ["Create product"]
    assert catalog.product("prod_005") is not None and catalog.operations()[0].kind == "create"
    view.table.selectRow(0)
    view.discard_button.click()  # discarding a create drops the draft
    assert view.table.rowCount() == 0 and catalog.product(draft) is None
    assert "Nothing waiting" in view.summary.text()


def test_a_refused_operation_shows_the_server_and_is_retried(qtbot, view: PendingView,
                                                              catalog: OfflineCatalog):
    catalog._store.save_medusa([medusa_rec(7)])
    draft = catalog.create_product(ProductDraft("Tee", handle="item-7"))
    operations = Operations(catalog._store.conn)
    op = operations.claim([catalog.operations()[0].seq], "run")[0]
    operations.settle(op, "failed", message="Product with handle: item-7, already exists.",
                      field="handle")
    catalog._notify(Changes(frozenset({draft}), outbox=True))
    assert cells(view) == [["Tee", "Create product", "1 variant", "Rejected",
                            "Product with handle: item-7, already exists."]]
    assert "1 needs your decision" in view.summary.text()
    view.table.selectRow(0)
    assert view.retry_button.isEnabled() and view.resolve_button.isEnabled()
    with qtbot.waitSignal(view.editRequested) as asked:  # fixed in the product's editor
        view.resolve_button.click()
    assert asked.args == [draft]
    view.retry_button.click()
    assert cells(view)[0][3:] == ["Waiting", ""]
    assert catalog.operations()[0].state == "queued"


def test_an_operation_that_may_have_reached_medusa_is_not_discarded(view: PendingView,
                                                                    catalog: OfflineCatalog):
    catalog.delete(["prod_005"])
    operations = Operations(catalog._store.conn)
    op = operations.claim([catalog.operations()[0].seq], "run")[0]
    operations.mark_sent(op)
    view.refresh()
    view.table.selectRow(0)
    assert cells(view)[0][3] == "Sending" and not view.discard_button.isEnabled()


def make_op(kind: str, **args) -> Operation:
    return Operation(1, "prod_1", kind, args, None, "queued", None, None, None, 0, 1, None,
                     False, "", "")


def test_each_kind_in_words():
    names = Names(variants={"var_1": "S / Black"}, options={"opt_1": "Size"},
                  locations={"sloc_1": "Warehouse"})
    assert [describe(op, names) for op in (
        make_op("option.add", title="Colour", values=["Red", "Blue"], option_id="o"),
        make_op("option.rename", option_id="opt_1", title="Fit"),
        make_op("option.remove", option_id="opt_1"),
        make_op("option.values", option_id="opt_1", add=["XL"], remove=["XS"]),
        make_op("variant.remove", variant_id="var_1"),
        make_op("stock.set", variant_id="var_1", location_id="sloc_gone", quantity=0),
    )] == ["Add option Colour (Red, Blue)", "Rename option Size to Fit", "Remove option Size",
           "Option Size: add XL; remove XS", "Remove variant S / Black",
           "Set stock 0 at sloc_gone"]
