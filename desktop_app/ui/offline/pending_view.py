"""The outbox as a table: what is waiting, what the servers said, and what to do.

Push now asks the host (which owns the network task); Discard and Resolve are
local and immediate. The view refreshes on every ``Changes.outbox``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import OutboxEntry
from desktop_app.store.fields import PAYLOAD, owner
from desktop_app.text import plural
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.values import STATE_LABELS, field_label, show_value, variant_titles
from desktop_app.ui.server_gate import ServerGate

HEADERS = ("Product", "Field", "Mine", "State", "Message")
SEQ_ROLE = Qt.ItemDataRole.UserRole + 10
STATE_COLORS = {"conflict": "#8a4f00", "failed": "#a3261c", "locked": "#8a4f00"}
PUSH_TIP = "Send the waiting changes to the servers now"
OVERRIDE_TIP = ("Someone has this product open in Payload admin. Send the change anyway: "
                "their lock is removed and their unsaved edits there may be lost.")


class PendingView(QWidget):
    resolveRequested = Signal(str)  # product id with a conflict/failure to settle
    overrideRequested = Signal(str)  # product id whose Payload lock the merchant breaks

    def __init__(self, catalog: OfflineCatalog, push_now: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._push_now = push_now
        self.setObjectName("pendingView")
        self.setWindowTitle("Pending changes")
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.summary = QLabel(objectName="pendingSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(HEADERS), objectName="pendingTable")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for col, width in enumerate((220, 210, 200, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._resolve_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.push_button = QPushButton("Push now", objectName="pushNow")
        self.discard_button = QPushButton("Discard", objectName="discardButton")
        self.resolve_button = QPushButton("Resolve…", objectName="resolveButton")
        self.override_button = QPushButton("Override lock", objectName="overrideButton")
        self.override_button.clicked.connect(self._override_selected)
        self.push_button.clicked.connect(self.push_now)
        self.discard_button.clicked.connect(self.discard_selected)
        self.resolve_button.clicked.connect(self._resolve_selected)
        buttons.addWidget(self.push_button)
        buttons.addStretch(1)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)

        self._titles: dict[str, str] = {}
        self._variants: dict[str, dict[str, str]] = {}
        self._entries: list[OutboxEntry] = []
        # Push goes while one of the servers its edits are for answers; a lock is Payload's.
        self.gate = ServerGate(catalog, self)
        self.gate.guard(self.push_button, self.push_servers, PUSH_TIP,
                        lambda: self.table.rowCount() > 0 and self._push_now is not None,
                        any_server=True)
        self.gate.guard(self.override_button, (PAYLOAD,), OVERRIDE_TIP,
                        lambda: "locked" in self._selected_states() and self._push_now is not None)
        self._unsubscribe = once(catalog.subscribe(self._on_changes))
        self.refresh()

    def detach(self) -> None:
        """Stop listening to the catalog (call before the view goes away)."""
        self._unsubscribe()
        self.gate.detach()

    # -------------------------------------------------------------- content
    def refresh(self) -> None:
        entries = self._entries = self.catalog.outbox()
        selected = set(self.selected_seqs())
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (self._title(entry.product_id),
                     field_label(entry.field, self._variants.get(entry.product_id)),
                     show_value(entry.field, entry.mine), STATE_LABELS.get(entry.state,
                                                                           entry.state),
                     entry.message or "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SEQ_ROLE, entry.seq)
                item.setData(Qt.ItemDataRole.UserRole, entry.state)
                item.setToolTip(text if col != 0 else entry.product_id)
                if col == 3 and entry.state in STATE_COLORS:
                    item.setForeground(QBrush(QColor(STATE_COLORS[entry.state])))
                self.table.setItem(row, col, item)
            if entry.seq in selected:
                self.table.selectRow(row)
        counts = self.catalog.outbox_counts()
        waiting = sum(counts.get(s, 0) for s in ("queued", "sending", "locked"))
        attention = counts.get("conflict", 0) + counts.get("failed", 0)
        self.summary.setText(
            "Nothing waiting: every edit has reached the servers." if not entries else
            plural(attention, "{waiting} waiting to be pushed · {n} needs your decision",
                   "{waiting} waiting to be pushed · {n} need your decision", waiting=waiting))
        self._update_buttons()

    def _title(self, product_id: str) -> str:
        if product_id not in self._titles:
            detail = self.catalog.product(product_id)
            title = detail.value("title") if detail else None
            if not title and detail is not None:
                title = (detail.medusa or {}).get("title")
            self._titles[product_id] = str(title or product_id)
            self._variants[product_id] = variant_titles(detail.medusa if detail else None)
        return self._titles[product_id]

    def entries(self) -> list[OutboxEntry]:
        return self.catalog.outbox()

    def selected_seqs(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(SEQ_ROLE) for r in rows if self.table.item(r, 0)]

    def _selected_states(self) -> set[str]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return {self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows}

    def _update_buttons(self) -> None:
        states = self._selected_states()
        self.discard_button.setEnabled(bool(states) and "sending" not in states)
        self.resolve_button.setEnabled(bool(states & {"conflict", "failed", "locked"}))
        self.gate.refresh()  # Push now and Override lock

    def push_servers(self) -> set[str]:
        """The servers the listed edits are for."""
        servers = set()
        for entry in self._entries:
            with contextlib.suppress(ValueError):  # a field this app no longer edits
                servers.add(owner(entry.field))
        return servers

    # -------------------------------------------------------------- actions
    def push_now(self) -> None:
        if self._push_now is not None:
            self._push_now()

    def discard_selected(self) -> None:
        for seq in self.selected_seqs():
            self.catalog.discard(seq)  # notifies: refresh() runs via _on_changes

    def _resolve_selected(self) -> None:
        wanted = set(self.selected_seqs())
        for entry in self.catalog.outbox():
            if entry.seq in wanted and entry.state in ("conflict", "failed", "locked"):
                self.resolveRequested.emit(entry.product_id)
                return

    def _override_selected(self) -> None:
        wanted = set(self.selected_seqs())
        products = {e.product_id for e in self.catalog.outbox()
                    if e.seq in wanted and e.state == "locked"}
        for product_id in sorted(products):
            self.overrideRequested.emit(product_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox or changes.rows_reset:
            if changes.rows_reset:
                self._titles.clear()
            self.refresh()

