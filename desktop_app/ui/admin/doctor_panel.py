"""The Doctor panel: the deployment's non-destructive checks, each with its fix.

Runs ``AdminService.doctor`` as a cancellable task when first shown and on
"Re-run"; every check becomes a card with an ok/warning/error badge, what was
found and, when something is wrong, what to do about it.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.admin.doctor import Check, DoctorReport, Status
from desktop_app.i18n import translate
from desktop_app.services.admin import AdminService
from desktop_app.ui import theme
from desktop_app.ui.admin.badges import StatusPill
from desktop_app.ui.admin.panel_style import PANEL_QSS, primary_button
from desktop_app.ui.admin.progress_box import ProgressBox
from desktop_app.ui.banner import Banner
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.window_keys import add_close_keys


def verdict(report: DoctorReport) -> tuple[str, str, str]:
    """Banner kind, title and message summing up the checks."""
    counts = Counter(c.status for c in report.checks)
    failed, warned = counts[Status.FAIL], counts[Status.WARN]
    if not failed and not warned:
        skipped = counts[Status.SKIPPED]
        text = (
            translate(
                "DoctorPanel",
                "The %Ln check passed ({skipped} skipped).|All %Ln "
                "checks passed ({skipped} skipped).",
                None,
                counts[Status.OK],
            ).format(skipped=QLocale().toString(skipped))
            if skipped
            else translate(
                "DoctorPanel",
                "The %Ln check passed.|All %Ln checks passed.",
                None,
                counts[Status.OK],
            )
        )
        return ("info", translate("DoctorPanel", "Healthy"), text)
    if failed and warned:
        text = translate("DoctorPanel", "%Ln check(s) failed, {warnings}.", None, failed).format(
            warnings=translate("DoctorPanel", "%Ln warning(s)", None, warned)
        )
    elif failed:
        text = translate("DoctorPanel", "%Ln check(s) failed.", None, failed)
    else:
        text = translate("DoctorPanel", "%Ln warning(s).", None, warned)
    return (
        "error" if failed else "warning",
        translate("DoctorPanel", "Needs attention"),
        text + " " + translate("DoctorPanel", "Each card below says how to fix it."),
    )


class CheckCard(QFrame):
    """One check: status badge, title, what was found, and the fix when it is not ok."""

    def __init__(self, check: Check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setObjectName("checkCard")
        self.setProperty("checkId", check.id)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)
        self.pill = StatusPill(check.status)
        row.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(3)
        self.title = self._label(check.title, "checkTitle")
        self.detail = self._label(check.detail, "checkDetail")
        text.addWidget(self.title)
        text.addWidget(self.detail)
        self.fix: QLabel | None = None
        if check.fix and check.status in (Status.FAIL, Status.WARN):
            self.fix = self._label(
                translate("DoctorPanel", "How to fix: {fix}").format(fix=check.fix), "checkFix"
            )
            text.addWidget(self.fix)
        row.addLayout(text, 1)
        # Tab reaches each card; a screen reader says its status, title, finding and fix.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(
            translate("DoctorPanel", "{status}: {title}").format(
                status=self.pill.text(), title=check.title
            )
        )
        said = [check.detail] + ([self.fix.text()] if self.fix is not None else [])
        self.setAccessibleDescription(" ".join(part for part in said if part))

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # server text is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class DoctorPanel(QDialog):
    """Non-modal window for one profile; ``DoctorPanel(admin, parent).show()`` runs it."""

    def __init__(self, admin: AdminService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin = admin
        self.report: DoctorReport | None = None
        self.cards: list[CheckCard] = []
        self._task = TaskSlot("doctor panel")
        self._started = False
        self._closing = False
        self.setObjectName("doctorPanel")
        self.setWindowTitle(
            translate("DoctorPanel", "Deployment doctor — {shop}").format(shop=admin.profile.name)
        )
        theme.style(self, PANEL_QSS)
        self.resize(860, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        add_close_keys(self)  # Escape, Ctrl+W
        self.banner = Banner("info", self)
        self.banner.close_button.hide()
        layout.addWidget(self.banner)
        self.progress = ProgressBox()
        self.progress.cancelRequested.connect(self.cancel)
        layout.addWidget(self.progress)
        layout.addWidget(self._build_checks(), 1)
        foot = QLabel(
            translate(
                "DoctorPanel",
                "These checks only read, or send requests the "
                "servers must refuse; nothing is created or changed.",
            ),
            objectName="footNote",
        )
        foot.setWordWrap(True)
        layout.addWidget(foot)

    @property
    def busy(self) -> bool:
        return self._task.running

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(
            QLabel(translate("DoctorPanel", "Deployment doctor"), objectName="panelTitle")
        )
        profile = self.admin.profile
        subtitle = QLabel(
            f"{profile.name}  ·  {profile.medusa_url}  ·  {profile.payload_url}",
            objectName="panelSubtitle",
        )
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(subtitle)
        row.addLayout(titles, 1)
        self.rerun_button = primary_button(translate("DoctorPanel", "Re-run"), "rerunButton")
        self.rerun_button.setToolTip(
            translate("DoctorPanel", "Run every check again; Tab goes on to each check's card")
        )
        self.rerun_button.clicked.connect(self.run)
        row.addWidget(self.rerun_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_checks(self) -> QScrollArea:
        self.checks_body = QWidget(objectName="checksBody")
        self.checks_layout = QVBoxLayout(self.checks_body)
        self.checks_layout.setContentsMargins(0, 0, 4, 0)
        self.checks_layout.setSpacing(8)
        self.checks_layout.addStretch(1)
        area = QScrollArea(objectName="checksArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards take focus (and scroll in view)
        area.setWidget(self.checks_body)
        return area

    # ------------------------------------------------------------------ run
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._closing = False
        if self._started:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop yet (a script or a test): run() starts it later
        self.run()

    def run(self) -> None:
        if self._task.running:
            return
        self._started = True
        self.rerun_button.setEnabled(False)
        self.progress.busy(
            translate("DoctorPanel", "Checking"),
            translate("DoctorPanel", "Probing both servers (read-only)…"),
        )
        self._task.start(self._run(), on_error=self._crashed)

    async def _run(self) -> None:
        try:
            report = await self.admin.doctor()
            if not self._closing:
                self.show_report(report)
        finally:
            if not self._closing:
                self.rerun_button.setEnabled(True)
                self.progress.finish()

    def cancel(self) -> None:
        self._task.cancel()

    def _crashed(self, exc: BaseException) -> None:
        if self._closing:
            return
        self.banner.show_message(
            translate("DoctorPanel", "The doctor could not run"),
            f"{type(exc).__name__}: {exc}",
            kind="error",
        )

    def show_report(self, report: DoctorReport) -> None:
        self.report = report
        for card in self.cards:
            self.checks_layout.removeWidget(card)
            card.deleteLater()
        # What needs attention first; otherwise the order the checks ran in.
        rank = {Status.FAIL: 0, Status.WARN: 1}
        ordered = sorted(report.checks, key=lambda c: rank.get(c.status, 2))
        self.cards = [CheckCard(check) for check in ordered]
        for n, card in enumerate(self.cards):
            self.checks_layout.insertWidget(n, card)
        kind, title, text = verdict(report)
        self.banner.show_message(title, text, kind=kind, closable=False)

    def card(self, check_id: str) -> CheckCard:
        return next(c for c in self.cards if c.check.id == check_id)

    # ---------------------------------------------------------------- close
    def done(self, result: int) -> None:
        self._closing = True
        self._task.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._task.cancel()
        super().closeEvent(event)
