from decimal import Decimal

from desktop_app.grid.columns import Place, price_column, stock_column
from desktop_app.grid.formulas import Add, CopyFrom, Percent, RoundTo, check, compute, round_to

EUR = price_column("eur")
STOCK = stock_column(Place("l", "Main"))


def test_percent_add_and_round():
    assert compute(Percent(Decimal(10)), Decimal("19.99"), EUR) == Decimal("21.99")
    assert compute(Percent(Decimal(-50)), Decimal("3"), EUR) == Decimal("1.50")
    assert compute(Add(Decimal(5)), 7, STOCK) == 12
    assert compute(RoundTo(Decimal(".99")), Decimal("12.40"), EUR) == Decimal("11.99")
    assert compute(Percent(Decimal(10)), None, EUR) is None  # no price stays no price


def test_a_percentage_or_an_amount_keeps_the_currencys_decimals():
    yen, dinar = price_column("jpy"), price_column("kwd")
    assert compute(Percent(Decimal(10)), Decimal(999), yen) == Decimal(1099)  # no .90 yen
    assert compute(Add(Decimal("0.5")), Decimal(100), yen) == Decimal(101)
    assert compute(Percent(Decimal(10)), Decimal("1.235"), dinar) == Decimal("1.359")


def test_round_to_takes_the_nearer_ending_and_never_goes_below_zero():
    assert round_to(Decimal("12.60"), Decimal(".99")) == Decimal("12.99")
    assert round_to(Decimal("12.49"), Decimal(".99")) == Decimal("12.99")  # a tie goes up
    assert round_to(Decimal("0.20"), Decimal(".99")) == Decimal("0.99")
    assert round_to(Decimal("7.10"), Decimal(".00")) == Decimal("7.00")


def test_copy_from_takes_the_other_columns_value_and_checks_apply():
    assert compute(CopyFrom("price:usd"), Decimal(1), EUR, Decimal(5)) == Decimal(5)
    assert check(RoundTo(Decimal(".99")), STOCK) == "round to .99 applies to prices only."
    assert check(Percent(Decimal(1)), EUR) is None


def test_a_formula_is_named_with_the_grids_decimal_sign():
    """As the merchant typed it: "+2,5 %" in German (the undo step's name)."""
    assert Percent(Decimal("2.5")).describe("de_DE") == "+2,5 %"
    assert Add(Decimal("-1.5")).describe("de_DE") == "-1,5"
    assert RoundTo(Decimal(".99")).describe("de_DE") == "round to ,99"
    assert RoundTo(Decimal(".99")).describe("en_US") == RoundTo(Decimal(".99")).describe()
    assert CopyFrom("price:usd").describe("de_DE") == "set to price:usd"
