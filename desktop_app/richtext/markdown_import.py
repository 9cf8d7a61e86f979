"""Markdown → Lexical JSON, as Payload's `convertMarkdownToLexical` does it."""

from __future__ import annotations

import re
from typing import Any

from .jsregex import S
from .lexical_normalize import normalize_tree
from .markdown_blocks import import_line
from .markdown_normalize import normalize_lines
from .nodes import Element, Node, Paragraph, Root, Text
from .recursion import allow_deep_trees

_MARKDOWN_EMPTY_LINE = re.compile(f"^{S}{{0,3}}\\Z")


def is_empty_paragraph(node: object) -> bool:
    """`isEmptyParagraph` on the live tree: no children, or one text of ≤3 blanks."""
    if not isinstance(node, Paragraph):
        return False
    children = node.children
    if not children:
        return True
    only = children[0]
    return (
        len(children) == 1
        and isinstance(only, Text)
        and _MARKDOWN_EMPTY_LINE.match(only.text) is not None
    )


@allow_deep_trees
def markdown_to_lexical(markdown: str) -> dict[str, Any]:
    """Convert markdown to a Payload Lexical document (`{"root": ...}`).

    Link and upload ids are new random ObjectIds, as in Payload.
    """
    root = Root()
    for line in normalize_lines(markdown):
        import_line(line, root)
    _drop_empty_paragraphs(root)
    normalize_tree(root)
    doc = {"root": root.to_json()}
    _unlink(root)
    return doc


def _unlink(element: Element) -> None:
    """Clear the `parent` links of `element`'s subtree.

    Parent and child refer to each other, so a tree left as it is is a heap of
    reference cycles that only the cyclic garbage collector frees, in collections
    that then walk every object still young; unlinked, it is freed at once.
    """
    for child in element.children:
        child.parent = None
        if isinstance(child, Element):
            _unlink(child)


def _drop_empty_paragraphs(root: Root) -> None:
    """Markdown has no empty paragraphs: blank lines only separate blocks.

    Payload removes them one by one while the root has more than one child,
    so a document of only blank lines keeps its last (empty) paragraph.
    """
    children = root.children
    kept: list[Node] = []
    dropped: list[Node] = []
    for child in children:
        (dropped if is_empty_paragraph(child) else kept).append(child)
    if not kept:
        kept, dropped = children[-1:], children[:-1]
    for child in dropped:
        child.parent = None
        _unlink(child)
    root.children = kept
