"""The syntax of the app's editor markdown: Payload markdown plus a few HTML-like tokens.

Every extension token starts with `<` (or is an escape: `&lt;`, `&#92;`), so
one escape covers all of them: a literal `<` that could start a token is
written `&lt;`, and a literal `&(amp;)*lt;` or `&(amp;)*#92;` gains one `amp;`.
docs/editor-markdown.md has the full description; this module only knows the
tokens, not Lexical.

Tokens:

- `<u> <sub> <sup> <mark>` and their closing tags: text format bits (and
  `<b> <i> <s> <code>` where Payload's own syntax cannot carry a format);
- `<span style="…">` … `</span>`: a text node's `style` (HTML-escaped);
- `<br>`: a plain line break where a newline would not survive;
- `&lt;`, `&#92;`: a literal `<` / backslash;
- `<!-- lexical:TYPE @KEY -->` / `<!-- inline:TYPE @KEY -->`: a node kept in
  the original document (block / inline), looked up by KEY;
- ` <!-- ATTRS -->`: attributes of the enclosing element (the one space before
  it belongs to the token), e.g. `<!-- align=center indent=2 -->`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

BOLD, ITALIC, STRIKETHROUGH, CODE = 1, 2, 4, 16
UNDERLINE, SUBSCRIPT, SUPERSCRIPT, HIGHLIGHT = 8, 32, 64, 128
EXTENSION_BITS = UNDERLINE | SUBSCRIPT | SUPERSCRIPT | HIGHLIGHT
ALL_BITS = 255
# Outermost first; the closing tags come in reverse. `<b> <i> <s> <code>` are
# only written where Payload's own syntax cannot carry the format.
TAG_BITS: tuple[tuple[str, int], ...] = (
    ("mark", HIGHLIGHT),
    ("sup", SUPERSCRIPT),
    ("sub", SUBSCRIPT),
    ("u", UNDERLINE),
    ("s", STRIKETHROUGH),
    ("i", ITALIC),
    ("b", BOLD),
    ("code", CODE),
)
BITS_OF_TAG = dict(TAG_BITS)

TOKEN = re.compile(
    r"(?P<escape>&(?:amp;)*(?:lt|#92);)"
    r"|<(?P<open>u|sub|sup|mark|b|i|s|code)>"
    r"|</(?P<close>u|sub|sup|mark|b|i|s|code|span)>"
    r'|<span style="(?P<style>[^"<>]*)">'
    r"|(?P<br><br>)"
    r"|<!-- (?P<scope>lexical|inline):(?P<ntype>[A-Za-z0-9_-]{1,40}) @(?P<key>[0-9a-f]{12}) -->"
    r"| ?<!-- (?!lexical:|inline:)(?P<attrs>[^<>\n\s][^<>\n]*?) -->"
)
_KEY_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*\Z")
_WORD = re.compile(r"[a-z]+\Z")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    kind: str  # escape, open, close, style, br, node, inline, attrs
    raw: str
    match: re.Match[str]


def tokens(text: str) -> Iterator[Token]:
    if "<" not in text and "&" not in text:
        return  # every token starts with one of them; most text has neither
    for match in TOKEN.finditer(text):
        yield Token(match.start(), match.end(), _kind(match), match.group(0), match)


def _kind(match: re.Match[str]) -> str:
    for name in ("escape", "open", "close", "style", "br", "attrs"):
        if match.group(name) is not None:
            return name
    return "node" if match.group("scope") == "lexical" else "inline"


_SPAN_KINDS = {
    "escape": "escape",
    "style": "style",
    "br": "linebreak",
    "node": "placeholder",
    "inline": "placeholder",
    "attrs": "attributes",
}
_TAG_KINDS = {
    "u": "underline", "sub": "subscript", "sup": "superscript", "mark": "highlight",
    "b": "bold", "i": "italic", "s": "strikethrough", "code": "code",
}  # fmt: skip


def extension_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every extension token, for the editor to make them visible.

    Kinds: underline, subscript, superscript, highlight, bold, italic,
    strikethrough, code, style (opening and closing tags alike), linebreak,
    placeholder, attributes, escape. Text with no span is plain Payload
    markdown and imports exactly as Payload imports it.
    """
    spans = []
    for tok in tokens(text):
        start = tok.start + (1 if tok.raw.startswith(" ") else 0)
        if tok.kind in ("open", "close"):
            name = tok.match.group("open") or tok.match.group("close")
            kind = "style" if name == "span" else _TAG_KINDS[name]
        else:
            kind = _SPAN_KINDS[tok.kind]
        spans.append((start, tok.end, kind))
    return spans


