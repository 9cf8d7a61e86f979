"""Toolbar actions as pure text edits (Qt-free, so they are easy to test).

Each action takes the text and a selection and returns one ``Edit``: the span to
replace, its replacement and the selection afterwards. The editor applies it as a
single undoable step instead of resetting the whole text.

Only syntax Payload's markdown importer understands is produced
(lexical-format.md §4): ``**`` bold, ``*`` italic, ``~~``, backticks, ATX headings,
``-`` bullets, ``1.`` numbers, ``- [ ]`` check items, ``>`` quotes, ``[t](url)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import filterfalse

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Edit:
    start: int  # replaced span [start, end) of the old text
    end: int
    replacement: str
    sel_start: int  # selection in the new text
    sel_end: int

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


INLINE_MARKERS = {"bold": "**", "italic": "*", "strike": "~~", "code": "`"}
# The text an action types where nothing is selected (selected, to type over).
PLACEHOLDERS = {
    "bold": QT_TRANSLATE_NOOP("ContentEditor", "bold text"),
    "italic": QT_TRANSLATE_NOOP("ContentEditor", "italic text"),
    "strike": QT_TRANSLATE_NOOP("ContentEditor", "struck text"),
    "code": QT_TRANSLATE_NOOP("ContentEditor", "code"),
    "link": QT_TRANSLATE_NOOP("ContentEditor", "link text"),
}

_PREFIXES: dict[str, re.Pattern[str]] = {
    "heading": re.compile(r"#{1,6} "),
    "bullet": re.compile(r"[-*+] (?!\[[ xX]\] )"),
    "number": re.compile(r"\d+\. "),
    "check": re.compile(r"[-*+] \[[ xX]\] "),
    "quote": re.compile(r"> ?"),
}
# Any list/quote/heading marker, stripped before another kind is applied.
_ANY_PREFIX = re.compile(r"(#{1,6} |[-*+] \[[ xX]\] |[-*+] |\d+\. |> ?)")


def _run(text: str, index: int, step: int, char: str) -> int:
    """How many ``char`` repeat from ``index`` going in direction ``step``."""
    count = 0
    while 0 <= index < len(text) and text[index] == char:
        count += 1
        index += step
    return count


def _is_wrapped(text: str, start: int, end: int, marker: str) -> bool:
    if marker == "*":
        # One star each side is italic, three is bold italic; two is only bold.
        return _run(text, start - 1, -1, "*") in (1, 3) and _run(text, end, 1, "*") in (1, 3)
    n = len(marker)
    return start >= n and text[start - n : start] == marker and text[end : end + n] == marker


def toggle_inline(text: str, start: int, end: int, kind: str) -> Edit:
    """Wrap the selection in a marker, or unwrap it if it is already wrapped."""
    marker = INLINE_MARKERS[kind]
    start, end = sorted((start, end))
    if kind == "italic" and _run(text, start - 1, -1, "*") == 2 == _run(text, end, 1, "*"):
        inner = text[start:end]
        if text[start - 3 : start - 2] == "_" == text[end + 2 : end + 3]:
            return Edit(start - 3, end + 3, f"**{inner}**", start - 1, end - 1)
        # "***x***" is mis-parsed by Payload (lexical-format.md §4): use "_**x**_".
        return Edit(start - 2, end + 2, f"_**{inner}**_", start + 1, end + 1)
    if kind == "italic" and text[start - 1 : start] == "_" == text[end : end + 1]:
        return Edit(start - 1, end + 1, text[start:end], start - 1, end - 1)
    n = len(marker)
    selected = text[start:end]
    if _is_wrapped(text, start, end, marker):
        return Edit(start - n, end + n, selected, start - n, end - n)
    if len(selected) >= 2 * n and selected.startswith(marker) and selected.endswith(marker):
        inner = selected[n:-n]
        return Edit(start, end, inner, start, start + len(inner))
    # Markdown markers must hug the text: keep the selection's outer spaces outside.
    stripped = selected.strip()
    if not stripped:
        word = translate("ContentEditor", PLACEHOLDERS[kind])
        return Edit(start, end, f"{marker}{word}{marker}", start + n, start + n + len(word))
    lead = len(selected) - len(selected.lstrip())
    trail = len(selected) - len(selected.rstrip())
    new = selected[:lead] + marker + stripped + marker + selected[len(selected) - trail :]
    inner_start = start + lead + n
    return Edit(start, end, new, inner_start, inner_start + len(stripped))


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = sorted((start, end))
    line_start = text.rfind("\n", 0, start) + 1
    if end > start and end > 0 and text[end - 1] == "\n":
        end -= 1  # a selection ending at a line start does not include that line
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def toggle_block(text: str, start: int, end: int, kind: str, level: int = 2) -> Edit:
    """Turn the selected lines into a heading/list/quote, or back into paragraphs."""
    line_start, line_end = _line_span(text, start, end)
    lines = text[line_start:line_end].split("\n")
    pattern = _PREFIXES[kind]
    content = [ln for ln in lines if ln.strip()]
    if not content:
        return _start_block(text, line_start, line_end, kind, level)
    remove = bool(content) and all(pattern.match(ln) for ln in content)
    out: list[str] = []
    number = 0
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        body = _ANY_PREFIX.sub("", line, count=1) if _ANY_PREFIX.match(line) else line
        if remove:
            out.append(body)
            continue
        number += 1
        out.append(_prefix(kind, level, number) + body)
    new = "\n".join(out)
    return Edit(line_start, line_end, new, line_start, line_start + len(new))


def _prefix(kind: str, level: int, number: int) -> str:
    return {
        "heading": "#" * level + " ",
        "bullet": "- ",
        "number": f"{number}. ",
        "check": "- [ ] ",
        "quote": "> ",
    }[kind]


def _start_block(text: str, line_start: int, line_end: int, kind: str, level: int) -> Edit:
    """A toolbar block action on an empty line: the marker, with the cursor after it.

    A number follows the numbered item on the line above (the list goes on).
    """
    number = 1
    above = text[: line_start - 1].rsplit("\n", 1)[-1] if line_start else ""
    if kind == "number" and (match := re.match(r"(\d{1,9})\. ", above)):
        number = int(match.group(1)) + 1
    prefix = _prefix(kind, level, number)
    end = line_start + len(prefix)
    return Edit(line_start, line_end, prefix, end, end)


def insert_link(text: str, start: int, end: int, url: str = "") -> Edit:
    """``[selection](url)``; with no URL given, the ``https://`` part is selected to type over."""
    start, end = sorted((start, end))
    label = text[start:end].strip() or translate("ContentEditor", PLACEHOLDERS["link"])
    target = url or "https://"
    new = f"[{label}]({target})"
    if url:
        return Edit(start, end, new, start + len(new), start + len(new))
    url_start = start + len(label) + 3
    return Edit(start, end, new, url_start, url_start + len(target))


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(plain_text: str) -> int:
    """Runs of word characters, joined by apostrophes or hyphens (``_WORD``).

    A word never spans whitespace, and a token made only of letters and digits
    (``str.isalnum``: ``\\w`` without "_") is one word, so only the other tokens
    go through the regex: prose is counted several times faster.
    """
    tokens = plain_text.split()
    others = " ".join(filterfalse(str.isalnum, tokens))
    return sum(map(str.isalnum, tokens)) + len(_WORD.findall(others))
