"""Markdown → Lexical → HTML for the preview, off the GUI thread (Qt-free).

The preview shows exactly what will be saved: the Lexical tree from the editor
codec (Payload's markdown importer, plus the lossless extensions when present),
rendered by Payload's HTML converter (``lexical_to_html``). The tree is kept so
Save sends that very dict.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.richtext import lexical_to_html, lexical_to_plaintext, markdown_to_lexical
from desktop_app.richtext.html_export import Populate
from desktop_app.services.content import Media
from desktop_app.ui.content_editor.codec import to_lexical
from desktop_app.ui.content_editor.markdown_actions import word_count
from desktop_app.ui.content_editor.snippet_text import snippet_text

SNIPPET_CHARS = 400  # more than a search result shows (about 160)


@dataclass(frozen=True)
class Rendered:
    seq: int
    markdown: str
    lexical: dict[str, Any]
    html: str  # Payload's HTML, as a storefront would get it
    words: int
    characters: int
    plain: str = ""  # the SEO snippet's fallback text (``snippet_text``), off the GUI thread
    blocks: tuple[str, ...] = ()  # the preview's description fragments (``body_blocks``)
    cursor_block: int | None = None  # the block holding the typing cursor (``block_at``)


_CHECKBOX = re.compile(r"<input[^>]*?type=\"checkbox\"[^>]*?/>", re.S)
_TRAILING_BREAK = re.compile(r"<br />\s*</li>")
_LABEL_FOR = re.compile(r' htmlFor="[^"]*"')
_LI_TAG = re.compile(r"<li\b([^>]*)>")
_EMPTY_ATTRIBUTE = re.compile(r'\s(?:class|style)=""')
_CHECKED = re.compile(r"\bchecked\b")


def render(
    markdown: str,
    seq: int = 0,
    original: dict[str, Any] | None = None,
    cursor: int | None = None,
    populate: Populate | None = None,
) -> Rendered:
    """``original``: the loaded description, so untouched blocks are kept as they were.
    ``cursor``: where the merchant types (an index into ``markdown``), for ``cursor_block``.
    ``populate``: the media docs of upload nodes that name theirs by id
    (``catalog.upload_populate``, a plain lookup: safe on the worker thread); without it
    such a node renders as nothing, as Payload's sync converter does."""
    lexical = to_lexical(markdown, original)
    plain = lexical_to_plaintext(lexical)
    payload_html = lexical_to_html(lexical, populate=populate)
    return Rendered(
        seq=seq,
        markdown=markdown,
        lexical=lexical,
        html=payload_html,
        words=word_count(plain),
        characters=len(plain),
        plain=snippet_text(lexical, SNIPPET_CHARS),
        blocks=tuple(body_blocks(payload_html)),
        cursor_block=None if cursor is None else block_at(markdown, cursor, original),
    )


def block_at(markdown: str, cursor: int, original: dict[str, Any] | None = None) -> int:
    """The index of the top-level block (a Lexical root child, one preview fragment)
    that holds ``cursor``: the text up to the end of its line is read as Payload reads
    it, and the cursor is in that text's last block. Payload's importer joins lines in
    ways a line scan would not guess (a list goes on across a blank line), so the count
    comes from the importer itself (well under a millisecond for 10 KB)."""
    end = markdown.find("\n", cursor)
    prefix = markdown if end < 0 else markdown[:end]
    children = (to_lexical(prefix, original).get("root") or {}).get("children") or []
    return max(len(children) - 1, 0)


def for_qt(payload_html: str) -> str:
    """Qt's rich text has no form controls: show check items' boxes as glyphs."""

    def box(m: re.Match[str]) -> str:
        checked = _CHECKED.search(m.group(0)) is not None
        return "☑ " if checked else "☐ "

    # Payload ends check items with <br />, which Qt draws as an empty extra line.
    # The random per-render checkbox ids would make every check list look changed.
    html = _TRAILING_BREAK.sub("</li>", _CHECKBOX.sub(box, payload_html))
    # Payload writes each <li> over several indented lines with empty attributes:
    # the same item in a third of the text is less for Qt to parse.
    # A page repeats the same few attribute lists: compact each one once (per call).
    compacted: dict[str, str] = {}

    def compact_li(match: re.Match[str]) -> str:
        attributes = match.group(1)
        tag = compacted.get(attributes)
        if tag is None:
            tag = compacted[attributes] = _compact_li(attributes)
        return tag

    return _LI_TAG.sub(compact_li, _LABEL_FOR.sub("", html))


