"""The outbox as a table: what is waiting, what the servers said, and what to do.

Two kinds of rows: field edits (a new title, a price) and operations (create or
delete a product, add a variant, set a stock level: ``OfflineCatalog.operations``),
the operations first, as the push sends them first. Push now asks the host (which
owns the network task); Discard, Retry and Resolve are local and immediate. The view
refreshes on every ``Changes.outbox``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush
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

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.services.offline import Changes, OfflineCatalog
from desktop_app.store import OutboxEntry
from desktop_app.store.fields import MEDUSA, PAYLOAD, owner
from desktop_app.store.operations import Operation
from desktop_app.store.taxonomy import LOCATION, Term
from desktop_app.ui import palette, theme
from desktop_app.ui.offline import operation_words
from desktop_app.ui.offline.subscriptions import once
from desktop_app.ui.offline.values import field_label, show_value, state_label, variant_titles
from desktop_app.ui.server_gate import ServerGate

HEADERS = (
    QT_TRANSLATE_NOOP("PendingView", "Product"),
    QT_TRANSLATE_NOOP("PendingView", "Change"),
    QT_TRANSLATE_NOOP("PendingView", "Mine"),
    QT_TRANSLATE_NOOP("PendingView", "State"),
    QT_TRANSLATE_NOOP("PendingView", "Message"),
)
SEQ_ROLE = Qt.ItemDataRole.UserRole + 10  # (EDIT | OPERATION, seq): two numberings
EDIT, OPERATION = "edit", "operation"
NEEDS_DECISION = ("conflict", "failed", "locked")
STATE_COLORS = {"conflict": "@warning@", "failed": "@danger@", "locked": "@warning@"}
PUSH_TIP = QT_TRANSLATE_NOOP("PendingView", "Send the waiting changes to the servers now")
OVERRIDE_TIP = QT_TRANSLATE_NOOP(
    "PendingView",
    "Someone has this product open in Payload admin. Send the change anyway: "
    "their lock is removed and their unsaved edits there may be lost.",
)


@dataclass(frozen=True)
class Row:
    """One line of the table: a field edit or an operation."""

    kind: str  # EDIT | OPERATION
    seq: int
    product_id: str
    state: str
    sent: bool = False  # an operation whose request may have reached Medusa

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.seq)


class PendingView(QWidget):
    resolveRequested = Signal(str)  # product id with a conflict/failure to settle
    overrideRequested = Signal(str)  # product id whose Payload lock the merchant breaks
    editRequested = Signal(str)  # product id whose refused operation the editor fixes

    def __init__(self, catalog: OfflineCatalog, push_now: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._push_now = push_now
        self._regions: list[Term] = []
        self.setObjectName("pendingView")
        self.setWindowTitle(translate("PendingView", "Pending changes"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.summary = QLabel(objectName="pendingSummary")
        theme.style(self.summary, "font-weight: 600;")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(HEADERS), objectName="pendingTable")
        self.table.setHorizontalHeaderLabels([translate("PendingView", h) for h in HEADERS])
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
        self.push_button = QPushButton(translate("PendingView", "Push now"), objectName="pushNow")
        self.discard_button = QPushButton(translate("PendingView", "Discard"),
                                          objectName="discardButton")
        self.retry_button = QPushButton(translate("PendingView", "Retry"), objectName="retryButton")
        self.retry_button.setToolTip(translate(
            "PendingView", "Send the selected refused operations again at the next "
            "push (after fixing what the server said)"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.resolve_button = QPushButton(translate("PendingView", "Resolve…"),
                                          objectName="resolveButton")
        self.override_button = QPushButton(translate("PendingView", "Override lock"),
                                           objectName="overrideButton")
        self.override_button.clicked.connect(self._override_selected)
        self.push_button.clicked.connect(self.push_now)
        self.discard_button.clicked.connect(self.discard_selected)
        self.resolve_button.clicked.connect(self._resolve_selected)
        buttons.addWidget(self.push_button)
        buttons.addStretch(1)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)

        self._titles: dict[str, str] = {}
        self._variants: dict[str, dict[str, str]] = {}
        self._options: dict[str, dict[str, str]] = {}
        self._records: dict[str, dict | None] = {}
        self._location_names: dict[str, str] | None = None
        self._entries: list[OutboxEntry] = []
        self._operations: list[Operation] = []
        self.rows: list[Row] = []
        # Push goes while one of the servers its edits are for answers; a lock is Payload's.
        self.gate = ServerGate(catalog, self)
        self.gate.guard(self.push_button, self.push_servers, translate("PendingView", PUSH_TIP),
                        lambda: self.table.rowCount() > 0 and self._push_now is not None,
                        any_server=True)
        self.gate.guard(self.override_button, (PAYLOAD,), translate("PendingView", OVERRIDE_TIP),
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
        self._regions = self.catalog.taxonomy("region")  # names of region prices
        operations = self._operations = self.catalog.operations()
        selected = {r.key for r in self.selected_rows()}
        lines = [*(self._operation_line(op) for op in operations),
                 *(self._edit_line(entry) for entry in entries)]
        self.rows = [row for row, _cells in lines]
        self.table.setRowCount(len(lines))
        for number, (row, cells) in enumerate(lines):
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SEQ_ROLE, row.key)
                item.setData(Qt.ItemDataRole.UserRole, row.state)
                item.setToolTip(text if col != 0 else row.product_id)
                if col == 3 and row.state in STATE_COLORS:
                    item.setForeground(QBrush(palette.qcolor(STATE_COLORS[row.state])))
                self.table.setItem(number, col, item)
            if row.key in selected:
                self.table.selectRow(number)
        counts = self.catalog.outbox_counts()
        waiting = sum(counts.get(s, 0) for s in ("queued", "sending", "locked"))
        attention = counts.get("conflict", 0) + counts.get("failed", 0)
        self.summary.setText(
            translate("PendingView", "Nothing waiting: every edit has reached the servers.")
            if not lines else
            translate("PendingView", "{waiting} waiting to be pushed · %Ln needs your "
                      "decision|{waiting} waiting to be pushed · %Ln need your decision",
                      None, attention).format(waiting=QLocale().toString(waiting)))
        self._update_buttons()

    def _edit_line(self, entry: OutboxEntry) -> tuple[Row, tuple[str, ...]]:
        cells = (self._title(entry.product_id),
                 field_label(entry.field, self._variants.get(entry.product_id)),
                 show_value(entry.field, entry.mine, self._regions),
                 state_label(entry.state),
                 entry.message or "")
        return Row(EDIT, entry.seq, entry.product_id, entry.state), cells

    def _operation_line(self, op: Operation) -> tuple[Row, tuple[str, ...]]:
        title = self._title(op.product_id)
        names = operation_words.Names(self._variants.get(op.product_id, {}),
                                      self._options.get(op.product_id, {}), self._locations())
        cells = (title, operation_words.describe(op, names),
                 operation_words.detail(op, self._records.get(op.product_id), names),
                 state_label(op.state), op.message or "")
        return Row(OPERATION, op.seq, op.product_id, op.state, op.sent), cells

    def _title(self, product_id: str) -> str:
        if product_id not in self._titles:
            detail = self.catalog.product(product_id)
            title = detail.value("title") if detail else None
            record = (detail.medusa or detail.server_medusa) if detail else None
            if not title and record is not None:
                title = record.get("title")
            self._titles[product_id] = str(title or product_id)
            # A variant or option being removed is in the server copy, not the merged one.
            server = detail.server_medusa if detail else None
            self._variants[product_id] = {**variant_titles(server), **variant_titles(record)}
            self._options[product_id] = operation_words.option_titles(server, record)
            self._records[product_id] = record
        return self._titles[product_id]

    def _locations(self) -> dict[str, str]:
        if self._location_names is None:
            self._location_names = {t.id: t.name for t in self.catalog.taxonomy(LOCATION)}
        return self._location_names

    def entries(self) -> list[OutboxEntry]:
        return self.catalog.outbox()

    def selected_rows(self) -> list[Row]:
        numbers = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[n] for n in numbers if n < len(self.rows)]

    def selected_seqs(self) -> list[int]:
        """The field edits selected (outbox seqs)."""
        return [r.seq for r in self.selected_rows() if r.kind == EDIT]

    def _selected_states(self) -> set[str]:
        return {r.state for r in self.selected_rows()}

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        # What may have reached the server cannot be taken back here.
        self.discard_button.setEnabled(bool(rows) and not any(
            r.state == "sending" or r.sent for r in rows))
        self.retry_button.setEnabled(any(
            r.kind == OPERATION and r.state in ("failed", "conflict") for r in rows))
        self.resolve_button.setEnabled(bool(self._selected_states() & set(NEEDS_DECISION)))
        self.gate.refresh()  # Push now and Override lock

    def push_servers(self) -> set[str]:
        """The servers the listed edits and operations are for."""
        servers = {MEDUSA} if self._operations else set()
        for entry in self._entries:
            with contextlib.suppress(ValueError):  # a field this app no longer edits
                servers.add(owner(entry.field))
        return servers

    # -------------------------------------------------------------- actions
    def push_now(self) -> None:
        if self._push_now is not None:
            self._push_now()

    def discard_selected(self) -> None:
        for row in self.selected_rows():  # each notifies: refresh() runs via _on_changes
            try:
                if row.kind == EDIT:
                    self.catalog.discard(row.seq)
                else:
                    self.catalog.discard_operation(row.seq)
            except ValueError:  # sent meanwhile (a push started): kept, and shown so
                self.refresh()

    def retry_selected(self) -> None:
        for row in self.selected_rows():
            if row.kind == OPERATION and row.state in ("failed", "conflict"):
                try:
                    self.catalog.retry_operation(row.seq)
                except ValueError:  # retried meanwhile (another window or process)
                    self.refresh()

    def _resolve_selected(self) -> None:
        for row in self.selected_rows():
            if row.state not in NEEDS_DECISION:
                continue
            # A refused edit is settled in the conflict dialog; a refused operation
            # (a handle taken, a SKU in use) is fixed in the product's editor.
            signal = self.resolveRequested if row.kind == EDIT else self.editRequested
            signal.emit(row.product_id)
            return

    def _override_selected(self) -> None:
        wanted = set(self.selected_seqs())  # a Payload lock holds field edits only
        products = {e.product_id for e in self.catalog.outbox()
                    if e.seq in wanted and e.state == "locked"}
        for product_id in sorted(products):
            self.overrideRequested.emit(product_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.taxonomy:
            self._location_names = None
        if changes.outbox or changes.rows_reset or changes.taxonomy:
            if changes.rows_reset:
                self._titles.clear()
            for product_id in changes.product_ids:  # their titles or variants may be new
                self._titles.pop(product_id, None)
            self.refresh()

