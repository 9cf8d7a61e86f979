"""Lexical JSON → markdown, as Payload's `convertLexicalToMarkdown` does it.

Works directly on the JSON dicts. Text formats are written as `~~`, `**`,
`*` and `` ` `` (in that nesting order), markdown characters in plain text
are backslash-escaped, and hard breaks keep their original marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .jsregex import S, js_str, js_trim
from .nodes import BOLD, CODE, ITALIC, STRIKETHROUGH
from .parsed_state import normalize_parsed
from .recursion import allow_deep_trees
from .tree_view import TreeView, is_element, is_text, text_of

Json = dict[str, Any]

# Single-format transformers in config order, code moved last (MarkdownExport.ts).
_EXPORT_TAGS = (
    (STRIKETHROUGH, "~~"),
    (BOLD, "**"),
    (BOLD, "__"),
    (ITALIC, "*"),
    (ITALIC, "_"),
    (CODE, "`"),
)
_ESCAPE = re.compile(r"([*_`~\\])")
_HARD_BREAK_MARKER = re.compile(r"^(\\| {2,})\Z")
_LIST_INDENT = "    "
_EMPTY_LINE = re.compile(f"^{S}{{0,3}}\\Z")
_SAFE_URL = re.compile(r"(?:(?:https?|mailto|ftp|tel|file|sms):|[^&:/?#]*(?:[/?#]|\Z))", re.I)
_DATA_URL = re.compile(
    r"data:(?:image/(?:bmp|gif|jpeg|jpg|png|tiff|webp)|video/(?:mpeg|mp4|ogg|webm)"
    r"|audio/(?:mp3|oga|ogg|opus));base64,[a-z\d+/]+=*\Z",
    re.I,
)


@dataclass
class _Tag:
    format: int
    tag: str


def sanitize_markdown_url(url: Any) -> str:
    """richtext-lexical's own `sanitizeUrl` (used by the markdown link export)."""
    text = js_trim(js_str(url))
    if _SAFE_URL.match(text) or _DATA_URL.match(text):
        return text
    return "https://"


@allow_deep_trees
def lexical_to_markdown(doc: Json) -> str:
    """Convert a Lexical document to markdown.

    Like Payload, only the root children before the first one the default
    editor cannot load (unknown node types such as tables or blocks, text
    directly under the root) are exported; an empty root exports as "".
    """
    root = normalize_parsed((doc or {}).get("root") or {})
    if root is None:
        return ""
    view = TreeView(root)
    children = view.children(root)
    output: list[str] = []
    for i, child in enumerate(children):
        result = _export_block(view, child)
        if result is None:
            continue
        separate = (
            i > 0 and not _is_empty_paragraph(child) and not _is_empty_paragraph(children[i - 1])
        )
        output.append("\n" + result if separate else result)
    return "\n".join(output)


def _is_empty_paragraph(node: Json) -> bool:
    if node.get("type") != "paragraph":
        return False
    children = node.get("children") or []
    if not children:
        return True
    only = children[0]
    return len(children) == 1 and is_text(only) and _EMPTY_LINE.match(text_of(only)) is not None


def _export_block(view: TreeView, node: Json) -> str | None:
    kind = node.get("type")
    if kind == "horizontalrule":
        return "---"
    if kind == "upload":
        return _export_upload(node)
    if kind == "quote":
        return "\n".join("> " + line for line in _children(view, node).split("\n"))
    if kind == "list":
        return _export_list(view, node, 0)
    if kind == "heading":
        level = int(str(node.get("tag", "h1"))[1:] or 1)
        return "#" * level + " " + _children(view, node)
    if is_element(node):
        return _children(view, node)
    if kind == "relationship":
        return _relationship_text(node)
    return None


def _relationship_text(node: Json) -> str:
    """RelationshipServerNode.getTextContent (a decorator's markdown export)."""
    value = node.get("value")
    ident = value.get("id") if isinstance(value, dict) else value
    return f"{_template(node, 'relationTo')} relation to {_template({'v': ident}, 'v')}"


def _template(data: Json, key: str) -> str:
    """`${data[key]}` in JS: missing keys print "undefined"."""
    return js_str(data[key]) if data.get(key) is not None or key in data else "undefined"


def _export_upload(node: Json) -> str:
    value = node.get("value")
    if isinstance(value, dict) and "url" in value:
        url = js_str(value.get("url"))
        alt = (
            (node.get("fields") or {}).get("alt") or value.get("alt") or value.get("filename") or ""
        )
        mime = value.get("mimeType")
        if mime and not str(mime).startswith("image"):
            return f"[{value.get('filename') or url}]({url})"
        return f"![{alt}]({url})"
    ident = value.get("id") if isinstance(value, dict) else value
    return f"![{node.get('relationTo')}:{js_str(ident) if ident is not None else 'undefined'}]()"


