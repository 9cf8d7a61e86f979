"""Lexical JSON → HTML, as Payload's sync `convertLexicalToHTML` does it.

Text and attributes are escaped like `escape-html`; link hrefs go through
Payload's `sanitizeUrl` (`javascript:`/`data:` become `#`). Check-list items
get a fresh random UUID per render, as in Payload. Upload nodes follow
Payload's converter for every shape of `value` (tests/richtext/test_upload_html.py);
given a `populate`, an id `value` is rendered as the async converter does.
Media URLs are written as the doc holds them (`/api/media/file/…` is relative):
the preview resolves them against the Payload server's origin.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from . import html_tables
from .has_text import has_text
from .jsregex import js_str, js_trim
from .jsvalues import js_keys, js_string, js_truthy
from .nodes import BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE
from .recursion import allow_deep_trees

Json = dict[str, Any]
# The async converter's `populate`: (id, collection slug) → the doc, or None if not found.
Populate = Callable[[Any, Any], Any]

_TEXT_WRAPPERS = (
    (BOLD, "<strong>", "</strong>"),
    (ITALIC, "<em>", "</em>"),
    (STRIKETHROUGH, '<span style="text-decoration: line-through;">', "</span>"),
    (UNDERLINE, '<span style="text-decoration: underline;">', "</span>"),
    (CODE, "<code>", "</code>"),
    (SUBSCRIPT, "<sub>", "</sub>"),
    (SUPERSCRIPT, "<sup>", "</sup>"),
)
_ALIGN = {
    "center": "center",
    "end": "right",
    "justify": "justify",
    "right": "right",
    "start": "left",
}
_LEAVES = ("text", "linebreak", "tab", "horizontalrule")  # a tuple: `type` may be unhashable
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PROTOCOL = re.compile(r"^([a-z][a-z0-9+\-.]*):(?=.)", re.I | re.S)
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})


def escape_html(value: Any) -> str:
    text = value if type(value) is str else js_str(value)
    # Most text has nothing to escape, and five `in` scans cost a fraction of
    # five `replace` calls that find nothing.
    if (
        "&" not in text
        and '"' not in text
        and "'" not in text
        and "<" not in text
        and ">" not in text
    ):
        return text
    # `&` first, so the entities added after are not escaped again: the same
    # result as one pass over the text, with no Python call per special character.
    return (
        text.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def sanitize_url(url: str) -> str:
    """`sanitizeUrl` from `payload/shared`."""
    if not url:
        return ""
    cleaned = _CONTROL.sub("", js_trim(url))
    if cleaned.startswith(("#", "/", "./", "../")):
        return cleaned
    match = _PROTOCOL.match(cleaned)
    if match and match.group(1).lower() not in _ALLOWED_PROTOCOLS:
        return "#"
    return cleaned


@allow_deep_trees
def lexical_to_html(
    doc: Json, new_id: Callable[[], str] | None = None, *, populate: Populate | None = None
) -> str:
    """Render a Lexical document; `new_id` makes checkbox ids deterministic in tests.

    Without `populate` an upload node whose `value` is an id renders as nothing, as
    in Payload's sync converter; with it, as `convertLexicalToHTMLAsync` given a
    `populate` (what `lexicalHTMLField` does): the doc it returns is rendered.
    """
    if not has_text(doc):
        return '<div class="payload-richtext"></div>'
    renderer = _Renderer(new_id or (lambda: str(uuid.uuid4())), populate)
    html = "".join(renderer.nodes(doc["root"].get("children") or [], doc["root"]))
    return f'<div class="payload-richtext">{html}</div>'


def _css(node: Json) -> str:
    style = ""
    fmt = node.get("format")
    align = _ALIGN.get(fmt) if isinstance(fmt, str) else None
    if align:
        style += f"text-align: {align};"
    indent = node.get("indent")
    if indent and node.get("type") != "listitem":
        style += f"padding-inline-start: {js_str(indent * 40)}px;"
    return style


class _Renderer:
    def __init__(self, new_id: Callable[[], str], populate: Populate | None = None) -> None:
        self.new_id = new_id
        self.populate = populate

    def nodes(self, nodes: list[Any], parent: Json) -> list[str]:
        out = []
        for node in nodes:
            if isinstance(node, dict):
                # Text nodes are most of a document: skip `node`'s dispatch for them
                # (an indented text goes through `node`, which checks the indent).
                if node.get("type") == "text" and not node.get("indent"):
                    html = _text(node)
                else:
                    html = self.node(node, parent)
                if html:
                    out.append(html)
        return out

    def inner(self, node: Json) -> str:
        return "".join(self.nodes(node.get("children") or [], node))

    def node(self, node: Json, parent: Json) -> str:
        kind = node.get("type")
        # The leaves ignore their style, so the commonest nodes skip `_css`, unless
        # they carry an indent (`_css` raises on a malformed one, as it always did).
        if kind in _LEAVES and node.get("indent"):
            _css(node)
        if kind == "text":
            return _text(node)
        if kind == "linebreak":
            return "<br />"
        if kind == "tab":
            return "\t"
        if kind == "horizontalrule":
            return "<hr />"
        css = _css(node)
        style_attr = f' style="{css}"' if css else ""
        if kind == "paragraph":
            children = self.nodes(node.get("children") or [], node)
            return (
                f"<p{style_attr}>{''.join(children)}</p>"
                if children
                else f"<p{style_attr}><br /></p>"
            )
        if kind == "heading":
            tag = node.get("tag") if node.get("tag") in _HEADINGS else "h1"
            return f"<{tag}{style_attr}>{self.inner(node)}</{tag}>"
        if kind == "quote":
            return f"<blockquote{style_attr}>{self.inner(node)}</blockquote>"
        if kind == "list":
            tag = node.get("tag") if node.get("tag") in ("ol", "ul") else "ul"
            list_type = (
                node.get("listType")
                if node.get("listType") in ("bullet", "check", "number")
                else "bullet"
            )
            return f'<{tag}{style_attr} class="list-{list_type}">{self.inner(node)}</{tag}>'
        if kind == "listitem":
            return self.list_item(node, parent, css)
        if kind in ("link", "autolink"):
            return self.link(node, style_attr)
        if kind == "upload":
            return _upload(node, style_attr, self.populate)
        if kind == "table":
            return html_tables.table(style_attr, self.inner(node))
        if kind == "tablerow":
            return html_tables.table_row(style_attr, self.inner(node))
        if kind == "tablecell":
            return html_tables.table_cell(node, css, self.inner(node))
        return "<span>unknown node</span>"

    def link(self, node: Json, style_attr: str) -> str:
        fields = node.get("fields") or {}
        href = fields.get("url") or ""
        if node.get("type") == "link" and fields.get("linkType") == "internal":
            href = "#"  # Payload's fallback without internalDocToHref
        new_tab = ' rel="noopener noreferrer" target="_blank"' if fields.get("newTab") else ""
        safe = escape_html(sanitize_url(href))
        return f'<a{style_attr} href="{safe}"{new_tab}>{self.inner(node)}</a>'

    def list_item(self, node: Json, parent: Json, css: str) -> str:
        nested = _has_list_child(node.get("children") or [])
        children = self.inner(node)
        value = escape_html(node["value"]) if "value" in node else "undefined"
        if parent.get("listType") == "check":
            body = (
                children
                if nested
                else _checkbox(self.new_id(), bool(node.get("checked")), children)
            )
            return _check_item(bool(node.get("checked")), nested, css, value, body)
        style = f"list-style-type: none;{css}" if nested else css
        return (
            "<li\n"
            f'          class="{"nestedListItem" if nested else ""}"\n'
            f'          style="{style}"\n'
            f'          value="{value}"\n'
            f"        >{children}</li>"
        )


def _has_list_child(kids: list[Any]) -> bool:
    for kid in kids:  # a loop, not any(genexpr): one call per list item
        if isinstance(kid, dict) and kid.get("type") == "list":
            return True
    return False


def _checkbox(uid: str, checked: bool, children: str) -> str:
    box = f'<input{" checked" if checked else ""} id="{uid}" readOnly="true" type="checkbox" />'
    return f'{box}\n            <label htmlFor="{uid}">{children}</label>\n            <br />'


def _check_item(checked: bool, nested: bool, css: str, value: str, body: str) -> str:
    state = " list-item-checkbox-checked" if checked else " list-item-checkbox-unchecked"
    classes = f"list-item-checkbox{state}{' nestedListItem' if nested else ''}"
    return (
        "<li\n"
        f'          aria-checked="{"true" if checked else "false"}"\n'
        f'          class="{classes}"\n'
        '          role="checkbox"\n'
        f'          style="list-style-type: none;{css}"\n'
        '          tabIndex="-1"\n'
        f'          value="{value}"\n'
        "        >\n"
        f"          {body}\n"
        "        </li>"
    )


def _text(node: Json) -> str:
    html = escape_html(node["text"]) if "text" in node else "undefined"
    fmt = node.get("format")
    if not isinstance(fmt, int):
        fmt = 0
    if not fmt:
        return html
    for bit, opening, closing in _TEXT_WRAPPERS:
        if fmt & bit:
            html = f"{opening}{html}{closing}"
    return html


# Payload's upload converter, sync and async variants:
# packages/richtext-lexical/src/features/converters/lexicalToHtml/{sync,async}/converters/upload.ts
# (payloadcms/payload e4742054db6c3cacfcf32658b0911ea619cb757d, the version published as 3.90.2).
_SIZE_REQUIRED = ("width", "height", "mimeType", "filesize", "filename", "url")
_PAD = "\n          "  # the attribute lines of a lone <img>; the <picture> fallback's are 2 less


def _upload(node: Json, style_attr: str, populate: Populate | None) -> str:
    doc = _upload_doc(node, populate)
    # Payload reads `doc.mimeType.startsWith(...)` unguarded: a list for a doc, or a
    # doc without a string mimeType, throws, and the node loop turns a throw into "".
    if not isinstance(doc, dict) or not isinstance(doc.get("mimeType"), str):
        return ""
    url = _attr(doc.get("url"))  # `?? ''`: only null and a missing url become ""
    if not doc["mimeType"].startswith("image"):
        # Any other file (PDF, video, …) is a plain link named by its filename.
        name = _attr(doc.get("filename"))
        return f'<a{style_attr} href="{url}" rel="noopener noreferrer">{name}</a>'
    fields = node.get("fields")
    alt_value = fields.get("alt") if isinstance(fields, dict) else None
    if not js_truthy(alt_value):  # `fields.alt || doc.alt || ''`
        alt_value = doc.get("alt") if js_truthy(doc.get("alt")) else ""
    img = (
        f'alt="{escape_html(js_string(alt_value))}"{_PAD}height="{_attr(doc.get("height"))}"'
        f'{_PAD}src="{url}"{_PAD}width="{_attr(doc.get("width"))}"\n'
    )
    sizes = doc.get("sizes")
    if not _has_keys(sizes):
        return f"\n        <img{style_attr}\n          {img}        />\n      "
    picture = "".join(_source(size) for size in _size_values(sizes))
    fallback = img.replace(_PAD, "\n        ")
    picture += f"\n      <img\n        {fallback}      />\n    "
    return f"<picture{style_attr}>{picture}</picture>"


def _upload_doc(node: Json, populate: Populate | None) -> Any:
    """The media doc: `value` when populated (any JSON object type, even null),
    else what the async converter's `populate` finds for the id (sync: nothing)."""
    if "value" not in node:
        return None  # no id to look up: Payload would ask for `undefined`, finding nothing
    value = node["value"]
    if isinstance(value, (dict, list)) or value is None:  # `typeof value === 'object'`
        return value
    if populate is None:
        return None
    return populate(value, node.get("relationTo"))


def _attr(value: Any) -> str:
    """`escapeHTML(String(value ?? ''))`."""
    return "" if value is None else escape_html(js_string(value))


def _has_keys(sizes: Any) -> bool:
    """`sizes && Object.keys(sizes).length`: numbers and booleans have no keys;
    a non-empty list or string has its indices."""
    return isinstance(sizes, (dict, list, str)) and len(sizes) > 0


def _size_values(sizes: dict[Any, Any] | list[Any] | str) -> list[Any]:
    """The values `for (size in sizes)` visits (a string's are characters, all skipped)."""
    if isinstance(sizes, dict):
        return [sizes[key] for key in js_keys(sizes)]
    return list(sizes) if isinstance(sizes, list) else []


def _source(size: Any) -> str:
    # Sizes Payload did not generate (the original was smaller) are stored with
    # null fields; Payload skips them, and any other size missing one of these.
    if not isinstance(size, dict) or not all(js_truthy(size.get(k)) for k in _SIZE_REQUIRED):
        return ""
    return (
        "\n        <source\n"
        f'          media="(max-width: {_attr(size["width"])}px)"\n'
        f'          srcset="{_attr(size["url"])}"\n'
        f'          type="{_attr(size["mimeType"])}"\n'
        "        />\n      "
    )
