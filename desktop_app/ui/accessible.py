"""Accessible names: what a screen reader says a control is.

Qt names a button by its text and a field by the label whose buddy it is. A field shown
with a placeholder, a form row's label or a tooltip instead gets that text as its name
here when it is first shown or focused (``fill``); widgets named explicitly keep theirs.
Controls whose surroundings say nothing usable are named in ``NAMES`` by object name
(with a description), in one place rather than in every window's code. Descriptions
otherwise come from tooltips (Qt reads a tooltip as the description).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TAB = Qt.FocusPolicy.TabFocus.value
NAMES: dict[str, tuple[str, str]] = {  # objectName -> (name, description)
    "searchEdit": ("Search products", "Title, handle, SKU, description or ID"),
    "productTable": (
        "Products",
        "The shop's products; Enter opens the product editor, Ctrl+E its content",
    ),
    "formScroll": ("Content form", "Title, subtitle, description, images and SEO"),
    "previewBrowser": ("Storefront preview", "The product as the storefront shows it"),
    "galleryList": ("Gallery images", "Drag to reorder; Delete removes the selected one"),
    "statusCombo": ("Status", "Published, draft, proposed or rejected"),
    "syncCombo": ("Sync state", "Whether the product's Medusa and Payload records agree"),
    "stockFilter": ("Stock", "Products by available stock"),
    "completenessFilter": ("Quality score", "Products by how complete their content is"),
    "markdownEditor": (
        "Description",
        "The description in markdown: Tab indents a list item, Ctrl+Tab moves on",
    ),
    "titleEdit": ("Title", ""),
    "subtitleEdit": ("Subtitle", ""),
    "handleEdit": ("Handle", "The product's address in the storefront"),
    "metadataTable": ("Metadata", "Key and value pairs kept with the product in Medusa"),
    "metaTitleEdit": ("SEO title", "The title search engines show"),
    "metaDescriptionEdit": ("SEO description", "The text search engines show"),
    "metaKeywordsEdit": ("SEO keywords", "Comma-separated"),
    "gridTable": ("Variant grid", "Variants, prices and stock; Tab goes to the next cell"),
    "profileList": ("Shop profiles", "The profile chosen here is edited on the right"),
    "profileFormScroll": ("Profile form", "The chosen profile's name, servers and keys"),
    "shortcutsTable": ("Keyboard shortcuts", "Every key the open windows answer to"),
}


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        text = getattr(label, "text", lambda: "")()
        return str(text).replace("&", "").rstrip(":").strip()
    return ""


def derived_name(widget: QWidget) -> str:
    """A name from what the control shows around it ("" when it shows nothing)."""
    if text := _form_label(widget):
        return text
    placeholder = ""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        placeholder = widget.placeholderText()
    if placeholder:
        return placeholder.rstrip("…").strip()
    return widget.toolTip().split(". ")[0].split(": ")[0].strip()


def fill(widget: QWidget) -> None:
    """Name ``widget`` (``NAMES``, else its surroundings) if it takes focus and has no
    name yet; give it ``NAMES``' description if it has none."""
    if not widget.focusPolicy().value & TAB:
        return
    if known := NAMES.get(widget.objectName()):
        if not widget.accessibleName():
            widget.setAccessibleName(known[0])
        if known[1] and not widget.accessibleDescription():
            widget.setAccessibleDescription(known[1])
    elif not widget.accessibleName() and not spoken_name(widget):
        if name := derived_name(widget):
            widget.setAccessibleName(name)
