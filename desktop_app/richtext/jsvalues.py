"""JavaScript value semantics for JSON values, as Payload's converters see them.

Payload's converters test values with `!x` / `||`, build strings with
`String(x)` or `'' + x`, and walk objects with `for…in`. On JSON these differ
from Python's truthiness, `str()` and dict order: an empty list or dict is
truthy in JS, `String([1, 2])` is `"1,2"`, and integer-like keys come first.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from .jsregex import js_str

_MAX_ARRAY_INDEX = 2**32 - 2  # ECMA-262 array indices: the keys an object lists first


def js_truthy(value: Any) -> bool:
    """`!!value`: only null, false, 0, NaN and "" are falsy ([] and {} are truthy)."""
    if value is None or value is False or value == "":
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value != 0 and not math.isnan(value)
    return True


def js_string(value: Any) -> str:
    """`String(value)` (and `'' + value`) for any JSON value, arrays and objects too."""
    if isinstance(value, dict):
        return "[object Object]"
    if isinstance(value, list):
        # Array.prototype.join writes null (and undefined) items as "".
        return ",".join("" if item is None else js_string(item) for item in value)
    return js_str(value)


def _array_index(key: object) -> int | None:
    key = key if isinstance(key, str) else js_string(key)  # JSON keys are strings anyway
    # Canonical decimal only: "01", "+1" and "1.0" are ordinary string keys.
    if not key.isdigit() or not key.isascii() or (len(key) > 1 and key[0] == "0"):
        return None
    index = int(key)
    return index if index <= _MAX_ARRAY_INDEX else None


def js_keys(obj: dict[Any, Any]) -> Iterator[Any]:
    """The order of `for (key in obj)` on a parsed JSON object: array-index keys in
    ascending numeric order, then the other keys in insertion order."""
    indexed = sorted((index, key) for key in obj if (index := _array_index(key)) is not None)
    yield from (key for _, key in indexed)
    yield from (key for key in obj if _array_index(key) is None)