def _export_list(view: TreeView, node: Json, depth: int) -> str:
    output: list[str] = []
    index = 0
    list_type = node.get("listType")
    start = node.get("start")
    for item in view.children(node):
        if item.get("type") != "listitem":
            continue
        kids = view.children(item)
        if len(kids) == 1 and kids[0].get("type") == "list":
            output.append(_export_list(view, kids[0], depth + 1))
            continue
        if list_type == "number":
            prefix = f"{_list_number(node, start, index)}. "
        elif list_type == "check":
            prefix = f"- [{'x' if item.get('checked') else ' '}] "
        else:
            prefix = "- "
        output.append(_LIST_INDENT * depth + prefix + _children(view, item))
        index += 1
    return "\n".join(output)


def _children(
    view: TreeView,
    node: Json,
    unclosed: list[_Tag] | None = None,
    unclosable: list[_Tag] | None = None,
) -> str:
    unclosed = [] if unclosed is None else unclosed
    unclosable = [] if unclosable is None else unclosable
    output: list[str] = []
    for child in view.children(node):
        kind = child.get("type")
        if kind in ("link", "autolink"):
            inner = _children(view, child, unclosed, [*unclosable, *unclosed])
            output.append(f"[{inner}]({_link_url(child)})")
        elif kind == "linebreak":
            output.append(_line_break(child))
        elif is_text(child):
            output.append(_export_text(view, child, text_of(child), unclosed, unclosable))
        elif is_element(child):
            output.append(_children(view, child, unclosed, unclosable))
        elif kind == "horizontalrule":
            output.append("\n")  # a decorator's text content
    return "".join(output)


def _link_url(node: Json) -> str:
    fields = node.get("fields") or {}
    if fields.get("linkType") == "internal":
        return ""  # Payload warns: no internalDocToHref configured.
    url = fields.get("url")
    return sanitize_markdown_url("" if url is None else url)


def _line_break(node: Json) -> str:
    marker = (node.get("$") or {}).get("mdHardLineBreak")
    valid = isinstance(marker, str) and _HARD_BREAK_MARKER.match(marker)
    return (marker if valid else "") + "\n"


def _has(node: Json | None, fmt: int) -> bool:
    return node is not None and is_text(node) and bool(_format_bits(node) & fmt)


def _format_bits(node: Json) -> int:
    value = node.get("format", 0)
    return value if isinstance(value, int) else 0


def _export_text(
    view: TreeView, node: Json, content: str, unclosed: list[_Tag], unclosable: list[_Tag]
) -> str:
    frozen = js_trim(content)
    output = frozen if _has(node, CODE) else _ESCAPE.sub(r"\\\1", frozen)
    previous, following = (
        view.text_sibling(node, backward=True),
        view.text_sibling(node, backward=False),
    )
    opening = _open_tags(node, previous, unclosed)
    before, after = _close_tags(node, following, unclosed, unclosable)
    return before + content.replace(frozen, opening + output + after, 1)


def _open_tags(node: Json, previous: Json | None, unclosed: list[_Tag]) -> str:
    opening = ""
    applied: set[int] = set()
    for fmt, tag in _EXPORT_TAGS:
        if _has(node, fmt) and fmt not in applied:
            applied.add(fmt)
            if not _has(previous, fmt) or not any(u.tag == tag for u in unclosed):
                unclosed.append(_Tag(fmt, tag))
                opening += tag
    return opening


def _close_tags(
    node: Json, following: Json | None, unclosed: list[_Tag], unclosable: list[_Tag]
) -> tuple[str, str]:
    before = after = ""
    for i, current in enumerate(unclosed):
        node_has, next_has = _has(node, current.format), _has(following, current.format)
        if node_has and next_has:
            continue
        pending = list(unclosed)
        while len(pending) > i:
            tag = pending.pop()
            if any(u.tag == tag.tag for u in unclosable):
                continue
            if not node_has:
                before += tag.tag
            elif not next_has:
                after += tag.tag
            unclosed.pop()
        break
    return before, after


def _list_number(node: Json, start: Any, index: int) -> str:
    """`getStart() + index` as JS computes it for odd stored `start` values."""
    if "start" not in node:
        return "NaN"  # undefined + index
    if start is None:
        return str(index)  # null + index
    if isinstance(start, (int, float)) and not isinstance(start, bool):
        return js_str(start + index)
    return js_str(start) + str(index)  # string concatenation
