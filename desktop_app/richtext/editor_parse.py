"""Editor markdown → Lexical blocks: Payload's import with the extension tokens.

Each extension token is replaced by one private-use character before Payload's
markdown import runs, so the import sees an ordinary (if odd) character and
never mistakes a token for markdown; afterwards the characters found in text
nodes are turned back into what the tokens mean. Text without tokens goes
through `markdown_to_lexical` unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from .editor_markdown import (
    BITS_OF_TAG,
    Token,
    decode_atoms,
    style_of,
    tokens,
    unescape_token,
)
from .markdown_import import markdown_to_lexical

Json = dict[str, Any]

_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


def private_use_chars(avoid: set[str]) -> Iterator[str]:
    """Private-use characters absent from the text, so they cannot be confused with it."""
    for low, high in _PRIVATE_USE:
        for code in range(low, high + 1):
            char = chr(code)
            if char not in avoid:
                yield char


def parse_document(text: str, registry: dict[str, Any]) -> Json:
    """The Lexical document for editor markdown; `registry` resolves placeholder keys."""
    table: dict[str, Token] = {}
    chars: Iterator[str] | None = None  # made on the first token: set(text) is not free
    masked: list[str] = []
    cursor = 0
    for tok in tokens(text):
        if chars is None:
            chars = private_use_chars(set(text))
        char = next(chars)
        table[char] = tok
        masked += [text[cursor : tok.start], char]
        cursor = tok.end
    masked.append(text[cursor:])
    doc = markdown_to_lexical("".join(masked))
    if table:
        _Restore(table, registry).document(doc)
    return doc


def parse_blocks(text: str, registry: dict[str, Any]) -> list[Any]:
    return list(parse_document(text, registry)["root"]["children"])


def _is_element(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("children"), list)


class _Restore:
    """Turns the private-use characters of one parsed document back into meaning."""

    def __init__(self, table: dict[str, Token], registry: dict[str, Any]) -> None:
        self.table = table
        self.registry = registry
        self.tags: list[tuple[str, int, str]] = []  # open tags: (name, bits, style)
        self.pending_empty = False  # a tag opened and nothing written since
        self.markers: list[tuple[Json, list[Json], str]] = []
        self.block_nodes: set[int] = set()
        self.inserted: set[int] = set()  # nodes copied from the registry, left as they are

    def document(self, doc: Json) -> None:
        root = doc["root"]
        root["children"] = [self.block(child) for child in root["children"]]
        _restore_strings(doc, self.table, self.inserted)

    def block(self, block: Any) -> Any:
        # Tags do not reach across blocks: an unclosed tag ends with its block.
        self.tags, self.markers, self.block_nodes = [], [], set()
        self.pending_empty = False
        if not _is_element(block):
            return block
        self.element(block, [])
        for node, ancestors, body in self.markers:
            _apply_marker(node, ancestors, body)
        kids = block["children"]
        if block.get("type") == "paragraph" and len(kids) == 1 and id(kids[0]) in self.block_nodes:
            return kids[0]  # a block placeholder alone on its line is that block
        return block

    def element(self, node: Json, ancestors: list[Json]) -> None:
        out: list[Any] = []
        touched = False
        for child in node["children"]:
            if _is_text(child) and any(c in self.table for c in child["text"]):
                out.extend(self.split(child, node, ancestors))
                touched = True
                continue
            if _is_element(child):
                self.element(child, [*ancestors, node])
            out.append(child)
        node["children"] = out
        if touched and node.get("type") == "paragraph":
            # As Payload's import computes it: the format of the first text child.
            first = next((c for c in out if _is_text(c)), None)
            node["textFormat"] = first["format"] if first is not None else 0

    def split(self, node: Json, parent: Json, ancestors: list[Json]) -> list[Any]:
        out: list[Any] = []
        buf: list[str] = []
        for char in node["text"]:
            tok = self.table.get(char)
            if tok is None:
                buf.append(char)
            elif tok.kind == "escape":
                buf.append(unescape_token(tok.raw))
            else:
                self.flush(node, buf, out)
                self.token(tok, node, parent, ancestors, buf, out)
        self.flush(node, buf, out)
        return out

    def flush(self, node: Json, buf: list[str], out: list[Any], force: bool = False) -> None:
        if not buf and not force:
            return
        bits = 0
        style = node.get("style", "")
        for _, tag_bits, tag_style in self.tags:
            bits |= tag_bits
            style = tag_style or style
        out.append({**node, "text": "".join(buf), "format": node["format"] | bits, "style": style})
        buf.clear()
        self.pending_empty = False

    def token(
        self,
        tok: Token,
        node: Json,
        parent: Json,
        ancestors: list[Json],
        buf: list[str],
        out: list[Any],
    ) -> None:
        kind = tok.kind
        if kind in ("open", "style"):
            name = tok.match.group("open") or "span"
            style = style_of(tok) if kind == "style" else ""
            self.tags.append((name, BITS_OF_TAG.get(name, 0), style))
            self.pending_empty = True
        elif kind == "close":
            self.close(tok.match.group("close"), node, out)
        elif kind == "br":
            out.append({"type": "linebreak", "version": 1})
            self.pending_empty = False
        elif kind in ("node", "inline"):
            self.opaque(tok, buf, out)
        elif kind == "attrs":
            self.markers.append((parent, ancestors, tok.match.group("attrs")))

    def close(self, name: str, node: Json, out: list[Any]) -> None:
        at = next((i for i in range(len(self.tags) - 1, -1, -1) if self.tags[i][0] == name), None)
        if at is None:
            return  # a stray closing tag means nothing
        if self.pending_empty:
            self.flush(node, [], out, force=True)  # `<u></u>`: an empty underlined text
        del self.tags[at]

    def opaque(self, tok: Token, buf: list[str], out: list[Any]) -> None:
        key = tok.match.group("key")
        if key not in self.registry:
            buf.append(tok.raw)  # unknown key (no original given): keep the text
            return
        node = copy.deepcopy(self.registry[key])
        out.append(node)
        self.inserted.add(id(node))
        self.pending_empty = False
        if tok.kind == "node":
            self.block_nodes.add(id(node))


def _is_text(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and node.get("type") == "text"
        and isinstance(node.get("text"), str)
        and isinstance(node.get("format"), int)
    )


def _apply_marker(node: Json, ancestors: list[Json], body: str) -> None:
    scope, atoms = decode_atoms(body)
    target: Json | None = node
    if scope == "list":
        target = ancestors[-1] if node.get("type") == "listitem" and ancestors else None
    elif scope == "wrap":
        target = ancestors[-2] if node.get("type") == "listitem" and len(ancestors) > 1 else None
    if target is None or target.get("type") not in ("list", "listitem", *_MARKABLE):
        return
    for key, value, delete in atoms:
        _set_path(target, key.split("."), value, delete)


_MARKABLE = ("paragraph", "heading", "quote", "link")


def _set_path(node: Json, parts: list[str], value: Any, delete: bool) -> None:
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            if delete:
                return
            node[part] = {}
        node = node[part]
    if delete:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value


def _restore_strings(value: Any, table: dict[str, Token], skip: set[int]) -> Any:
    """Tokens outside text (a link URL, an upload name) stand for themselves."""
    if id(value) in skip:
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = _restore_strings(item, table, skip)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = _restore_strings(item, table, skip)
    elif isinstance(value, str) and any(c in table for c in value):
        return "".join(table[c].raw if c in table else c for c in value)
    return value
