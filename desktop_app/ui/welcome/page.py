"""First run: with no shop profile, the window offers the two ways in instead of starting
something on its own.

"Connect to my shop" asks the host to open the profile form (Settings, with its
Test connection). "Try the demo shop" runs the same set-up as ``desktop-app demo``
(``AppServices.set_up_demo``: stack/up, then the Local-demo profile) with its steps
shown as they come and a Cancel button; a failure is said here, with both ways
still offered. User-visible text is kept in module constants (English, marked for
lupdate) and translated where shown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.demo import DemoError
from desktop_app.services.profiles import SaveResult
from desktop_app.ui import theme
from desktop_app.ui.tasks import TaskSlot

DemoStart = Callable[[Callable[[str], None]], Awaitable[SaveResult]]

TITLE = QT_TRANSLATE_NOOP("WelcomePage", "Welcome to Shop Admin")
INTRO = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Manage the products of a Medusa + Payload shop: search, edit and bulk-change "
    "them, online or offline. How would you like to start?",
)
CONNECT_TITLE = QT_TRANSLATE_NOOP("WelcomePage", "Connect to my shop")
CONNECT_TEXT = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Enter the addresses of your Medusa and Payload servers and their keys. "
    "Test connection checks them before anything is saved; the keys go to "
    "your system's keyring.",
)
CONNECT_BUTTON = QT_TRANSLATE_NOOP("WelcomePage", "Connect to my shop…")
DEMO_TITLE = QT_TRANSLATE_NOOP("WelcomePage", "Try the demo shop")
DEMO_TEXT = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Start a local Medusa + Payload shop with sample products on this computer. "
    "The first start installs and fills it, which can take a few minutes.",
)
DEMO_BUTTON = QT_TRANSLATE_NOOP("WelcomePage", "Try the demo shop")
DEMO_MISSING = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "The demo shop is not part of this installation; connect to your shop instead.",
)
STARTING_TITLE = QT_TRANSLATE_NOOP("WelcomePage", "Starting the demo shop…")
STARTING_FIRST = QT_TRANSLATE_NOOP("WelcomePage", "Preparing…")
CANCEL = QT_TRANSLATE_NOOP("WelcomePage", "Cancel")
CANCELLED = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Starting the demo shop was cancelled. Servers it had already started keep "
    "running until you stop them (stack/down); trying again picks up from there.",
)
FAILED = QT_TRANSLATE_NOOP("WelcomePage", "The demo shop could not start.")
STEPS_KEPT = 500  # lines of the stack's output shown; the rest scrolls away

PAGE_STYLE = """
QFrame#welcomeCard {
    background: @surface@;
    border: 1px solid @line@;
    border-radius: 8px;
}
QLabel#welcomeTitle { font-size: 18pt; font-weight: 700; }
QLabel#welcomeCardTitle { font-size: 13pt; font-weight: 700; }
QLabel#welcomeProblem[kind="error"] { color: @danger@; }
"""


def _t(text: str) -> str:
    return translate("WelcomePage", text)


def _text(text: str, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(_t(text) if text else "", objectName=name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WelcomePage(QWidget):
    connectRequested = Signal()
    demoReady = Signal(object)  # SaveResult: the Local-demo profile, saved and active

    def __init__(
        self,
        start_demo: DemoStart,
        *,
        demo_available: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        theme.style(self, PAGE_STYLE)  # light or dark, following the theme
        self._start_demo = start_demo
        self._task = TaskSlot("demo set-up")
        self.pages = QStackedWidget()
        self.choices = self._build_choices(demo_available)
        self.progress_view = self._build_progress()
        self.pages.addWidget(self.choices)
        self.pages.addWidget(self.progress_view)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.pages, 6)
        layout.addStretch(1)

    # ------------------------------------------------------------------ build
    def _build_choices(self, demo_available: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(2)
        layout.addWidget(_text(TITLE, "welcomeTitle"))
        layout.addWidget(_text(INTRO, "welcomeIntro"))
        self.problem_label = _text("", "welcomeProblem")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        self.connect_button = QPushButton(_t(CONNECT_BUTTON), objectName="welcomeConnect")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connectRequested)
        self.demo_button = QPushButton(_t(DEMO_BUTTON), objectName="welcomeDemo")
        self.demo_button.clicked.connect(self.try_demo)
        self.demo_button.setEnabled(demo_available)
        cards.addWidget(self._card(CONNECT_TITLE, CONNECT_TEXT, self.connect_button))
        cards.addWidget(
            self._card(DEMO_TITLE, DEMO_TEXT if demo_available else DEMO_MISSING, self.demo_button)
        )
        layout.addLayout(cards)
        layout.addStretch(3)
        return page

    @staticmethod
    def _card(title: str, text: str, button: QPushButton) -> QFrame:
        card = QFrame(objectName="welcomeCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(_text(title, "welcomeCardTitle"))
        layout.addWidget(_text(text, "welcomeCardText"), 1, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        return card

    def _build_progress(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(_text(STARTING_TITLE, "welcomeTitle"))
        self.step_label = _text(STARTING_FIRST, "welcomeStep")
        layout.addWidget(self.step_label)
        self.bar = QProgressBar(objectName="welcomeProgress")
        self.bar.setRange(0, 0)  # the stack cannot say how far it is: busy, not a fraction
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.steps = QPlainTextEdit(objectName="welcomeSteps")
        self.steps.setReadOnly(True)
        self.steps.setMaximumBlockCount(STEPS_KEPT)
        self.steps.setMinimumHeight(180)
        layout.addWidget(self.steps, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(_t(CANCEL), objectName="welcomeCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # ---------------------------------------------------------------- actions
    @property
    def running(self) -> bool:
        return self._task.running

    def try_demo(self) -> None:
        if self.running:
            return
        self.problem_label.hide()
        self.steps.clear()
        self.step_label.setText(_t(STARTING_FIRST))
        self.pages.setCurrentWidget(self.progress_view)
        self._task.start(self._run(), on_error=self._failed)

    async def _run(self) -> None:
        try:
            result = await self._start_demo(self.show_step)
        except asyncio.CancelledError:
            self._back(_t(CANCELLED), problem=False)
            raise
        except DemoError as exc:  # says what went wrong in plain words
            self._back(f"{_t(FAILED)}\n{exc}")
            return
        self.pages.setCurrentWidget(self.choices)
        self.demoReady.emit(result)

    def show_step(self, line: str) -> None:
        self.step_label.setText(line)
        self.steps.appendPlainText(line)

    def cancel(self) -> None:
        """Stop the set-up (its stackctl is terminated); the choices come back."""
        self._task.cancel()

    def _failed(self, exc: BaseException) -> None:
        # Not a DemoError: a bug or a settings problem; the log has the traceback.
        self._back(f"{_t(FAILED)}\n{type(exc).__name__}: {exc}")

    def _back(self, text: str, *, problem: bool = True) -> None:
        label = self.problem_label
        label.setText(text)
        label.setProperty("kind", "error" if problem else "note")  # red only for a failure
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()
        self.pages.setCurrentWidget(self.choices)
