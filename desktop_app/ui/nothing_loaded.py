"""The main window's body when a shop's pull brought nothing: why, and what to do next.

Shown instead of "Loading the catalog…" once the first pull of an empty store failed
(both servers unreachable, say), so a new profile with a wrong address does not look
as if it were still loading. Retry pulls again; Settings and the demo shop are the two
ways out a newcomer has.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TITLE = "Nothing could be loaded"


class Failure(enum.Enum):
    UNREACHABLE = "could not be reached"
    CREDENTIALS = "refused this profile's credentials"
    ERROR = "answered with an error"


def explain(failures: Mapping[str, Failure], *, demo: bool) -> str:
    """What failed (per server, in reading order) and what the merchant can do about it."""
    causes: dict[Failure, list[str]] = {}
    for server, failure in failures.items():
        causes.setdefault(failure, []).append(server)
    what = "; ".join(f"{' and '.join(names)} {failure.value}"
                     for failure, names in causes.items())
    checks = []
    if Failure.UNREACHABLE in causes:
        checks.append("the server addresses")
    if Failure.CREDENTIALS in causes:
        checks.append("the keys")
    advice = (f"Check {' and '.join(checks)} in Settings" if checks
              else "Check the servers' logs or this shop's settings")
    if Failure.UNREACHABLE in causes:
        advice += " and that the servers are running"
    text = (f"{what}, so this shop has no copy on this computer yet.\n\n{advice}, then Retry.")
    if demo:
        text += " To try the app first, start the local demo shop."
    return text[0].upper() + text[1:]


class NothingLoaded(QFrame):
    retry = Signal()
    openSettings = Signal()
    startDemo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nothingLoaded")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.title_label = QLabel(TITLE, objectName="nothingLoadedTitle",
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel(objectName="nothingLoadedText",
                                    alignment=Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        self.retry_button = QPushButton("Retry", objectName="nothingLoadedRetry")
        self.retry_button.setDefault(True)  # the primary look; Retry is the usual next step
        self.settings_button = QPushButton("Open Settings", objectName="nothingLoadedSettings")
        self.demo_button = QPushButton("Start the demo shop", objectName="nothingLoadedDemo")
        for button, signal in ((self.retry_button, self.retry),
                               (self.settings_button, self.openSettings),
                               (self.demo_button, self.startDemo)):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_failures(self, failures: Mapping[str, Failure], *, demo: bool) -> None:
        self.message_label.setText(explain(failures, demo=demo))
        self.demo_button.setVisible(demo)
