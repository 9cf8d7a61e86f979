"""Editor markdown → Lexical, keeping every node the edit did not touch.

The text is cut into chunks at blank lines, as the export wrote them. Chunks
equal to the export of one of the original's blocks (in order, by a diff of
the two chunk sequences) give that block back as it was, all keys included.
Only the changed chunks are imported, and inside those, nodes equal to their
counterpart in the replaced blocks are taken from the original as well (so
links keep their ids).
"""

from __future__ import annotations

import copy
import re
from difflib import SequenceMatcher
from typing import Any

from .editor_export import canonical, export_chunks, without_link_ids
from .editor_parse import parse_blocks, parse_document
from .recursion import allow_deep_trees

Json = dict[str, Any]

_SEPARATOR = re.compile(r"\n{2,}")


@allow_deep_trees
def editor_markdown_to_lexical(text: str, original: Json | None = None) -> Json:
    """Import editor markdown; with `original`, untouched blocks come from it unchanged.

    Without extension tokens and without `original` this is `markdown_to_lexical`.
    """
    registry: dict[str, Any] = {}
    chunks = export_chunks(original, registry) if original is not None else []
    if original is not None and text == "\n\n".join(chunk for chunk, _ in chunks):
        return copy.deepcopy(original)
    root = original.get("root") if isinstance(original, dict) else None
    if not chunks or not isinstance(root, dict):
        return parse_document(text, registry)
    children = _merge(text, chunks, registry)
    return {**copy.deepcopy(original), "root": {**copy.deepcopy(root), "children": children}}


def split_chunks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each chunk: the text between runs of blank lines."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sep in _SEPARATOR.finditer(text):
        if sep.start() > cursor:
            spans.append((cursor, sep.start()))
        cursor = sep.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return spans


def _merge(text: str, chunks: list[tuple[str, Any]], registry: dict[str, Any]) -> list[Any]:
    spans = split_chunks(text)
    new = [text[start:end] for start, end in spans]
    old = [chunk for chunk, _ in chunks]
    blocks = [block for _, block in chunks]
    out: list[Any] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(copy.deepcopy(blocks[i1:i2]))
        elif j1 < j2:
            # The changed chunks are imported together, as Payload would read them.
            region = text[spans[j1][0] : spans[j2 - 1][1]]
            out.extend(reuse_unchanged(parse_blocks(region, registry), blocks[i1:i2]))
    if not out:
        return parse_blocks("", registry)  # Payload's empty document: one empty paragraph
    return out


def reuse_unchanged(new: list[Any], old: list[Any]) -> list[Any]:
    """`new`, where nodes equal to their counterpart in `old` (link ids aside) come from `old`."""
    keys_old = [canonical(without_link_ids(n)) for n in old]
    keys_new = [canonical(without_link_ids(n)) for n in new]
    out: list[Any] = []
    matcher = SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(copy.deepcopy(old[i1:i2]))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            out.extend(_reuse_inside(n, o) for n, o in zip(new[j1:j2], old[i1:i2], strict=True))
        else:
            out.extend(new[j1:j2])
    return out


def _reuse_inside(new: Any, old: Any) -> Any:
    if (
        isinstance(new, dict)
        and isinstance(old, dict)
        and new.get("type") == old.get("type")
        and isinstance(new.get("children"), list)
        and isinstance(old.get("children"), list)
    ):
        new["children"] = reuse_unchanged(new["children"], old["children"])
        if new.get("type") in ("link", "autolink") and "id" in old:
            new["id"] = old["id"]  # the same link, edited: keep its identity
    return new
