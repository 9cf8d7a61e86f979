"""Pills for finding categories, run outcomes and doctor statuses (the app's badge look)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.admin.doctor import Status
from desktop_app.admin.verify import Kind, Severity
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import theme
from desktop_app.ui.badges import _FALLBACK, BadgeDelegate

# (background, text): the palette of desktop_app/ui/badges.py.
GREEN = ("@green_bg@", "@ok@")
BLUE = ("@blue_bg@", "@blue_fg@")
AMBER = ("@amber_bg@", "@warning@")
RED = ("@red_bg@", "@danger@")
GREY = ("@grey_bg@", "@muted@")

KIND_COLORS: dict[str, tuple[str, str]] = {
    Kind.MISSING_IN_PAYLOAD: RED,
    Kind.ORPHAN_IN_PAYLOAD: AMBER,
    Kind.MISSING_PAYLOAD_ID: AMBER,
    Kind.STALE_PAYLOAD_ID: AMBER,
    Kind.DUPLICATE_MEDUSA_ID: RED,
    Kind.OPTIONS_OUT_OF_STEP: AMBER,
    Kind.VARIANTS_OUT_OF_STEP: AMBER,
    Kind.TITLE_DIFFERS: GREY,
    Kind.SUBTITLE_DIFFERS: GREY,
}
SEVERITY_COLORS: dict[str, tuple[str, str]] = {
    Severity.PROBLEM: RED,
    Severity.INFO: GREY,
}
OUTCOME_COLORS: dict[str, tuple[str, str]] = {
    "agreed": GREEN,
    "stalled": AMBER,
    "timed_out": AMBER,
    "cancelled": GREY,
    "failed": RED,
    "running": BLUE,
}
STATUS_COLORS: dict[Status, tuple[str, str]] = {
    Status.OK: GREEN,
    Status.WARN: AMBER,
    Status.FAIL: RED,
    Status.SKIPPED: GREY,
}
STATUS_WORDS: dict[Status, str] = {
    Status.OK: QT_TRANSLATE_NOOP("DoctorPanel", "ok"),
    Status.WARN: QT_TRANSLATE_NOOP("DoctorPanel", "warning"),
    Status.FAIL: QT_TRANSLATE_NOOP("DoctorPanel", "error"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("DoctorPanel", "skipped"),
}
PILL_WIDTH = 78  # at least; as wide as the longest word of the interface's language


@cache
def badge_font() -> QFont:
    """The models' FontRole for badge cells: the pill's text is drawn demi-bold, so the
    delegate must measure it demi-bold too, or the text fills the pill to its edges."""
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    return font


class ValueBadgeDelegate(BadgeDelegate):
    """A pill coloured by the cell's raw value (VALUE_ROLE) looked up in ``colors``."""

    def __init__(self, colors: dict[str, tuple[str, str]], parent: object = None) -> None:
        super().__init__("value", parent)
        self._table = colors

    def _colors(self, value: object) -> tuple[str, str]:
        return self._table.get(str(value or ""), _FALLBACK)


def pill_width(font: QFont) -> int:
    """One width for every pill: the widest status word (demi-bold) with its padding."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    widest = max(
        metrics.horizontalAdvance(translate("DoctorPanel", w)) for w in STATUS_WORDS.values()
    )
    return max(PILL_WIDTH, widest + 24)


class StatusPill(QLabel):
    """A doctor status as a fixed-width rounded label."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(translate("DoctorPanel", STATUS_WORDS[status]), parent)
        background, foreground = STATUS_COLORS[status]
        self.setObjectName("statusPill")
        self.setProperty("status", status.value)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedWidth(pill_width(self.font()))
        theme.style(
            self,
            f"QLabel#statusPill {{ background: {background}; color: {foreground}; "
            "border-radius: 10px; padding: 3px 0; font-weight: 600; }",
        )
