"""Records as the store keeps them, and a store to put them in (no network)."""

from __future__ import annotations

from typing import Any

from desktop_app.richtext import markdown_to_lexical

PID = "prod_1"


def stamp(minute: int, second: int = 0) -> str:
    return f"2026-03-01T10:{minute:02d}:{second:02d}.000Z"


def medusa(minute: int = 0, **extra: Any) -> dict[str, Any]:
    rec = {"id": PID, "handle": "mug", "title": "Mug", "subtitle": None, "status": "published",
           "description": "", "metadata": {"payload_id": "1", "color": "blue"},
           "categories": [], "tags": [], "sales_channels": [], "collection_id": None,
           "type_id": None, "medusa_thumbnail": None, "medusa_images": [],
           "updated_at": stamp(minute), "deleted_at": None,
           "variants": [{"id": "var_s", "title": "S", "sku": "MUG-S",
                         "prices": [{"currency_code": "eur", "amount": 10}]}]}
    rec.update(extra)
    return rec


def payload(minute: int = 0, markdown: str = "A mug.\n\n- one\n- two", **extra: Any
            ) -> dict[str, Any]:
    rec = {"id": "1", "medusa_id": PID, "title": "Mug", "subtitle": "Blue",
           "description": markdown_to_lexical(markdown),
           "seo": {"meta_title": None, "meta_description": None, "meta_keywords": None},
           "thumbnail": None, "images": [], "updated_at": stamp(minute)}
    rec.update(extra)
    return rec
