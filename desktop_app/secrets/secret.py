"""A wrapper that keeps secret values out of logs, reprs, f-strings and tracebacks."""

from __future__ import annotations

import hmac
from typing import Any, NoReturn

REDACTED = "**********"


class Secret:
    """Holds a password or API key; only :meth:`reveal` gives the value back.

    Deliberately *not* a ``str`` subclass: a str subclass leaks through
    ``str()``, ``json.dumps``, ``"%s"`` and concatenation. Here every implicit
    conversion yields ``REDACTED`` and the one explicit call is easy to grep.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"Secret needs a str, not {type(value).__name__}")
        if not value:
            raise ValueError("a secret must not be empty")
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        return self._value  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, spec: str) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant time: cheap and avoids a timing side channel when comparing.
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    __hash__ = None  # type: ignore[assignment]  # hashing would invite dict keys/logging

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError("Secret is immutable")

    def __reduce__(self) -> NoReturn:
        # Pickling is the classic way secrets end up on disk (caches, QSettings).
        raise TypeError("Secret objects cannot be pickled")
