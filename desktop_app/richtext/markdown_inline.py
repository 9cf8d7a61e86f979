"""Inline markdown import: Lexical's text-format and link transformers.

Mirrors `importTextTransformers`: find the outermost format (`**x**`...) or
link, split the text node around it, recurse into the pieces, then unescape
`\\*`, `\\_`, `` \\` `` and `\\~` on the node the call started from. Because
the starting node is also one of the pieces, some text is unescaped twice;
Payload does the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .jsregex import DOT, NS, WS, S
from .nodes import BOLD, CODE, ITALIC, STRIKETHROUGH, Link, Text


@dataclass(frozen=True)
class FormatTag:
    tag: str
    bits: int
    intraword: bool = True


# Order as Payload's sanitized default editor config lists them; it matters:
# the open-tag alternation tries `**` before `***`, which is why `***x***`
# imports as bold "*x" followed by "*".
FORMAT_TAGS = (
    FormatTag("`", CODE),
    FormatTag("~~", STRIKETHROUGH),
    FormatTag("**", BOLD),
    FormatTag("__", BOLD, intraword=False),
    FormatTag("___", BOLD | ITALIC, intraword=False),
    FormatTag("***", BOLD | ITALIC),
    FormatTag("*", ITALIC),
    FormatTag("_", ITALIC, intraword=False),
)
_BY_TAG = {t.tag: t for t in FORMAT_TAGS}


def _escape_tag(tag: str) -> str:
    return re.sub(r"([*^+])", r"\\\1", tag)


# Payload's patterns start with a lookbehind (`(?<!\\)*...`). Python's `re` only
# skips ahead quickly to candidate positions when a pattern starts with a literal
# (or a set of literals); otherwise `search` runs the whole matcher at every
# position, which made these searches the bulk of the import. So each pattern
# below starts with its tag and checks the character before the tag with a
# lookbehind that spans the tag too: `T(?<!xT)` holds exactly where `(?<!x)T`
# does, so matches (and groups) are the same.
def _full_match_regex(tag: str) -> re.Pattern[str]:
    t = _escape_tag(tag)
    closing = r"((?<!\\)|(?<=\\\\))"
    if len(tag) == 1:
        body = f"((\\\\{t})?{DOT}*?[^{t}{WS}](\\\\{t})?)"
        # Payload: (?<![\\t])(t)...
        return re.compile(f"({t})(?<![\\\\{t}]{t}){body}{closing}({t})(?![\\\\{t}])")
    body = f"((\\\\{t})?{DOT}*?{NS}(\\\\{t})?)"
    # Payload: (?<!\\)(t)...
    return re.compile(f"({t})(?<!\\\\{t}){body}{closing}({t})(?!\\\\)")


def _open_tags_regex() -> re.Pattern[str]:
    """Payload's `(?<![\\])(tag1|tag2|...)`, each branch starting with its tag."""
    branches = (f"{t}(?<!\\\\{t})" for t in (_escape_tag(f.tag) for f in FORMAT_TAGS))
    return re.compile("(" + "|".join(branches) + ")")


_FULL_MATCH = {t.tag: _full_match_regex(t.tag) for t in FORMAT_TAGS}
_OPEN_TAGS = _open_tags_regex()
_PUNCTUATION_OR_SPACE = re.compile(f"[!-/:-@\\[-`{{-~{WS}]")
# Payload: `(?<!!)\[...`, written to start with `[` (see above).
LINK_IMPORT = re.compile(
    f'\\[(?<!!\\[)([^\\[]+)\\]\\(([^(){WS}]+)(?:{S}"((?:[^"]*\\\\")*[^"]*)"{S}*)?\\)'
)
_UNESCAPE = re.compile(r"\\([*_`~])")


def _has_inline_syntax(text: str) -> bool:
    """Every format tag, link and escape needs one of `*_`~[\\`: text without them
    is left as it is (most lines of a long description)."""
    # Six `in` scans (memchr-fast) rather than one `[*_`~\[\\]` search, which `re`
    # tests character by character: several times quicker on a long line.
    return (
        "*" in text
        or "_" in text
        or "`" in text
        or "~" in text
        or "[" in text
        or "\\" in text
    )


