from decimal import Decimal

from desktop_app.grid.formulas import CopyFrom, Percent, RoundTo
from desktop_app.grid.loading import open_session
from tests.grid.conftest import session_of

ALL = ["product", "variant", "sku", "price:eur", "price:usd", "region:reg_eu",
       "stock:sloc_main"]


def view(session):
    return list(range(len(session.rows))), ALL


def test_rows_and_values_come_from_the_catalog(session):
    assert len(session.rows) == 12
    assert session.text(0, "product") == "Product 000000"
    assert session.text(1, "variant") == "M"
    assert session.value(1, "price:eur") == Decimal(11)
    assert session.text(1, "region:reg_eu") == "10.00"
    assert session.value(1, "stock:sloc_main") == 6
    assert session.value(1, "stock:sloc_east") is None  # no level there yet
    assert session.read_only(0, "product")


def test_typing_stages_a_cell_and_typing_the_original_unstages_it(session):
    step = session.set_texts([(0, "price:eur", "12.5")])
    assert session.text(0, "price:eur") == "12.50" and session.staged(0, "price:eur")
    assert len(step.cells) == 1
    session.set_texts([(0, "price:eur", "10")])
    assert session.staged(0, "price:eur") is None


def test_a_bad_cell_keeps_its_text_and_reason_and_the_rest_of_the_paste(session):
    rows, cols = view(session)
    step = session.paste("11\n-2\nabc\n14\n", rows, cols, (0, 3, 1, 1))
    assert [session.text(r, "price:eur") for r in range(4)] == ["11.00", "-2", "abc", "14.00"]
    assert session.error(1, "price:eur") == "A price cannot be negative."
    assert "is not a number" in session.error(2, "price:eur")
    assert session.value(1, "price:eur") == Decimal(11)  # the bad cell keeps the old value
    assert step.errors == 2 and session.error_count == 2


def test_one_value_fills_the_selection_and_a_block_tiles_a_multiple(session):
    rows, cols = view(session)
    session.paste("7\n", rows, cols, (0, 3, 3, 2))
    assert {session.text(r, c) for r in range(3) for c in ("price:eur", "price:usd")} == {
        "7.00"}
    session.paste("1\t2\n", rows, cols, (3, 3, 4, 2))  # 1×2 block on a 4×2 selection
    assert [session.text(r, "price:usd") for r in range(3, 7)] == ["2.00"] * 4


def test_a_block_larger_than_the_selection_goes_beyond_it_and_stops_at_the_edge(session):
    rows, cols = view(session)
    text = "".join(f"{n}\t{n}\t{n}\n" for n in range(1, 20))  # 19 rows, 3 columns
    step = session.paste(text, rows, cols, (10, 5, 1, 1))  # from usd at row 10
    assert session.text(11, "stock:sloc_main") == "2"
    assert len(step.cells) <= 2 * 3  # rows 10 and 11 only, the grid ends there


def test_read_only_cells_are_left_and_counted(session):
    rows, cols = view(session)
    step = session.paste("x\ty\n", rows, cols, (0, 0, 1, 1))
    assert step.skipped == 2 and not step.cells


def test_undo_and_redo_every_step(session):
    rows, cols = view(session)
    session.paste("20\n21\n", rows, cols, (0, 3, 1, 1))
    session.set_texts([(0, "price:eur", "30")], "Edit")
    assert session.undo_label() == "Edit"
    session.undo()
    assert session.text(0, "price:eur") == "20.00"
    session.undo()
    assert session.text(0, "price:eur") == "10.00" and not session.staged_cells
    session.redo()
    assert session.text(1, "price:eur") == "21.00"
    session.set_texts([(2, "sku", "NEW")])
    assert not session.can_redo  # a new step drops the redo history


def test_fill_down_replace_and_formulas(session):
    rows, cols = view(session)
    session.fill_down(rows, cols, (0, 3, 4, 1))
    assert [session.value(r, "price:eur") for r in range(4)] == [Decimal(10)] * 4
    session.replace("sku", "sku-000001", "NEW-1")
    assert session.text(4, "sku") == "NEW-1-00" and session.text(0, "sku") == "SKU-000000-00"
    session.apply_formula(Percent(Decimal(10)), [(r, "price:usd") for r in range(2)])
    assert session.value(1, "price:usd") == Decimal("14.30")
    session.apply_formula(RoundTo(Decimal(".99")), [(1, "price:usd")])
    assert session.value(1, "price:usd") == Decimal("13.99")
    session.apply_formula(CopyFrom("price:eur"), [(5, "region:reg_eu")])
    assert session.value(5, "region:reg_eu") == Decimal(11)


