"""Block markdown import: Lexical's element transformers, one line at a time.

Each line becomes a paragraph; the first matching element transformer turns
it into a horizontal rule, upload, quote, list item or heading. A plain line
that follows a paragraph, quote or list is appended to it after a line break.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .jsregex import NS, S, js_number
from .markdown_inline import import_inline
from .markdown_normalize import CHECK_LIST, ORDERED_LIST, UNORDERED_LIST, parse_hard_line_break
from .nodes import (
    Element,
    Heading,
    HorizontalRule,
    LineBreak,
    ListItem,
    ListNode,
    Node,
    Paragraph,
    Quote,
    Root,
    Text,
    Upload,
)

Replace = Callable[[Paragraph, Text, re.Match[str]], None]

_HR = re.compile(f"^---{S}*\\Z")
_UPLOAD = re.compile(r"!\[([^\]:]+):([^\]]+)\]\(\)")
_QUOTE = re.compile(f"^>{S}")
_HEADING = re.compile(f"^(#{{1,6}}){S}")
_LIST_INDENT_SIZE = 4
_ONLY_SPACES = re.compile(r"^ {2,}\Z")
_HAS_NON_SPACE = re.compile(NS)
# What any element transformer below needs: a line whose first non-blank
# character is one of these (blanks only before lists), or an upload anywhere.
# One match picks the few transformers worth trying, instead of seven searches.
_ELEMENT_START = re.compile(f"{S}*([-*+\\[0-9>#])")


def _replace_hr(para: Paragraph, text: Text, match: re.Match[str]) -> None:
    para.replace(HorizontalRule())


def _replace_upload(para: Paragraph, text: Text, match: re.Match[str]) -> None:
    raw = match.group(2)
    value = js_number(raw) if re.fullmatch("[0-9]+", raw) else raw
    para.replace(Upload(match.group(1), value))


def _replace_quote(para: Paragraph, text: Text, match: re.Match[str]) -> None:
    # Payload's blockquote transformer joins consecutive `>` lines with no
    # separator at all (not even a line break).
    previous = para.previous_sibling()
    if isinstance(previous, Quote):
        previous.append(text)
        para.remove()
        return
    quote = Quote()
    quote.append(text)
    para.replace(quote)


def _replace_heading(para: Paragraph, text: Text, match: re.Match[str]) -> None:
    heading = Heading(f"h{len(match.group(1))}")
    heading.append(text)
    para.replace(heading)


def _list_replace(list_type: str) -> Replace:
    def replace(para: Paragraph, text: Text, match: re.Match[str]) -> None:
        previous, following = para.siblings()
        item = ListItem(match.group(3) == "x" if list_type == "check" else None)
        if isinstance(following, ListNode) and following.list_type == list_type:
            following.insert(0, [item])
            para.remove()
        elif isinstance(previous, ListNode) and previous.list_type == list_type:
            previous.append(item)
            para.remove()
        else:
            start = js_number(match.group(2)) if list_type == "number" else 1
            new_list = ListNode(list_type, start)
            new_list.append(item)
            para.replace(new_list)
        item.append(text)
        for _ in range(len(match.group(1)) // _LIST_INDENT_SIZE):
            indent_list_item(item)

    return replace


def indent_list_item(item: ListItem) -> None:
    """Lexical's `$handleIndent`: move the item one level deeper."""
    if item.is_nested_wrapper():
        return
    parent = item.parent
    following, previous = item.next_sibling(), item.previous_sibling()
    next_nested = isinstance(following, ListItem) and following.is_nested_wrapper()
    prev_nested = isinstance(previous, ListItem) and previous.is_nested_wrapper()
    if next_nested and prev_nested:
        assert isinstance(previous, Element) and isinstance(following, Element)
        inner = previous.children[0]
        assert isinstance(inner, ListNode)
        inner.append(item)
        next_inner = following.children[0]
        assert isinstance(next_inner, ListNode)
        inner.append(*list(next_inner.children))
        following.remove()
    elif next_nested:
        assert isinstance(following, Element)
        inner = following.children[0]
        assert isinstance(inner, ListNode)
        if inner.children:
            inner.children[0].insert_before(item)
    elif prev_nested:
        assert isinstance(previous, Element)
        inner = previous.children[0]
        assert isinstance(inner, ListNode)
        inner.append(item)
    elif isinstance(parent, ListNode):
        # Lexical 0.50 builds the wrapper and nested list with $copyNode, so they
        # inherit the parent list's type and `start`.
        wrapper = ListItem(False if item.checked else item.checked)  # resetOnCopyNodeFrom
        nested = ListNode(parent.list_type, parent.start)
        wrapper.append(nested)
        nested.append(item)
        if previous is not None:
            previous.insert_after(wrapper)
        elif following is not None:
            following.insert_before(wrapper)
        else:
            parent.append(wrapper)


