"""Qt-free conversions between Payload's Lexical JSON, markdown, HTML and plain text.

Each converter reproduces the output of the matching Payload 3.90.2 function
(`convertMarkdownToLexical`, `convertLexicalToMarkdown`, sync
`convertLexicalToHTML`, `convertLexicalToPlaintext`) with the default editor
features, quirks included. tests/fixtures/richtext/generated.json holds
Payload's own outputs (stack/payload/scripts/oracle-generate.sh).

Known differences:

- Link and upload ids are fresh random ObjectIds, check-box ids fresh UUIDs
  (as in Payload); compare documents with ids removed.
- Where Payload throws (e.g. a text node without `text`), the exporters return
  a best-effort string instead.
- Internal links render as Payload does without `internalDocToHref`:
  `href="#"` in HTML, `[text]()` in markdown.
- Markdown input is split on "\\n" only, as in Payload: a "\\r" from CRLF input
  stays in the text. Normalise line endings before calling if that matters.

The editor pair (`lexical_to_editor_markdown`, `editor_markdown_to_lexical`) is
not a Payload converter: it extends Payload's markdown with tokens for what
Payload's markdown drops, so editing loses nothing (docs/editor-markdown.md).
"""

from .editor_export import lexical_to_editor_markdown
from .editor_import import editor_markdown_to_lexical
from .editor_markdown import extension_spans
from .html_export import lexical_to_html
from .markdown_export import lexical_to_markdown
from .markdown_import import markdown_to_lexical
from .plaintext_export import lexical_to_plaintext

__all__ = [
    "editor_markdown_to_lexical",
    "extension_spans",
    "lexical_to_editor_markdown",
    "lexical_to_html",
    "lexical_to_markdown",
    "lexical_to_plaintext",
    "markdown_to_lexical",
]
