"""Schedule… in the content editor (issue 16): when to publish or unpublish.

The merchant picks a date and time in their own time zone (shown with it) and whether
the product is published or unpublished then; the answer is a UTC ``datetime``, as the
catalog's ``schedule`` takes it. Where a schedule exists, **Remove schedule** drops it.
Opened with ``open()`` (never ``exec()``: a nested loop would stall asyncio tasks).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.publishing import Schedule


class ScheduleDialog(QDialog):
    """``chosen(at, action)`` with ``at`` in UTC; ``removed()`` for Remove schedule."""

    chosen = Signal(object, str)
    removed = Signal()

    def __init__(
        self, current: Schedule | None, parent: QWidget | None = None, now: datetime | None = None
    ) -> None:
        super().__init__(parent, objectName="scheduleDialog")
        self.setWindowTitle(translate("ScheduleDialog", "Schedule publishing"))
        self.now = now or datetime.now(UTC)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ScheduleDialog",
                "Payload publishes or unpublishes the product at the time you choose, "
                "even when this app is closed.",
            ),
            objectName="fieldHint",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        start = current.at if current is not None else self.now + timedelta(days=1)
        self.when = QDateTimeEdit(objectName="scheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(
            translate("ScheduleDialog", "d MMM yyyy HH:mm", "a Qt date-time display format")
        )
        self.when.setMinimumDateTime(_qt(self.now + timedelta(minutes=1)))
        self.when.setDateTime(_qt(start))
        self.when.setAccessibleName(translate("ScheduleDialog", "Date and time"))
        zone = datetime.now().astimezone().tzname() or translate("ScheduleDialog", "local time")
        label = QLabel(translate("ScheduleDialog", "&When ({zone})").format(zone=zone))
        label.setBuddy(self.when)
        form.addRow(label, self.when)
        self.publish = QRadioButton(
            translate("ScheduleDialog", "P&ublish"), objectName="schedulePublish"
        )
        self.unpublish = QRadioButton(
            translate("ScheduleDialog", "U&npublish"), objectName="scheduleUnpublish"
        )
        self.actions = QButtonGroup(self)
        for button in (self.publish, self.unpublish):
            self.actions.addButton(button)
        (self.unpublish if current and current.action == "unpublish" else self.publish).setChecked(
            True
        )
        choice = QVBoxLayout()
        choice.addWidget(self.publish)
        choice.addWidget(self.unpublish)
        form.addRow(translate("ScheduleDialog", "Then"), choice)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            translate("ScheduleDialog", "Schedule"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.remove: QPushButton | None = None
        if current is not None:
            self.remove = buttons.addButton(
                translate("ScheduleDialog", "Remove schedule"),
                QDialogButtonBox.ButtonRole.DestructiveRole,
            )
            self.remove.setObjectName("removeSchedule")
            self.remove.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def moment(self) -> datetime:
        """The chosen time, in UTC."""
        return self.when.dateTime().toPython().astimezone().astimezone(UTC)

    def action(self) -> str:
        return "unpublish" if self.unpublish.isChecked() else "publish"

    def accept(self) -> None:
        super().accept()
        self.chosen.emit(self.moment(), self.action())

    def _remove(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
        self.removed.emit()


def _qt(at: datetime) -> QDateTime:
    """``at`` as Qt's local date-time, to the minute."""
    local = at.astimezone().replace(second=0, microsecond=0, tzinfo=None)
    return QDateTime(local)


__all__ = ["ScheduleDialog"]
