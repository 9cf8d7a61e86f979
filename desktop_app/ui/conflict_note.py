"""The inline conflict under an edited field: the server's new value, Keep mine / Take theirs.

An open editor rebases when its product changes (``services.rebase``). A field the
merchant typed into whose server value moved meanwhile shows a ``ConflictNote``
right under it; ``ConflictNotes`` keeps one note per conflicting field in step with
the editor's ``FormBase``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.services.rebase import Incoming
from desktop_app.ui import theme

NOTE_QSS = """
QFrame#conflictNote {
    background: @warning_bg@; border: 1px solid @warning_line@; border-radius: 6px; }
QFrame#conflictNote QLabel { color: @warning@; background: transparent; border: none; }
QFrame#conflictNote QPushButton { padding: 2px 10px; min-height: 20px; }
"""


# Where the new value came from (``ConflictNotes(where=...)``): keys, not words.
ON_SERVER = "on the server"
IN_PAYLOAD = "in Payload"


class ElidedLabel(QLabel):
    """One line that ends in "…" when narrower than its text (the whole text is the tooltip).

    A wrapped label inside a form row gets too little height from Qt's layouts and is
    cut; one elided line always fits, and the note stays one button high.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Take the room the buttons leave, never ask for the whole text's width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        line = " ".join(self._full.split())
        shown = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(line if shown != line else "")


class ConflictNote(QFrame):
    """ "Changed on the server meanwhile: “theirs”" with Keep mine / Take theirs."""

    def __init__(
        self,
        on_keep: Callable[[], None],
        on_take: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictNote")
        theme.style(self, NOTE_QSS)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 5, 4)
        row.setSpacing(6)
        self.text = ElidedLabel()
        self.text.setObjectName("conflictText")
        self.keep = QPushButton(translate("ConflictNote", "Keep mine"), objectName="keepMine")
        self.keep.setToolTip(translate("ConflictNote", "Save your value over the server's new one"))
        self.take = QPushButton(translate("ConflictNote", "Take theirs"), objectName="takeTheirs")
        self.take.setToolTip(
            translate("ConflictNote", "Drop your typing and use the server's new value")
        )
        # clicked(bool) would pass its flag on: call the actions without it.
        self.keep.clicked.connect(lambda _checked=False: on_keep())
        self.take.clicked.connect(lambda _checked=False: on_take())
        row.addWidget(self.text, 1)
        row.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.take, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_theirs(self, label: str, theirs: str, where: str = ON_SERVER) -> None:
        """``where``: ``ON_SERVER`` or ``IN_PAYLOAD`` (a key: each case is one sentence)."""
        if where == IN_PAYLOAD:
            text = (
                translate("ConflictNote", "{field} — changed in Payload meanwhile: “{theirs}”")
                if label
                else translate("ConflictNote", "Changed in Payload meanwhile: “{theirs}”")
            )
        else:
            text = (
                translate("ConflictNote", "{field} — changed on the server meanwhile: “{theirs}”")
                if label
                else translate("ConflictNote", "Changed on the server meanwhile: “{theirs}”")
            )
        self.text.set_full_text(text.format(field=label, theirs=theirs))


def with_slot(field: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """``field`` with an empty place under it for its conflict note (no room while empty)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(field)
    slot = QVBoxLayout()
    slot.setContentsMargins(0, 0, 0, 0)
    column.addLayout(slot)
    return box, slot


Describe = Callable[[str, Incoming], tuple[str, str]]  # name, theirs -> (label, value text)


class ConflictNotes:
    """One note per conflicting field, each placed in the layout ``slot_for(name)``."""

    def __init__(
        self,
        slot_for: Callable[[str], QBoxLayout],
        describe: Describe,
        keep: Callable[[str], None],
        take: Callable[[str], None],
        where: str = ON_SERVER,
    ) -> None:
        self._where = where  # IN_PAYLOAD where only one server owns the fields
        self._slot_for = slot_for
        self._describe = describe
        self._keep = keep
        self._take = take
        self.notes: dict[str, ConflictNote] = {}

    def sync(self, conflicts: Mapping[str, Incoming]) -> None:
        for name in [n for n in self.notes if n not in conflicts]:
            self._remove(name)
        for name, theirs in conflicts.items():
            note = self.notes.get(name)
            if note is None:
                note = ConflictNote(lambda n=name: self._keep(n), lambda n=name: self._take(n))
                self._slot_for(name).addWidget(note)
                note.show()  # a layout shows a new child only later, from the event loop
                self.notes[name] = note
            note.set_theirs(*self._describe(name, theirs), self._where)

    def clear(self) -> None:
        for name in list(self.notes):
            self._remove(name)

    def _remove(self, name: str) -> None:
        note = self.notes.pop(name)
        note.hide()
        note.setParent(None)
        note.deleteLater()
