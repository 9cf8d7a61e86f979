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

from desktop_app.richtext import lexical_to_html, lexical_to_plaintext, markdown_to_lexical
from desktop_app.ui.content_editor.codec import to_lexical
from desktop_app.ui.content_editor.markdown_actions import word_count


@dataclass(frozen=True)
class Rendered:
    seq: int
    markdown: str
    lexical: dict[str, Any]
    html: str  # Payload's HTML, as a storefront would get it
    words: int
    characters: int


_CHECKBOX = re.compile(r"<input[^>]*?type=\"checkbox\"[^>]*?/>", re.S)
_TRAILING_BREAK = re.compile(r"<br />\s*</li>")


def render(markdown: str, seq: int = 0, original: dict[str, Any] | None = None) -> Rendered:
    """``original``: the loaded description, so untouched blocks are kept as they were."""
    lexical = to_lexical(markdown, original)
    plain = lexical_to_plaintext(lexical)
    return Rendered(
        seq=seq,
        markdown=markdown,
        lexical=lexical,
        html=lexical_to_html(lexical),
        words=word_count(plain),
        characters=len(plain),
    )


def for_qt(payload_html: str) -> str:
    """Qt's rich text has no form controls: show check items' boxes as glyphs."""

    def box(m: re.Match[str]) -> str:
        checked = re.search(r"\bchecked\b", m.group(0)) is not None
        return "☑ " if checked else "☐ "

    # Payload ends check items with <br />, which Qt draws as an empty extra line.
    return _TRAILING_BREAK.sub("</li>", _CHECKBOX.sub(box, payload_html))


def page(title: str, subtitle: str, image_url: str | None, body_html: str) -> str:
    """A storefront-like product page around the description."""
    parts = ['<div class="product">']
    if image_url:
        parts.append(f'<p class="hero"><img src="{html.escape(image_url)}" width="360" /></p>')
    parts.append(f'<h1 class="title">{html.escape(title) or "Untitled product"}</h1>')
    if subtitle:
        parts.append(f'<p class="subtitle">{html.escape(subtitle)}</p>')
    parts.append('<hr class="divider" />')
    parts.append(for_qt(body_html))
    parts.append("</div>")
    return "".join(parts)


# Qt supports a CSS subset (no flex, no rem); this mimics a clean storefront.
STOREFRONT_CSS = """
body { font-family: 'Inter', 'Helvetica Neue', Arial, sans-serif; color: #1f2633;
       font-size: 11pt; }
h1.title { font-size: 20pt; font-weight: 700; margin: 4px 0 2px 0; color: #111827; }
p.subtitle { font-size: 12pt; color: #5b6475; margin: 0 0 8px 0; }
p.hero { margin: 0 0 12px 0; }
hr.divider { color: #e1e5ec; }
h1 { font-size: 17pt; margin: 16px 0 6px 0; }
h2 { font-size: 14pt; margin: 16px 0 6px 0; color: #111827; }
h3 { font-size: 12pt; margin: 12px 0 4px 0; }
h4, h5, h6 { font-size: 11pt; margin: 10px 0 4px 0; }
p { margin: 0 0 10px 0; line-height: 145%; }
li { margin: 2px 0; }
ul, ol { margin: 0 0 10px 0; }
blockquote { color: #5b6475; font-style: italic; margin: 8px 0 12px 16px; }
code { font-family: 'JetBrains Mono', 'DejaVu Sans Mono', monospace; color: #a3261c;
       background-color: #f3f4f7; }
a { color: #3b5bdb; text-decoration: none; }
"""


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
