"""What Lexical does to a stored document when `convertLexicalToMarkdown` loads it.

Parsing the JSON into a headless editor runs Lexical's end-of-update
normalisation, so the markdown export sees a slightly different tree than the
stored JSON (the HTML and plain-text converters read the raw JSON instead):

- empty plain text nodes are dropped, and a link emptied that way goes too;
- adjacent plain text nodes with equal format/style/state are merged;
- adjacent lists of one type are merged (nested boundary lists as well).
"""

from __future__ import annotations

import itertools
from typing import Any

Json = dict[str, Any]

_UNMERGEABLE = 2  # TextNode detail flag IS_UNMERGEABLE
_CANNOT_BE_EMPTY = frozenset({"link", "autolink", "list"})


# Node types the default editor registers. Loading any other type fails, and
# Payload's converter then exports an empty editor: "".
REGISTERED = frozenset(
    {
        "root", "paragraph", "text", "linebreak", "tab", "heading", "quote", "list",
        "listitem", "link", "autolink", "relationship", "upload", "horizontalrule",
    }
)  # fmt: skip
_INLINE_LEAVES = frozenset({"text", "linebreak", "tab"})
_FORMAT_NAMES = {
    "bold": 1, "italic": 2, "strikethrough": 4, "underline": 8,
    "code": 16, "subscript": 32, "superscript": 64, "highlight": 128,
}  # fmt: skip


def normalize_parsed(root: Json) -> Json | None:
    """The tree Lexical holds after loading `root`, or None if nothing loads.

    Lexical appends root children one at a time and throws at the first one it cannot
    load (an unknown type anywhere inside it, or an inline node directly under the root);
    the children appended before that stay in the editor, and Payload exports them.
    """
    if _type(root) not in REGISTERED:
        return None
    kept = list(itertools.takewhile(_loadable_root_child, _children(root)))
    if not kept:
        return None
    root = _copy({**root, "children": kept})
    _normalize_structure(root)
    _normalize_text(root)
    _merge_lists(root)
    return root


def _loadable_root_child(node: Any) -> bool:
    return isinstance(node, dict) and _type(node) not in _INLINE_LEAVES and _registered(node)


def _type(node: Any) -> Any:
    return node.get("type") if isinstance(node, dict) else None


def _registered(node: Json) -> bool:
    return _type(node) in REGISTERED and all(
        isinstance(k, dict) and _registered(k) for k in _children(node)
    )


def _normalize_structure(node: Json) -> None:
    """What `append` does while children are loaded, plus the orphan-list-item transform."""
    kind = _type(node)
    if kind == "text" and isinstance(node.get("format"), str):
        node["format"] = _FORMAT_NAMES.get(node["format"], 0)
    kids = _children(node)
    if kind == "list":
        kids = [k if _type(k) == "listitem" else _wrap_in_item(k) for k in kids]
    elif kind == "listitem":
        kids = _flatten_mergeable(kids)
    elif kind == "root":
        kids = _wrap_orphan_items(kids)
    if "children" in node:
        node["children"] = kids
    for child in kids:
        _normalize_structure(child)


def _new_item(children: list[Json]) -> Json:
    return {
        "children": children, "direction": None, "format": "", "indent": 0,
        "type": "listitem", "version": 1, "value": 1,
    }  # fmt: skip


def _wrap_in_item(node: Json) -> Json:
    """ListNode.splice: a block child is unwrapped into a new list item."""
    block = _type(node) not in ("list", "link", "autolink") and isinstance(
        node.get("children"), list
    )
    return _new_item(_children(node) if block else [node])


def _flatten_mergeable(kids: list[Json]) -> list[Json]:
    """ListItemNode.append takes the children of appended paragraphs and list items."""
    out: list[Json] = []
    for kid in kids:
        if _type(kid) in ("paragraph", "listitem"):
            out.extend(_flatten_mergeable(_children(kid)))
        else:
            out.append(kid)
    return out


def _wrap_orphan_items(kids: list[Json]) -> list[Json]:
    """The ListItemNode transform puts list items outside a list into a bullet list."""
    out: list[Json] = []
    for kid in kids:
        if _type(kid) == "listitem":
            previous = out[-1] if out else None
            if previous is not None and previous.get("_orphans"):
                previous["children"].append(kid)
                continue
            kid = {
                "children": [kid], "direction": None, "format": "", "indent": 0, "type": "list",
                "version": 1, "listType": "bullet", "start": 1, "tag": "ul", "_orphans": True,
            }  # fmt: skip
        out.append(kid)
    for kid in out:
        kid.pop("_orphans", None)
    return out


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
