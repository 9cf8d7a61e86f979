from decimal import Decimal

import pytest

from desktop_app.grid.cells import format_amount, parse, read_number, show
from desktop_app.grid.columns import FIXED, Place, price_column, region_column, stock_column

EUR = price_column("eur")
STOCK = stock_column(Place("sloc_1", "Main"))
FLAG = next(c for c in FIXED if c.key == "manage_inventory")
STATUS = next(c for c in FIXED if c.key == "status")


@pytest.mark.parametrize(("locale", "text", "value"), [
    ("en_US", "12.50", Decimal("12.50")),
    ("en_US", "1,234.56", Decimal("1234.56")),
    ("en_US", "$12.50", Decimal("12.50")),
    ("de_DE", "12,50", Decimal("12.50")),
    ("de_DE", "1.234,56", Decimal("1234.56")),
    ("de_DE", "12,50 €", Decimal("12.50")),
    ("fr_FR", "1 234,56", Decimal("1234.56")),  # a plain space for the narrow one
    ("fr_FR", "12,5", Decimal("12.5")),
])
def test_numbers_are_read_in_the_users_locale(locale, text, value):
    assert read_number(text, locale, "usd" if "$" in text else "eur") == value


@pytest.mark.parametrize(("locale", "text"), [
    ("en_US", "12,50"),  # a German amount in an English grid: refused, not 1250
    ("de_DE", "12.50"),
    ("en_US", "12.5.1"),
    ("en_US", "abc"),
])
def test_an_amount_written_the_other_way_is_refused_not_guessed(locale, text):
    parsed = parse(EUR, text, locale)
    assert parsed.value is None and "is not a number" in parsed.error
    assert ("“,”" if locale == "de_DE" else "“.”") in parsed.error


def test_price_errors_name_the_problem():
    assert parse(EUR, "-1", "en_US").error == "A price cannot be negative."
    assert parse(EUR, "", "en_US").ok and parse(EUR, "", "en_US").value is None
    unsold = price_column("xyz", sold=False)
    assert "does not sell XYZ" in parse(unsold, "3", "en_US").error


def test_stock_is_a_whole_non_negative_number():
    assert parse(STOCK, "1,000", "en_US").value == 1000
    assert parse(STOCK, "-3", "en_US").error == "Stock cannot be negative."
    assert parse(STOCK, "2.5", "en_US").error == "Stock is a whole number."
    assert "needs a number" in parse(STOCK, "", "en_US").error


@pytest.mark.parametrize("text", ["NaN", "nan", "-nan", "sNaN", "Infinity", "inf"])
@pytest.mark.parametrize("column", [EUR, STOCK], ids=["price", "stock"])
def test_nan_and_infinity_are_no_numbers(column, text):
    # Babel reads them as numbers; "NaN" is how a pandas export writes an empty cell.
    parsed = parse(column, text, "en_US")
    assert parsed.value is None and "is not a number" in parsed.error


def test_negative_zero_is_zero():
    for text, locale in (("-0", "en_US"), ("-0.00", "en_US"), ("-0,00", "de_DE")):
        value = parse(EUR, text, locale).value
        assert value == 0 and not value.is_signed()
        assert show(EUR, value, locale) == ("0,00" if locale == "de_DE" else "0.00")


def test_flags_and_statuses():
    assert parse(FLAG, "Ja", "de_DE").value is True
    assert parse(FLAG, "no", "en_US").value is False
    assert "not yes or no" in parse(FLAG, "maybe", "en_US").error
    assert parse(STATUS, " Draft ", "en_US").value == "draft"
    assert "not a status" in parse(STATUS, "gone", "en_US").error


def test_amounts_show_the_currency_decimals_and_every_digit():
    assert format_amount(12.5, "eur", "de_DE") == "12,50"
    assert format_amount(1200, "jpy", "en_US") == "1200"
    assert format_amount("20.999", "usd", "en_US") == "20.999"
    assert show(region_column(Place("reg_1", "Europe", "eur")), Decimal("9"), "en_US") == "9.00"


def test_what_the_grid_shows_reads_back_as_the_same_value():
    for locale in ("en_US", "de_DE", "fr_FR"):
        for amount in (Decimal("0.99"), Decimal("1234.5"), Decimal("20.999")):
            assert parse(EUR, show(EUR, amount, locale), locale).value == amount
