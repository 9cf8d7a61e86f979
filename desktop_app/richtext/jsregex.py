"""JavaScript regular-expression semantics for Python's ``re``.

Payload's converters run JS regexes. Python's ``\\s``, ``.``, ``\\d`` and
``str.strip`` cover different characters, so every pattern here is written
with these explicit classes to match exactly what V8 matches.
"""

from __future__ import annotations

import re

# JS `\s`: WhiteSpace + LineTerminator (ECMA-262), which `String.prototype.trim` also strips.
WS = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
S = f"[{WS}]"
NS = f"[^{WS}]"
# JS `.` without the `s` flag stops at line terminators only.
DOT = "[^\n\r\u2028\u2029]"

_TRIM_RE = re.compile(f"^{S}+|{S}+\\Z")
_TRIM_START_RE = re.compile(f"^{S}+")


def js_trim(text: str) -> str:
    return _TRIM_RE.sub("", text)


def js_trim_start(text: str) -> str:
    return _TRIM_START_RE.sub("", text)


def js_number(digits: str) -> int | float:
    """`Number("123")`: exact as int while a double holds it exactly, else a float."""
    value = int(digits)
    if abs(value) <= 2**53:
        return value
    return float(value)


def js_str(value: object) -> str:
    """`String(value)` for the JSON-ish values a Lexical document holds."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return str(value)
