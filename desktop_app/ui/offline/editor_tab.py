"""One tab of the product editor: the fields it shows, reads, checks and rebases.

``CommerceEditor`` owns the product, the ``FormBase`` and the save; each tab only
knows its widgets. The editor asks every tab for the fields it shows
(``incoming``), what the form holds now (``form_values``, as text), the values to
save (``collect``), and tells it to show a new value (``put``), to follow a product
whose structure changed (``follow``) and where the servers' errors go
(``show_server_errors``). A tab names its ``sections``: the keys of its error labels
and of the places for its conflict notes (``editor_values.section_of``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.services.offline import ProductDetail
from desktop_app.services.rebase import Incoming, Outcome, Rebased
from desktop_app.ui import palette, theme
from desktop_app.ui.offline.editor_values import section_of
from desktop_app.ui.offline.field_names import FieldNames

ERROR_STYLE = "color: @danger@;"
HINT_STYLE = "color: @muted@;"
BAD_CELL = palette.live("red_bg")
NO_COLOUR = QColor(0, 0, 0, 0)


def error_label() -> QLabel:
    label = QLabel(objectName="fieldError")
    theme.style(label, ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def section_title(title: str, hint: str = "") -> QLabel:
    more = f" <span style='color:@faint@'>· {hint}</span>" if hint else ""
    label = QLabel(f"<b>{title}</b>{more}")
    label.setContentsMargins(0, 6, 0, 0)
    return label


def server_line(names: FieldNames, name: str, message: str) -> str:
    """A server's refusal as its field shows it; grouped fields name which one."""
    if section_of(name) == name:
        return server_note(message)
    return f"{names.label(name)} — {server_note(message)}"


def server_note(message: str) -> str:
    """A server's refusal, marked as the server's ("Server: …")."""
    return translate("ProductEditor", "Server: {message}").format(message=message)


def is_server_note(text: str) -> bool:
    return translate("ProductEditor", "Server: {message}").partition("{message}")[0] in text


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.style(label, HINT_STYLE + " font-size: 9pt;")
    return label


class EditorTab(QWidget):
    label = ""  # the tab's title
    sections: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.slots: dict[str, QVBoxLayout] = {}
        self.names = FieldNames()

    # ------------------------------------------------------------ helpers
    def error_for(self, section: str) -> QLabel:
        """The error label of ``section`` (made once)."""
        if section not in self.errors:
            self.errors[section] = error_label()
        return self.errors[section]

    def slot_for(self, section: str) -> QVBoxLayout:
        """Where the conflict notes of ``section`` go (empty: takes no room)."""
        if section not in self.slots:
            slot = QVBoxLayout()
            slot.setContentsMargins(0, 0, 0, 0)
            slot.setSpacing(4)
            self.slots[section] = slot
        return self.slots[section]

    def show_error(self, section: str, message: str | None) -> None:
        label = self.errors[section]
        label.setText(message or "")
        label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for section in self.errors:
            self.show_error(section, None)

    def has_errors(self) -> bool:
        return any(label.text() for label in self.errors.values())

    def owns(self, section: str) -> bool:
        return section in self.sections

    # ---------------------------------------------------------- the protocol
    def load(self, detail: ProductDetail) -> None:
        """Fill the widgets from the merged view."""

    def incoming(self, detail: ProductDetail) -> dict[str, Incoming]:
        return {}

    def form_values(self) -> dict[str, str]:
        return {}

    def collect(self) -> tuple[dict[str, Any], bool]:
        """Every field's value as typed, and whether all of them are valid (errors shown)."""
        return {}, True

    def put(self, name: str, new: Incoming) -> None:
        """Show ``new`` in the widget of ``name``."""

    def follow(self, detail: ProductDetail, outcomes: Mapping[str, Rebased],
               form: Mapping[str, str]) -> None:
        """The product changed (before the new values are put): rebuild what its
        structure decides (variant rows, stock cells), keeping the typing in ``form``
        that the rebase kept (``outcomes``)."""

    def show_server_errors(self, errors: Mapping[str, str]) -> None:
        """Show the servers' words for the fields of this tab (``server_errors``)."""


def kept_typing(outcomes: Mapping[str, Rebased], form: Mapping[str, str],
                prefix: str) -> dict[str, str]:
    """The typed texts under ``prefix`` a rebase kept (to put back after a rebuild)."""
    return {name: text for name, text in form.items()
            if name.startswith(prefix) and name in outcomes
            and outcomes[name].outcome is not Outcome.TAKE_NEW}
