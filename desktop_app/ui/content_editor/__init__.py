"""The content editor: Payload's side of a product (title, subtitle, rich description,
images, SEO) with a live storefront preview. See ``editor_window.ContentEditor``."""

from desktop_app.ui.content_editor.editor_window import ContentEditor

__all__ = ["ContentEditor"]