# -- escaping literal text -------------------------------------------------------


# Every `<` that could begin a token is escaped, not only those that complete
# one: escaping a later `<` must not let an earlier one complete a token.
_NEEDS_ESCAPE = re.compile(
    r"&(?:amp;)*(?:lt|#92);|<(?=!--|/?(?:u|sub|sup|mark|b|i|s|code|span|br)\b)"
)
BACKSLASH = "&#92;"  # where Payload's markdown would double a backslash for good


def escape_literal(text: str) -> str:
    """Write `text` so that the tokenizer reads it back verbatim."""
    return _NEEDS_ESCAPE.sub(_escape_match, text)


def _escape_match(match: re.Match[str]) -> str:
    raw = match.group(0)
    return "&amp;" + raw[1:] if raw.startswith("&") else "&lt;"


def unescape_token(raw: str) -> str:
    """The literal text an escape token stands for."""
    if raw == "&lt;":
        return "<"
    if raw == BACKSLASH:
        return "\\"
    return "&" + raw[len("&amp;") :]


# -- tags ------------------------------------------------------------------------


def open_tags(bits: int, style: str) -> str:
    out = f'<span style="{html.escape(style)}">' if style else ""
    return out + "".join(f"<{tag}>" for tag, bit in TAG_BITS if bits & bit)


def close_tags(bits: int, style: str) -> str:
    out = "".join(f"</{tag}>" for tag, bit in reversed(TAG_BITS) if bits & bit)
    return out + ("</span>" if style else "")


def style_of(token: Token) -> str:
    return html.unescape(token.match.group("style"))


# -- placeholders ------------------------------------------------------------------


def node_key(node: Any) -> str:
    """A stable key for an opaque node: a hash of its canonical JSON."""
    canonical = json.dumps(node, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def placeholder(node: Any, inline: bool) -> str:
    kind = node.get("type") if isinstance(node, dict) else None
    label = re.sub(r"[^A-Za-z0-9_-]", "-", str(kind))[:40] or "node"
    return f"<!-- {'inline' if inline else 'lexical'}:{label} @{node_key(node)} -->"


# -- attribute markers ---------------------------------------------------------------

Atom = str
_ALIASES = {"format": "align", "direction": "dir"}
_UNALIAS = {alias: key for key, alias in _ALIASES.items()}


def attribute_marker(atoms: list[Atom]) -> str:
    return f"<!-- {' '.join(atoms)} -->"


def encode_atom(key: str, value: Any) -> Atom | None:
    """`key=value` for one attribute, or None when the key cannot be written."""
    if not all(_KEY_NAME.match(part) for part in key.split(".")):
        return None
    if key in _ALIASES and isinstance(value, str) and _WORD.match(value):
        return f"{_ALIASES[key]}={value}"
    if key == "fields.newTab" and value is True:
        return "newTab"
    compact = json.dumps(value, separators=(",", ":"), ensure_ascii=True, default=str)
    # Compact JSON has spaces only inside strings; keep the atom one word and
    # free of the characters that end a token.
    for char, escaped in ((" ", "\\u0020"), ("<", "\\u003c"), (">", "\\u003e")):
        compact = compact.replace(char, escaped)
    return f"{key}={compact}"


def delete_atom(key: str) -> Atom | None:
    return f"!{key}" if all(_KEY_NAME.match(part) for part in key.split(".")) else None


def decode_atoms(body: str) -> tuple[str, list[tuple[str, Any, bool]]]:
    """(scope, [(dotted key, value, delete)]) from a marker body; bad atoms are skipped."""
    scope = "self"
    out: list[tuple[str, Any, bool]] = []
    for atom in body.split():
        if atom in ("list", "wrap"):
            scope = atom
        elif atom == "newTab":
            out.append(("fields.newTab", True, False))
        elif atom.startswith("!") and _valid_key(atom[1:]):
            out.append((atom[1:], None, True))
        elif "=" in atom:
            parsed = _decode_pair(*atom.split("=", 1))
            if parsed is not None:
                out.append((*parsed, False))
    return scope, out


def _valid_key(key: str) -> bool:
    return all(_KEY_NAME.match(part) for part in key.split("."))


def _decode_pair(name: str, raw: str) -> tuple[str, Any] | None:
    if name in _UNALIAS:
        return _UNALIAS[name], raw
    if not _valid_key(name) or name.split(".")[0] in ("children", "type"):
        return None
    try:
        return name, json.loads(raw)
    except ValueError:
        return None
