"""A description as a search-result snippet reads it (Qt-free).

Search engines build a snippet from a page's text with its blocks kept apart: a
heading or a paragraph ends a sentence, list items read as a list. Payload's plain
text joins blocks with bare line breaks (and some with nothing at all), which the
snippet's one line ran together ("Features Soft cotton Organic cotton Pre-shrunk").
Here a block ends with a full stop unless it already ends with punctuation, list
items are separated by commas and the list ends with a full stop:
"Features. Soft cotton. Organic cotton, pre-shrunk fabric."
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_ENDS = (".", "!", "?", ":", ";", "…", ",")
_TEXT_BLOCKS = frozenset({"paragraph", "heading", "quote"})
_SPACES = frozenset({"linebreak", "tab"})


def snippet_text(doc: dict[str, Any] | None, limit: int | None = None) -> str:
    """The description's text, block after block, as one snippet line."""
    root = (doc or {}).get("root") or {}
    parts: list[str] = []
    size = 0
    for block in root.get("children") or ():
        for part in _block_parts(block):
            parts.append(part)
            size += len(part) + 1
        if limit is not None and size >= limit:
            break
    text = " ".join(parts)
    return text if limit is None else text[:limit]


def _block_parts(node: Any) -> Iterator[str]:
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind in _TEXT_BLOCKS:
        if text := _clean(_inline(node)):
            yield _closed(text, ".")
    elif kind == "list":
        items = [text for text in _list_items(node) if text]
        for number, text in enumerate(items, 1):
            yield _closed(text, "." if number == len(items) else ",")
    # Uploads, blocks and rules have no text a snippet would show.


def _list_items(node: dict[str, Any]) -> Iterator[str]:
    """Each item's own text, nested lists' items after their parent's, in reading order."""
    for item in node.get("children") or ():
        if not isinstance(item, dict):
            continue
        kids = item.get("children") or []
        yield _clean("".join(_inline(k) for k in kids if _kind(k) != "list"))
        for nested in kids:
            if _kind(nested) == "list":
                yield from _list_items(nested)


def _inline(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    kind = node.get("type")
    if kind == "text":
        return str(node.get("text") or "")
    if kind in _SPACES:
        return " "
    return "".join(_inline(child) for child in node.get("children") or ())


def _kind(node: Any) -> Any:
    return node.get("type") if isinstance(node, dict) else None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _closed(text: str, mark: str) -> str:
    return text if text.endswith(_ENDS) else text + mark
