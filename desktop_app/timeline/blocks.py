"""Rich text compared by block: paragraphs, headings, list items, quotes… not JSON.

A Lexical description is cut into the blocks a merchant sees: each root child, and each item
of a list. A block's text is the editor's markdown of it (``richtext.editor_export``, the same
lossless markdown the content editor shows), so a diff reads as the editor does, and a change
the markdown cannot carry (an alignment, an underline) still shows as the editor's marker.
Blocks are aligned with difflib; a block changed in place shows which words changed.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.richtext.editor_export import export_block
from desktop_app.richtext.has_text import has_text

Change = Literal["same", "changed", "added", "removed"]
Span = tuple[str, bool]  # text, changed

_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_WORDS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# A block's kind stays English (the diff aligns on it, the CLI prints it); ``kind_label``
# says it in the interface's language.
_KINDS = {
    "paragraph": QT_TRANSLATE_NOOP("TimelineDiff", "Paragraph"),
    "quote": QT_TRANSLATE_NOOP("TimelineDiff", "Quote"),
    "horizontalrule": QT_TRANSLATE_NOOP("TimelineDiff", "Rule"),
    "upload": QT_TRANSLATE_NOOP("TimelineDiff", "Image"),
    "relationship": QT_TRANSLATE_NOOP("TimelineDiff", "Link to a document"),
    "block": QT_TRANSLATE_NOOP("TimelineDiff", "Block"),
}
_LIST_KINDS = {
    "bullet": QT_TRANSLATE_NOOP("TimelineDiff", "List item"),
    "number": QT_TRANSLATE_NOOP("TimelineDiff", "Numbered item"),
    "check": QT_TRANSLATE_NOOP("TimelineDiff", "Checklist item"),
}
_HEADING = QT_TRANSLATE_NOOP("TimelineDiff", "Heading")
_HEADING_N = re.compile(r"Heading (\d+)")
PAIR_AT = 0.3  # blocks this alike (difflib ratio) are one block changed, not two


@dataclass(frozen=True)
class Block:
    kind: str  # "Heading 2", "Paragraph", "List item"…
    text: str  # the editor's markdown of the block


@dataclass(frozen=True)
class BlockChange:
    change: Change
    before: Block | None
    after: Block | None
    before_spans: tuple[Span, ...] = ()
    after_spans: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "before": None if self.before is None else self.before.__dict__,
            "after": None if self.after is None else self.after.__dict__,
        }


def kind_label(kind: str) -> str:
    """A block's kind as people read it ("Überschrift 2"); a kind the app does not know (a
    custom block's type) as it is."""
    level = _HEADING_N.fullmatch(kind)
    if level:
        return translate("TimelineDiff", "Heading {level}").format(level=level.group(1))
    return translate("TimelineDiff", kind)


def _kind(block: dict[str, Any]) -> str:
    kind = block.get("type")
    if kind == "heading":
        tag = str(block.get("tag") or "h1")
        return f"Heading {tag[1:]}" if tag[1:].isdigit() else _HEADING
    return _KINDS.get(str(kind), str(kind or "Block").capitalize())


def _items(chunk: str) -> list[str]:
    """A list's markdown cut into its items (an item's continuation lines stay with it)."""
    items: list[str] = []
    for line in chunk.split("\n"):
        if _ITEM.match(line) or not items:
            items.append(line)
        else:
            items[-1] += "\n" + line
    return items


def _image(block: dict[str, Any]) -> Block:
    """An image block (not cached: its text is in the interface's language)."""
    value = block.get("value")
    media = value.get("id") if isinstance(value, dict) else value
    return Block("Image", translate("TimelineDiff", "[image: media {id}]").format(id=media))


@lru_cache(maxsize=4096)
def _blocks_of_json(block_json: str) -> tuple[Block, ...]:
    # One root child at a time, cached by its JSON: versions of a product share most blocks.
    block = json.loads(block_json)
    if not isinstance(block, dict):
        return (Block("Block", block_json),)
    text = export_block(block, {})
    if block.get("type") == "list":
        kind = _LIST_KINDS.get(str(block.get("listType")), "List item")
        return tuple(Block(kind, item) for item in _items(text))
    return (Block(_kind(block), text),)


def blocks_of(doc: Any) -> list[Block]:
    """The blocks of a Lexical document (none for an empty one or a missing description)."""
    root = doc.get("root") if isinstance(doc, dict) else None
    children = root.get("children") if isinstance(root, dict) else None
    if not isinstance(children, list) or not has_text(doc):  # Payload's empty document too
        return []
    out: list[Block] = []
    for child in children:
        if isinstance(child, dict) and child.get("type") == "upload":
            out.append(_image(child))
            continue
        out.extend(
            _blocks_of_json(json.dumps(child, sort_keys=True, ensure_ascii=False, default=str))
        )
    return out


def word_spans(before: str, after: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Both texts as runs of unchanged and changed words."""
    a, b = _WORDS.findall(before), _WORDS.findall(after)
    left: list[Span] = []
    right: list[Span] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        _add(left, "".join(a[i1:i2]), op != "equal")
        _add(right, "".join(b[j1:j2]), op != "equal")
    return tuple(left), tuple(right)


def _add(spans: list[Span], text: str, changed: bool) -> None:
    if not text:
        return
    if spans and spans[-1][1] == changed:
        spans[-1] = (spans[-1][0] + text, changed)
    else:
        spans.append((text, changed))


def _changed(before: Block, after: Block) -> BlockChange:
    left, right = word_spans(before.text, after.text)
    return BlockChange("changed", before, after, left, right)


def diff_blocks(before: Sequence[Block], after: Sequence[Block]) -> list[BlockChange]:
    """Every block of both sides in reading order: the same, changed, added or removed."""
    keys_a = [(b.kind, b.text) for b in before]
    keys_b = [(b.kind, b.text) for b in after]
    out: list[BlockChange] = []
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [
                BlockChange("same", a, b, ((a.text, False),), ((b.text, False),))
                for a, b in zip(before[i1:i2], after[j1:j2], strict=True)
            ]
            continue
        out += _pair(list(before[i1:i2]), list(after[j1:j2]))
    return out


def _pair(removed: list[Block], added: list[Block]) -> list[BlockChange]:
    """A replaced run: alike blocks in order become one block changed, the rest come and go."""
    out: list[BlockChange] = []
    j = 0
    for block in removed:
        match = next((k for k in range(j, len(added)) if _alike(block, added[k])), None)
        if match is None:
            out.append(BlockChange("removed", block, None, ((block.text, True),), ()))
            continue
        out += [BlockChange("added", None, b, (), ((b.text, True),)) for b in added[j:match]]
        out.append(_changed(block, added[match]))
        j = match + 1
    out += [BlockChange("added", None, b, (), ((b.text, True),)) for b in added[j:]]
    return out


def _alike(a: Block, b: Block) -> bool:
    if a.kind == b.kind and not a.text.strip() and not b.text.strip():
        return True
    return difflib.SequenceMatcher(None, a.text, b.text, autojunk=False).ratio() >= PAIR_AT
