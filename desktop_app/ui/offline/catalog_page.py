"""The product list over the profile's local store: the main window's body.

``StoreListModel`` pages rows out of SQLite (search, filters and sort run in SQL),
so the list is the same with or without a network. Double-click opens the
commerce editor (or the conflict dialog for a row that needs a decision); the
"Pending changes" view, pull, push and connectivity monitoring hang off the
same ``OfflineCatalog``. The host window places ``pending`` and the status
signals where it wants them. Network work runs as tasks on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exchange.pull import PullProgress, PullReport
from desktop_app.exchange.push import PushProgress
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import SearchQuery, SearchRow
from desktop_app.store.search import SYNC_STATES
from desktop_app.text import plural
from desktop_app.ui.badges import BadgeDelegate
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.badges import SyncBadgeDelegate
from desktop_app.ui.offline.commerce_editor import CommerceEditor
from desktop_app.ui.offline.conflict_dialog import ConflictDialog
from desktop_app.ui.offline.list_model import Col, StoreListModel, sync_label
from desktop_app.ui.offline.no_results import NoResults, is_narrowed
from desktop_app.ui.offline.pending_view import PendingView
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.validation import STATUSES
from desktop_app.ui.steady_width import keep_width
from desktop_app.ui.style import icon
from desktop_app.ui.tasks import TaskSlot

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150  # SQL search is ~ms: a short debounce just spares keystrokes
MONITOR_INTERVAL = 30.0
COLUMN_WIDTHS = ((Col.HANDLE, 200), (Col.STATUS, 110), (Col.VARIANTS, 80), (Col.SKUS, 210),
                 (Col.UPDATED, 160), (Col.SYNC, 120))


class CatalogPage(QWidget):
    activity = Signal(str)  # what runs now ("" when idle)
    message = Signal(str, int)  # a transient status-bar message and its timeout
    pulled = Signal(object)  # PullReport
    countsChanged = Signal()

    def __init__(self, catalog: OfflineCatalog, parent: QWidget | None = None, *,
                 close_catalog: bool = True) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._close_catalog = close_catalog
        self._pull = TaskSlot("pull")
        self._push = TaskSlot("push")
        self._override = TaskSlot("override lock")
        self._close = TaskSlot("close")
        self.editors: dict[str, CommerceEditor] = {}
        self.conflicts: dict[str, ConflictDialog] = {}
        self.setObjectName("catalogPage")
        self._build()
        self.pending = PendingView(catalog, self.push if self.online_capable else None)
        self.pending.resolveRequested.connect(self.open_conflicts)
        self.pending.overrideRequested.connect(self.override_lock)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._update_summary()

    @property
    def online_capable(self) -> bool:
        return self.catalog.shop is not None

    @property
    def busy(self) -> bool:
        return self._pull.running or self._push.running

    @property
    def pulling(self) -> bool:
        return self._pull.running

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._build_filters())
        # The table, or what says that the search or filters matched nothing.
        self.body = QStackedWidget()
        self.body.addWidget(self._build_table())
        self.no_results = NoResults()
        self.no_results.clearRequested.connect(self.clear_filters)
        self.body.addWidget(self.no_results)
        layout.addWidget(self.body, 1)

    def _build_filters(self) -> QHBoxLayout:
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
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As wide as its longest count from the start: the search box keeps its width.
        keep_width(self.summary_label, "Showing 8,888,888 of 8,888,888")
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.sync_combo)
        filters.addStretch(1)
        filters.addWidget(self.summary_label)
        return filters

    def _build_table(self) -> QTableView:
        self.model = StoreListModel(self.catalog, self)
        table = self.table = QTableView(objectName="productTable")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(Col.TITLE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        # Fixed row heights: the view never asks every row for its size hint.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setItemDelegateForColumn(Col.STATUS, BadgeDelegate("status", table))
        table.setItemDelegateForColumn(Col.SYNC, SyncBadgeDelegate(table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS:
            header.resizeSection(col, width)
        table.doubleClicked.connect(self.open_index)
        return table

    # ------------------------------------------------------------- filtering
    def apply_filter(self) -> None:
        self._search_timer.stop()
        q = self.model.query
        statuses = (s,) if (s := self.status_combo.currentData()) else ()
        states = (s,) if (s := self.sync_combo.currentData()) else ()
        self.model.set_query(SearchQuery(self.search_edit.text().strip(), statuses, states,
                                         q.sort, q.descending))
        self._update_summary()

    def clear_filters(self) -> None:
        for combo in (self.status_combo, self.sync_combo):
            combo.blockSignals(True)  # one query below, not one per box
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.clear()
        self.apply_filter()
        self.search_edit.setFocus()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.total_count()
        self.summary_label.setText(f"Showing {shown:,} of {total:,}" if shown != total
                                   else f"{total:,} shown")
        nothing = shown == 0 and is_narrowed(self.model.query)
        if nothing:
            self.no_results.show_query(self.model.query)
        self.body.setCurrentWidget(self.no_results if nothing else self.table)
        self.countsChanged.emit()

    def total_count(self) -> int:
        return self.catalog.count(SearchQuery())

    def waiting_and_attention(self) -> tuple[int, int]:
        counts = self.catalog.outbox_counts()
        waiting = sum(counts.get(s, 0) for s in ("queued", "sending", "locked"))
        return waiting, counts.get("conflict", 0) + counts.get("failed", 0)

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox or changes.rows_reset or changes.product_ids:
            self._update_summary()

    # ------------------------------------------------------------- selection
    def current_row(self) -> SearchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = (self.model.row_at(r) for r in rows)
        return [row.product_id for row in found if row is not None]

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
        self.message.emit("Saved locally; pushing…" if self.online_capable
                          else "Saved locally.", 4000)
        if self.online_capable:
            self.push()

    # ----------------------------------------------------------------- network
    def start(self) -> None:
        """Pull what changed, then keep probing (and auto-pushing) in the background."""
        if not self.online_capable:
            self.activity.emit("Working from the local store only")
            return
        self.pull()
        try:
            self.catalog.start_monitoring(MONITOR_INTERVAL)
        except RuntimeError:
            log.exception("monitoring could not start")

    def pull(self) -> None:
        if not self.online_capable:
            return
        self._pull.start(self._run_pull(), on_error=self._failed)
        self.activity.emit("Pulling…")

    async def _run_pull(self) -> None:
        def progress(p: PullProgress) -> None:
            self.activity.emit(p.message)

        report: PullReport = await self.catalog.pull(progress)
        self.activity.emit("" if report.ok else "Offline: showing the local copy")
        self.pulled.emit(report)

    def push(self) -> None:
        if not self.online_capable or self._push.running:
            return
        self._push.start(self._run_push(), on_error=self._failed)
        self.activity.emit("Pushing…")

    async def _run_push(self) -> None:
        def progress(p: PushProgress) -> None:
            self.activity.emit(p.message)

        report = await self.catalog.push(progress)
        self.activity.emit("")
        bits = [f"{report.sent} sent"]
        for n, one, many in ((report.conflicts, "{n} conflict", "{n} conflicts"),
                             (report.failed, "{n} rejected", "{n} rejected"),
                             (report.locked, "{n} locked in Payload", "{n} locked in Payload"),
                             (report.deferred, "{n} kept for later", "{n} kept for later")):
            if n:
                bits.append(plural(n, one, many))
        self.message.emit("Push: " + ", ".join(bits), 6000)

    def override_lock(self, product_id: str) -> None:
        """Re-send a product's 423-locked edits, breaking the Payload editor's lock."""
        if not self.online_capable:
            return
        self.activity.emit("Overriding the lock…")
        self._override.start(self._run_override(product_id), on_error=self._failed)

    async def _run_override(self, product_id: str) -> None:
        await self.catalog.push_product(product_id, override_lock=True)
        left = [e for e in self.catalog.outbox() if e.product_id == product_id]
        self.activity.emit("")
        self.message.emit("Lock overridden; the change was sent." if not left else
                          f"Still pending: {left[0].message or left[0].state}", 6000)

    def _failed(self, exc: BaseException) -> None:
        self.activity.emit("")
        self.message.emit(f"{type(exc).__name__}: {exc}", 8000)

    # ------------------------------------------------------------------ close
    def shut_down(self) -> asyncio.Task[object] | None:
        """Close dialogs, stop listening and (once its tasks end) close the catalog."""
        slots = (self._pull, self._push, self._override)
        tasks = [s.task for s in slots if s.task is not None]
        for slot in slots:
            slot.cancel()
        for dialog in (*self.editors.values(), *self.conflicts.values()):
            dialog.reject()
        for part in (self.model, self.pending):
            part.detach()
        self._unsubscribe()
        if not self._close_catalog:
            return None
        self.catalog.begin_close()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # closed after the loop ended (a test's teardown): no tasks
            self.catalog.close_now()
            return None
        return self._close.start(self._shutdown(tasks))

    async def _shutdown(self, tasks: list[asyncio.Task[object]]) -> None:
        # A cancelled push still records its run in the store: let it finish first.
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.catalog.aclose()
