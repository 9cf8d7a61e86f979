"""Lexical → editor markdown: Payload's markdown plus tokens for what it would drop.

Each root child becomes one chunk; chunks are joined by a blank line and never
contain one, so the import can match chunks to the original's blocks. A chunk
is only used if importing it alone gives the block back (ids of links aside),
after adding attribute markers for keys that differ; otherwise the export
retries with `<br>` for line breaks, then with tags for every text format, and
finally falls back to a placeholder that keeps the block as it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .editor_markdown import (
    ALL_BITS,
    BACKSLASH,
    EXTENSION_BITS,
    attribute_marker,
    close_tags,
    delete_atom,
    encode_atom,
    escape_literal,
    node_key,
    open_tags,
    placeholder,
)
from .editor_parse import parse_blocks, private_use_chars
from .jsregex import WS
from .markdown_export import lexical_to_markdown, sanitize_markdown_url
from .recursion import allow_deep_trees

Json = dict[str, Any]
Path = tuple[int, ...]
Markers = dict[Path, list[list[str]]]

_TEXT_KEYS = frozenset({"detail", "format", "mode", "style", "text", "type", "version"})
_CONTAINERS = frozenset({"paragraph", "heading", "quote", "list", "listitem", "link"})
_URL = re.compile(f"[^(){WS}]+")
_BLOCKS = frozenset({"paragraph", "heading", "quote", "list", "horizontalrule"})


@allow_deep_trees
def lexical_to_editor_markdown(doc: Json) -> str:
    """Editor markdown for `doc`; see docs/editor-markdown.md."""
    return "\n\n".join(chunk for chunk, _ in export_chunks(doc, {}))


def export_chunks(doc: Any, registry: dict[str, Any]) -> list[tuple[str, Any]]:
    """(chunk, block) per root child; opaque nodes are added to `registry` by key."""
    root = doc.get("root") if isinstance(doc, dict) else None
    kids = root.get("children") if isinstance(root, dict) else None
    if not isinstance(kids, list):
        return []
    if len(kids) == 1 and _same(kids, parse_blocks("", {})):
        return [("", kids[0])]  # Payload's empty document: an empty editor, not a marker
    return [(export_block(block, registry), block) for block in kids]


def export_block(block: Any, registry: dict[str, Any]) -> str:
    if isinstance(block, dict) and block.get("type") in _BLOCKS:
        for style in _ATTEMPTS:
            chunk = _checked_chunk(block, registry, style)
            if chunk is not None:
                return chunk
    registry[node_key(block)] = block
    return placeholder(block, inline=False)


@dataclass(frozen=True)
class _Style:
    tag_bits: int  # format bits written as tags instead of markdown
    use_br: bool  # plain line breaks as `<br>`
    odd_links: bool = True  # internal/unsafe links as `[text](#)` + markers, else placeholders


# Payload's syntax first; then `<br>` for breaks; then tags for every format;
# then placeholders for links markdown cannot carry.
_ATTEMPTS = (
    _Style(EXTENSION_BITS, use_br=False),
    _Style(EXTENSION_BITS, use_br=True),
    _Style(ALL_BITS, use_br=True),
    _Style(ALL_BITS, use_br=True, odd_links=False),
)


def _checked_chunk(block: Json, registry: dict[str, Any], style: _Style) -> str | None:
    """A chunk that imports back to `block`, with attribute markers where needed."""
    first = _render(block, registry, style, {})
    parsed = parse_blocks(first, registry)
    if _valid_chunk(first) and _same(parsed, [block]):
        return first
    if len(parsed) != 1:
        return None
    markers = collect_markers(parsed[0], block, ())
    if not markers:
        return None
    second = _render(block, registry, style, markers)
    if _valid_chunk(second) and _same(parse_blocks(second, registry), [block]):
        return second
    return None


def _valid_chunk(chunk: str) -> bool:
    return (
        bool(chunk)
        and "\n\n" not in chunk
        and not chunk.startswith("\n")
        and not chunk.endswith("\n")
    )


def _same(a: Any, b: Any) -> bool:
    return canonical(without_link_ids(a)) == canonical(without_link_ids(b))


def canonical(value: Any) -> str:
    """JSON text that tells 1 from 1.0 and True (Python's == does not)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def without_link_ids(value: Any) -> Any:
    """Link ids are new random ObjectIds on every import, as in Payload."""
    if isinstance(value, list):
        return [without_link_ids(v) for v in value]
    if not isinstance(value, dict):
        return value
    link = value.get("type") in ("link", "autolink")
    return {k: without_link_ids(v) for k, v in value.items() if not (link and k == "id")}


# -- markers: attributes the plain import does not reproduce -------------------------


def collect_markers(parsed: Any, block: Any, path: Path) -> Markers | None:
    """Marker atoms per path that turn `parsed` into `block`, or None if shapes differ."""
    if not (_is_element(parsed) and _is_element(block)):
        return {} if _same(parsed, block) else None
    if parsed.get("type") != block.get("type") or len(parsed["children"]) != len(block["children"]):
        return None
    out: Markers = {}
    for i, (p, b) in enumerate(zip(parsed["children"], block["children"], strict=True)):
        sub = collect_markers(p, b, (*path, i))
        if sub is None:
            return None
        for key, value in sub.items():
            out.setdefault(key, []).extend(value)
    atoms = _attribute_atoms(parsed, block)
    if atoms is None:
        return None
    if atoms and not _place(block, path, atoms, out):
        return None
    return out


def _place(block: Json, path: Path, atoms: list[str], out: Markers) -> bool:
    kind = block.get("type")
    if kind == "list":
        return _place_in_item(block, (*path,), ["list", *atoms], out)
    if kind == "listitem" and _is_wrapper(block):
        return _place_in_item(block["children"][0], (*path, 0), ["wrap", *atoms], out)
    if kind in _CONTAINERS:
        out.setdefault(path, []).append(atoms)
        return True
    return False


def _place_in_item(list_node: Json, path: Path, atoms: list[str], out: Markers) -> bool:
    """List attributes ride on the list's first real item (`list`/`wrap` scope)."""
    for i, item in enumerate(list_node["children"]):
        if isinstance(item, dict) and item.get("type") == "listitem" and not _is_wrapper(item):
            out.setdefault((*path, i), []).append(atoms)
            return True
    return False


def _is_wrapper(item: Json) -> bool:
    kids = item.get("children") or []
    return bool(kids) and isinstance(kids[0], dict) and kids[0].get("type") == "list"


def _is_element(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("children"), list)


def _attribute_atoms(parsed: Json, block: Json) -> list[str] | None:
    skip = {"children"} | ({"id"} if block.get("type") in ("link", "autolink") else set())
    atoms: list[str | None] = []
    for key in sorted((set(parsed) | set(block)) - skip):
        if key not in block:
            atoms.append(delete_atom(key))
        elif key not in parsed or canonical(parsed[key]) != canonical(block[key]):
            atoms.extend(_value_atoms(key, parsed.get(key), block[key]))
    return None if None in atoms else [a for a in atoms if a is not None]


def _value_atoms(key: str, parsed: Any, wanted: Any) -> list[str | None]:
    if not (isinstance(parsed, dict) and isinstance(wanted, dict)):
        return [encode_atom(key, wanted)]
    atoms: list[str | None] = []
    for sub in sorted(set(parsed) | set(wanted)):
        if sub not in wanted:
            atoms.append(delete_atom(f"{key}.{sub}"))
        elif sub not in parsed or canonical(parsed[sub]) != canonical(wanted[sub]):
            atoms.append(encode_atom(f"{key}.{sub}", wanted[sub]))
    return atoms


# -- rendering through Payload's markdown export ----------------------------------------


@dataclass
class _Render:
    """A copy of the block with tokens as private-use characters in text."""

    registry: dict[str, Any]
    style: _Style
    markers: Markers
    chars: Any
    table: dict[str, str] = field(default_factory=dict)

    def char(self, token: str) -> str:
        char = next(self.chars)
        self.table[char] = token
        return char

    def token_text(self, token: str) -> Json:
        return _plain_text(self.char(token))

    def node(self, node: Any, path: Path) -> Any:
        kind = node.get("type") if isinstance(node, dict) else None
        if kind == "text" and _simple_text(node):
            return self.text(node)
        if kind == "linebreak" and _simple_break(node) and not (self.style.use_br and "$" in node):
            return self.token_text("<br>") if self.style.use_br else node
        if kind == "link" and _is_element(node) and node["children"]:
            return self.link(node, path)
        if kind in _CONTAINERS and kind != "link" and _is_element(node):
            return self.element(node, path)
        return self.opaque(node)

    def opaque(self, node: Any) -> Json:
        self.registry[node_key(node)] = node
        return self.token_text(placeholder(node, inline=True))

    def text(self, node: Json) -> Json:
        tagged = self.style.tag_bits
        bits, style = node["format"] & tagged, node["style"]
        body = escape_literal(node["text"])
        if tagged == ALL_BITS and "\\" in body:
            # Payload's markdown doubles a backslash and never undoes it.
            body = body.replace("\\", self.char(BACKSLASH))
        if bits or style:
            body = self.char(open_tags(bits, style)) + body + self.char(close_tags(bits, style))
        return {**node, "text": body, "format": node["format"] & ~tagged, "style": ""}

    def link(self, node: Json, path: Path) -> Json:
        if _plain_link(node):
            return self.element(node, path)
        if not isinstance(node.get("fields"), dict) or not self.style.odd_links:
            return self.opaque(node)
        # An internal or unsafe link is written `[text](#)`; markers restore its fields.
        return self.element({**node, "fields": {"linkType": "custom", "url": "#"}}, path)

    def element(self, node: Json, path: Path) -> Json:
        kids = [self.node(child, (*path, i)) for i, child in enumerate(node["children"])]
        for atoms in self.markers.get(path, []):
            kids.append(self.token_text(attribute_marker(atoms)))
        if node.get("type") == "paragraph" and not kids:
            kids.append(self.token_text(attribute_marker(["empty"])))
        return {**node, "children": kids}


def _plain_text(text: str) -> Json:
    return {
        "detail": 0, "format": 0, "mode": "normal", "style": "",
        "text": text, "type": "text", "version": 1,
    }  # fmt: skip


def _simple_text(node: Json) -> bool:
    fmt = node.get("format")
    return (
        set(node) == _TEXT_KEYS
        and node["detail"] == 0
        and node["mode"] == "normal"
        and node["version"] == 1
        and isinstance(node["text"], str)
        and isinstance(node["style"], str)
        and isinstance(fmt, int)
        and not isinstance(fmt, bool)
        and 0 <= fmt <= 255
    )


def _plain_link(node: Json) -> bool:
    """A link whose URL markdown can carry (not internal, not unsafe)."""
    fields = node.get("fields")
    url = fields.get("url") if isinstance(fields, dict) else None
    return (
        isinstance(url, str)
        and fields.get("linkType", "custom") == "custom"
        and _URL.fullmatch(url) is not None
        and sanitize_markdown_url(url) == url
    )


def _simple_break(node: Json) -> bool:
    if set(node) - {"$"} != {"type", "version"} or node["version"] != 1:
        return False
    if "$" not in node:
        return True
    state = node["$"]
    return isinstance(state, dict) and set(state) == {"mdHardLineBreak"}


def _render(block: Json, registry: dict[str, Any], style: _Style, markers: Markers) -> str:
    avoid = set(canonical(block))
    render = _Render(registry, style, markers, private_use_chars(avoid))
    copy = render.node(block, ()) if _is_element(block) else block
    root = {"children": [copy], "direction": None, "format": "", "indent": 0}
    markdown = lexical_to_markdown({"root": {**root, "type": "root", "version": 1}})
    return _unmask(markdown, render.table)


def _unmask(markdown: str, table: dict[str, str]) -> str:
    out: list[str] = []
    for char in markdown:
        token = table.get(char)
        if token is None:
            out.append(char)
            continue
        # An attribute marker owns the one space before it (see editor_markdown).
        if token.startswith("<!-- ") and not token.startswith(("<!-- lexical:", "<!-- inline:")):
            if out and not out[-1].endswith("\n"):
                token = " " + token
        out.append(token)
    return "".join(out)
