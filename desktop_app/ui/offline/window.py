"""The "Offline catalog" window: the local store, editable without a network.

Lists the profile's SQLite store through ``StoreListModel`` (search, filters and
sort run in SQL), opens the commerce editor on double-click, shows the outbox in
a "Pending changes" dock and each server's reachability in the status bar.
Pull runs at start and on Refresh; monitoring probes the servers and pushes the
outbox when one comes back. Network work runs as tasks on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import SearchQuery
from desktop_app.store.search import SYNC_STATES
from desktop_app.sync.pull import PullProgress
from desktop_app.sync.push import PushProgress
from desktop_app.ui.badges import BadgeDelegate
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.badges import SyncBadgeDelegate
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.conflict_dialog import ConflictDialog
from desktop_app.ui.offline.connectivity_indicator import ConnectivityIndicator
from desktop_app.ui.offline.list_model import SORT_KEYS, Col, StoreListModel, sync_label
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.validation import STATUSES
from desktop_app.ui.style import icon
from desktop_app.ui.tasks import TaskSlot

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150  # SQL search is ~ms: a short debounce just spares keystrokes
MONITOR_INTERVAL = 30.0


class OfflineWindow(QMainWindow):
    def __init__(self, catalog: OfflineCatalog, title: str = "Offline catalog",
                 parent: QWidget | None = None, *, close_catalog: bool = True) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._close_catalog = close_catalog
        self._pull = TaskSlot("offline pull")
        self._push = TaskSlot("offline push")
        self._close = TaskSlot("offline close")
        self.editors: dict[str, CommerceEditor] = {}
        self.conflicts: dict[str, ConflictDialog] = {}
        self.setObjectName("offlineWindow")
        self.setWindowTitle(title)
        self.resize(1240, 760)
        self._build_toolbar()
        self._build_body()
        self._build_pending()
        self._build_status_bar()
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._update_counts()

    @property
    def online_capable(self) -> bool:
        return self.catalog.shop is not None

    # ---------------------------------------------------------------- build
    def _build_toolbar(self) -> None:
        bar = QToolBar("Offline", self, objectName="mainToolbar")
        bar.setMovable(False)
        # The shared stylesheet has no disabled look for tool buttons (no shop: no sync).
        bar.setStyleSheet("QToolButton:disabled { color: #a0a7b4; }")
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pull_action = QAction(icon("refresh"), "Refresh", self)
        self.pull_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.pull_action.setToolTip("Pull what changed on Medusa and Payload (F5)")
        self.pull_action.triggered.connect(self.pull)
        self.push_action = QAction("Push now", self)
        self.push_action.setToolTip("Send the pending changes to the servers")
        self.push_action.triggered.connect(self.push)
        self.pending_action = QAction("Pending changes", self, checkable=True)
        self.pending_action.setToolTip("Show the edits waiting to be pushed")
        for action in (self.pull_action, self.push_action, self.pending_action):
            bar.addAction(action)
        self.pull_action.setEnabled(self.online_capable)
        self.push_action.setEnabled(self.online_capable)
        self.addToolBar(bar)

    def _build_body(self) -> None:
        body = QWidget(objectName="body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText("Search title, handle, SKU, description or ID…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_combo = QComboBox(objectName="statusCombo")
        self.status_combo.addItem("All statuses", None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.sync_combo = QComboBox(objectName="syncCombo")
        self.sync_combo.addItem("Any sync state", None)
        for state in SYNC_STATES:
            self.sync_combo.addItem(sync_label(state), state)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.sync_combo.currentIndexChanged.connect(self.apply_filter)
        self.summary_label = QLabel(objectName="summaryLabel")
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.sync_combo)
        filters.addStretch(1)
        filters.addWidget(self.summary_label)
        layout.addLayout(filters)

        self.model = StoreListModel(self.catalog, self)
        self.table = QTableView(objectName="productTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Col.TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        # Fixed row heights: the view never asks every row for its size hint.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(Col.STATUS, BadgeDelegate("status", self.table))
        self.table.setItemDelegateForColumn(Col.SYNC, SyncBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Col.HANDLE, 200), (Col.STATUS, 110), (Col.VARIANTS, 80),
                           (Col.SKUS, 210), (Col.UPDATED, 160), (Col.SYNC, 120)):
            header.resizeSection(col, width)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(self.open_index)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)

    def _build_pending(self) -> None:
        self.pending = PendingView(self.catalog, self.push if self.online_capable else None)
        self.pending.resolveRequested.connect(self.open_conflicts)
        self.pending_dock = QDockWidget("Pending changes", self, objectName="pendingDock")
        self.pending_dock.setWidget(self.pending)
        self.pending_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.pending_dock)
        self.pending_dock.hide()
        self.pending_action.toggled.connect(self.pending_dock.setVisible)
        self.pending_dock.visibilityChanged.connect(self.pending_action.setChecked)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.counts_label = QLabel(objectName="countsLabel")
        self.activity_label = QLabel(objectName="activityLabel")
        self.connectivity = ConnectivityIndicator(self.catalog)
        bar.addWidget(self.counts_label, 1)
        bar.addPermanentWidget(self.activity_label)
        bar.addPermanentWidget(self.connectivity)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        # SKUs, Variants and Sync have no sort index: put the arrow back where the order is.
        if column not in SORT_KEYS:
            header = self.table.horizontalHeader()
            order = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                     else Qt.SortOrder.AscendingOrder)
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)

    # ------------------------------------------------------------- filtering
    def apply_filter(self) -> None:
        self._search_timer.stop()
        q = self.model.query
        statuses = (s,) if (s := self.status_combo.currentData()) else ()
        states = (s,) if (s := self.sync_combo.currentData()) else ()
        self.model.set_query(SearchQuery(self.search_edit.text().strip(), statuses, states,
                                         q.sort, q.descending))
        self._update_counts()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        counts = self.catalog.outbox_counts()
        waiting = sum(counts.get(s, 0) for s in ("queued", "sending", "locked"))
        attention = counts.get("conflict", 0) + counts.get("failed", 0)
        self.summary_label.setText(f"{shown:,} shown")
        parts = [f"{self.catalog.count(SearchQuery()):,} products in the local store"]
        if waiting:
            parts.append(f"{waiting} change{'s' * (waiting != 1)} waiting")
        if attention:
            parts.append(f"{attention} need{'s' * (attention == 1)} your decision")
        self.counts_label.setText("  ·  ".join(parts))
        label = "Pending changes" + (f" ({waiting + attention})" if waiting + attention else "")
        self.pending_action.setText(label)

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox or changes.rows_reset or changes.product_ids:
            self._update_counts()

    # ---------------------------------------------------------------- editors
    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        if row.sync_state in ("conflict", "failed"):
            self.open_conflicts(row.product_id)
        else:
            self.open_editor(row.product_id)

    def open_editor(self, product_id: str) -> CommerceEditor:
        editor = self.editors.get(product_id)
        if editor is None or not editor.isVisible():
            editor = CommerceEditor(self.catalog, product_id, self._saved, self)
            editor.finished.connect(lambda _r, pid=product_id: self.editors.pop(pid, None))
            self.editors[product_id] = editor
        editor.open()  # window-modal but non-blocking: the loop keeps running
        return editor

    def open_conflicts(self, product_id: str) -> ConflictDialog:
        dialog = self.conflicts.get(product_id)
        if dialog is None or not dialog.isVisible():
            dialog = ConflictDialog(self.catalog, product_id, self)
            dialog.finished.connect(lambda _r, pid=product_id: self.conflicts.pop(pid, None))
            self.conflicts[product_id] = dialog
        dialog.open()
        return dialog

    def _saved(self, product_id: str) -> None:
        self.statusBar().showMessage("Saved locally; pushing…" if self.online_capable
                                     else "Saved locally.", 4000)
        if self.online_capable:
            self.push()

    # ----------------------------------------------------------------- network
    def start(self) -> None:
        """Pull what changed, then keep probing (and auto-pushing) in the background."""
        if not self.online_capable:
            self.activity_label.setText("Working from the local store only")
            return
        self.pull()
        try:
            self.catalog.start_monitoring(MONITOR_INTERVAL)
        except RuntimeError:
            log.exception("monitoring could not start")

    def pull(self) -> None:
        if not self.online_capable:
            return
        self.activity_label.setText("Pulling…")
        self._pull.start(self._run_pull(), on_error=self._failed)

    async def _run_pull(self) -> None:
        def progress(p: PullProgress) -> None:
            self.activity_label.setText(p.message)

        report = await self.catalog.pull(progress)
        errors = [s.error for s in report.servers.values() if s.error]
        self.activity_label.setText("Offline: showing the local copy" if errors else "")
        if errors:
            self.statusBar().showMessage("; ".join(errors), 8000)

    def push(self) -> None:
        if not self.online_capable or self._push.running:
            return
        self.activity_label.setText("Pushing…")
        self._push.start(self._run_push(), on_error=self._failed)

    async def _run_push(self) -> None:
        def progress(p: PushProgress) -> None:
            self.activity_label.setText(p.message)

        report = await self.catalog.push(progress)
        self.activity_label.setText("")
        bits = [f"{report.sent} sent"]
        for n, word in ((report.conflicts, "conflict"), (report.failed, "rejected"),
                        (report.deferred, "kept for later")):
            if n:
                bits.append(f"{n} {word}")
        self.statusBar().showMessage("Push: " + ", ".join(bits), 6000)

    def _failed(self, exc: BaseException) -> None:
        self.activity_label.setText("")
        self.statusBar().showMessage(f"{type(exc).__name__}: {exc}", 8000)

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        tasks = [t for t in (self._pull.task, self._push.task) if t is not None]
        self._pull.cancel()
        self._push.cancel()
        for dialog in (*self.editors.values(), *self.conflicts.values()):
            dialog.reject()
        for part in (self.model, self.pending, self.connectivity):
            part.detach()
        self._unsubscribe()
        if self._close_catalog:
            self._close.start(self._shutdown(tasks))
        super().closeEvent(event)

    async def _shutdown(self, tasks: list[asyncio.Task[object]]) -> None:
        # A cancelled push still records its run in the store: let it finish first.
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.catalog.aclose()

    @property
    def busy(self) -> bool:
        return self._pull.running or self._push.running
