"""Rows after an edit moved some products: the untouched keep their order."""

from __future__ import annotations

import random

from desktop_app.ui.offline.row_moves import rows_after


def moved(order: list[str], edits: dict[str, int]) -> list[str]:
    """``order`` with each edited product taken out and put at its new row."""
    rest = [pid for pid in order if pid not in edits]
    for pid, row in sorted(edits.items(), key=lambda item: item[1]):
        rest.insert(row, pid)
    return rest


def test_one_product_moved_down_and_up():
    order = list("abcdefgh")
    now = moved(order, {"b": 6})  # a c d e f g b h
    before = {pid: order.index(pid) for pid in "abcgh"}
    assert rows_after(before, {"b": 1}, {"b": 6}) == {pid: now.index(pid) for pid in before}
    back = rows_after({"a": 0, "h": 7, "g": 6}, {"g": 6}, {"g": 0})
    assert back == {"a": 1, "h": 7, "g": 0}


def test_many_products_moved_at_once_match_a_resort():
    rng = random.Random(3)
    for _ in range(200):
        order = [f"p{n}" for n in range(rng.randint(1, 40))]
        edited = rng.sample(order, rng.randint(0, min(5, len(order))))
        targets = rng.sample(range(len(order)), len(edited))
        now = moved(order, dict(zip(edited, targets, strict=True)))
        chosen = rng.sample(order, rng.randint(0, len(order)))
        got = rows_after(
            {pid: order.index(pid) for pid in chosen},
            {pid: order.index(pid) for pid in edited},
            {pid: now.index(pid) for pid in edited},
        )
        assert got == {pid: now.index(pid) for pid in chosen}
