"""Two points side by side: a section per field, A on the left, B on the right.

Each section has the field's name, its server and **Restore this field** (back to A's value;
off, with the reason as its tooltip, where it cannot be restored or already holds it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.servers import Server
from desktop_app.timeline.diff import FieldChange, PointDiff
from desktop_app.ui.timeline.diff_html import ValueText, field_html

WhyNot = Callable[[str], "str | None"]  # why a field cannot be restored (None: it can)
Label = Callable[[str], str]


class FieldSection(QFrame):
    restoreRequested = Signal(str)

    def __init__(
        self, change: FieldChange, label: str, value_text: ValueText, why_not: str | None
    ) -> None:
        super().__init__(objectName="fieldDiff")
        self.field = change.field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(label, objectName="fieldTitle")
        head.addWidget(title)
        head.addWidget(QLabel(Server(change.server).label, objectName="serverChip"))
        hint = ""
        if not change.changed:
            hint = translate("TimelineDiff", "unchanged")
        elif change.blocks:
            moved = sum(1 for b in change.blocks if b.change != "same")
            hint = translate(
                "TimelineDiff", "{moved} of %Ln block(s) differ", None, len(change.blocks)
            ).format(moved=QLocale().toString(moved))
        if hint:
            # Wraps rather than widening the row: a narrow window keeps the button in view.
            said = QLabel(hint, objectName="sectionHint", wordWrap=True)
            head.addWidget(said, 1)
        else:
            head.addStretch(1)
        self.restore_button = QPushButton(
            translate("TimelineDiff", "Restore this field"), objectName="restoreField"
        )
        self.restore_button.setEnabled(why_not is None)
        self.restore_button.setToolTip(
            translate(
                "TimelineDiff",
                "Set {field} back to its value at A: an edit, sent with the next push",
            ).format(field=label)
            if why_not is None
            else translate("TimelineDiff", "Cannot restore: {reason}").format(reason=why_not)
        )
        # Every section's button reads the same; a screen reader says which field it is.
        self.restore_button.setAccessibleName(
            translate("TimelineDiff", "Restore this field: {field}").format(field=label)
        )
        self.restore_button.clicked.connect(lambda: self.restoreRequested.emit(self.field))
        head.addWidget(self.restore_button)
        layout.addLayout(head)
        self.body = QLabel(field_html(change, value_text), objectName="fieldBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)


class DiffView(QScrollArea):
    restoreRequested = Signal(str)  # a field

    def __init__(self) -> None:
        super().__init__(objectName="timelineDiff")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.sections: dict[str, FieldSection] = {}
        self.setAccessibleName(translate("TimelineDiff", "Differences"))
        self._empty = QLabel(objectName="sectionHint")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.show_message(translate("TimelineDiff", "Pick a point to compare it with now."))

    def show_message(self, text: str) -> None:
        self.sections = {}
        self._empty = QLabel(text, objectName="sectionHint")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._empty.setContentsMargins(4, 8, 4, 8)
        self.setWidget(self._empty)
        self.setAccessibleDescription(text)  # the only thing shown: said on focus

    @property
    def message(self) -> str:
        return self._empty.text() if not self.sections else ""

    def show_diff(
        self,
        diff: PointDiff,
        *,
        label: Label,
        value_text: ValueText,
        why_not: WhyNot,
        unchanged: bool = False,
    ) -> None:
        shown = diff.fields if unchanged else diff.changed
        if not shown:
            self.show_message(
                translate("TimelineDiff", "No field differs between these two points.")
            )
            return
        body = QWidget(objectName="diffBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(10)
        self.sections = {}
        for change in shown:
            section = FieldSection(change, label(change.field), value_text, why_not(change.field))
            section.restoreRequested.connect(self.restoreRequested)
            self.sections[change.field] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(body)
        self.setAccessibleDescription(
            translate(
                "TimelineDiff",
                "%Ln field(s), A's value beside B's; the arrow keys scroll, Tab goes to "
                "each Restore this field",
                None,
                len(shown),
            )
        )
