"""What Lexical does to a stored document when `convertLexicalToMarkdown` loads it.

Parsing the JSON into a headless editor runs Lexical's end-of-update
normalisation, so the markdown export sees a slightly different tree than the
stored JSON (the HTML and plain-text converters read the raw JSON instead):

- empty plain text nodes are dropped, and a link emptied that way goes too;
- adjacent plain text nodes with equal format/style/state are merged;
- adjacent lists of one type are merged (nested boundary lists as well).
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

_UNMERGEABLE = 2  # TextNode detail flag IS_UNMERGEABLE
_CANNOT_BE_EMPTY = frozenset({"link", "autolink", "list"})


def normalize_parsed(root: Json) -> Json:
    root = _copy(root)
    _normalize_text(root)
    _merge_lists(root)
    return root


def _copy(value: Any) -> Any:
    """A deep copy of JSON data (much faster than copy.deepcopy)."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _children(node: Json) -> list[Any]:
    kids = node.get("children")
    return kids if isinstance(kids, list) else []


def _is_simple_text(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and node.get("type") == "text"
        and node.get("mode", "normal") == "normal"
        and not (node.get("detail", 0) if isinstance(node.get("detail", 0), int) else 0)
        & _UNMERGEABLE
    )


def _mergeable(a: Json, b: Json) -> bool:
    keys = ("format", "style", "$")
    return all(a.get(k) == b.get(k) for k in keys)


def _normalize_text(node: Json) -> bool:
    """Returns True when `node` lost its last child through text removal."""
    kids = _children(node)
    if not kids:
        return False
    out: list[Any] = []
    for child in kids:
        if (
            isinstance(child, dict)
            and _normalize_text(child)
            and child.get("type") in _CANNOT_BE_EMPTY
        ):
            continue
        if _is_simple_text(child):
            if child.get("text", "") == "":
                continue
            previous = out[-1] if out else None
            if _is_simple_text(previous) and _mergeable(previous, child):
                previous["text"] = previous.get("text", "") + child.get("text", "")
                continue
        out.append(child)
    node["children"] = out
    return not out


def _merge_lists(node: Json) -> None:
    kids = _children(node)
    i = 0
    while i < len(kids):
        child, following = kids[i], kids[i + 1] if i + 1 < len(kids) else None
        if (
            _is_list(child)
            and _is_list(following)
            and child.get("listType") == following.get("listType")
        ):
            _merge_pair(child, following)
            del kids[i + 1]
            continue
        i += 1
    for child in kids:
        if isinstance(child, dict):
            _merge_lists(child)


def _is_list(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "list"


def _is_wrapper(item: Any) -> bool:
    kids = _children(item) if isinstance(item, dict) else []
    return (
        isinstance(item, dict)
        and item.get("type") == "listitem"
        and bool(kids)
        and _is_list(kids[0])
    )


def _merge_pair(first: Json, second: Json) -> None:
    """Lexical's `mergeLists`; the caller drops `second`."""
    a, b = _children(first), _children(second)
    if a and b and _is_wrapper(a[-1]) and _is_wrapper(b[0]):
        inner_a, inner_b = _children(a[-1])[0], _children(b[0])[0]
        if inner_a.get("listType") == inner_b.get("listType"):
            _merge_pair(inner_a, inner_b)
            b = b[1:]
    first["children"] = a + b
