"""The "Verification report" tab: counts, category filter, findings, export and repairs.

It leads with what the merchant must act on: the headline counts problems (never "all
agree" above a list of findings), problems come before information rows, products show
by title, and "What it means" wraps so it is read in full. It only displays a
``VerifyReport`` and says what the user asked for through signals; the panel runs the work.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.admin.verify import Finding, Kind, Severity, VerifyReport, count_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number
from desktop_app.services.admin import PAYLOAD_ID_KINDS, orphan_list
from desktop_app.ui.admin.badges import KIND_COLORS, SEVERITY_COLORS, ValueBadgeDelegate
from desktop_app.ui.admin.explanations import category_label, explain, product_label
from desktop_app.ui.admin.findings_model import (
    INFORMATION,
    PROBLEMS,
    Col,
    FindingsModel,
    ids_text,
)
from desktop_app.ui.admin.tables import WrappedRows, read_only_table
from desktop_app.ui.formatting import format_timestamp

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "SyncReport",
    "No check yet.\nPress “Verify” to compare Medusa "
    "and Payload product by product, or “Trigger sync” to sync and "
    "then check.",
)
AGREE_TEXT = QT_TRANSLATE_NOOP("SyncReport", "Nothing to show: Medusa and Payload agree.")


def headline(report: VerifyReport) -> str:
    """The line over the table: how many problems to fix, or that both servers agree."""
    problems = len(report.problems)
    if problems:
        return translate("SyncReport", "%Ln problem(s) to fix", None, problems)
    return translate(
        "SyncReport",
        "Medusa and Payload agree on the %Ln product|Medusa and Payload agree on all %Ln products",
        None,
        report.medusa_count,
    )


def counts_text(report: VerifyReport) -> str:
    """The line under the headline: agreement, then each kind of problem, then information."""
    problems = Counter(f.kind for f in report.problems)
    parts = [translate("SyncReport", "%Ln Payload doc(s)", None, report.payload_count)]
    if problems:
        parts.insert(
            0,
            translate(
                "SyncReport", "{agree} of %Ln product(s) in agreement", None, report.medusa_count
            ).format(agree=format_number(report.in_agreement)),
        )
    parts += [count_text(k, problems[k]) for k in Kind if problems[k]]
    info = len(report.information)
    if info:
        parts.append(
            translate(
                "SyncReport", "%Ln difference(s) for information only, nothing to fix", None, info
            )
        )
    return "  ·  ".join(parts)


class ReportView(QWidget):
    fixRequested = Signal(object)  # list of medusa ids, or None for every fixable row
    resyncRequested = Signal()
    copyOrphansRequested = Signal()
    exportRequested = Signal(str)  # "csv" or "json"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: VerifyReport | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_summary())
        layout.addLayout(self._build_filter_row())
        layout.addWidget(self._build_table(), 1)
        self.detail = QLabel(objectName="findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        layout.addWidget(self.detail)
        layout.addLayout(self._build_repairs())
        self.set_report(None)

    # ---------------------------------------------------------------- build
    def _build_summary(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        row = QHBoxLayout()
        self.summary = QLabel(objectName="summaryText")
        self.summary.setWordWrap(True)
        self.checked = QLabel(objectName="checkedLabel")
        row.addWidget(self.summary, 1)
        row.addWidget(self.checked)
        self.counts_label = QLabel(objectName="countsLabel")
        self.counts_label.setWordWrap(True)
        box.addLayout(row)
        box.addWidget(self.counts_label)
        return box

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.category_combo = QComboBox(objectName="categoryCombo")
        self.category_combo.setMinimumWidth(260)
        self.category_combo.currentIndexChanged.connect(self._filter_changed)
        self.export_csv_button = QPushButton(
            translate("SyncReport", "Export CSV…"), objectName="exportCsvButton"
        )
        self.export_json_button = QPushButton(
            translate("SyncReport", "Export JSON…"), objectName="exportJsonButton"
        )
        self.export_csv_button.clicked.connect(lambda: self.exportRequested.emit("csv"))
        self.export_json_button.clicked.connect(lambda: self.exportRequested.emit("json"))
        show = QLabel(translate("SyncReport", "Show"))
        show.setBuddy(self.category_combo)
        self.category_combo.setToolTip(translate("SyncReport", "Which findings the table lists"))
        self.export_csv_button.setToolTip(
            translate("SyncReport", "Save the findings as a CSV file, for a spreadsheet")
        )
        self.export_json_button.setToolTip(
            translate("SyncReport", "Save the whole report as a JSON file")
        )
        row.addWidget(show)
        row.addWidget(self.category_combo)
        row.addStretch(1)
        row.addWidget(self.export_csv_button)
        row.addWidget(self.export_json_button)
        return row

    def _build_table(self) -> QStackedWidget:
        self.model = FindingsModel(self)
        self.table = read_only_table(
            "findingsTable",
            self.model,
            {Col.SEVERITY: 120, Col.PRODUCT: 220, Col.CATEGORY: 190, Col.PAYLOAD: 115},
            Col.EXPLANATION,
        )
        self.table.setItemDelegateForColumn(
            Col.SEVERITY, ValueBadgeDelegate(SEVERITY_COLORS, self.table)
        )
        self.table.setItemDelegateForColumn(
            Col.CATEGORY, ValueBadgeDelegate(KIND_COLORS, self.table)
        )
        # "What it means" wraps, rows tall enough to read it in full.
        self.wrapped = WrappedRows(self.table, Col.EXPLANATION)
        self.model.modelReset.connect(
            lambda: self.wrapped.set_texts(explain(f) for f in self.model.shown)
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setAccessibleName(translate("SyncReport", "Findings"))
        self.empty = QLabel(translate("SyncReport", EMPTY_TEXT), objectName="emptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        return self.stack

    def _build_repairs(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        hint = QLabel(translate("SyncReport", "Repairs"), objectName="sectionTitle")
        self.fix_selected_button = QPushButton(
            translate("SyncReport", "Fix payload_id of selected"), objectName="fixSelectedButton"
        )
        self.fix_selected_button.setToolTip(
            translate(
                "SyncReport",
                "Correct metadata.payload_id in Medusa for the selected rows (asks first)",
            )
        )
        self.fix_all_button = QPushButton(
            translate("SyncReport", "Fix all payload_ids"), objectName="fixAllButton"
        )
        self.fix_all_button.setToolTip(
            translate(
                "SyncReport",
                "Correct metadata.payload_id in Medusa for every row that can be "
                "fixed (asks first)",
            )
        )
        self.resync_button = QPushButton(
            translate("SyncReport", "Re-run sync"), objectName="resyncButton"
        )
        self.resync_button.setToolTip(
            translate("SyncReport", "Press Medusa's sync route again and watch it")
        )
        self.copy_orphans_button = QPushButton(
            translate("SyncReport", "Copy orphan list"), objectName="copyOrphansButton"
        )
        self.copy_orphans_button.setToolTip(
            translate(
                "SyncReport",
                "Copy the Payload docs a Payload admin should delete (this app never deletes them)",
            )
        )
        self.fix_selected_button.clicked.connect(
            lambda: self.fixRequested.emit(self.selected_fixable_ids())
        )
        self.fix_all_button.clicked.connect(lambda: self.fixRequested.emit(None))
        self.resync_button.clicked.connect(self.resyncRequested)
        self.copy_orphans_button.clicked.connect(self.copyOrphansRequested)
        row.addWidget(hint)
        for button in (
            self.fix_selected_button,
            self.fix_all_button,
            self.resync_button,
            self.copy_orphans_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -------------------------------------------------------------- content
    def set_report(self, report: VerifyReport | None) -> None:
        self.report = report
        self.model.set_report(report)
        self._fill_categories(report)
        if report is None:
            self.summary.setText("")
            self.checked.setText("")
            self.counts_label.setText("")
        else:
            self.summary.setText(headline(report))
            self.checked.setText(
                translate("SyncReport", "checked {time}").format(
                    time=format_timestamp(report.checked_at)
                )
            )
            self.counts_label.setText(counts_text(report))
        # The summary above the table takes no focus: the table says it.
        self.table.setAccessibleDescription(
            translate(
                "SyncReport",
                "{summary}. Each row: severity, product, what is wrong, the Payload "
                "doc and what it means; the repairs act on the rows selected.",
            ).format(summary=self.summary.text())
        )
        self.empty.setText(
            translate("SyncReport", EMPTY_TEXT)
            if report is None
            else translate("SyncReport", AGREE_TEXT)
        )
        self.stack.setCurrentWidget(self.table if report and report.findings else self.empty)
        self.detail.hide()
        self._update_actions()

    def _fill_categories(self, report: VerifyReport | None) -> None:
        findings = report.findings if report else []
        counts = Counter(f.kind for f in findings)
        problems = sum(f.severity is Severity.PROBLEM for f in findings)
        information = len(findings) - problems
        previous = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(
            translate("SyncReport", "All findings ({count})").format(
                count=format_number(len(findings))
            ),
            None,
        )
        self.category_combo.addItem(
            translate("SyncReport", "Problems only ({count})").format(
                count=format_number(problems)
            ),
            PROBLEMS,
        )
        self.category_combo.addItem(
            translate("SyncReport", "Information only ({count})").format(
                count=format_number(information)
            ),
            INFORMATION,
        )
        for kind in Kind:
            self.category_combo.addItem(
                translate("SyncReport", "{category} ({count})").format(
                    category=category_label(kind), count=format_number(counts.get(kind, 0))
                ),
                kind,
            )
        found = self.category_combo.findData(previous)
        self.category_combo.setCurrentIndex(max(found, 0))
        self.category_combo.blockSignals(False)
        self.model.set_filter(self.category_combo.currentData())

    def show_category(self, value: Kind | str | None) -> None:
        self.category_combo.setCurrentIndex(self.category_combo.findData(value))

    # ------------------------------------------------------------ selection
    def selected_findings(self) -> list[Finding]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [f for r in rows if (f := self.model.finding(r)) is not None]

    def selected_fixable_ids(self) -> list[str]:
        return sorted(
            {
                f.medusa_id
                for f in self.selected_findings()
                if f.kind in PAYLOAD_ID_KINDS and f.medusa_id
            }
        )

    def fixable_ids(self) -> list[str]:
        if self.report is None:
            return []
        return sorted(
            {
                f.medusa_id
                for f in self.report.findings
                if f.kind in PAYLOAD_ID_KINDS and f.medusa_id
            }
        )

    def _filter_changed(self) -> None:
        self.model.set_filter(self.category_combo.currentData())
        self.detail.hide()
        self._update_actions()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        chosen = self.selected_findings()
        if len(chosen) == 1:
            finding = chosen[0]
            ids = ids_text(finding).replace("\n", "  ·  ")
            self.detail.setText(
                f"{product_label(finding)} · {category_label(finding.kind)}\n"
                f"{ids}\n{explain(finding)}"
            )
            self.detail.show()
        else:
            self.detail.hide()
        self._update_actions()

    # --------------------------------------------------------------- actions
    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _update_actions(self) -> None:
        idle = not self._busy
        has_report = self.report is not None
        fixable = len(self.fixable_ids())
        orphans = len(orphan_list(self.report)) if self.report else 0
        self.fix_selected_button.setEnabled(idle and bool(self.selected_fixable_ids()))
        self.fix_all_button.setEnabled(idle and fixable > 0)
        self.fix_all_button.setText(
            translate("SyncReport", "Fix all payload_ids ({count})").format(
                count=format_number(fixable)
            )
            if fixable
            else translate("SyncReport", "Fix all payload_ids")
        )
        self.copy_orphans_button.setEnabled(orphans > 0)
        self.copy_orphans_button.setText(
            translate("SyncReport", "Copy orphan list ({count})").format(
                count=format_number(orphans)
            )
            if orphans
            else translate("SyncReport", "Copy orphan list")
        )
        self.resync_button.setEnabled(idle)
        self.export_csv_button.setEnabled(has_report)
        self.export_json_button.setEnabled(has_report)
