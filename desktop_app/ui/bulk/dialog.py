"""The bulk editor dialog: operation → preview (per-product diff) → apply + push → undo.

Planning and recording are local SQLite work (``desktop_app.bulk``); pushing runs as
an asyncio task on the qasync loop, with a progress bar and Cancel (a cancelled push
leaves every edit in the outbox). CSV export writes the chosen products; CSV import
shows its dry-run diff in the same preview before anything is applied.

    dialog = BulkEditDialog(catalog, product_ids=None, query=SearchQuery("shirt"), parent=w)
    dialog.show()
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import bulk
from desktop_app.exchange.push import PushProgress, PushReport
from desktop_app.i18n import translate
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import SearchQuery
from desktop_app.ui import theme
from desktop_app.ui.bulk.diff_model import DiffDelegate, DiffModel
from desktop_app.ui.bulk.operation_form import OperationForm
from desktop_app.ui.formatting import status_label
from desktop_app.ui.offline.list_model import sync_label
from desktop_app.ui.tasks import TaskSlot

MUTED = "color: @muted@;"
DEFAULT_EXPORT = "products.csv"  # a file name, not translated
ERROR = "color: @danger@;"


def _joined(words: Sequence[str], how: str) -> str:
    """``words`` joined as a sentence lists them; ``how``: "{first} or {second}" or "and"."""
    text = words[0]
    for word in words[1:]:
        text = how.format(first=text, second=word)
    return text


def _selection_text(count: int, product_ids: Sequence[str] | None,
                    query: SearchQuery | None) -> str:
    if product_ids is not None:
        return translate("BulkEdit", "%Ln product(s) selected", None, count)
    if query is None or not (query.text or query.statuses or query.sync_states):
        return translate("BulkEdit", "All %Ln product(s) in the catalog", None, count)
    # In the words of the list's filter boxes: "with status Draft", "sync state No content".
    either = translate("BulkEdit", "{first} or {second}")
    filters = []
    if query.statuses:
        filters.append(translate("BulkEdit", "status {statuses}").format(
            statuses=_joined([status_label(s) for s in query.statuses], either)))
    if query.sync_states:
        filters.append(translate("BulkEdit", "sync state {states}").format(
            states=_joined([sync_label(s) for s in query.sync_states], either)))
    if not filters:
        return translate("BulkEdit", "All %Ln product(s) matching “{text}”", None,
                         count).format(text=query.text)
    shown = _joined(filters, translate("BulkEdit", "{first} and {second}"))
    if not query.text:
        return translate("BulkEdit", "All %Ln product(s) with {filters}", None, count).format(
            filters=shown)
    return translate("BulkEdit", "All %Ln product(s) matching “{text}” with {filters}", None,
                     count).format(text=query.text, filters=shown)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around local store work (planning or recording thousands of rows)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def push_summary(report: PushReport) -> str:
    text = translate("BulkEdit", "Sent %Ln field(s)", None, report.sent)
    if report.already:
        text = translate("BulkEdit", "{sent}, %Ln already on the server", None,
                         report.already).format(sent=text)
    left = report.conflicts + report.failed + report.locked + report.deferred
    if left:
        text = translate("BulkEdit", "{sent}; %Ln need attention or wait for the next push "
                         "(see Pending changes)", None, left).format(sent=text)
    return translate("BulkEdit", "{sent}.").format(sent=text)


class BulkEditDialog(QDialog):
    def __init__(
        self,
        catalog: OfflineCatalog,
        product_ids: Sequence[str] | None = None,
        query: SearchQuery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.product_ids = (list(product_ids) if product_ids is not None
                            else bulk.select_ids(catalog, query or SearchQuery()))
        self.plan: bulk.BulkPlan | None = None
        self.description = ""  # what the shown plan does, in the app's words
        self.last_op: int | None = None  # the bulk edit "Undo" reverts …
        self.last_text = ""  # … and what it did ("Set status to Draft: 2 products, …")
        self.undo_box: QMessageBox | None = None
        self._push = TaskSlot("bulk push")
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(translate("BulkEdit", "Bulk edit"))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        self._build_header(layout, _selection_text(len(self.product_ids), product_ids, query))
        self._build_preview(layout)
        self._build_footer(layout)
        self._update_buttons()

    # ------------------------------------------------------------ layout
    def _build_header(self, layout: QVBoxLayout, selection: str) -> None:
        heading = QLabel(translate("BulkEdit", "Bulk edit"), objectName="bulkHeading")
        theme.style(heading, "font-size: 13pt; font-weight: 600;")
        self.selection = QLabel(selection, objectName="bulkSelection")
        theme.style(self.selection, MUTED)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(self.selection)
        top.addLayout(titles, 1)
        self.export_button = QPushButton(translate("BulkEdit", "Export CSV…"),
                                         objectName="exportCsv")
        self.import_button = QPushButton(translate("BulkEdit", "Import CSV…"),
                                         objectName="importCsv")
        self.export_button.setToolTip(translate(
            "BulkEdit", "Write the chosen products to a CSV file, to change them in a "
            "spreadsheet"))
        self.import_button.setToolTip(translate(
            "BulkEdit", "Read a CSV file back: its changes show in the preview before anything "
            "is applied"))
        self.export_button.clicked.connect(self._choose_export)
        self.import_button.clicked.connect(self._choose_import)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        box = QFrame(objectName="bulkOperation")
        theme.style(box, "QFrame#bulkOperation { background: @window@; border: 1px solid "
                          "@line@; border-radius: 8px; }")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 12, 14, 12)
        self.form = OperationForm()
        self.form.changed.connect(self._invalidate)
        inner.addWidget(self.form)
        layout.addWidget(box)

    def _build_preview(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.preview_button = QPushButton(translate("BulkEdit", "Preview"),
                                          objectName="previewButton")
        self.preview_button.setToolTip(translate(
            "BulkEdit", "Show each product's change before anything is written"))
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(translate("BulkEdit", "Choose a change and preview it."),
                              objectName="bulkSummary")
        theme.style(self.summary, "font-weight: 600;")
        self.summary.setWordWrap(True)
        row.addWidget(self.preview_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.error = QLabel(objectName="bulkError")
        theme.style(self.error, ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.problems = QListWidget(objectName="bulkProblems")
        self.problems.setMaximumHeight(96)
        self.problems.setAccessibleName(translate("BulkEdit", "Problems"))
        self.problems.setAccessibleDescription(translate(
            "BulkEdit", "Products the change cannot be made to, or that it skips"))
        self.problems.hide()
        layout.addWidget(self.problems)
        self.model = DiffModel(self)
        self.table = QTableView(objectName="bulkPreview")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("BulkEdit", "Preview of the changes"))
        self.table.setAccessibleDescription(translate(
            "BulkEdit", "Each change: product, field, before and after; nothing is written "
            "until Apply"))
        self.table.setItemDelegate(DiffDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for col, width in enumerate((210, 170, 270)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        layout.addWidget(self.table, 1)

    def _build_footer(self, layout: QVBoxLayout) -> None:
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(objectName="bulkProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(translate("BulkEdit", "Cancel push"),
                                         objectName="cancelPush")
        self.cancel_button.setToolTip(translate(
            "BulkEdit", "Stop sending; what is not sent stays in the outbox"))
        self.cancel_button.clicked.connect(self.cancel_push)
        self.cancel_button.hide()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status = QLabel(objectName="bulkStatus")
        theme.style(self.status, MUTED)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(translate("BulkEdit", "Undo bulk edit"),
                                       objectName="undoBulk")
        self.undo_button.setToolTip(translate(
            "BulkEdit", "Take the last bulk edit back (asks first)"))
        self.undo_button.clicked.connect(self.undo)
        self.apply_button = QPushButton(translate("BulkEdit", "Apply"), objectName="applyBulk")
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(translate(
            "BulkEdit", "Save the previewed changes to the outbox, and push them when the "
            "servers are connected"))
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(translate("BulkEdit", "Close"), objectName="closeBulk")
        self.close_button.setToolTip(translate(
            "BulkEdit", "Close bulk edit; what was applied stays in the outbox"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ state
    @property
    def pushing(self) -> bool:
        return self._push.running

    def _update_buttons(self) -> None:
        busy = self.pushing
        ready = self.plan is not None and self.plan.ok and bool(self.plan.diffs)
        self.apply_button.setEnabled(ready and not busy)
        self.preview_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.undo_button.setEnabled(self.last_op is not None and not busy)
        self.form.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _invalidate(self) -> None:
        """The parameters changed: the shown preview no longer describes them."""
        if self.plan is not None and self.plan.kind != "csv":
            self._show_plan(None, translate("BulkEdit", "Preview again to see the change."))
        self._show_error("")

    def _show_plan(self, plan: bulk.BulkPlan | None, summary: str,
                   description: str = "") -> None:
        self.plan = plan
        self.description = description or (plan.description if plan is not None else "")
        self.model.set_plan(plan)
        self.summary.setText(summary)
        notes = [] if plan is None else [*plan.errors, *plan.skipped]
        self.problems.clear()
        error = translate("BulkEdit", "Error: {problem}")
        skipped = translate("BulkEdit", "Skipped: {problem}")
        self.problems.addItems([(error if n in plan.errors else skipped).format(problem=n)
                                for n in notes] if plan is not None else [])
        self.problems.setVisible(bool(notes))
        self._update_buttons()

    # ---------------------------------------------------------- actions
    def preview(self) -> None:
        try:
            operation = self.form.operation()
        except bulk.BulkError as exc:
            self._show_plan(None, translate("BulkEdit", "Nothing to preview."))
            self._show_error(str(exc))
            return
        self._show_error("")
        with busy():
            plan = bulk.plan(self.catalog, operation, self.product_ids)
        description = self.form.describe(operation)
        self._show_plan(plan, translate("BulkEdit", "{change}: {summary}.").format(
            change=description, summary=plan.summary()), description)

    def apply(self) -> None:
        plan = self.plan
        if plan is None or self.pushing:
            return
        try:
            with busy():
                result = bulk.apply(self.catalog, plan)
        except bulk.BulkError as exc:
            self._show_error(str(exc))
            return
        self.last_op = result.op.id
        counts = translate("BulkEdit", "{products}, {fields}").format(
            products=translate("BulkEdit", "%Ln product(s)", None, result.op.products),
            fields=translate("BulkEdit", "%Ln field(s)", None, result.op.fields))
        self.last_text = translate("BulkEdit", "{change}: {counts}").format(
            change=self.description, counts=counts)
        note = translate("BulkEdit", "Saved in the outbox.")
        if result.skipped:
            note += " " + translate(
                "BulkEdit", "%Ln product changed since the preview was left as it is.|%Ln "
                "products changed since the preview were left as they are.", None,
                len(result.skipped))
        self._show_plan(None, translate("BulkEdit", "Recorded as bulk edit #{id}: {counts}.")
                        .format(id=result.op.id, counts=counts))
        self._send(note)

    def undo(self) -> QMessageBox | None:
        """Ask first, saying what the undo reverts; ``undo_now`` runs it."""
        if self.last_op is None or self.pushing:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("BulkEdit", "Undo bulk edit"),
            translate("BulkEdit", "Undo bulk edit #{id}?\n\n{what}.\n\nIts edits still waiting "
                      "to be sent are dropped; values it already changed on the servers are set "
                      "back to what they were. A field changed since by someone else is kept.")
            .format(id=self.last_op, what=self.last_text),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmUndo")
        revert = box.addButton(translate("BulkEdit", "Undo bulk edit"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # buttonClicked, not accepted: QMessageBox finishes with the button's code.
        box.buttonClicked.connect(lambda button: button is revert and self.undo_now())
        self.undo_box = box
        box.open()  # non-blocking: no nested event loop under the asyncio tasks
        return box

    def undo_now(self) -> None:
        if self.last_op is None or self.pushing:
            return
        try:
            with busy():
                report = bulk.undo(self.catalog, self.last_op)
        except bulk.BulkError as exc:
            self._show_error(str(exc))
            return
        self.last_op = None
        self.summary.setText(translate("BulkEdit", "{summary}.").format(summary=report.summary()))
        self._send("")

    def _send(self, note: str) -> None:
        """Push now when the catalog is online; otherwise the edits wait in the outbox."""
        if self.catalog.shop is None:
            later = translate("BulkEdit", "They are sent with the next push.")
            self.status.setText(f"{note} {later}".strip())
            self._update_buttons()
            return
        sending = translate("BulkEdit", "Sending…")
        self.status.setText(f"{note} {sending}".strip())
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        task = self._push.start(self._run_push())
        # Buttons follow the task's end (its own last step still counts as running).
        task.add_done_callback(lambda _t: self._after_push())
        self._update_buttons()

    def _after_push(self) -> None:
        if shiboken6.isValid(self):  # the dialog may be gone when a cancelled push ends
            self._update_buttons()

    async def _run_push(self) -> None:
        try:
            report = await bulk.push(self.catalog, self._on_progress)
        except Exception as exc:  # a bug path: the push handles server errors itself
            self._push_done(translate("BulkEdit", "The push stopped: {error}. The edits wait in "
                                      "the outbox.").format(error=exc))
            raise
        self._push_done(push_summary(report))

    def _on_progress(self, event: PushProgress) -> None:
        self.progress.setRange(0, max(event.total, 1))
        self.progress.setValue(event.done)
        self.progress.setFormat(translate("BulkEdit", "{done} of %Ln product(s)", None,
                                          event.total).format(
            done=QLocale().toString(event.done)))

    def _push_done(self, text: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(text)
        self._update_buttons()

    def cancel_push(self) -> None:
        if not self.pushing:
            return
        self._push.cancel()
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(translate("BulkEdit", "Push cancelled. Nothing is lost: the "
                                      "remaining edits wait in the outbox and go with the next "
                                      "push."))
        self._update_buttons()

    # -------------------------------------------------------------- CSV
    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("BulkEdit", "Export products"), DEFAULT_EXPORT,
            translate("BulkEdit", "CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("BulkEdit", "Import edits"), "",
                                              translate("BulkEdit", "CSV files (*.csv)"))
        if path:
            self.import_from(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            rows = bulk.export_csv(self.catalog, self.product_ids, path)
        except OSError as exc:
            self._show_error(translate("BulkEdit", "Cannot write {file}: {error}.").format(
                file=path.name, error=exc.strerror or exc))
            return
        self._show_error("")
        self.status.setText(translate("BulkEdit", "Exported %Ln product(s) to {path}.", None,
                                      rows).format(path=str(path)))

    def import_from(self, path: Path) -> None:
        """Show the file's dry-run diff; Apply records it (only when it has no errors)."""
        try:
            plan = bulk.import_csv(self.catalog, path)
        except bulk.BulkError as exc:
            self._show_plan(None, translate("BulkEdit", "The file cannot be imported."))
            self._show_error(str(exc))
            return
        self._show_error("")
        verdict = (translate("BulkEdit", "{change} (dry run): {summary}.") if plan.ok
                   else translate("BulkEdit", "{change} (dry run): {summary}. Fix the errors in "
                                  "the file and import it again."))
        self._show_plan(plan, verdict.format(change=plan.description, summary=plan.summary()))

    # ------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        self._push.cancel()  # nothing is lost: see cancel_push
        super().closeEvent(event)

    def reject(self) -> None:
        self._push.cancel()
        super().reject()
