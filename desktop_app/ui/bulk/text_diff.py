"""Where two strings differ, for highlighting (Qt-free): common prefix, middle, suffix."""

from __future__ import annotations

from collections.abc import Callable


def split_changed(before: str, after: str) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """``(prefix, changed, suffix)`` of each string; prefix and suffix are shared."""
    limit = min(len(before), len(after))
    start = 0
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    b_end, a_end = len(before) - end, len(after) - end
    return ((before[:start], before[start:b_end], before[b_end:]),
            (after[:start], after[start:a_end], after[a_end:]))


ELLIPSIS = "…"
LEAD_SHARE = 3  # the text before a change takes at most 1/3 of a cell that cannot hold it all


def _head(text: str, room: float, measure: Callable[[str], float]) -> str:
    """The longest start of ``text`` that is at most ``room`` wide."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid]) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low]


def _tail(text: str, room: float, measure: Callable[[str], float]) -> str:
    """The longest end of ``text`` that is at most ``room`` wide."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[len(text) - mid:]) <= room:
            low = mid
        else:
            high = mid - 1
    return text[len(text) - low:]


def fit_parts(parts: tuple[str, str, str], width: float,
              measure: Callable[[str], float]) -> tuple[str, str, str]:
    """``(prefix, changed, suffix)`` cut to ``width`` with "…" where text is left out.

    A cell clipped at its edge hides that the text goes on, and a change far into a
    long text (a replace in a description) would not show at all: the change is kept
    in view, with a little of the text before it, and the rest is elided.
    """
    prefix, changed, suffix = parts
    if measure(prefix + changed + suffix) <= width:
        return parts
    dots = measure(ELLIPSIS)
    lead = width / LEAD_SHARE
    if measure(prefix) > lead:
        prefix = ELLIPSIS + _tail(prefix, lead - dots, measure)
    room = width - measure(prefix)
    if measure(changed) > room:
        return prefix, _head(changed, room - dots, measure) + ELLIPSIS, ""
    room -= measure(changed)
    if measure(suffix) > room:
        suffix = _head(suffix, room - dots, measure) + ELLIPSIS
    return prefix, changed, suffix