def _compact_li(attributes: str) -> str:
    attributes = _EMPTY_ATTRIBUTE.sub("", " " + " ".join(attributes.split()))
    return f"<li{attributes}>"


HERO_WIDTH = 260
UNTITLED_PRODUCT = QT_TRANSLATE_NOOP("ContentEditor", "Untitled product")
_HEADER_STARTS = ('<p class="hero">', '<h1 class="title">')


def page(title: str, subtitle: str, image: Media | str | None, body_html: str) -> str:
    """A storefront-like product page around the description."""
    parts = ['<div class="product">']
    if isinstance(image, str):
        image = Media(id=0, url=image)
    if image is not None and image.url:
        # Qt does not scale the height with the width: give both, from the media doc.
        size = f'width="{HERO_WIDTH}"'
        if image.width and image.height:
            size += f' height="{round(HERO_WIDTH * image.height / image.width)}"'
        parts.append(f'<p class="hero"><img src="{html.escape(image.url)}" {size} /></p>')
    shown = html.escape(title) or html.escape(translate("ContentEditor", UNTITLED_PRODUCT))
    parts.append(f'<h1 class="title">{shown}</h1>')
    if subtitle:
        parts.append(f'<p class="subtitle">{html.escape(subtitle)}</p>')
    parts.append('<hr class="divider" />')
    parts.append(for_qt(body_html))
    parts.append("</div>")
    return "".join(parts)


# Qt supports a CSS subset (no flex, no rem); this mimics a clean storefront.
STOREFRONT_CSS = """
body { font-family: 'Inter', 'Helvetica Neue', Arial, sans-serif; color: @ink@;
       font-size: 11pt; }
h1.title { font-size: 20pt; font-weight: 700; margin: 4px 0 2px 0; color: @ink_strong@; }
p.subtitle { font-size: 12pt; color: @muted@; margin: 0 0 8px 0; }
p.hero { margin: 0 0 12px 0; line-height: 100%; }  /* 145 % would pad the image */
hr.divider { color: @line@; }
h1 { font-size: 17pt; margin: 16px 0 6px 0; }
h2 { font-size: 14pt; margin: 16px 0 6px 0; color: @ink_strong@; }
h3 { font-size: 12pt; margin: 12px 0 4px 0; }
h4, h5, h6 { font-size: 11pt; margin: 10px 0 4px 0; }
p { margin: 0 0 10px 0; line-height: 145%; }
li { margin: 2px 0; }
ul, ol { margin: 0 0 10px 0; }
blockquote { color: @muted@; font-style: italic; margin: 8px 0 12px 16px; }
code { font-family: 'JetBrains Mono', 'DejaVu Sans Mono', monospace; color: @danger@;
       background-color: @code_bg@; }
a { color: @accent@; text-decoration: none; }
"""


# The vertical margins (px) STOREFRONT_CSS gives each top-level block: (top, bottom).
# The preview puts every block in a frame, and a frame does not collapse its
# content's margins with its neighbours', so it carries them itself.
BLOCK_MARGINS = {
    "h1": (16, 6), "h2": (16, 6), "h3": (12, 4), "h4": (10, 4), "h5": (10, 4), "h6": (10, 4),
    "p": (0, 10), "ul": (0, 10), "ol": (0, 10), "blockquote": (8, 12),
}  # fmt: skip
HEADER_MARGINS = (0, 10)  # the title block ends with the divider
_FIRST_TAG = re.compile(r"\s*<([a-zA-Z][a-zA-Z0-9]*)")


def first_tag(fragment: str) -> str:
    match = _FIRST_TAG.match(fragment)
    return match.group(1).lower() if match else ""


def block_margins(fragment: str) -> tuple[int, int]:
    """(top, bottom) margins of a ``page_blocks`` fragment."""
    if fragment.startswith(_HEADER_STARTS):
        return HEADER_MARGINS
    return BLOCK_MARGINS.get(first_tag(fragment), (0, 0))


