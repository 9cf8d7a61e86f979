"""Editor markdown → Lexical, keeping every node the edit did not touch.

The text is cut into chunks at blank lines, as the export wrote them. Chunks
equal to the export of one of the original's blocks (in order, by a diff of
the two chunk sequences) give that block back as it was, all keys included.
Only the changed chunks are imported, and inside those, nodes equal to their
counterpart in the replaced blocks are taken from the original as well (so
links keep their ids).

Exporting the original (a checked round trip per block) costs far more than
importing an edit, and the editor imports the same original on every preview:
the last few exports are cached. ``original`` is therefore read as immutable; the
result never shares nodes with it.
"""

from __future__ import annotations

import copy
import re
import threading
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
    if original is None:
        return parse_document(text, {})
    chunks, registry, exported = _export(original)
    if text == exported:
        return clone(original)
    root = original.get("root") if isinstance(original, dict) else None
    if not chunks or not isinstance(root, dict):
        return parse_document(text, dict(registry))
    children = _merge(text, chunks, dict(registry))
    # Copy everything but the old children, which ``children`` replaces.
    outer = {k: clone(v) for k, v in original.items() if k != "root"}
    inner = {k: clone(v) for k, v in root.items() if k != "children"}
    return {**outer, "root": {**inner, "children": children}}


_Export = tuple[list[tuple[str, Any]], dict[str, Any], str]
_EXPORTS_KEPT = 4  # one per open editor window, roughly
_exports: list[tuple[Json, _Export]] = []  # most recent first
_export_lock = threading.Lock()


def _export(original: Json) -> _Export:
    """``export_chunks(original)``, its registry and joined text; the last few are kept.

    Keyed by identity, holding a reference, so an id cannot be reused meanwhile.
    """
    with _export_lock:
        for index, (doc, result) in enumerate(_exports):
            if doc is original:
                _exports.insert(0, _exports.pop(index))
                return result
    registry: dict[str, Any] = {}
    chunks = export_chunks(original, registry)
    result = (chunks, registry, "\n\n".join(chunk for chunk, _ in chunks))
    with _export_lock:
        _exports.insert(0, (original, result))
        del _exports[_EXPORTS_KEPT:]
    return result


def exported_markdown(original: Json) -> str:
    """``lexical_to_editor_markdown(original)``, from (and into) the import's cache: the
    editor shows this text and then imports edits of it against the same original."""
    return _export(original)[2]


def clear_export_cache() -> None:
    """Forget the cached export (benchmarks measure a cold import with it)."""
    with _export_lock:
        _exports.clear()


def clone(value: Any) -> Any:
    """A deep copy of JSON data, several times faster than ``copy.deepcopy``."""
    if isinstance(value, dict):
        return {k: clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clone(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return copy.deepcopy(value)


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
            out.extend(clone(blocks[i1:i2]))
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
            out.extend(clone(old[i1:i2]))
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
