"""Room for deep documents.

Lexical trees are walked recursively (as Payload does). A list indented a
few thousand levels is legal markdown and Payload converts it, so the
converters raise Python's recursion limit for the duration of a call instead
of failing on such input.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_DEEP_LIMIT = 60_000


def allow_deep_trees(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = sys.getrecursionlimit()
        if previous >= _DEEP_LIMIT:
            return func(*args, **kwargs)
        sys.setrecursionlimit(_DEEP_LIMIT)
        try:
            return func(*args, **kwargs)
        finally:
            sys.setrecursionlimit(previous)

    return wrapper