# What a reader sees; editor bookkeeping (direction, textFormat, ids) is ignored.
_VISIBLE_KEYS = ("type", "tag", "listType", "format", "text", "checked", "relationTo", "value")


def _visible(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {k: node[k] for k in _VISIBLE_KEYS if k in node}
    if node.get("type") == "text" and node.get("style"):
        out["style"] = node["style"]
    if isinstance(out.get("value"), dict):
        out["value"] = out["value"].get("id")
    fields = node.get("fields")
    if isinstance(fields, dict) and "url" in fields:
        out["url"] = fields.get("url")
    if node.get("type") != "text" and not node.get("format"):
        out.pop("format", None)  # "" and a missing alignment look the same
    if "children" in node:
        out["children"] = [_visible(c) for c in node.get("children") or []]
    return out


def markdown_loses(description: dict[str, Any] | None, markdown: str) -> bool:
    """True when ``markdown`` cannot reproduce ``description`` (underline, colours,
    alignment, uploads…): saving it back would drop that formatting."""
    if not description:
        return False
    try:
        again = markdown_to_lexical(markdown)
    except Exception:
        return True
    return _visible(again.get("root")) != _visible(description.get("root"))


_VOID = frozenset({"br", "hr", "img", "input", "source", "meta", "link", "wbr"})
# A tag is `<`, an optional "/", a name (`[a-zA-Z][a-zA-Z0-9]*\b`) and the rest up to
# the first ">". One branch per kind of tag, so the loop reads the kind off `lastindex`:
# none for a void element (any case) or a self-closing tag (the rest ends with "/"),
# which leave the depth as it is; 1 for a closing tag; 2 for an opening tag.
_VOID_NAMES = "|".join("".join(f"[{c}{c.upper()}]" for c in name) for name in sorted(_VOID))
_TAG = re.compile(
    rf"<(?:/?(?:{_VOID_NAMES})\b[^>]*>"
    r"|/?[a-zA-Z][a-zA-Z0-9]*\b[^>]*/>"
    r"|(/)[a-zA-Z][a-zA-Z0-9]*\b[^>]*>"
    r"|([a-zA-Z])[a-zA-Z0-9]*\b[^>]*>)"
)
_CLOSING, _OPENING = 1, 2
_WRAPPER = '<div class="payload-richtext">'


def top_level_blocks(payload_html: str) -> list[str]:
    """Payload's HTML cut into its top-level elements (one per Lexical root child),
    so the preview can replace only the blocks an edit changed."""
    body = payload_html
    if body.startswith(_WRAPPER) and body.endswith("</div>"):
        body = body[len(_WRAPPER) : -len("</div>")]
    blocks: list[str] = []
    depth = 0
    start = 0
    for match in _TAG.finditer(body):
        # A block ends where the depth is back to 0 after a tag. Most tags are
        # nested: they only move the depth.
        kind = match.lastindex
        if kind == _OPENING:
            depth += 1
            if depth:
                continue  # (0 only after stray closing tags)
        elif kind == _CLOSING:
            depth -= 1
            if depth:
                continue
        elif depth:
            continue  # void or self-closing
        end = match.end()
        blocks.append(body[start:end])
        start = end
    if body[start:].strip():
        blocks.append(body[start:])
    return blocks


def body_blocks(payload_html: str) -> list[str]:
    """The description's preview fragments (Qt-ready), one per top-level block."""
    # for_qt rewrites inside elements only, so once over the whole page cuts the same.
    return top_level_blocks(for_qt(payload_html))


def page_blocks(
    title: str,
    subtitle: str,
    image: Media | str | None,
    body_html: str,
    blocks: tuple[str, ...] | None = None,
) -> list[str]:
    """``page`` as independent fragments: the header, then each description block.

    ``blocks``: ``Rendered.blocks``, already cut off the GUI thread.
    """
    header = page(title, subtitle, image, "")
    header = header.removeprefix('<div class="product">').removesuffix("</div>")
    return [header, *(body_blocks(body_html) if blocks is None else blocks)]
