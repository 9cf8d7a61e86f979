"""Keeps the grid's rows out of Python's full garbage collections while it is open.

20,000 variants are some 150,000 tracked dicts and lists; a full collection walks them
all, about 0.2 s on the GUI thread (the app collects there: ui/gc_guard.py), long enough
to stutter the scrolling. They hold no cycles (they are freed by reference counting when
the grid lets them go), so once they are read the grid moves everything tracked so far
to the interpreter's permanent generation (``gc.freeze``), which collections skip, and
back again when it closes (``gc.unfreeze``): what became cyclic garbage meanwhile is
then collected as usual.
"""

from __future__ import annotations

import gc

_holders = 0  # open grids that froze


def freeze() -> None:
    """Everything tracked now is left out of collections (again after a re-read)."""
    gc.freeze()


def settle() -> None:
    """While a grid is open: collect the youngest generation and freeze what survives.

    Scrolling lays out texts (each a tracked Qt wrapper) and computes looks, a paste
    stages thousands of cells; left young, every collection of the young generations
    walks them again (a paste's 30,000 objects took 8 ms, scrolled-to texts 2-5 ms,
    each on the frame it landed on). The grid calls this between frames once a
    scroll's lines ahead are prepared: the youngest generation then holds a page's
    worth (well under a millisecond to collect), and the collector's timer finds
    nothing due while the merchant scrolls."""
    if _holders:
        gc.collect(0)
        gc.freeze()


def hold() -> None:
    global _holders
    _holders += 1


def release() -> None:
    """A grid closed: once no grid holds the freeze, collections see everything again."""
    global _holders
    _holders = max(0, _holders - 1)
    if not _holders:
        gc.unfreeze()
