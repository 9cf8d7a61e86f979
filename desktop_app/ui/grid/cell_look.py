"""How a grid cell looks: its state (changed, bad, in conflict, read-only…), colours and
fonts, shared by the model (its data roles, which tests read) and the delegate (which
paints straight from it: one lookup per cell instead of a dozen role calls)."""

from __future__ import annotations

import enum
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

STATE_ROLE = Qt.ItemDataRole.UserRole + 20  # the cell's State (tests and the delegate)


class State(enum.StrEnum):
    PLAIN = "plain"
    HEADER = "header"  # a product's header line: its title
    GROUP = "group"  # the rest of a product's header line (how many variants)
    MUTED = "muted"  # the product's title on its variants' lines (the header holds it)
    CHANGED = "changed"  # staged, not saved to the outbox yet
    BAD = "bad"  # staged text that is no valid value: kept, explained, not saved
    PROBLEM = "problem"  # the servers' conflict or refusal about this cell
    READ_ONLY = "read_only"


# A cell as shown: (text, state, tooltip, numeric). A plain tuple of plain values (the
# state a ``State``'s str): the garbage collector stops tracking it at its first pass
# (not so a class instance or a NamedTuple), and scrolling makes thousands.
Look = tuple[str, str, str | None, bool]


def make_look(text: str, state: State, tip: str | None = None, numeric: bool = False) -> Look:
    return (text, state.value, tip, numeric)


# (background, text) per state. Every state paints its background: under it the view's
# style would paint its own selection colour.
COLORS: dict[State, tuple[str, str]] = {
    State.PLAIN: ("#ffffff", "#1f2633"),
    State.HEADER: ("#eef1f6", "#1f2633"),
    State.GROUP: ("#eef1f6", "#5b6475"),
    State.MUTED: ("#ffffff", "#8a93a3"),
    State.CHANGED: ("#e3ebff", "#1d3fa8"),
    State.BAD: ("#fde2df", "#a3261c"),
    State.PROBLEM: ("#ffedd2", "#8a4f00"),
    State.READ_ONLY: ("#f3f4f6", "#9aa3b2"),
}
MARKED = frozenset({State.BAD, State.PROBLEM})  # a corner mark, like a spreadsheet note
BOLD = frozenset({State.HEADER, State.CHANGED, State.BAD})
SELECTION = QColor(59, 91, 219, 48)  # over the state's colour, so it stays readable
CURRENT = QColor("#3b5bdb")
GRID_LINE = QColor("#e6e9ef")


@cache
def color(name: str) -> QColor:
    return QColor(name)


def background(state: State) -> QColor:
    return color(COLORS[state][0])


def foreground(state: State) -> QColor:
    return color(COLORS[state][1])

