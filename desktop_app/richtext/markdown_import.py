"""Markdown → Lexical JSON, as Payload's `convertMarkdownToLexical` does it."""

from __future__ import annotations

import re
from typing import Any

from .jsregex import S
from .lexical_normalize import normalize_tree
from .markdown_blocks import import_line
from .markdown_normalize import normalize_lines
from .nodes import Paragraph, Root, Text
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
    return {"root": root.to_json()}


def _drop_empty_paragraphs(root: Root) -> None:
    """Markdown has no empty paragraphs: blank lines only separate blocks.

    Payload removes them one by one while the root has more than one child,
    so a document of only blank lines keeps its last (empty) paragraph.
    """
    kept = [c for c in root.children if not is_empty_paragraph(c)] or root.children[-1:]
    kept_ids = {id(c) for c in kept}
    for child in root.children:
        if id(child) not in kept_ids:
            child.parent = None
    root.children = kept
