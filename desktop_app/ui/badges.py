"""Pill-shaped badges for the Status and Payload columns (readable at a glance)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui import palette
from desktop_app.ui.roles import VALUE_ROLE

# (background, text) per badge value; muted backgrounds keep dark text readable.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "published": ("@green_bg@", "@ok@"),
    "draft": ("@grey_bg@", "@grey_fg@"),
    "proposed": ("@blue_bg@", "@blue_fg@"),
    "rejected": ("@red_bg@", "@danger@"),
}
LINK_COLORS: dict[bool | None, tuple[str, str]] = {
    True: ("@green_bg@", "@ok@"),
    False: ("@amber_bg@", "@warning@"),
    None: ("@grey_bg@", "@muted@"),
}
_FALLBACK = ("@grey_bg@", "@grey_fg@")
# On a selected row the tinted fills melt into the selection highlight (Pending's blue
# is the selection's own), so there the pill is drawn solid: its ink as the fill, its
# fill as the text (tests/ui/test_badges.py checks both against the selection).
_PAD_X = 9
_PAD_Y = 3


class BadgeDelegate(QStyledItemDelegate):
    """Draws the cell's display text inside a rounded, colour-coded pill."""

    def __init__(self, kind: str, parent: object = None) -> None:
        super().__init__(parent)
        self._kind = kind  # "status" or "link"

    def _colors(self, value: object) -> tuple[str, str]:
        if self._kind == "status":
            return STATUS_COLORS.get(str(value or ""), _FALLBACK)
        return LINK_COLORS.get(value if isinstance(value, bool) else None, _FALLBACK)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if text in ("", "—"):  # unknown value: a plain dash, no badge
            super().paint(painter, option, index)
            return
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        # Background/selection as for any cell, then the pill on top.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        value = index.data(VALUE_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        background, foreground = pill_colours(self._colors(value), selected=selected)
        font = _pill_font(opt.font)  # measured as drawn: semi-bold is wider
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 2 * _PAD_X
        height = metrics.height() + 2 * _PAD_Y
        rect = opt.rect
        pill = QRectF(
            rect.left() + 6, rect.top() + (rect.height() - height) / 2,
            min(width, rect.width() - 12), height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.qcolor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(palette.qcolor(foreground))
        painter.setFont(font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = QFontMetrics(_pill_font(option.font)).horizontalAdvance(text) + 2 * _PAD_X + 16
        return QSize(max(base.width(), width), base.height())


def pill_colours(colours: tuple[str, str], *, selected: bool) -> tuple[str, str]:
    """A pill's (fill, text) colours: as declared, swapped on a selected row."""
    background, foreground = colours
    return (foreground, background) if selected else (background, foreground)


def _pill_font(font: QFont) -> QFont:
    pill = QFont(font)
    pill.setWeight(QFont.Weight.DemiBold)
    return pill