# Order as in Payload's sanitized default editor config (first match wins).
ELEMENT_TRANSFORMERS: tuple[tuple[re.Pattern[str], Replace], ...] = (
    (_HR, _replace_hr),
    (_UPLOAD, _replace_upload),
    (_QUOTE, _replace_quote),
    (CHECK_LIST, _list_replace("check")),
    (ORDERED_LIST, _list_replace("number")),
    (UNORDERED_LIST, _list_replace("bullet")),
    (_HEADING, _replace_heading),
)
_Transformers = tuple[tuple[re.Pattern[str], Replace], ...]
# The first non-blank character each transformer's pattern requires
# (the upload pattern matches anywhere, after "![").
_FIRST_CHARS = {
    _HR: "-",
    _QUOTE: ">",
    CHECK_LIST: "-[",
    ORDERED_LIST: "0123456789",
    UNORDERED_LIST: "-*+",
    _HEADING: "#",
}


def _candidates(first: str | None, upload: bool, rule: bool, bracket: bool) -> _Transformers:
    """The transformers that can match, in order, given the line's first character.

    A "-" line can start a rule, a check item or a bullet: the rule needs the line to
    start with "---" (`rule`), the check item a "[" (`bracket`), so a bullet line
    is searched once rather than three times.
    """

    def possible(regex: re.Pattern[str]) -> bool:
        if regex is _UPLOAD:
            return upload
        if (regex is _HR and not rule) or (regex is CHECK_LIST and not bracket):
            return False
        return first is not None and first in _FIRST_CHARS[regex]

    return tuple((regex, replace) for regex, replace in ELEMENT_TRANSFORMERS if possible(regex))


_CANDIDATES: dict[tuple[str | None, bool, bool, bool], _Transformers] = {
    (first, upload, rule, bracket): _candidates(first, upload, rule, bracket)
    for first in [None, *"-*+[0123456789>#"]
    for upload in (False, True)
    for rule in (False, True)
    for bracket in (False, True)
}


def _transformers_for(line: str) -> _Transformers:
    start = _ELEMENT_START.match(line)
    if start is None:
        return _CANDIDATES[None, "![" in line, False, False]
    return _CANDIDATES[start.group(1), "![" in line, line.startswith("---"), "[" in line]


def _line_break_for(target: Element) -> LineBreak:
    """`$createMarkdownLineBreakNode`: move a trailing hard-break marker onto the break."""
    children = target.children
    last = children[-1] if children else None
    if not isinstance(last, Text):
        return LineBreak()
    parsed = parse_hard_line_break(last.text)
    if parsed is not None:
        last.text = parsed[0]
        return LineBreak(parsed[1])
    if _ONLY_SPACES.match(last.text) and _content_before(children, len(children) - 1):
        marker, last.text = last.text, ""
        return LineBreak(marker)
    return LineBreak()


def _content_before(children: list[Node], end: int) -> bool:
    for child in reversed(children[:end]):
        if isinstance(child, LineBreak):
            return False
        if _HAS_NON_SPACE.search(child.text_content()):
            return True
    return False


def _merge_target(previous: Node | None) -> Element | None:
    if isinstance(previous, (Paragraph, Quote)):
        return previous
    if isinstance(previous, ListNode):
        node: Node | None = previous.last_descendant()
        while node is not None and not isinstance(node, ListItem):
            node = node.parent
        return node
    return None


def import_line(line: str, root: Root) -> None:
    text = Text(line)
    para = Paragraph()
    # `para.append(text)` and `root.append(para)`, for nodes without a parent yet
    # (one paragraph per line: the calls showed in profiles).
    text.parent = para
    para.children.append(text)
    para.parent = root
    root.children.append(para)
    if not line:
        return  # a blank line: no transformer, inline syntax or merge applies
    for regex, replace in _transformers_for(line):
        match = regex.search(line)
        if match:
            text.text = line[len(match.group(0)) :]
            replace(para, text, match)
            break
    import_inline(text)
    if para.parent is None:
        return  # a transformer replaced or removed the paragraph
    target = _merge_target(para.previous_sibling())
    if target is not None and target.has_text_content():
        target.append(_line_break_for(target), *list(para.children))
        para.remove()
