"""A field of a diff as a two-column HTML table for a QLabel (Qt's rich-text subset).

Left is point A, right point B. A description is a row per block: a block removed is red on
the left, one added green on the right, one changed yellow on both sides with the changed
words marked; unchanged blocks stay plain, for context. Other fields are one row, their
changed words marked the same way.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.i18n import translate
from desktop_app.timeline.blocks import BlockChange, Span, kind_label, word_spans
from desktop_app.timeline.diff import FieldChange
from desktop_app.ui import palette

REMOVED_BG = "@removed_bg@"
ADDED_BG = "@added_bg@"
CHANGED_BG = "@changed_bg@"
REMOVED_WORDS = "background-color:@removed_words@; text-decoration:line-through;"
ADDED_WORDS = "background-color:@added_words@;"
MUTED = "color:@faint@;"
KIND = "color:@faint@; font-size:small;"

ValueText = Callable[[str, Any], str]


def _text(text: str) -> str:
    """Escaped, line breaks and leading spaces kept (markdown's nesting shows)."""
    lines = []
    for line in html.escape(text).split("\n"):
        stripped = line.lstrip(" ")
        lines.append("&nbsp;" * (len(line) - len(stripped)) + stripped)
    return "<br>".join(lines)


def spans_html(spans: Sequence[Span], style: str) -> str:
    return "".join(
        f'<span style="{style}">{_text(t)}</span>' if changed else _text(t) for t, changed in spans
    )


def _cell(body: str, bg: str | None = None) -> str:
    colour = f' bgcolor="{bg}"' if bg else ""
    return f'<td width="50%" valign="top"{colour}>{body}</td>'


def _table(rows: list[str]) -> str:
    return palette.qss(
        '<table width="100%" cellspacing="0" cellpadding="6" border="0">'
        + "".join(rows)
        + "</table>"
    )


def _block_body(kind: str, body: str) -> str:
    return f'<span style="{KIND}">{html.escape(kind_label(kind))}</span><br>{body}'


def block_row(change: BlockChange) -> str:
    before, after = change.before, change.after
    if change.change == "same" and before and after:
        return (
            "<tr>"
            + _cell(_block_body(before.kind, _text(before.text)))
            + _cell(_block_body(after.kind, _text(after.text)))
            + "</tr>"
        )
    if change.change == "removed" and before:
        return (
            "<tr>"
            + _cell(_block_body(before.kind, _text(before.text)), REMOVED_BG)
            + _cell("")
            + "</tr>"
        )
    if change.change == "added" and after:
        return (
            "<tr>"
            + _cell("")
            + _cell(_block_body(after.kind, _text(after.text)), ADDED_BG)
            + "</tr>"
        )
    assert before is not None and after is not None
    return (
        "<tr>"
        + _cell(
            _block_body(before.kind, spans_html(change.before_spans, REMOVED_WORDS)), CHANGED_BG
        )
        + _cell(_block_body(after.kind, spans_html(change.after_spans, ADDED_WORDS)), CHANGED_BG)
        + "</tr>"
    )


def _unknown() -> str:
    text = html.escape(translate("TimelineDiff", "not read yet at this point"))
    return f'<span style="{MUTED}"><i>{text}</i></span>'


def field_html(change: FieldChange, value_text: ValueText) -> str:
    """The two sides of one field; ``value_text(field, value)`` says a value in words."""
    if not change.known_before or not change.known_after:
        left = (
            _unknown()
            if not change.known_before
            else _text(value_text(change.field, change.before))
        )
        right = (
            _unknown() if not change.known_after else _text(value_text(change.field, change.after))
        )
        return _table(["<tr>" + _cell(left) + _cell(right) + "</tr>"])
    if change.blocks:
        return _table([block_row(b) for b in change.blocks])
    before, after = value_text(change.field, change.before), value_text(change.field, change.after)
    if not change.changed:
        return _table(["<tr>" + _cell(_text(before)) + _cell(_text(after)) + "</tr>"])
    left, right = word_spans(before, after)
    return _table(
        [
            "<tr>"
            + _cell(spans_html(left, REMOVED_WORDS), REMOVED_BG)
            + _cell(spans_html(right, ADDED_WORDS), ADDED_BG)
            + "</tr>"
        ]
    )
