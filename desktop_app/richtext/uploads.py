"""Upload nodes that name their media by id, and the docs that render them (the preview).

A description's ``upload`` node holds its media doc's id when Payload was read at depth 0
(the pull's reads), the populated doc at depth >= 1 (payload-rest-api.md §10). Payload's
converter renders an id as nothing (sync) or, given a ``populate``, the doc it finds
(``lexical_to_html(..., populate=)``, html_export.py). The store keeps what an upload shows
of each media doc (``quality.stored.media_docs``); ``populate_from`` turns those docs into
the converter's ``populate``, a plain lookup: the preview makes no network call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .html_export import Populate

MEDIA = "media"  # the collection the integration's uploads relate to


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:  # no recursion: descriptions can nest deeper than Python's stack
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            children = current.get("children")
            if isinstance(children, list):
                stack.extend(reversed(children))


def upload_ids(doc: Any) -> list[str]:
    """The media ids of a Lexical document's upload nodes that hold an id, not a doc, in
    document order, each once (as text: Payload's ids are numbers or strings)."""
    root = doc.get("root") if isinstance(doc, dict) else None
    found: dict[str, None] = {}
    for node in _nodes(root):
        if node.get("type") != "upload" or node.get("relationTo") != MEDIA:
            continue
        value = node.get("value")
        if isinstance(value, (int, str)) and not isinstance(value, bool) and value != "":
            found[str(value)] = None
    return list(found)


def populate_from(
    docs: Mapping[str, Mapping[str, Any]], absolute: Callable[[str], str] | None = None
) -> Populate:
    """The converter's ``populate`` over known media docs (by id as text); ``absolute``
    makes a doc's server-relative ``url`` absolute (the preview loads it from Payload)."""

    def populate(value: Any, relation_to: Any) -> Any:
        if relation_to != MEDIA:
            return None  # another collection's docs are not kept: nothing, as unpopulated
        doc = docs.get(str(value))
        if doc is None:
            return None
        return dict(doc) if absolute is None else _absolute(doc, absolute)

    return populate


def _absolute(doc: Mapping[str, Any], absolute: Callable[[str], str]) -> dict[str, Any]:
    """``doc`` with its url and its sizes' urls absolute."""
    found = dict(doc)
    if isinstance(found.get("url"), str) and found["url"]:
        found["url"] = absolute(found["url"])
    sizes = found.get("sizes")
    if isinstance(sizes, dict):
        found["sizes"] = {
            name: {**size, "url": absolute(size["url"])}
            if isinstance(size, dict) and isinstance(size.get("url"), str) and size["url"]
            else size
            for name, size in sizes.items()
        }
    return found
