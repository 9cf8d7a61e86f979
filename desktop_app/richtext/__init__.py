"""Qt-free conversions between Payload's Lexical JSON, markdown, HTML and plain text.

Each converter reproduces the output of the matching Payload 3.90.2 function
(`convertMarkdownToLexical`, `convertLexicalToMarkdown`, `convertLexicalToHTML`,
`convertLexicalToPlaintext`) with the default editor features, quirks included.
"""

from .html_export import lexical_to_html
from .markdown_export import lexical_to_markdown
from .markdown_import import markdown_to_lexical
from .plaintext_export import lexical_to_plaintext

__all__ = ["lexical_to_html", "lexical_to_markdown", "lexical_to_plaintext", "markdown_to_lexical"]
