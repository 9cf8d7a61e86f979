"""Helpers for façade subscriptions held by Qt objects."""

from __future__ import annotations

from collections.abc import Callable


def once(unsubscribe: Callable[[], None]) -> Callable[[], None]:
    """An unsubscribe that may be called any number of times (close, then destroy)."""
    done = False

    def call() -> None:
        nonlocal done
        if not done:
            done = True
            unsubscribe()

    return call
