"""Where two strings differ, for highlighting (Qt-free): common prefix, middle, suffix."""

from __future__ import annotations


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
