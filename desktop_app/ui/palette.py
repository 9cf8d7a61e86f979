"""Every custom colour of the app, in one place, each with its light and dark variant.

Windows never write a colour literal: painted colours come from :func:`qcolor` /
:func:`hex_of` at paint time, stylesheets and HTML are templates naming colours as
``@name@`` and go through :func:`qss`. The variant is the one :func:`set_dark` chose
(desktop_app/ui/theme.py follows the setting and the system's scheme).

``PAIRS`` lists which colours are drawn on which: tests/ui/test_palette.py checks each
pair's WCAG contrast in both variants (4.5:1 for text, 3:1 for large text and graphics),
and that no module outside this one holds a colour literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Colour:
    light: str
    dark: str


C = Colour
COLOURS: dict[str, Colour] = {
    # Surfaces and lines.
    "window": C("#f6f7f9", "#15181d"),  # behind panels
    "surface": C("#ffffff", "#1d2128"),  # fields, tables, cards, toolbars
    "surface_alt": C("#f9fafc", "#22272f"),  # alternate rows, drop zones
    "surface_sunk": C("#f1f3f7", "#272c35"),  # disabled fields, placeholders
    "hover": C("#eef1f6", "#2b313b"),  # hovered buttons, chips, grid headers
    "line": C("#e1e5ec", "#353b47"),  # borders between areas
    "grid_line": C("#e6e9ef", "#2f3540"),
    "field_border": C("#cfd5de", "#4a5262"),
    "selection": C("#e4eaff", "#2d3c6b"),  # selected rows, ink on it
    "selection_tint": C("#3b5bdb30", "#7d9bff40"),  # over a grid cell's own colour
    # Text.
    "ink": C("#1f2633", "#e3e7ee"),
    "ink_strong": C("#111827", "#f3f5f9"),  # preview headings
    "muted": C("#5b6475", "#a7afbd"),  # secondary text
    "faint": C("#636b7c", "#939cab"),  # hints, read-only values
    "disabled": C("#9aa3b2", "#6b7383"),  # disabled controls (exempt from contrast)
    "accent": C("#3b5bdb", "#8aa4ff"),  # links, list markers, focus, new values
    "accent_strong": C("#1d3a8a", "#b3c5ff"),  # markdown headings
    "on_accent": C("#ffffff", "#ffffff"),
    "accent_fill": C("#3b5bdb", "#4263eb"),  # default buttons, progress chunks
    "accent_fill_hover": C("#3451c6", "#3b5bdb"),
    "accent_fill_off": C("#c5cff5", "#3a4466"),
    "danger": C("#a3261c", "#ff9b92"),  # errors, out of stock, low scores
    "warning": C("#8a4f00", "#f2b65c"),  # conflicts, low stock, partial scores
    "ok": C("#1b6b32", "#7fd69a"),  # saved, answered
    # Badges and chips: a tinted fill with its own ink.
    "green_bg": C("#e3f4e8", "#1c3a26"),
    "green_fg": C("#1b6b32", "#90deaa"),
    "blue_bg": C("#e5eefc", "#1c2d4d"),
    "blue_fg": C("#1d4f9c", "#a6c4f7"),
    "amber_bg": C("#fff1da", "#3d2e14"),
    "amber_fg": C("#8a4f00", "#f5c77a"),
    "red_bg": C("#fbe7e6", "#48201d"),
    "red_fg": C("#a3261c", "#ffaaa2"),
    "grey_bg": C("#eceef2", "#2c313a"),
    "grey_fg": C("#4a5263", "#b8bfcb"),
    "purple_bg": C("#ebdcfb", "#35254d"),
    "purple_fg": C("#5b2a96", "#d4b8fa"),
    # Banners (ink on them) and their borders.
    "error_bg": C("#fdecea", "#3f1e1b"),
    "error_line": C("#f3b8b2", "#7a3a33"),
    "warning_bg": C("#fff6e5", "#3a2f17"),
    "warning_line": C("#f2d19b", "#74592a"),
    "info_bg": C("#eaf0ff", "#1e2a47"),
    "info_line": C("#bccbf5", "#3c4f86"),
    # The grid's cell states (fill, text).
    "cell_changed_bg": C("#e3ebff", "#233464"),
    "cell_changed_fg": C("#1d3fa8", "#b8c9ff"),
    "cell_bad_bg": C("#fde2df", "#4f1f1b"),
    "cell_problem_bg": C("#ffedd2", "#45321a"),
    "cell_read_only_bg": C("#f3f4f6", "#252a32"),
    # Diffs: the timeline's sides and changed words, the bulk preview's before and after.
    "removed_bg": C("#fdeceb", "#45201d"),
    "added_bg": C("#e8f6ec", "#1b3a25"),
    "changed_bg": C("#fff7e0", "#3a3116"),
    "removed_words": C("#f7c6c2", "#7a2e28"),
    "added_words": C("#b9e8c6", "#2a6a3d"),
    "before_mark": C("#f6c9c4", "#8c3a33"),
    "after_mark": C("#bfe5c8", "#2a6b3f"),
    # Markdown highlighting in the content editor.
    "code_bg": C("#f3f4f7", "#262b34"),
    "extension_fg": C("#6d28d9", "#c9a8ff"),
    "extension_bg": C("#f3e8ff", "#33224d"),
    "placeholder_bg": C("#e9edf3", "#2c323c"),
    "link_url": C("#646d7e", "#98a1b0"),
    # The SEO snippet imitates a search result page.
    "snippet_title": C("#1a0dab", "#99b4ff"),
    "snippet_url": C("#188038", "#7fd69a"),
    "snippet_text": C("#4d5156", "#bdc1c6"),
    # Graphics: status dots, chart bars, timeline kinds.
    "dot_online": C("#2b8a3e", "#51cf66"),
    "dot_offline": C("#e03131", "#ff6b6b"),
    "dot_unknown": C("#868e96", "#8c95a3"),
    "bar_good": C("#2b8a3e", "#51cf66"),
    "bar_fair": C("#b56b00", "#e8a33d"),
    "bar_poor": C("#d9480f", "#ff8a5b"),
    "bar_none": C("#8c95a5", "#7a8494"),
    "sent": C("#237a35", "#69db7c"),
    "version": C("#9c36b5", "#e599f7"),
    "progress_fill": C("#9db0f7", "#3d57b8"),
    "progress_track": C("#e8ebf1", "#2b313b"),
    "icon": C("#2f3a4d", "#d3d9e3"),  # toolbar icons
    "icon_muted": C("#6b7588", "#9aa3b2"),  # the search field's magnifier
}
del C

TEXT, LARGE, GRAPHIC = 4.5, 3.0, 3.0  # WCAG 2.1 AA minimum contrast ratios


class Use(Enum):
    TEXT = TEXT
    LARGE = LARGE  # 14 pt bold / 18 pt and more
    GRAPHIC = GRAPHIC  # icons, dots, bars, focus rings


# Foreground drawn on background: every pair the windows paint.
PAIRS: list[tuple[str, str, Use]] = [
    *[
        (fg, bg, Use.TEXT)
        for fg in (
            "ink",
            "muted",
            "faint",
            "accent",
            "danger",
            "warning",
            "ok",
            "accent_strong",
            "link_url",
        )
        for bg in ("surface", "window", "surface_alt", "hover")
    ],
    ("ink", "selection", Use.TEXT),
    ("ink", "surface_sunk", Use.TEXT),
    ("ink_strong", "surface", Use.TEXT),
    ("on_accent", "accent_fill", Use.TEXT),
    ("on_accent", "accent_fill_hover", Use.TEXT),
    *[
        (f"{hue}_fg", f"{hue}_bg", Use.TEXT)
        for hue in ("green", "blue", "amber", "red", "grey", "purple")
    ],
    ("muted", "grey_bg", Use.TEXT),
    # A selected row's pills are solid (ui/badges.py pill_colours): their ink as the fill.
    *[
        (fg, "selection", Use.GRAPHIC)
        for fg in ("ok", "warning", "danger", "muted", "grey_fg", "blue_fg", "purple_fg")
    ],
    *[
        (fg, bg, Use.TEXT)
        for fg in ("ink", "muted")
        for bg in ("error_bg", "warning_bg", "info_bg")
    ],
    ("ink", "cell_changed_bg", Use.TEXT),
    ("cell_changed_fg", "cell_changed_bg", Use.TEXT),
    ("danger", "cell_bad_bg", Use.TEXT),
    ("warning", "cell_problem_bg", Use.TEXT),
    ("faint", "cell_read_only_bg", Use.TEXT),
    ("muted", "hover", Use.TEXT),
    *[
        (fg, bg, Use.TEXT)
        for fg in ("ink", "faint")
        for bg in ("removed_bg", "added_bg", "changed_bg")
    ],
    *[
        ("ink", bg, Use.TEXT)
        for bg in ("removed_words", "added_words", "before_mark", "after_mark")
    ],
    ("danger", "code_bg", Use.TEXT),
    ("extension_fg", "extension_bg", Use.TEXT),
    ("muted", "placeholder_bg", Use.TEXT),
    ("snippet_title", "surface", Use.TEXT),
    ("snippet_url", "surface", Use.TEXT),
    ("snippet_text", "surface", Use.TEXT),
    ("sent", "surface", Use.TEXT),
    ("version", "surface", Use.TEXT),
    ("ink", "progress_fill", Use.TEXT),
    ("ink", "progress_track", Use.TEXT),
    *[
        (fg, "surface", Use.GRAPHIC)
        for fg in (
            "dot_online",
            "dot_offline",
            "dot_unknown",
            "bar_good",
            "bar_fair",
            "bar_poor",
            "bar_none",
            "accent_fill",
        )
    ],
    ("accent", "surface", Use.GRAPHIC),
    ("icon", "surface", Use.GRAPHIC),
    ("icon_muted", "surface", Use.GRAPHIC),  # focus borders, the grid's current cell
]
# The inks resources/icons/*.svg are drawn in (light), and the colour each becomes.
ICON_INKS = {"#2f3a4d": "icon", "#5b6475": "muted", "#7a8496": "icon_muted"}

# Shown without a contrast duty: disabled controls (WCAG 1.4.3 exempts them) and the
# decorative lines, fills and markdown punctuation around text that has its own pair.
EXEMPT = frozenset(
    {
        "disabled",
        "line",
        "grid_line",
        "field_border",
        "accent_fill_off",
        "error_line",
        "warning_line",
        "info_line",
        "selection_tint",
        "surface_sunk",
    }
)

_dark = False
TOKEN = re.compile(r"@([a-z_]+)@")
_live: list[tuple[str, QColor]] = []


def set_dark(dark: bool) -> None:
    """Which variant every later lookup gives (theme.py calls this); the colours
    :func:`live` handed out change in place."""
    global _dark
    _dark = dark
    for name, colour in _live:
        colour.setRgba(qcolor(name).rgba())


def live(name: str) -> QColor:
    """A module-level colour constant that follows the theme: the same QColor object,
    changed in place when the variant changes (read it at paint or build time)."""
    colour = qcolor(name)
    _live.append((name, colour))
    return colour


def is_dark() -> bool:
    return _dark


def hex_of(name: str, dark: bool | None = None) -> str:
    """``name``'s (or ``@name@``'s) colour as #rrggbb[aa] in the current (or the given)
    variant."""
    colour = COLOURS[name.strip("@")]
    return colour.dark if (_dark if dark is None else dark) else colour.light


def qcolor(name: str) -> QColor:
    """``name``'s colour in the current variant (a #rrggbbaa alpha is honoured)."""
    value = hex_of(name)
    if len(value) == 9:  # QColor reads #aarrggbb; ours is CSS's #rrggbbaa
        return QColor(f"#{value[7:]}{value[1:7]}")
    return QColor(value)


def css_colour(name: str) -> str:
    """For stylesheets and HTML: #rrggbb, or rgba() where there is an alpha."""
    value = hex_of(name)
    if len(value) == 9:
        r, g, b, a = (int(value[i : i + 2], 16) for i in (1, 3, 5, 7))
        return f"rgba({r}, {g}, {b}, {a})"
    return value


def qss(template: str) -> str:
    """A stylesheet or HTML template with its ``@name@`` colours filled in."""
    return TOKEN.sub(
        lambda m: css_colour(m.group(1)) if m.group(1) in COLOURS else m.group(0), template
    )
