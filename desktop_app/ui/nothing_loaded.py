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

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("NothingLoaded", "Nothing could be loaded")


class Failure(enum.Enum):
    UNREACHABLE = "unreachable"
    CREDENTIALS = "credentials"
    ERROR = "error"


def _cause(failure: Failure, several: bool) -> str:
    """What happened; German and French verbs agree with one server or several."""
    if failure is Failure.UNREACHABLE:
        return (translate("NothingLoaded", "{servers} could not be reached", "several servers")
                if several else translate("NothingLoaded", "{servers} could not be reached"))
    if failure is Failure.CREDENTIALS:
        return (translate("NothingLoaded", "{servers} refused this profile's credentials",
                          "several servers") if several
                else translate("NothingLoaded", "{servers} refused this profile's credentials"))
    return (translate("NothingLoaded", "{servers} answered with an error", "several servers")
            if several else translate("NothingLoaded", "{servers} answered with an error"))


# What to check, by (unreachable, credentials): whole sentences for the translators.
ADVICE = {
    (True, False): QT_TRANSLATE_NOOP(
        "NothingLoaded",
        "Check the server addresses in Settings and that the servers are running, then Retry.",
    ),
    (False, True): QT_TRANSLATE_NOOP("NothingLoaded", "Check the keys in Settings, then Retry."),
    (True, True): QT_TRANSLATE_NOOP(
        "NothingLoaded",
        "Check the server addresses and the keys in Settings and that the servers are "
        "running, then Retry.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "NothingLoaded", "Check the servers' logs or this shop's settings, then Retry."
    ),
}


def explain(failures: Mapping[str, Failure], *, demo: bool) -> str:
    """What failed (per server, in reading order) and what the merchant can do about it."""
    causes: dict[Failure, list[str]] = {}
    for server, failure in failures.items():
        causes.setdefault(failure, []).append(server)
    what = "; ".join(
        _cause(failure, len(names) > 1).format(servers=_both(names))
        for failure, names in causes.items()
    )
    advice = ADVICE[Failure.UNREACHABLE in causes, Failure.CREDENTIALS in causes]
    text = translate(
        "NothingLoaded", "{causes}, so this shop has no copy on this computer yet."
    ).format(causes=what)
    text += "\n\n" + translate("NothingLoaded", advice)
    if demo:
        text += " " + translate("NothingLoaded", "To try the app first, start the local demo shop.")
    return text[0].upper() + text[1:]


def _both(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return translate("NothingLoaded", "{first} and {second}").format(
        first=", ".join(names[:-1]), second=names[-1]
    )


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
        self.title_label = QLabel(translate("NothingLoaded", TITLE),
                                  objectName="nothingLoadedTitle",
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
        self.retry_button = QPushButton(translate("NothingLoaded", "Retry"),
                                        objectName="nothingLoadedRetry")
        self.retry_button.setDefault(True)  # the primary look; Retry is the usual next step
        self.settings_button = QPushButton(translate("NothingLoaded", "Open Settings"),
                                           objectName="nothingLoadedSettings")
        self.demo_button = QPushButton(translate("NothingLoaded", "Start the demo shop"),
                                       objectName="nothingLoadedDemo")
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
