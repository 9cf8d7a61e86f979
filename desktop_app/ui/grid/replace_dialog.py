"""Find and replace within one grid column (Ctrl+H).

The dialog stays open after each Replace all (its result shown under the fields), so
several replacements follow one another; each is one undoable step of the grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.grid.columns import Column
from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.grid.buttons import words_only


class ReplaceDialog(QDialog):
    # column key, find, replacement, match case, whole cell, selected rows only
    replaceRequested = Signal(str, str, str, bool, bool, bool)

    def __init__(self, columns: Sequence[Column], current: str | None, selected_rows: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridReplaceDialog")
        self.setWindowTitle(translate("GridReplace", "Find and replace"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        form = QFormLayout()
        form.setSpacing(8)
        self.column = QComboBox(objectName="replaceColumn")
        for column in columns:
            if column.editable:
                self.column.addItem(column.label, column.key)
        if current is not None and (at := self.column.findData(current)) >= 0:
            self.column.setCurrentIndex(at)
        self.find = QLineEdit(objectName="replaceFind")
        self.replacement = QLineEdit(objectName="replaceWith")
        self.replacement.setPlaceholderText(
            translate("GridReplace", "nothing: the text found is removed"))
        self.match_case = QCheckBox(translate("GridReplace", "Match case"),
                                    objectName="replaceMatchCase")
        self.whole_cell = QCheckBox(translate("GridReplace", "Whole cell only"),
                                    objectName="replaceWholeCell")
        self.selected_only = QCheckBox(
            translate("GridReplace", "Only the %Ln selected row(s)", None, selected_rows),
            objectName="replaceSelectedOnly")
        self.selected_only.setVisible(selected_rows > 1)
        self.selected_only.setChecked(selected_rows > 1)
        for widget, tip in (
                (self.column, translate("GridReplace", "The column whose cells are searched")),
                (self.find, translate("GridReplace", "The text to look for in its cells")),
                (self.match_case, translate("GridReplace", "Tell capital and small letters "
                                            "apart")),
                (self.whole_cell, translate("GridReplace", "Replace only where the text found "
                                            "is the whole cell")),
                (self.selected_only, translate("GridReplace", "Leave the rows not selected as "
                                               "they are"))):
            widget.setToolTip(tip)
        form.addRow(translate("GridReplace", "In column"), self.column)
        form.addRow(translate("GridReplace", "Find"), self.find)
        form.addRow(translate("GridReplace", "Replace with"), self.replacement)
        form.addRow("", self.match_case)
        form.addRow("", self.whole_cell)
        form.addRow("", self.selected_only)
        layout.addLayout(form)
        self.result = QLabel(objectName="replaceResult")
        theme.style(self.result, "color: @muted@;")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        buttons = QDialogButtonBox()
        self.replace_button = QPushButton(translate("GridReplace", "Replace all"),
                                          objectName="replaceAll")
        self.replace_button.setDefault(True)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.replace_button.setToolTip(translate(
            "GridReplace", "Replace in every matching cell of the column: one step Undo takes "
            "back"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(translate("GridReplace", "Back to the grid; what was replaced stays "
                                   "there until it is saved"))
        buttons.rejected.connect(self.reject)
        self.replace_button.clicked.connect(self._request)
        self.find.textChanged.connect(self._update)
        layout.addWidget(words_only(buttons))
        self.resize(440, 0)
        self._update()

    def _update(self) -> None:
        self.replace_button.setEnabled(bool(self.find.text()))

    def _request(self) -> None:
        if not self.find.text():
            return
        self.replaceRequested.emit(self.column.currentData(), self.find.text(),
                                   self.replacement.text(), self.match_case.isChecked(),
                                   self.whole_cell.isChecked(),
                                   not self.selected_only.isHidden()
                                   and self.selected_only.isChecked())

    def show_result(self, text: str) -> None:
        self.result.setText(text)
