"""Settle one product's conflicted (or rejected) edits, field by field.

Each row shows what the merchant saw (base), their value (mine) and the server's
(theirs), with Keep mine / Take theirs / Edit…; Edit reveals a field for a custom
value. Each choice calls ``OfflineCatalog.resolve`` at once and the row goes away;
the next push sends what was kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.offline import OfflineCatalog, Resolution
from desktop_app.store import OutboxEntry
from desktop_app.ui import theme
from desktop_app.ui.offline.values import (
    edit_text,
    field_label,
    parse_custom,
    show_value,
    variant_titles,
)

RESOLVABLE = ("conflict", "failed", "locked")
MUTED = "color: @muted@;"


def _value_label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumWidth(150)
    theme.style(label, style)
    return label


class FieldRow(QFrame):
    """One outbox entry: its three values and the three ways out."""

    def __init__(self, dialog: ConflictDialog, entry: OutboxEntry,
                 variants: dict[str, str] | None = None) -> None:
        super().__init__(objectName="conflictRow")
        self.dialog = dialog
        self.entry = entry
        self.regions = dialog.catalog.taxonomy("region")  # to name region prices
        self.setFrameShape(QFrame.Shape.StyledPanel)
        theme.style(self, "QFrame#conflictRow { background: @surface@; border: 1px solid "
                           "@line@; border-radius: 8px; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        title = QLabel(f"<b>{field_label(entry.field, variants)}</b>")
        grid.addWidget(title, 0, 0, 1, 3)
        if entry.message:
            note = _value_label(entry.message, "color: @warning@;" if entry.state != "failed"
                                else "color: @danger@;")
            grid.addWidget(note, 1, 0, 1, 3)
        theirs = entry.theirs if entry.state == "conflict" else entry.base
        server = (translate("ConflictDialog", "On the server") if entry.state == "conflict"
                  else translate("ConflictDialog", "Server (last read)"))
        columns = ((translate("ConflictDialog", "You saw"), entry.base, MUTED),
                   (translate("ConflictDialog", "Yours"), entry.mine, "font-weight: 600;"),
                   (server, theirs, "font-weight: 600;"))
        for col, (heading, value, style) in enumerate(columns):
            grid.addWidget(_value_label(heading, MUTED + " font-size: 9pt;"), 2, col)
            grid.addWidget(_value_label(show_value(entry.field, value, self.regions), style),
                           3, col)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.keep = QPushButton(translate("ConflictDialog", "Keep mine"), objectName="keepMine")
        self.take = QPushButton(translate("ConflictDialog", "Take theirs"),
                                objectName="takeTheirs")
        self.edit = QPushButton(translate("ConflictDialog", "Edit…"), objectName="editCustom")
        self.keep.clicked.connect(lambda: dialog.resolve(entry, Resolution.KEEP_MINE))
        self.take.clicked.connect(lambda: dialog.resolve(entry, Resolution.TAKE_THEIRS))
        self.edit.clicked.connect(self._start_edit)
        for b in (self.keep, self.take, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 3)
        self.custom = QLineEdit(edit_text(entry.field, entry.mine, self.regions),
                                objectName="customValue")
        self.use = QPushButton(translate("ConflictDialog", "Use this value"),
                               objectName="useCustom")
        self.use.clicked.connect(self._use_custom)
        self.custom.returnPressed.connect(self._use_custom)
        self.error = QLabel(objectName="customError")
        theme.style(self.error, "color: @danger@;")
        row = QHBoxLayout()
        row.addWidget(self.custom, 1)
        row.addWidget(self.use)
        grid.addLayout(row, 5, 0, 1, 3)
        grid.addWidget(self.error, 6, 0, 1, 3)
        for w in (self.custom, self.use, self.error):
            w.hide()
        for col in range(3):
            grid.setColumnStretch(col, 1)

    def _start_edit(self) -> None:
        self.custom.show()
        self.use.show()
        self.custom.setFocus()
        self.custom.selectAll()

    def _use_custom(self) -> None:
        value, error = parse_custom(self.entry.field, self.custom.text(), self.entry.mine,
                                    self.regions)
        if error:
            self.error.setText(error)
            self.error.show()
            return
        self.dialog.resolve(self.entry, Resolution.CUSTOM, value)


class ConflictDialog(QDialog):
    def __init__(self, catalog: OfflineCatalog, product_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_id = product_id
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Resolve changes"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(objectName="conflictHeading")
        theme.style(self.heading, "font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.intro = QLabel(objectName="conflictIntro")
        self.intro.setWordWrap(True)
        theme.style(self.intro, MUTED)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 4, 0, 4)
        self.rows_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        theme.style(scroll, "QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        scroll.setWidget(self.rows_box)
        layout.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.rows: dict[int, FieldRow] = {}
        self.refresh()

    def entries(self) -> list[OutboxEntry]:
        return [e for e in self.catalog.outbox(RESOLVABLE) if e.product_id == self.product_id]

    def refresh(self) -> None:
        # hide + deleteLater (not setParent(None)): the clicked button may be in a row,
        # and its widget must outlive the signal that is still being delivered.
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows.clear()
        detail = self.catalog.product(self.product_id)
        # The server's title: the merchant's may be one of the values in dispute.
        title = (detail.server_value("title") or (detail.medusa or {}).get("title")
                 if detail else None)
        self.heading.setText(str(title or self.product_id))
        variants = variant_titles(detail.medusa if detail else None)
        entries = self.entries()
        self.intro.setText(
            translate("ConflictDialog", "These fields changed on the server after you edited "
                      "them, or the server rejected your value. Choose what to keep; it is "
                      "sent with the next push.")
            if entries else translate("ConflictDialog",
                                      "Nothing left to resolve for this product."))
        for entry in entries:
            row = FieldRow(self, entry, variants)
            self.rows[entry.seq] = row
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)

    def resolve(self, entry: OutboxEntry, resolution: Resolution, value: object = None) -> None:
        self.catalog.resolve(entry.seq, resolution, value)
        # Only this row goes: a custom value half-typed in another row survives.
        row = self.rows.pop(entry.seq, None)
        if row is not None:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # not now: its button's clicked signal is still running
        if not self.rows:
            self.intro.setText(translate(
                "ConflictDialog", "Everything is resolved; the next push sends what you kept."))
