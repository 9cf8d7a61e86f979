"""Text helpers shared by the core and the UI (Qt-free).

``plural``: every message that holds a count is built by one call holding the whole
message in both forms, so that when the strings move to Qt's translation system each
call becomes one ``tr(text, "", n)`` with ``%n`` and translators see whole sentences.

``natural_key``: the order people expect of names with numbers ("crash 2" before
"crash 10"), as one plain string that SQLite can index.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")


def plural(n: int, one: str, many: str | None = None, **values: object) -> str:
    """The message for ``n`` things; ``{n}`` is written with thousands separators.

    ``plural(n, "Sent {n} product", "Sent {n} products")`` picks the form for ``n``.
    The singular may leave the count out: ``plural(n, "Fix the error.", "Fix the {n}
    errors.")``. Forms without any ``{n}`` are a bare noun, short for "{n} noun":
    ``plural(1, "product")`` → "1 product", ``plural(2000, "product")`` → "2,000 products",
    ``plural(2, "entry", "entries")`` → "2 entries".
    Other ``{name}`` fields take ``values`` (numbers with separators too), as ``tr``'s
    ``%1`` would: ``plural(n, "{done} of {n} product", "{done} of {n} products", done=3)``.
    """
    if "{n}" not in one + (many or ""):  # a bare noun; "s" unless the plural is given
        one, many = "{n} " + one, "{n} " + (many or one + "s")
    elif many is None:
        raise ValueError("a message with {n} needs its plural form too")
    text = one if n == 1 else many
    for name, value in {"n": n, **values}.items():
        shown = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else value
        text = text.replace("{" + name + "}", str(shown))
    return text


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    size = len(digits)
    # One digit says the length up to 8; "9" + two digits beyond (9 → "909", 10 → "910"),
    # so the length prefix itself still sorts by value.
    prefix = str(size) if size < 9 else "9" + str(min(size, 99)).zfill(2)
    return prefix + digits


def natural_key(text: str | None) -> str:
    """Casefolded ``text`` whose numbers compare by value: key("crash 2") < key("crash 10").

    Each run of digits becomes its length then its digits ("2" → "12", "10" → "210"), so
    comparing keys as plain strings (SQLite's BINARY collation) orders numbers by value.
    Do not change it lightly: stores keep these keys (schema migration 5 computed them).
    """
    return _DIGITS.sub(_number, (text or "").casefold())
