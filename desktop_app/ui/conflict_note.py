"""The inline conflict under an edited field: the server's new value, Keep mine / Take theirs.

An open editor rebases when its product changes (``services.rebase``). A field the
merchant typed into whose server value moved meanwhile shows a ``ConflictNote``
right under it; ``ConflictNotes`` keeps one note per conflicting field in step with
the editor's ``FormBase``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.rebase import Incoming

NOTE_QSS = """
QFrame#conflictNote { background: #fff6e5; border: 1px solid #efd29a; border-radius: 6px; }
QFrame#conflictNote QLabel { color: #7a4d00; background: transparent; border: none; }
QFrame#conflictNote QPushButton { padding: 2px 10px; min-height: 20px; }
"""
THEIRS_LIMIT = 140  # a long description is summed up, not pasted whole


def summary(text: str, limit: int = THEIRS_LIMIT) -> str:
    """One line of at most ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ConflictNote(QFrame):
    """"Changed on the server: “theirs”" with Keep mine / Take theirs."""

    def __init__(self, on_keep: Callable[[], None], on_take: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictNote")
        self.setStyleSheet(NOTE_QSS)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 6, 5)
        row.setSpacing(8)
        self.text = QLabel(objectName="conflictText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep = QPushButton("Keep mine", objectName="keepMine")
        self.keep.setToolTip("Save your value over the server's new one")
        self.take = QPushButton("Take theirs", objectName="takeTheirs")
        self.take.setToolTip("Drop your typing and use the server's new value")
        # clicked(bool) would pass its flag on: call the actions without it.
        self.keep.clicked.connect(lambda _checked=False: on_keep())
        self.take.clicked.connect(lambda _checked=False: on_take())
        row.addWidget(self.text, 1)
        row.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.take, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_theirs(self, label: str, theirs: str) -> None:
        where = f"{label}: changed" if label else "Changed"
        self.text.setText(f"{where} on the server while you were editing: “{summary(theirs)}”")
        self.text.setToolTip(theirs if len(theirs) > THEIRS_LIMIT else "")


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

    def __init__(self, slot_for: Callable[[str], QBoxLayout], describe: Describe,
                 keep: Callable[[str], None], take: Callable[[str], None]) -> None:
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
            note.set_theirs(*self._describe(name, theirs))

    def clear(self) -> None:
        for name in list(self.notes):
            self._remove(name)

    def _remove(self, name: str) -> None:
        note = self.notes.pop(name)
        note.hide()
        note.setParent(None)
        note.deleteLater()
