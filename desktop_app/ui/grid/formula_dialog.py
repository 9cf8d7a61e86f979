"""A formula of the bulk kind on the selected cells (Ctrl+M): change by a percentage,
add an amount, round to .99/.95/.00, or set to another column's value (a compare-at
price kept in another currency or region column, stock from another location).

Numbers are typed in the grid's locale ("+10", "-2,5" in German). The result of each
cell is checked as if typed, so a formula that makes a bad value marks that cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.grid.cells import decimal_sign, read_number
from desktop_app.grid.columns import Column, Kind
from desktop_app.grid.formulas import Add, CopyFrom, Formula, Percent, RoundTo
from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.grid.buttons import words_only

ENDINGS = (".99", ".95", ".00")


class FormulaDialog(QDialog):
    def __init__(self, columns: Sequence[Column], cells: int, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridFormulaDialog")
        self.setWindowTitle(translate("GridFormula", "Formula"))
        self.locale = locale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(translate("GridFormula", "Apply to the %Ln selected cell(s). Cells a "
                                 "formula does not fit (a percentage on a SKU, say) are left as "
                                 "they are.", None, cells))
        intro.setWordWrap(True)
        theme.style(intro, "color: @muted@;")
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.kinds = QButtonGroup(self)
        self.percent_choice = QRadioButton(
            translate("GridFormula", "Change by percent"), objectName="formulaPercent")
        self.percent = QLineEdit("+10", objectName="formulaPercentValue")
        self.add_choice = QRadioButton(
            translate("GridFormula", "Add an amount"), objectName="formulaAdd")
        self.amount = QLineEdit("+1", objectName="formulaAddValue")
        self.round_choice = QRadioButton(
            translate("GridFormula", "Round prices to"), objectName="formulaRound")
        self.ending = QComboBox(objectName="formulaEnding")
        for ending in ENDINGS:  # ",99" where the decimal sign is a comma
            self.ending.addItem(ending.replace(".", decimal_sign(locale)), ending)
        self.copy_choice = QRadioButton(
            translate("GridFormula", "Set to the value of"), objectName="formulaCopy")
        self.source = QComboBox(objectName="formulaSource")
        for column in columns:
            if column.editable:
                self.source.addItem(column.label, column.key)
        # A price is what one mostly sets from another (a compare-at price, a region's).
        prices = [c.key for c in columns if c.kind is Kind.PRICE]
        if prices:
            self.source.setCurrentIndex(self.source.findData(prices[0]))
        rows = ((self.percent_choice, self.percent, "%"), (self.add_choice, self.amount, ""),
                (self.round_choice, self.ending, ""), (self.copy_choice, self.source, ""))
        for row, (choice, field, unit) in enumerate(rows):
            self.kinds.addButton(choice, row)
            grid.addWidget(choice, row, 0)
            grid.addWidget(field, row, 1)
            if unit:
                grid.addWidget(QLabel(unit), row, 2)
            field.setMinimumWidth(140)
            # Typing into a field picks its formula.
            if isinstance(field, QLineEdit):
                field.textEdited.connect(lambda _t, c=choice: c.setChecked(True))
            else:
                field.activated.connect(lambda _i, c=choice: c.setChecked(True))
        self.percent_choice.setChecked(True)
        self._describe()
        layout.addLayout(grid)
        self.error = QLabel(objectName="formulaError")
        theme.style(self.error, "color: @danger@;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("GridFormula", "Apply"))
        ok.setObjectName("formulaApply")
        ok.setToolTip(translate("GridFormula", "Apply the formula to the selected cells: one "
                                "step Undo takes back"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            translate("GridFormula", "Back to the grid without changing a cell"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(words_only(buttons))
        self.formula: Formula | None = None

    def _describe(self) -> None:
        """Tooltips (a screen reader's descriptions) and the fields' names: only the
        checked choice takes Tab, the arrow keys pick another; each field is reached."""
        self.percent.setAccessibleName(translate("GridFormula", "Percent"))
        self.amount.setAccessibleName(translate("GridFormula", "Amount"))
        tips = (
            (self.percent_choice, translate("GridFormula", "Prices and amounts change by a "
                                            "percentage; the arrow keys pick another formula")),
            (self.percent, translate("GridFormula", "A percentage such as +10 or −5; typing "
                                     "here picks Change by percent")),
            (self.add_choice, translate("GridFormula", "An amount is added to each cell (or, "
                                        "with −, taken off)")),
            (self.amount, translate("GridFormula", "An amount such as +1 or −0.50; typing here "
                                    "picks Add an amount")),
            (self.round_choice, translate("GridFormula", "Prices are rounded to end in these "
                                          "cents")),
            (self.ending, translate("GridFormula", "The ending the prices are rounded to")),
            (self.copy_choice, translate("GridFormula", "Each cell takes the value of another "
                                         "column in its row")),
            (self.source, translate("GridFormula", "The column the values are taken from")),
        )
        for widget, tip in tips:
            widget.setToolTip(tip)

    def _number(self, field: QLineEdit, error: str) -> Decimal | None:
        """The number typed in ``field``; None, with ``error`` ({text}: what was typed) shown,
        when it is none in the grid's locale."""
        text = field.text().strip().removeprefix("+").strip()
        number = read_number(text, self.locale)
        if number is None:
            self._fail(error.format(text=field.text()))
        return number

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def chosen(self) -> Formula | None:
        """The formula the fields describe (None, with the reason shown, if none)."""
        kind = self.kinds.checkedId()
        if kind == 0:
            number = self._number(self.percent, translate(
                "GridFormula", "“{text}” is no percentage in this locale."))
            return None if number is None else Percent(number)
        if kind == 1:
            number = self._number(self.amount, translate(
                "GridFormula", "“{text}” is no amount in this locale."))
            return None if number is None else Add(number)
        if kind == 2:
            return RoundTo(Decimal(self.ending.currentData()))
        return CopyFrom(self.source.currentData())

    def _accept(self) -> None:
        formula = self.chosen()
        if formula is None:
            return
        self.formula = formula
        self.accept()
