"""The content editor: Payload's side of a product (title, subtitle, rich description,
images, SEO) with a live storefront preview. See ``editor_window.ContentEditor``."""

from typing import Any

__all__ = ["ContentEditor"]


def __getattr__(name: str) -> Any:
    # Lazily: the list imports the package's highlighter at start (translation window),
    # and the editor itself costs ~0.1 s of a cold start (bench/cold_start.py).
    if name == "ContentEditor":
        from desktop_app.ui.content_editor.editor_window import ContentEditor

        return ContentEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
