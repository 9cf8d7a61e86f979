"""How a grid cell looks: its state (changed, bad, in conflict, read-only…), colours and
fonts, shared by the model (its data roles, which tests read) and the delegate (which
paints straight from it: one lookup per cell instead of a dozen role calls)."""

from __future__ import annotations

import enum
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.ui import palette

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
    State.PLAIN: ("@surface@", "@ink@"),
    State.HEADER: ("@hover@", "@ink@"),
    State.GROUP: ("@hover@", "@muted@"),
    State.MUTED: ("@surface@", "@faint@"),
    State.CHANGED: ("@cell_changed_bg@", "@cell_changed_fg@"),
    State.BAD: ("@cell_bad_bg@", "@danger@"),
    State.PROBLEM: ("@cell_problem_bg@", "@warning@"),
    State.READ_ONLY: ("@cell_read_only_bg@", "@faint@"),
}
MARKED = frozenset({State.BAD, State.PROBLEM})  # a corner mark, like a spreadsheet note
BOLD = frozenset({State.HEADER, State.CHANGED, State.BAD})
SELECTION = palette.live("selection_tint")  # over the state's colour: stays readable
CURRENT = palette.live("accent")
GRID_LINE = palette.live("grid_line")


@cache
def _color(name: str, dark: bool) -> QColor:
    return palette.qcolor(name)


def color(name: str) -> QColor:
    return _color(name, palette.is_dark())


def background(state: State) -> QColor:
    return color(COLORS[state][0])


def foreground(state: State) -> QColor:
    return color(COLORS[state][1])

