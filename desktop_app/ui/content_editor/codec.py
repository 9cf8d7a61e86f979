"""Description text ⇄ Lexical for the editor.

With the richtext package's lossless pair (``lexical_to_editor_markdown`` /
``editor_markdown_to_lexical``), the source is Payload markdown plus a few tokens
(``<u>``, ``<!-- lexical:upload @key -->``…) for what markdown cannot express, and
untouched blocks come back from the original document unchanged. Without it, the
source is plain Payload markdown (``lexical_to_markdown`` / ``markdown_to_lexical``),
which drops underline, alignment, uploads and the like.
"""

from __future__ import annotations

from typing import Any

from desktop_app.richtext import lexical_to_markdown, markdown_to_lexical

try:
    from desktop_app.richtext.editor_import import editor_markdown_to_lexical, exported_markdown
    from desktop_app.richtext.editor_markdown import extension_spans
except ImportError:  # an older richtext package: plain markdown only
    LOSSLESS = False
else:
    LOSSLESS = True

Json = dict[str, Any]


def to_source(doc: Json | None) -> str:
    if not doc:
        return ""
    # The export is cached for the imports of this very document that follow.
    return exported_markdown(doc) if LOSSLESS else lexical_to_markdown(doc)


def to_lexical(text: str, original: Json | None = None) -> Json:
    if LOSSLESS:
        return editor_markdown_to_lexical(text, original)
    return markdown_to_lexical(text)


def extensions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the editor's extension tokens in ``text``."""
    return extension_spans(text) if LOSSLESS else []
