"""Read-only navigation over a serialized Lexical tree (JSON dicts).

The exporters need parents and siblings (e.g. "is the next text node bold
too?"); JSON children lists only point down, so this indexes parents once.
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

# Node types whose Lexical class is a TextNode (TabNode extends TextNode).
TEXT_TYPES = frozenset({"text", "tab"})
INLINE_ELEMENTS = frozenset({"link", "autolink"})
LEAF_TYPES = frozenset(
    {"linebreak", "horizontalrule", "upload", "relationship", "block", "inlineBlock"}
)


def is_text(node: Json | None) -> bool:
    return isinstance(node, dict) and node.get("type") in TEXT_TYPES


def text_of(node: Json) -> str:
    text = node.get("text")
    if isinstance(text, str):
        return text
    return "\t" if node.get("type") == "tab" else ""


def is_element(node: Json | None) -> bool:
    if not isinstance(node, dict) or is_text(node) or node.get("type") in LEAF_TYPES:
        return False
    return isinstance(node.get("children"), list)


def children_of(node: Json) -> list[Json]:
    kids = node.get("children")
    return [k for k in kids if isinstance(k, dict)] if isinstance(kids, list) else []


class TreeView:
    def __init__(self, root: Json) -> None:
        # id(node) -> (parent, sibling list, position), indexed once.
        self._where: dict[int, tuple[Json, list[Json], int]] = {}
        self._kids: dict[int, list[Json]] = {}
        self._index(root)

    def _index(self, node: Json) -> None:
        kids = children_of(node)
        self._kids[id(node)] = kids
        for i, child in enumerate(kids):
            self._where[id(child)] = (node, kids, i)
            self._index(child)

    def children(self, node: Json) -> list[Json]:
        return self._kids.get(id(node)) or children_of(node)

    def parent(self, node: Json) -> Json | None:
        where = self._where.get(id(node))
        return where[0] if where else None

    def sibling(self, node: Json, backward: bool) -> Json | None:
        where = self._where.get(id(node))
        if where is None:
            return None
        _, siblings, i = where
        i += -1 if backward else 1
        return siblings[i] if 0 <= i < len(siblings) else None

    def edge_descendant(self, node: Json, backward: bool) -> Json | None:
        kids = self.children(node)
        current = (kids[-1] if backward else kids[0]) if kids else None
        while current is not None and is_element(current) and self.children(current):
            kids = self.children(current)
            current = kids[-1] if backward else kids[0]
        return current

    def text_sibling(self, node: Json, backward: bool) -> Json | None:
        """MarkdownExport's `getTextSibling`: the adjacent text, looking through links."""
        sibling = self.sibling(node, backward)
        if sibling is None:
            parent = self.parent(node)
            if parent is not None and parent.get("type") in INLINE_ELEMENTS:
                sibling = self.sibling(parent, backward)
        while sibling is not None:
            if is_element(sibling):
                if sibling.get("type") not in INLINE_ELEMENTS:
                    break
                descendant = self.edge_descendant(sibling, backward)
                if is_text(descendant):
                    return descendant
                sibling = self.sibling(sibling, backward)
            if is_text(sibling):
                return sibling
            if not is_element(sibling):
                return None
        return None
