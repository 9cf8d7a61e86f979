"""The Payload content fields the app edits as text, as dotted paths (Payload's query paths).

One declaration for the store (what a draft holds), the capability probes (which fields are
localised) and the content service (what it saves).
"""

from __future__ import annotations

TEXT_FIELDS = (
    "title",
    "subtitle",
    "description",
    "seo.meta_title",
    "seo.meta_description",
    "seo.meta_keywords",
)
