"""Options of a new product: one row per option, its name and its values.

Values are typed in one box, comma separated ("S, M, L"). Rows are added and removed
with buttons; a row left blank is ignored. ``changed`` fires on every keystroke so the
variants the options make can follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.offline.draft_values import split_values, unique

HINT_STYLE = "color: @muted@;"


class OptionRow:
    def __init__(self, name: str, values: str) -> None:
        self.name = QLineEdit(name, objectName="optionName")
        self.name.setPlaceholderText(translate("OptionsPanel", "e.g. Size"))
        self.values = QLineEdit(values, objectName="optionValues")
        self.values.setPlaceholderText(translate("OptionsPanel", "e.g. S, M, L"))
        self.remove = QPushButton(translate("OptionsPanel", "Remove"), objectName="removeOption")
        self.remove.setToolTip(translate("OptionsPanel", "Remove this option"))

    def option(self) -> tuple[str, list[str]] | None:
        name, values = self.name.text().strip(), split_values(self.values.text())
        return (name, values) if name or values else None


class OptionsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 5)
        for col, text in enumerate((translate("OptionsPanel", "Option"),
                                    translate("OptionsPanel", "Values, separated by commas"))):
            caption = QLabel(text)
            theme.style(caption, HINT_STYLE)
            self.grid.addWidget(caption, 0, col)
        layout.addLayout(self.grid)
        self.add_button = QPushButton(translate("OptionsPanel", "Add option"),
                                      objectName="addOption")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[OptionRow] = []
        self.none_label = QLabel(translate("OptionsPanel",
                                           "No options: the product has one variant."),
                                 objectName="noOptions")
        theme.style(self.none_label, HINT_STYLE)
        self.grid.addWidget(self.none_label, 1, 0, 1, 3)

    def add_row(self, name: str = "", values: str = "", *, focus: bool = False) -> OptionRow:
        row = OptionRow(name, values)
        for edit in (row.name, row.values):
            edit.textChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._lay_out()
        if focus:
            row.name.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: OptionRow) -> None:
        self.rows.remove(row)
        for widget in (row.name, row.values, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._lay_out()
        self.changed.emit()

    def _lay_out(self) -> None:
        self.none_label.setVisible(not self.rows)
        for number, row in enumerate(self.rows, start=1):
            self.grid.addWidget(row.name, number, 0)
            self.grid.addWidget(row.values, number, 1)
            self.grid.addWidget(row.remove, number, 2)

    def options(self) -> list[tuple[str, list[str]]]:
        """The options as typed (for the draft: its check names what is wrong)."""
        return [option for row in self.rows if (option := row.option()) is not None]

    def usable(self) -> list[tuple[str, list[str]]]:
        """The options that already make variants: named, with values, repeats merged."""
        seen: set[str] = set()
        out = []
        for name, values in self.options():
            if name and values and name.casefold() not in seen:
                seen.add(name.casefold())
                out.append((name, unique(values)))
        return out

    def has_typing(self) -> bool:
        return bool(self.options())
