"""Payload's `hasText`: is a document more than one empty paragraph?"""

from __future__ import annotations

from typing import Any


def has_text(doc: Any) -> bool:
    root = doc.get("root") if isinstance(doc, dict) else None
    children = root.get("children") if isinstance(root, dict) else None
    if not isinstance(children, list) or not children:
        return False
    if (
        len(children) != 1
        or not isinstance(children[0], dict)
        or children[0].get("type") != "paragraph"
    ):
        return True
    kids = children[0].get("children")
    if not kids:
        return False
    if len(kids) == 1 and isinstance(kids[0], dict) and kids[0].get("type") == "text":
        return bool(kids[0].get("text"))
    return True
