"""The Sync panel: trigger Medusa's Payload sync, watch it, verify, repair, see past runs.

Every server call goes through ``AdminService`` and runs as one cancellable
task on the qasync loop (``TaskSlot``), so the window never blocks. Repairs stay
within each side's rules: the app writes ``metadata.payload_id`` in Medusa and
presses the sync route; Payload docs to delete are only listed for an admin.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.admin.history import SyncRun
from desktop_app.admin.repairs import RepairOutcome
from desktop_app.admin.verify import SUPPORTED_COLLECTIONS, VerifyReport
from desktop_app.admin.watch import Outcome, Progress, WatchOptions, WatchResult
from desktop_app.api.errors import ApiError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number
from desktop_app.services.admin import (
    AdminService,
    HistoryUnavailable,
    ShopUnavailable,
    export_report,
    orphan_list,
)
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store.fields import SERVERS
from desktop_app.ui import theme
from desktop_app.ui.admin.badges import OUTCOME_COLORS, ValueBadgeDelegate
from desktop_app.ui.admin.history_model import Col as HistoryCol
from desktop_app.ui.admin.history_model import HistoryModel, agreement_text
from desktop_app.ui.admin.panel_style import PANEL_QSS, primary_button
from desktop_app.ui.admin.progress_box import ProgressBox
from desktop_app.ui.admin.report_view import ReportView
from desktop_app.ui.admin.tables import read_only_table
from desktop_app.ui.banner import Banner
from desktop_app.ui.server_gate import ServerGate
from desktop_app.ui.tasks import TaskSlot
from desktop_app.ui.window_keys import add_close_keys

SHOWN_IDS = 12  # missing products named in the banner; the report lists them all
HISTORY_LIMIT = 50
EXPORT_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("SyncPanel", "CSV files (*.csv)"),
    "json": QT_TRANSLATE_NOOP("SyncPanel", "JSON files (*.json)"),
}


def _ids_text(ids: list[str]) -> str:
    text = ", ".join(ids[:SHOWN_IDS])
    if len(ids) <= SHOWN_IDS:
        return text
    return translate("SyncPanel", "{names} and %Ln more", None, len(ids) - SHOWN_IDS).format(
        names=text
    )


def _titled(result: WatchResult, ids: list[str]) -> list[str]:
    """Products by title where the final check knows it (merchants know titles), else id."""
    titles = (
        {f.medusa_id: f.title for f in result.report.findings if f.medusa_id and f.title}
        if result.report
        else {}
    )
    return [titles.get(i) or i for i in ids]


def repair_text(outcome: RepairOutcome) -> tuple[str, str]:
    """Banner kind and message for a payload_id repair."""
    parts = [
        translate(
            "SyncPanel",
            "metadata.payload_id corrected for %Ln product(s)",
            None,
            len(outcome.applied),
        )
    ]
    if outcome.skipped:
        parts.append(
            translate(
                "SyncPanel", "%Ln skipped (changed since the check)", None, len(outcome.skipped)
            )
        )
    if outcome.failed:
        first = outcome.failed[0][1]
        parts.append(
            translate("SyncPanel", "%Ln failed: {error}", None, len(outcome.failed)).format(
                error=first
            )
        )
    text = translate("SyncReport", "; ", "between the items of a list").join(parts) + "."
    if outcome.sync_message:
        text += " " + translate("SyncPanel", "The sync was pressed to recreate the missing docs.")
    return ("error" if outcome.failed else "info"), text


def watch_text(result: WatchResult) -> tuple[str, str, str]:
    """Banner kind, title and message for a finished watch."""
    if result.outcome is Outcome.FAILED:
        return (
            "error",
            translate("SyncPanel", "Sync failed"),
            result.error or translate("SyncPanel", "The server reported an error."),
        )
    finished = translate("SyncPanel", "Sync finished")
    if result.outcome is Outcome.AGREED:
        report = result.report
        if report is not None and not report.ok:
            # Lead with what is left to fix, not with "all agree" above a list of problems.
            return (
                "warning",
                finished,
                report.summary()
                + " "
                + translate(
                    "SyncPanel", "Every product has its Payload document; see the report below."
                ),
            )
        info = len(report.information) if report is not None else 0
        note = (
            " "
            + translate(
                "SyncPanel",
                "%Ln difference below is for information only.|%Ln "
                "differences below are for information only.",
                None,
                info,
            )
            if info
            else ""
        )
        return "info", finished, result.summary() + note
    missing = len(result.missing_ids)
    text = translate(
        "SyncPanel",
        "%Ln product(s) still missing in Payload, {wrong} with a wrong payload_id.",
        None,
        missing,
    ).format(wrong=format_number(len(result.unlinked_ids)))
    if result.missing_ids:
        text += " " + translate("SyncPanel", "Still missing: {names}.").format(
            names=_ids_text(_titled(result, result.missing_ids))
        )
    title = (
        translate("SyncPanel", "Sync stalled")
        if result.outcome is Outcome.STALLED
        else translate("SyncPanel", "Sync timed out")
    )
    return "warning", title, text


class SyncPanel(QDialog):
    """Non-modal window for one profile; ``SyncPanel(admin, parent).show()``."""

    # A triggered sync ended: "Sync", ok, what came of it, seconds (desktop notifications)
    taskEnded = Signal(str, bool, str, float)

    def __init__(
        self,
        admin: AdminService,
        parent: QWidget | None = None,
        *,
        watch_options: WatchOptions | None = None,
        catalog: OfflineCatalog | None = None,
    ) -> None:
        """``catalog``: the shop's, whose connectivity turns the server buttons off."""
        super().__init__(parent)
        self.admin = admin
        self._busy = False
        self.watch_options = watch_options or WatchOptions()
        self.last_result: WatchResult | None = None
        self.last_progress: Progress | None = None
        self.last_repair: RepairOutcome | None = None
        self._work = TaskSlot("sync panel")
        self._closing = False
        self._confirm: QMessageBox | None = None
        self._export_dialog: QFileDialog | None = None
        self.setObjectName("syncPanel")
        self.setWindowTitle(
            translate("SyncPanel", "Payload sync — {shop}").format(shop=admin.profile.name)
        )
        theme.style(self, PANEL_QSS)
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        self.gate = ServerGate(catalog, self) if catalog is not None else None
        if self.gate is not None:  # both need both servers: off while one is offline
            for button in (self.verify_button, self.trigger_button):
                self.gate.guard(button, SERVERS, button.toolTip(), lambda: not self._busy)
        add_close_keys(self)
        self.banner = Banner("info", self)
        layout.addWidget(self.banner)
        self.progress = ProgressBox()
        self.progress.cancelRequested.connect(self.cancel)
        layout.addWidget(self.progress)
        layout.addWidget(self._build_tabs(), 1)
        self.refresh_history()
        self._set_busy(False)

    @property
    def report(self) -> VerifyReport | None:
        return self.report_view.report

    @property
    def busy(self) -> bool:
        return self._work.running

    # ---------------------------------------------------------------- build
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(
            QLabel(translate("SyncPanel", "Medusa → Payload sync"), objectName="panelTitle")
        )
        profile = self.admin.profile
        subtitle = QLabel(
            f"{profile.name}  ·  {profile.medusa_url}  →  {profile.payload_url}",
            objectName="panelSubtitle",
        )
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(subtitle)
        row.addLayout(titles, 1)
        collection = QLabel(translate("SyncPanel", "Collection"))
        row.addWidget(collection)
        self.collection_combo = QComboBox(objectName="collectionCombo")
        collection.setBuddy(self.collection_combo)
        self.collection_combo.setToolTip(
            translate("SyncPanel", "The Payload collection Medusa's products sync into")
        )
        self.collection_combo.addItems(list(SUPPORTED_COLLECTIONS))
        self.verify_button = QPushButton(
            translate("SyncPanel", "Verify"), objectName="verifyButton"
        )
        self.verify_button.setToolTip(
            translate("SyncPanel", "Compare both servers product by product (read only)")
        )
        self.verify_button.clicked.connect(self.verify)
        self.trigger_button = primary_button(
            translate("SyncPanel", "Trigger sync"), "triggerButton"
        )
        self.trigger_button.setToolTip(
            translate(
                "SyncPanel", "{request}, then watch both servers until they agree or progress stops"
            ).format(request="POST /admin/payload/sync/{collection}")
        )
        self.trigger_button.clicked.connect(self.trigger_sync)
        for widget in (self.collection_combo, self.verify_button, self.trigger_button):
            row.addWidget(widget)
        return row

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(objectName="syncTabs")
        self.tabs.setDocumentMode(True)
        self.report_view = ReportView()
        self.report_view.fixRequested.connect(self.confirm_fix)
        self.report_view.resyncRequested.connect(self.trigger_sync)
        self.report_view.copyOrphansRequested.connect(self.copy_orphans)
        self.report_view.exportRequested.connect(self.ask_export)
        self.tabs.addTab(self.report_view, translate("SyncPanel", "Verification report"))
        self.tabs.addTab(self._build_history(), translate("SyncPanel", "Run history"))
        return self.tabs

    def _build_history(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        self.history_model = HistoryModel(self)
        # Before and After whole for a shop of thousands, in the interface's language.
        sample = agreement_text({"in_agreement": 8888, "medusa": 8888, "missing": 88})
        counts_width = max(215, self.fontMetrics().horizontalAdvance(sample) + 2 * 12 + 8)
        self.history_table = read_only_table(
            "historyTable",
            self.history_model,
            {
                HistoryCol.STARTED: 170,
                HistoryCol.TOOK: 90,
                HistoryCol.COLLECTION: 100,
                HistoryCol.OUTCOME: 110,
                HistoryCol.BEFORE: counts_width,
                HistoryCol.AFTER: counts_width,
            },
            HistoryCol.MESSAGE,
        )
        self.history_table.setAccessibleName(translate("SyncPanel", "Run history"))
        self.history_table.setAccessibleDescription(
            translate(
                "SyncPanel",
                "Each sync run, newest first: when, how long, the collection, the outcome, "
                "the counts before and after",
            )
        )
        self.history_table.setItemDelegateForColumn(
            HistoryCol.OUTCOME, ValueBadgeDelegate(OUTCOME_COLORS, self.history_table)
        )
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                translate(
                    "SyncPanel", "Every trigger from this app or the command line, newest first."
                ),
                objectName="sectionHint",
            ),
            1,
        )
        refresh = QPushButton(translate("SyncPanel", "Refresh"), objectName="historyRefresh")
        refresh.setToolTip(translate("SyncPanel", "Read the run history again"))
        refresh.clicked.connect(self.refresh_history)
        row.addWidget(refresh)
        layout.addLayout(row)
        layout.addWidget(self.history_table, 1)
        return page

    # ---------------------------------------------------------------- state
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.collection_combo.setEnabled(not busy)
        if self.gate is not None:
            self.gate.refresh()  # Verify and Trigger sync
        else:
            for button in (self.verify_button, self.trigger_button):
                button.setEnabled(not busy)
        self.report_view.set_busy(busy)
        if not busy:
            self.progress.finish()

    def _start(self, title: str, details: str, coro: Coroutine[Any, Any, None]) -> None:
        if self._work.running:
            coro.close()  # one job at a time; the buttons are disabled meanwhile anyway
            return
        self.progress.busy(title, details)
        self._set_busy(True)
        self._work.start(coro, on_error=self._crashed)

    def _crashed(self, exc: BaseException) -> None:
        if not self._closing:
            self._set_busy(False)
            self.banner.show_message(
                translate("SyncPanel", "Unexpected error"),
                f"{type(exc).__name__}: {exc}",
                kind="error",
            )

    def _failed(self, exc: Exception) -> None:
        if self._closing:
            return
        if isinstance(exc, ShopUnavailable):
            self.banner.show_message(
                translate("SyncPanel", "Cannot connect"),
                translate("SyncPanel", "{problem} Open Settings to fix it.").format(problem=exc),
                kind="error",
            )
        else:
            self.banner.show_message(translate("SyncPanel", "Server error"), str(exc), kind="error")

    @property
    def collection(self) -> str:
        return self.collection_combo.currentText()

    # --------------------------------------------------------------- verify
    def verify(self) -> None:
        self.banner.hide()
        self._start(
            translate("SyncPanel", "Verifying"),
            translate("SyncPanel", "Comparing every product of Medusa and Payload…"),
            self._run_verify(),
        )

    async def _run_verify(self) -> None:
        try:
            report = await self.admin.verify(self.collection)
        except (ApiError, ShopUnavailable) as exc:
            self._failed(exc)
        else:
            self.show_report(report)
        finally:
            if not self._closing:
                self._set_busy(False)

    def show_report(self, report: VerifyReport) -> None:
        if not self._closing:
            self.report_view.set_report(report)
            self.tabs.setCurrentWidget(self.report_view)

    # -------------------------------------------------------- trigger/watch
    def trigger_sync(self) -> None:
        self.banner.hide()
        self._start(
            translate("SyncPanel", "Triggering"),
            translate("SyncPanel", "Pressing Medusa's sync route and reading both servers…"),
            self._run_watch(),
        )

    async def _run_watch(self) -> None:
        started = time.monotonic()
        try:
            result = await self.admin.watch(
                self.collection, options=self.watch_options, on_progress=self.show_progress
            )
        except asyncio.CancelledError:
            if not self._closing:
                self.banner.show_message(
                    translate("SyncPanel", "Cancelled"),
                    translate(
                        "SyncPanel",
                        "Stopped watching; a sync already started keeps running in Medusa.",
                    ),
                    kind="warning",
                )
            raise
        except ShopUnavailable as exc:
            self._failed(exc)
            self.taskEnded.emit("Sync", False, str(exc), time.monotonic() - started)
        else:
            self.last_result = result
            kind, title, text = watch_text(result)
            self.taskEnded.emit(
                "Sync",
                kind != "error",
                translate("SyncPanel", "{title}: {text}").format(title=title, text=text),
                time.monotonic() - started,
            )
            if not self._closing:
                self.banner.show_message(title, text, kind=kind)
            if result.report is not None:
                self.show_report(result.report)
        finally:
            if not self._closing:
                self._set_busy(False)
                self.refresh_history()

    def show_progress(self, progress: Progress) -> None:
        self.last_progress = progress
        if not self._closing:
            self.progress.show_progress(progress)

    def cancel(self) -> None:
        self._work.cancel()

    # -------------------------------------------------------------- repairs
    def confirm_fix(self, medusa_ids: list[str] | None) -> QMessageBox | None:
        """Ask before writing to Medusa; ``None`` means every fixable row."""
        ids = self.report_view.fixable_ids() if medusa_ids is None else list(medusa_ids)
        if not ids or self.busy:
            return None
        question = translate(
            "SyncPanel", "Correct metadata.payload_id in Medusa for %Ln product(s)?", None, len(ids)
        )
        safety = translate(
            "SyncPanel",
            "Each product is read again first and skipped if it "
            "changed since the check. Payload is not changed.",
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SyncPanel", "Fix payload_id"),
            f"{question}\n\n{_ids_text(ids)}\n\n{safety}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmFix")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # buttonClicked, not accepted: QMessageBox finishes with the button's code.
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Yes
                and self.fix_payload_ids(ids)
            )
        )
        self._confirm = box
        box.open()  # non-blocking: no nested event loop
        return box

    def fix_payload_ids(self, medusa_ids: list[str]) -> None:
        report = self.report
        if report is None:
            return
        self.banner.hide()
        self._start(
            translate("SyncPanel", "Repairing"),
            translate(
                "SyncPanel",
                "Writing metadata.payload_id for %Ln product(s)…",
                None,
                len(medusa_ids),
            ),
            self._run_fix(report, medusa_ids),
        )

    async def _run_fix(self, report: VerifyReport, medusa_ids: list[str]) -> None:
        try:
            outcome = await self.admin.fix_payload_ids(report, set(medusa_ids))
            self.last_repair = outcome
            if not self._closing:
                kind, text = repair_text(outcome)
                self.banner.show_message(translate("SyncPanel", "Repair"), text, kind=kind)
                self.progress.busy(
                    translate("SyncPanel", "Verifying"),
                    translate("SyncPanel", "Checking the result…"),
                )
            self.show_report(await self.admin.verify(self.collection))
        except (ApiError, ShopUnavailable) as exc:
            self._failed(exc)
        finally:
            if not self._closing:
                self._set_busy(False)

    def copy_orphans(self) -> list[str]:
        lines = orphan_list(self.report) if self.report else []
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines))
            self.banner.show_message(
                translate("SyncPanel", "Copied"),
                translate(
                    "SyncPanel",
                    "%Ln Payload doc for a Payload admin to delete is on the "
                    "clipboard. This app never deletes Payload products.|%Ln Payload docs "
                    "for a Payload admin to delete are on the clipboard. This app never "
                    "deletes Payload products.",
                    None,
                    len(lines),
                ),
                kind="info",
            )
        return lines

    # --------------------------------------------------------------- export
    def ask_export(self, fmt: str) -> QFileDialog | None:
        if self.report is None:
            return None
        dialog = QFileDialog(
            self,
            translate("SyncPanel", "Export the verification report as {format}").format(
                format=fmt.upper()
            ),
        )
        dialog.setObjectName("exportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("SyncPanel", EXPORT_FILTERS[fmt]))
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(f"sync-report-{self.admin.profile.name}-{date.today()}.{fmt}")
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        self._export_dialog = dialog
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks
        return dialog

    def export_to(self, path: str | Path, fmt: str) -> bool:
        if self.report is None:
            return False
        try:
            written = export_report(self.report, path, fmt)
        except (OSError, ValueError) as exc:
            self.banner.show_message(
                translate("SyncPanel", "Export failed"), str(exc), kind="error"
            )
            return False
        self.banner.show_message(
            translate("SyncPanel", "Exported"),
            translate(
                "SyncPanel", "%Ln finding(s) written to {path}.", None, len(self.report.findings)
            ).format(path=written),
            kind="info",
        )
        return True

    # -------------------------------------------------------------- history
    def refresh_history(self) -> list[SyncRun]:
        try:
            runs = self.admin.history(HISTORY_LIMIT)
        except HistoryUnavailable as exc:
            self.banner.show_message(translate("SyncPanel", "History"), str(exc), kind="warning")
            return []
        self.history_model.set_runs(runs)
        return runs

    # ---------------------------------------------------------------- close
    def showEvent(self, event: QShowEvent) -> None:
        self._closing = False  # shown again after a close
        super().showEvent(event)

    def done(self, result: int) -> None:
        self._closing = True
        self._work.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._work.cancel()
        super().closeEvent(event)
