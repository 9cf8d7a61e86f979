"""Counts in the right grammatical number, and natural order of names with numbers."""

from __future__ import annotations

import random

import pytest

from desktop_app.text import natural_key, plural


def test_plural_of_a_noun_and_of_a_whole_message() -> None:
    assert plural(1, "product") == "1 product"
    assert plural(0, "product") == "0 products"
    assert plural(2000, "product") == "2,000 products"
    assert plural(2, "entry", "entries") == "2 entries"
    assert plural(1, "Sending changes of {n} product…", "Sending changes of {n} products…") \
        == "Sending changes of 1 product…"
    assert plural(3, "{done} of {n} product", "{done} of {n} products", done=1200) \
        == "1,200 of 3 products"
    assert plural(1, "Fix the error.", "Fix the {n} errors.") == "Fix the error."
    with pytest.raises(ValueError):
        plural(2, "Sent {n} product")  # a message needs both forms


def test_natural_key_orders_numbers_by_value() -> None:
    names = ["crash 10", "Crash 2", "crash 1", "crash", "crash 2b", "crash 100", "Crash 9",
             "crash 123456789", "crash 99999999", "crash 1234567890", "crash 02"]
    ordered = sorted(names, key=natural_key)
    assert ordered[:4] == ["crash", "crash 1", "Crash 2", "crash 02"] or \
        ordered[:4] == ["crash", "crash 1", "crash 02", "Crash 2"]
    assert ordered[4:] == ["crash 2b", "Crash 9", "crash 10", "crash 100", "crash 99999999",
                           "crash 123456789", "crash 1234567890"]
    assert natural_key("Blue Shirt") == "blue shirt"  # no digits: the casefolded text


def test_natural_key_matches_comparing_numbers_as_numbers() -> None:
    rng = random.Random(5)
    values = [f"{rng.choice('ab')} {rng.randrange(10 ** rng.randint(1, 12))}" for _ in range(500)]

    def reference(text: str) -> tuple[str, int]:
        word, number = text.split()
        return word, int(number)

    assert sorted(values, key=natural_key) == sorted(values, key=reference)
