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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

TAB = Qt.FocusPolicy.TabFocus.value

NAMES: dict[str, tuple[str, str]] = {  # objectName -> (name, description)
    "searchEdit": (
        QT_TRANSLATE_NOOP("Accessible", "Search products"),
        QT_TRANSLATE_NOOP("Accessible", "Title, handle, SKU, description or ID"),
    ),
    "productTable": (
        QT_TRANSLATE_NOOP("Accessible", "Products"),
        QT_TRANSLATE_NOOP(
            "Accessible", "The shop's products; Enter opens the product editor, Ctrl+E its content"
        ),
    ),
    "formScroll": (
        QT_TRANSLATE_NOOP("Accessible", "Content form"),
        QT_TRANSLATE_NOOP("Accessible", "Title, subtitle, description, images and SEO"),
    ),
    "previewBrowser": (
        QT_TRANSLATE_NOOP("Accessible", "Storefront preview"),
        QT_TRANSLATE_NOOP("Accessible", "The product as the storefront shows it"),
    ),
    "galleryList": (
        QT_TRANSLATE_NOOP("Accessible", "Gallery images"),
        QT_TRANSLATE_NOOP("Accessible", "Drag to reorder; Delete removes the selected one"),
    ),
    "statusCombo": (
        QT_TRANSLATE_NOOP("Accessible", "Status"),
        QT_TRANSLATE_NOOP("Accessible", "Published, draft, proposed or rejected"),
    ),
    "syncCombo": (
        QT_TRANSLATE_NOOP("Accessible", "Sync state"),
        QT_TRANSLATE_NOOP("Accessible", "Whether the product's Medusa and Payload records agree"),
    ),
    "stockFilter": (
        QT_TRANSLATE_NOOP("Accessible", "Stock"),
        QT_TRANSLATE_NOOP("Accessible", "Products by available stock"),
    ),
    "completenessFilter": (
        QT_TRANSLATE_NOOP("Accessible", "Quality score"),
        QT_TRANSLATE_NOOP("Accessible", "Products by how complete their content is"),
    ),
    "markdownEditor": (
        QT_TRANSLATE_NOOP("Accessible", "Description"),
        QT_TRANSLATE_NOOP(
            "Accessible", "The description in markdown: Tab indents a list item, Ctrl+Tab moves on"
        ),
    ),
    "titleEdit": (
        QT_TRANSLATE_NOOP("Accessible", "Title"),
        QT_TRANSLATE_NOOP("Accessible", "The product's name, as the storefront shows it"),
    ),
    "subtitleEdit": (
        QT_TRANSLATE_NOOP("Accessible", "Subtitle"),
        QT_TRANSLATE_NOOP("Accessible", "A short line shown under the title"),
    ),
    "handleEdit": (
        QT_TRANSLATE_NOOP("Accessible", "Handle"),
        QT_TRANSLATE_NOOP("Accessible", "The product's address in the storefront"),
    ),
    "metadataTable": (
        QT_TRANSLATE_NOOP("Accessible", "Metadata"),
        QT_TRANSLATE_NOOP("Accessible", "Key and value pairs kept with the product in Medusa"),
    ),
    "metaTitleEdit": (
        QT_TRANSLATE_NOOP("Accessible", "SEO title"),
        QT_TRANSLATE_NOOP("Accessible", "The title search engines show"),
    ),
    "metaDescriptionEdit": (
        QT_TRANSLATE_NOOP("Accessible", "SEO description"),
        QT_TRANSLATE_NOOP("Accessible", "The text search engines show"),
    ),
    "metaKeywordsEdit": (
        QT_TRANSLATE_NOOP("Accessible", "SEO keywords"),
        QT_TRANSLATE_NOOP("Accessible", "Comma-separated"),
    ),
    "gridTable": (
        QT_TRANSLATE_NOOP("Accessible", "Variant grid"),
        QT_TRANSLATE_NOOP("Accessible", "Variants, prices and stock; Tab goes to the next cell"),
    ),
    "profileList": (
        QT_TRANSLATE_NOOP("Accessible", "Shop profiles"),
        QT_TRANSLATE_NOOP("Accessible", "The profile chosen here is edited on the right"),
    ),
    "profileFormScroll": (
        QT_TRANSLATE_NOOP("Accessible", "Profile form"),
        QT_TRANSLATE_NOOP("Accessible", "The chosen profile's name, servers and keys"),
    ),
    "shortcutsTable": (
        QT_TRANSLATE_NOOP("Accessible", "Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Accessible", "Every key the open windows answer to"),
    ),
}


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _form_label(widget: QWidget) -> str:
    """The text of the label beside ``widget`` in a form ("" outside one). The label
    becomes its buddy: on Linux a screen reader names a field by that relation (Qt
    otherwise falls back to the enclosing group box's title, "Medusa" for every field)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    # The form may sit inside other layouts of the parent (a sub-layout is its child).
    label = next(
        (found for form in parent.findChildren(QFormLayout)
         if (found := form.labelForField(widget)) is not None),
        None,
    )
    if isinstance(label, QLabel) and label.buddy() is None:
        label.setBuddy(widget)
    text = getattr(label, "text", lambda: "")()
    return str(text).replace("&", "").rstrip(":").strip()


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
    """Name ``widget`` (``NAMES``, else a form label, else its surroundings) if it takes
    focus and has no name of its own yet; give it ``NAMES``' description if it has none."""
    if not widget.focusPolicy().value & TAB:
        return
    if known := NAMES.get(widget.objectName()):
        if not widget.accessibleName():
            widget.setAccessibleName(translate("Accessible", known[0]))
        if known[1] and not widget.accessibleDescription():
            widget.setAccessibleDescription(translate("Accessible", known[1]))
    elif not widget.accessibleName() and (text := _form_label(widget)):
        widget.setAccessibleName(text)  # the label beside it, not Qt's group box title
    elif not widget.accessibleName() and not spoken_name(widget):
        if name := derived_name(widget):
            widget.setAccessibleName(name)
