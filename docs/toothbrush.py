"""The sample product the issue 16 pictures translate: its title and descriptions (Markdown),
and the product itself in the tests' fake servers."""

from __future__ import annotations

from typing import Any

from desktop_app.richtext import editor_markdown_to_lexical

TITLE = "Bamboo Toothbrush 4-Pack"
ENGLISH = """## Bamboo Toothbrush 4-Pack

Soft bristles. Made from **bamboo** and designed to be used *every day* for years.

### Features

- Plant-based bristles
- Compostable handle"""
GERMAN = """## Bambus-Zahnbürste, 4er-Pack

Weiche Borsten. Aus **Bambus** und gemacht für *jeden Tag*, über Jahre.

### Merkmale

- Pflanzliche Borsten
- Kompostierbarer Griff"""


def add_toothbrush(medusa: Any, payload: Any, **medusa_fields: Any) -> str:
    """Adds the product to the fakes: Medusa's (with ``medusa_fields``), Payload's English
    content; its id."""
    product = medusa.add(
        1, title=TITLE, subtitle="Soft bristles", handle="bamboo-toothbrush-4-pack", **medusa_fields
    )
    payload.add(
        product["id"],
        TITLE,
        subtitle="Soft bristles",
        description=editor_markdown_to_lexical(ENGLISH),
        seo={
            "meta_title": "Bamboo toothbrushes, 4-pack",
            "meta_description": "Plastic-free bamboo toothbrushes with soft bristles.",
            "meta_keywords": "bamboo, toothbrush, zero waste",
        },
    )
    return product["id"]
