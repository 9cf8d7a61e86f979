"""What the grid's changes amount to, before they go to the outbox (``grid.review``).

Counts (cells, products, variants, prices added and removed, stock levels, cells with
errors that stay behind) and the largest price moves in percent, so a slip of the
decimal sign (a price ×100) is seen before it is saved; a move of 50 % or more is red.
"Save to outbox" accepts.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.grid.cells import format_amount
from desktop_app.grid.review import PriceMove, Review
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import palette, theme
from desktop_app.ui.grid.buttons import words_only

MUTED = "color: @muted@;"
ROW = 28
BIG_MOVE = Decimal(50)  # percent: a move this large is painted as a warning
HEADERS = (QT_TRANSLATE_NOOP("GridReview", "Product"), QT_TRANSLATE_NOOP("GridReview", "Variant"),
           QT_TRANSLATE_NOOP("GridReview", "Column"), QT_TRANSLATE_NOOP("GridReview", "Before"),
           QT_TRANSLATE_NOOP("GridReview", "After"), QT_TRANSLATE_NOOP("GridReview", "Change"))
ERRORS = 8  # the figure of cells with errors (red when there are some)


def percent_text(move: PriceMove, locale: str) -> str:
    """+12,5 % in German, −9.5 % in English: the sign always written."""
    value = move.percent
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{format_decimal(abs(value), '#,##0.0', locale=locale)} %"


class ReviewDialog(QDialog):
    def __init__(self, review: Review, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridReviewDialog")
        self.setWindowTitle(translate("GridReview", "Review changes"))
        self.review = review
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        heading = QLabel(translate("GridReview", "Review changes"), objectName="reviewHeading")
        theme.style(heading, "font-size: 13pt; font-weight: 600;")
        layout.addWidget(heading)
        self.summary = QLabel(translate("GridReview", "{summary}.").format(
            summary=review.summary()), objectName="reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._counts(review))
        moves_title = QLabel(translate("GridReview", "Largest price moves"),
                             objectName="reviewMovesTitle")
        theme.style(moves_title, "font-weight: 600;")
        layout.addWidget(moves_title)
        self.moves = self._moves_table(review, locale)
        layout.addWidget(self.moves)
        if not review.largest_moves:
            self.moves.hide()
            moves_title.setText(translate("GridReview", "No existing price changes by a "
                                          "percentage."))
            theme.style(moves_title, MUTED)
        note = QLabel(translate("GridReview", "Saving puts the changes in the outbox as one "
                                "edit you can undo; Push sends them to Medusa."),
                      objectName="reviewNote")
        theme.style(note, MUTED)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("GridReview", "Save to outbox"))
        self.save_button.setObjectName("reviewSave")
        words_only(buttons)
        self.save_button.setEnabled(review.cells > 0)
        # What the dialog shows, said when Save is reached (the figures take no focus).
        self.save_button.setToolTip(note.text())
        self.save_button.setAccessibleDescription(self.summary.text() + " " + note.text())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(translate(
            "GridReview", "Back to the grid; the changes stay there, not saved"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(780, 0)
        self.resize(780, self.sizeHint().height())  # the table as tall as its moves

    def _counts(self, review: Review) -> QFrame:
        box = QFrame(objectName="reviewCounts")
        theme.style(box, "QFrame#reviewCounts { background: @surface@; border: 1px solid "
                          "@line@; border-radius: 8px; }")
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        figures = [(translate("GridReview", "Cells changed"), review.cells),
                   (translate("GridReview", "Products touched"), review.products),
                   (translate("GridReview", "Variants"), review.variants),
                   (translate("GridReview", "Prices"), review.prices),
                   (translate("GridReview", "Prices added"), review.prices_added),
                   (translate("GridReview", "Prices removed"), review.prices_removed),
                   (translate("GridReview", "Stock levels"), review.stock),
                   (translate("GridReview", "Other cells"), review.other),
                   (translate("GridReview", "Cells with errors (stay)"), review.bad)]
        for n, (label, value) in enumerate(figures):
            row, col = divmod(n, 3)
            name = QLabel(label)
            theme.style(name, MUTED)
            figure = QLabel(QLocale().toString(value), objectName=f"reviewCount{n}")
            theme.style(figure, "font-weight: 600;" + (
                " color: @danger@;" if n == ERRORS and value else ""))
            grid.addWidget(name, row, col * 2)
            grid.addWidget(figure, row, col * 2 + 1, Qt.AlignmentFlag.AlignRight)
        return box

    def _moves_table(self, review: Review, locale: str) -> QTableWidget:
        headers = [translate("GridReview", h) for h in HEADERS]
        table = QTableWidget(len(review.largest_moves), len(headers), objectName="reviewMoves")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, move in enumerate(review.largest_moves):
            values = (move.product_title, move.variant_title, move.column_label,
                      format_amount(move.before, "", locale),
                      format_amount(move.after, "", locale), percent_text(move, locale))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(right)
                if col == 5 and abs(move.percent) >= BIG_MOVE:
                    item.setForeground(palette.qcolor("danger"))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 130), (3, 90), (4, 90), (5, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        for col in range(3, 6):
            table.horizontalHeaderItem(col).setTextAlignment(right)
        table.verticalHeader().setDefaultSectionSize(ROW)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # As tall as its rows (at most the ten largest): no scroll bar, no empty space.
        table.setFixedHeight(header.sizeHint().height() + ROW * max(1, table.rowCount())
                             + 2 * table.frameWidth())
        return table