def test_a_sku_another_variant_holds_is_refused_until_that_one_changes(session):
    session.set_texts([(1, "sku", "SKU-000000-00")])
    assert session.error(1, "sku").startswith("Another variant of the shop has the SKU")
    session.set_texts([(0, "sku", "FREED")])  # the holder takes another SKU
    assert session.error(1, "sku") is None and session.value(1, "sku") == "SKU-000000-00"
    session.undo()
    assert session.error(1, "sku") is not None


def test_a_sku_held_by_a_product_outside_the_grid_is_refused(catalog):
    session, _ = open_session(catalog, ["prod_000000"], "en_US")
    session.set_texts([(0, "sku", "SKU-000002-01")])
    assert session.error(0, "sku") is not None


def a_sku_with_a_space_outside_the_grid(catalog):
    """Product 2 (not in the grid) holds ``AB 12`` (a space in it) on its first variant."""
    held = catalog.product("prod_000002").medusa
    variant = held["variants"][0]["id"]
    catalog.edit("prod_000002", {f"variants.{variant}.sku": "AB 12"})
    session, _ = open_session(catalog, ["prod_000000"], "en_US")
    return session


def test_a_sku_with_a_space_held_outside_the_grid_is_refused_whole(catalog):
    session = a_sku_with_a_space_outside_the_grid(catalog)
    session.set_texts([(0, "sku", "AB 12")])
    assert session.error(0, "sku") == "Another variant of the shop has the SKU “AB 12”."


def test_a_word_of_a_sku_with_a_space_is_not_that_sku(catalog):
    session = a_sku_with_a_space_outside_the_grid(catalog)
    session.set_texts([(0, "sku", "AB"), (1, "sku", "12"), (2, "sku", "ab 12")])
    assert [session.error(r, "sku") for r in range(3)] == [None, None, None]
    assert session.value(0, "sku") == "AB" and session.value(2, "sku") == "ab 12"


def test_opening_reads_no_sku_of_the_products_outside_the_grid(catalog):
    """At 100,000 products the shop's SKU list took 0.4-0.6 s on the GUI thread at
    opening; holders are looked up per staged SKU instead."""
    statements: list[str] = []
    catalog._store.conn.set_trace_callback(statements.append)
    try:
        open_session(catalog, ["prod_000000"], "en_US", eager=False)
    finally:
        catalog._store.conn.set_trace_callback(None)
    assert statements and not [s for s in statements if "skus" in s]


def test_decimal_commas_in_a_german_grid(catalog):
    session = session_of(catalog, "de_DE")
    rows = list(range(len(session.rows)))
    session.paste('"12,50"\t"1.234,5"\n', rows, ["price:eur", "price:usd"], (0, 0, 1, 1))
    assert session.value(0, "price:eur") == Decimal("12.50")
    assert session.value(0, "price:usd") == Decimal("1234.5")
    assert session.copy(rows, ["price:eur", "price:usd"], (0, 0, 1, 2)) == "12,50\t1234,50\n"


def test_a_refused_sku_keeps_the_old_one_which_refuses_another_rows_new_one(session):
    # Found by test_session_model: row 0's new SKU is taken, so row 0 keeps its old SKU,
    # and row 1 may not take that one.
    session.set_texts([(0, "sku", "X"), (2, "sku", "X")])
    session.set_texts([(1, "sku", "SKU-000000-00")])
    assert session.error(0, "sku") and session.error(2, "sku")
    assert session.error(1, "sku").startswith("Another variant of the shop has the SKU")
    session.set_texts([(2, "sku", "")])  # the clash is gone: row 0 takes X, frees its SKU
    assert session.value(0, "sku") == "X" and session.value(1, "sku") == "SKU-000000-00"
    assert session.value(2, "sku") == ""
