"""JS value semantics the converters rely on; each expectation was printed by Node 20."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.richtext.jsvalues import js_keys, js_string, js_truthy


def test_for_in_order_puts_array_indices_first_then_insertion_order() -> None:
    # for (k in JSON.parse(...)): indices are canonical decimals up to 2**32 - 2.
    parsed = json.loads(
        '{"b":1,"10":1,"01":1,"2":1,"4294967295":1,"4294967294":1,"-1":1,"1.0":1,"a":1,"0":1}'
    )
    assert list(js_keys(parsed)) == [
        "0", "2", "10", "4294967294", "b", "01", "4294967295", "-1", "1.0", "a",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [([1, [2, None], "x", True], "1,2,,x,true"), ({}, "[object Object]"), ([None], ""),
     (640.0, "640"), (None, "null"), (False, "false")],
)  # fmt: skip
def test_js_string(value: Any, expected: str) -> None:
    assert js_string(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [([], True), ({}, True), ("0", True), (0, False), (-0.0, False), ("", False),
     (None, False), (False, False), (float("nan"), False), (0.5, True)],
)  # fmt: skip
def test_js_truthy(value: Any, expected: bool) -> None:
    assert js_truthy(value) is expected
