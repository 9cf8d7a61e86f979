"""Lexical JSON → plain text, as Payload's `convertLexicalToPlaintext` does it.

Paragraphs, headings, lists and tables are separated by a blank line, list
items and table rows by a newline; quotes get no separator at all.
"""

from __future__ import annotations

from typing import Any

from .has_text import has_text
from .recursion import allow_deep_trees

_BLOCKS = frozenset({"paragraph", "heading", "list", "table"})
_ROWS = frozenset({"listitem", "tablerow"})


@allow_deep_trees
def lexical_to_plaintext(doc: dict[str, Any]) -> str:
    if not has_text(doc):
        return ""
    out: list[str] = []
    _convert(doc["root"]["children"], out)
    return "".join(out)


def _convert(nodes: list[Any], out: list[str]) -> None:
    """Append the text of `nodes` to `out` (one list for the whole document).

    Separators go between siblings only: `base` marks where this level starts.
    Every part appended is non-empty.
    """
    base = len(out)
    for node in nodes:
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if kind in _BLOCKS:
            if len(out) > base:
                out.append("\n\n")
        elif kind in _ROWS:
            if len(out) > base:
                out.append("\n")
        elif kind == "tablecell":
            if len(out) > base:
                out.append(" | ")
        elif kind == "linebreak":
            out.append("\n")
        elif kind == "tab":
            out.append("\t")
        elif isinstance(node.get("text"), str) and node["text"]:
            out.append(node["text"])
        children = node.get("children")
        if isinstance(children, list) and children:
            _convert(children, out)
