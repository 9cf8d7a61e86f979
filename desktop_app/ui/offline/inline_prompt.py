"""A question asked inside the window: a few fields with OK and Cancel, never a modal.

A modal ``QInputDialog.getText`` runs a nested event loop that stalls the asyncio
tasks sharing the Qt loop (a push, a reload). The editor asks for an option's name, a
new value or a new category's name in a strip under the list it concerns instead.

    prompt.ask("New option", [Field("Name"), Field("Values", placeholder="S, M, L")],
               on_ok=lambda texts: None if fine(texts) else "What is wrong")

``on_ok`` gets the texts (a combo's current data) and returns None (done: the strip
closes), an error (shown; the strip stays), or ``WAIT`` when it started work that
ends in ``finish()`` or ``fail(message)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.offline.editor_tab import ERROR_STYLE

WAIT = object()  # on_ok started work: the strip stays busy until finish() or fail()
QSS = """
QFrame#inlinePrompt {
    background: @surface_alt@; border: 1px solid @field_border@; border-radius: 6px; }
QFrame#inlinePrompt QLabel { background: transparent; border: none; }
"""


@dataclass(frozen=True)
class Field:
    label: str
    text: str = ""
    placeholder: str = ""
    choices: Sequence[tuple[str, Any]] | None = None  # a combo of (text, data)


OnOk = Callable[[list[Any]], Any]


class InlinePrompt(QFrame):
    def __init__(self, ok_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlinePrompt")
        theme.style(self, QSS)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 6, 6)
        column.setSpacing(4)
        self.row = QHBoxLayout()
        self.row.setSpacing(6)
        self.question = QLabel(objectName="promptQuestion")
        theme.style(self.question, "font-weight: 600;")
        self.row.addWidget(self.question)
        self.fields_box = QHBoxLayout()
        self.fields_box.setSpacing(6)
        self.row.addLayout(self.fields_box, 1)
        self.ok = QPushButton(ok_text or translate("InlinePrompt", "Add"), objectName="promptOk")
        self.cancel = QPushButton(translate("InlinePrompt", "Cancel"), objectName="promptCancel")
        self.ok.clicked.connect(lambda _c=False: self.accept())
        self.cancel.clicked.connect(lambda _c=False: self.close_prompt())
        self.row.addWidget(self.ok)
        self.row.addWidget(self.cancel)
        column.addLayout(self.row)
        self.error = QLabel(objectName="promptError")
        theme.style(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        self.inputs: list[QLineEdit | QComboBox] = []
        self.captions: list[QLabel] = []
        self._on_ok: OnOk | None = None
        self.hide()

    def ask(self, question: str, fields: Sequence[Field], on_ok: OnOk,
            ok_text: str | None = None) -> None:
        for widget in (*self.inputs, *self.captions):
            widget.setParent(None)
            widget.deleteLater()
        self.inputs = []
        self.captions = []
        for spec in fields:
            widget: QLineEdit | QComboBox
            if spec.choices is not None:
                widget = QComboBox()
                for text, data in spec.choices:
                    widget.addItem(text, data)
            else:
                widget = QLineEdit(spec.text)
                widget.setPlaceholderText(spec.placeholder or spec.label)
            widget.setToolTip(spec.label)
            widget.setAccessibleName(spec.label)
            if spec.choices is not None or spec.text:
                # A choice or a filled-in field has no placeholder to say what it is.
                caption = QLabel(translate("ProductEditor", "{field}:").format(field=spec.label))
                theme.style(caption, "color: @muted@;")
                self.fields_box.addWidget(caption)
                self.captions.append(caption)
            self.fields_box.addWidget(widget, 1)
            self.inputs.append(widget)
        self.question.setText(question)
        if ok_text:
            self.ok.setText(ok_text)
        self._on_ok = on_ok
        self._busy(False)
        self._show_error(None)
        self.show()
        if self.inputs:
            self.inputs[0].setFocus()

    def texts(self) -> list[Any]:
        return [w.currentData() if isinstance(w, QComboBox) else w.text().strip()
                for w in self.inputs]

    def accept(self) -> None:
        if self._on_ok is None or not self.ok.isEnabled():
            return
        result = self._on_ok(self.texts())
        if result is WAIT:
            self._busy(True)
        elif isinstance(result, str):
            self._show_error(result)
        else:
            self.close_prompt()

    def finish(self) -> None:
        self.close_prompt()

    def fail(self, message: str) -> None:
        self._busy(False)
        self._show_error(message)

    def close_prompt(self) -> None:
        self._on_ok = None
        self._show_error(None)
        self.hide()

    def _busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        for widget in self.inputs:
            widget.setEnabled(not busy)

    def _show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape closes the strip and Enter answers it: neither reaches the dialog around
        # it (which would close, or save with its default button).
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.close_prompt()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.accept()
            return
        super().keyPressEvent(event)