def _unescaped(match: re.Match[str]) -> str:
    # A function, not the template r"\1": re compiles a template through an
    # import, which PySide's import hook makes slow on the GUI side.
    return match.group(1)


def _find_format(text: str) -> tuple[re.Match[str], FormatTag] | None:
    """`findOutermostMatch`: the first open tag whose full pattern matches anywhere."""
    # Payload re-runs the same full-pattern search for every open tag found;
    # the result only depends on the tag, so each tag is searched once.
    searched: dict[str, re.Match[str] | None] = {}
    for open_match in _OPEN_TAGS.finditer(text):
        tag = _BY_TAG[open_match.group(0)]
        if tag.tag not in searched:
            searched[tag.tag] = _FULL_MATCH[tag.tag].search(text)
        full = searched[tag.tag]
        if full is None:
            continue
        if tag.intraword:
            return full, tag
        before = text[full.start() - 1] if full.start() > 0 else ""
        after = text[full.end()] if full.end() < len(text) else ""
        if (not before or _PUNCTUATION_OR_SPACE.match(before)) and (
            not after or _PUNCTUATION_OR_SPACE.match(after)
        ):
            return full, tag
    return None


def _split_around(node: Text, start: int, end: int) -> tuple[Text | None, Text, Text | None]:
    """`node.split(start, end)` around a (non-empty) match: (before, match, after).

    Written out for the one case the import needs: the parts are known, no
    sorting, and the new nodes go into the parent with one slice assignment.
    """
    text = node.text
    fmt = node.format
    new: list[Text] = []
    before: Text | None = None
    target = node
    if start > 0:
        before = node
        target = Text(text[start:end], fmt)
        new.append(target)
    after: Text | None = None
    if end < len(text):
        after = Text(text[end:], fmt)
        new.append(after)
    if new:
        node.text = text[:start] if start > 0 else text[:end]
        parent = node.parent
        if parent is not None:
            at = node.index() + 1
            for piece in new:
                piece.parent = parent
            parent.children[at:at] = new
    return before, target, after


def _apply_format(node: Text, match: re.Match[str], tag: FormatTag) -> list[Text | None]:
    if match.group(0) == node.text:
        before, target, after = None, node, None
    else:
        before, target, after = _split_around(node, match.start(), match.end())
    target.text = match.group(2)
    target.format |= tag.bits
    return [after, before, target]


def _apply_link(node: Text, match: re.Match[str]) -> list[Text | None]:
    before, target, after = _split_around(node, match.start(), match.end())
    link = Link(match.group(2))
    link_text = Text(match.group(1), target.format)
    link.append(link_text)
    if target.parent is not None:
        target.replace(link)
    return [after, before, link_text]


def import_inline(node: Text) -> None:
    """Apply inline transformers to `node` (which must already sit in its parent).

    Payload recurses into each piece (after, before, transformed), then unescapes
    the node the call started with. An explicit stack keeps that post-order
    without Python's recursion limit (long lines produce thousands of pieces).
    """
    if not _has_inline_syntax(node.text):
        return
    stack: list[tuple[bool, Text]] = [(False, node)]
    while stack:
        finished, current = stack.pop()
        if finished:
            if "\\" in current.text:
                current.text = _UNESCAPE.sub(_unescaped, current.text)
            continue
        stack.append((True, current))
        pieces = _transform_once(current)
        for piece in reversed(pieces):
            # A piece without any syntax character would be left as it is: skip it.
            if (
                piece is not None
                and not piece.format & CODE
                and _has_inline_syntax(piece.text)
            ):
                stack.append((False, piece))


def _transform_once(node: Text) -> list[Text | None]:
    """Apply the outermost format or link found in `node`; return the pieces to revisit."""
    text = node.text
    found_format = _find_format(text)
    found_link = LINK_IMPORT.search(text) if "[" in text else None  # (a quick `in` first)
    if found_format and found_link:
        fmt_match = found_format[0]
        if fmt_match.start() <= found_link.start() and fmt_match.end() >= found_link.end():
            found_link = None
        else:
            found_format = None
    if found_format:
        return _apply_format(node, *found_format)
    if found_link:
        return _apply_link(node, found_link)
    return []
