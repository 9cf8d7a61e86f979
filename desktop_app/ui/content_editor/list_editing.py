"""List editing as the markdown editors merchants know it (Qt-free, like markdown_actions).

* Enter at the end (or in the middle) of a list item starts the next item: the same
  bullet, the next number (later numbers of that list move up by one), an unchecked
  box for a check item.
* Enter on an empty item ends the list: a nested item moves one level out, a top-level
  one loses its marker.
* Tab / Shift+Tab move the list items under the cursor or selection one level in / out.

Each function returns an ``Edit`` (one undo step) or ``None`` when the key should do
what it always does. Indentation is four spaces per level: Payload's importer counts
nesting in steps of four (``richtext.markdown_blocks._LIST_INDENT_SIZE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.ui.content_editor.markdown_actions import Edit

INDENT = "    "
# What Payload's importer reads as a list item: bullets, "1." numbers, "- [ ]" checks.
_ITEM = re.compile(r"(?P<indent>[ \t]*)(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})\.)"
                   r"(?P<gap> +)(?P<check>\[[ xX]\] )?")


@dataclass(frozen=True)
class Item:
    """One list item line: its marker and where its text starts."""

    indent: str
    bullet: str | None
    number: int | None
    gap: str
    box: str  # "[ ] ", "[x] " or "" (not a check item)
    end: int  # index in the line where the item's text starts

    @property
    def level(self) -> int:
        return len(self.indent.expandtabs(len(INDENT)))

    def marker(self, indent: str, number: int | None) -> str:
        """This item's marker at ``indent`` with ``number`` (for a numbered item)."""
        head = self.bullet if self.number is None else f"{number}."
        return f"{indent}{head}{self.gap}{self.box}"

    def next_marker(self) -> str:
        """The marker of the item Enter starts after this one: check boxes start empty."""
        head = self.bullet if self.number is None else f"{self.number + 1}."
        return f"{self.indent}{head}{self.gap}{'[ ] ' if self.box else ''}"


def parse_item(line: str) -> Item | None:
    match = _ITEM.match(line)
    if match is None:
        return None
    number = match.group("number")
    return Item(match.group("indent"), match.group("bullet"),
                int(number) if number is not None else None, match.group("gap"),
                match.group("check") or "", match.end())


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# ------------------------------------------------------------------- Enter
def continue_list(text: str, pos: int) -> Edit | None:
    """What Enter does at ``pos`` (no selection) inside a list item, or None."""
    start, end = _line_bounds(text, pos)
    line = text[start:end]
    item = parse_item(line)
    if item is None or pos < start + item.end:
        return None  # not a list, or the cursor is in the marker: a plain new line
    if not line[item.end:].strip():
        return _end_item(text, start, end, item)
    siblings = _siblings_after(text, end, item) if item.number is not None else []
    renumbered, span_end = _renumber(text, end, siblings, (item.number or 0) + 2)
    marker = item.next_marker()
    caret = pos + 1 + len(marker)
    return Edit(pos, span_end, "\n" + marker + text[pos:end] + renumbered, caret, caret)


def _end_item(text: str, start: int, end: int, item: Item) -> Edit:
    """Enter on an empty item: a nested one moves out a level, a top-level one ends the list."""
    if item.indent:
        indent = _dedent(item.indent)
        number = None if item.number is None else _number_at(
            text[:start].split("\n")[:-1], indent)
        moved = item.marker(indent, number)
        return Edit(start, end, moved, start + len(moved), start + len(moved))
    return Edit(start, end, "", start, start)


def _lines_after(text: str, pos: int) -> list[tuple[int, int, str]]:
    """(start, end, line) of each line after the one ending at ``pos``, lazily."""
    out = []
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        pos = len(text) if end < 0 else end
        out.append((start, pos, text[start:pos]))
    return out


def _siblings_after(text: str, after: int, item: Item) -> list[tuple[int, int, Item]]:
    """The numbered items of ``item``'s list after the line ending at ``after``, as
    (start, end, item). Nested items and their continued text are passed over."""
    found: list[tuple[int, int, Item]] = []
    for start, end, line in _lines_after(text, after):
        other = parse_item(line)
        if other is None:
            indent = len(line) - len(line.lstrip(" \t"))
            if line.strip() and indent > item.level:
                continue
            break
        if other.level < item.level:
            break
        if other.level == item.level:
            if other.number is None:
                break
            found.append((start, end, other))
    return found


def _renumber(text: str, after: int, siblings: list[tuple[int, int, Item]],
              first: int) -> tuple[str, int]:
    """The text from ``after`` to the last sibling with the siblings numbered from
    ``first``, and where that span ends (``("", after)`` without siblings)."""
    if not siblings:
        return "", after
    out: list[str] = []
    cursor = after
    for number, (start, end, other) in enumerate(siblings, first):
        out.append(text[cursor:start])
        out.append(other.marker(other.indent, number) + text[start + other.end:end])
        cursor = end
    return "".join(out), cursor


# --------------------------------------------------------------- Tab / Shift+Tab
def indent_items(text: str, start: int, end: int, *, outdent: bool = False) -> Edit | None:
    """Tab (or Shift+Tab with ``outdent``) on the list items of the selected lines."""
    start, end = sorted((start, end))
    first, _ = _line_bounds(text, start)
    _, last = _line_bounds(text, end - 1 if end > start and text[end - 1] == "\n" else end)
    lines = text[first:last].split("\n")
    items = [parse_item(line) for line in lines]
    if not any(items) or (outdent and not any(i and i.indent for i in items)):
        return None
    above = text[:first].split("\n")[:-1]
    out: list[str] = []
    for line, item in zip(lines, items, strict=True):
        if item is None:
            out.append(line)
            continue
        indent = _dedent(item.indent) if outdent else item.indent + INDENT
        number = None if item.number is None else _number_at([*above, *out], indent)
        out.append(item.marker(indent, number) + line[item.end:])
    new = "\n".join(out)
    if start != end:
        return Edit(first, last, new, first, first + len(new))
    caret = first + _caret_column(start - first, items[0], len(out[0]) - len(lines[0]))
    return Edit(first, last, new, caret, caret)


def _caret_column(column: int, item: Item | None, delta: int) -> int:
    """A caret on the item's text stays on the same character; one in the marker
    goes to the start of the text."""
    if item is None:
        return column
    return column + delta if column >= item.end else item.end + delta


def _number_at(above: list[str], indent: str) -> int | None:
    """The number an item moved to ``indent`` takes: one more than the item above it at
    that level, or 1 when it starts a list there."""
    level = len(indent.expandtabs(len(INDENT)))
    for line in reversed(above):
        item = parse_item(line)
        if item is None:
            if not line.strip():
                return 1
            continue  # the continued text of an item
        if item.level == level and item.number is not None:
            return item.number + 1
        if item.level <= level:
            return 1
    return 1


def _dedent(indent: str) -> str:
    """One level less: a tab, or up to four spaces."""
    if indent.endswith("\t"):
        return indent[:-1]
    stripped = indent.rstrip(" ")
    return indent[: max(len(indent) - len(INDENT), len(stripped))]
