"""The verification report's findings as a table, filtered by category in the model.

Findings are few enough (one per faulty product) to filter in Python. Problems come
first, then the information rows (a Severity column says which is which); within each,
rows follow the report's category order, then the product's title. Products show by
title, as merchants know them; their ids are in the tooltip and the exports.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.admin.verify import Finding, Kind, Severity, VerifyReport
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.text import natural_key
from desktop_app.ui.admin.badges import badge_font
from desktop_app.ui.admin.explanations import category_label, explain, product_label
from desktop_app.ui.admin.tables import ListTableModel
from desktop_app.ui.badges import VALUE_ROLE

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10

PROBLEMS = "problems"  # the filter value for "every problem, no information rows"
INFORMATION = "information"  # …and for "only the information rows"
KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


class Col(enum.IntEnum):
    SEVERITY = 0
    PRODUCT = 1
    CATEGORY = 2
    PAYLOAD = 3
    EXPLANATION = 4


HEADERS = {
    Col.SEVERITY: QT_TRANSLATE_NOOP("SyncReport", "Severity"),
    Col.PRODUCT: QT_TRANSLATE_NOOP("SyncReport", "Product"),
    Col.CATEGORY: QT_TRANSLATE_NOOP("SyncReport", "Category"),
    Col.PAYLOAD: QT_TRANSLATE_NOOP("SyncReport", "Payload doc"),
    Col.EXPLANATION: QT_TRANSLATE_NOOP("SyncReport", "What it means"),
}
SEVERITY_LABELS = {
    Severity.PROBLEM: QT_TRANSLATE_NOOP("SyncReport", "Problem"),
    Severity.INFO: QT_TRANSLATE_NOOP("SyncReport", "Information"),
}
SEVERITY_ORDER = {Severity.PROBLEM: 0, Severity.INFO: 1}


def _sort_key(finding: Finding) -> tuple[int, int, str, str]:
    return (
        SEVERITY_ORDER[finding.severity],
        KIND_ORDER[finding.kind],
        natural_key(product_label(finding)),
        finding.medusa_id or "",
    )


def ids_text(finding: Finding) -> str:
    """Where the finding lives on each server, for the tooltip and the details."""
    medusa = (
        translate("SyncReport", "Medusa id: {id}").format(id=finding.medusa_id)
        if finding.medusa_id
        else translate("SyncReport", "No Medusa id")
    )
    docs = ", ".join(finding.payload_ids)
    payload = (
        translate("SyncReport", "Payload doc: {docs}").format(docs=docs)
        if docs
        else translate("SyncReport", "No Payload doc")
    )
    return f"{medusa}\n{payload}"


class FindingsModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            {col: translate("SyncReport", text) for col, text in HEADERS.items()}, parent
        )
        self._all: list[Finding] = []
        self._filter: Kind | str | None = None

    # ------------------------------------------------------------- content
    def set_report(self, report: VerifyReport | None) -> None:
        self.beginResetModel()
        self._all = sorted(report.findings, key=_sort_key) if report else []
        self.rows = self._filtered()
        self.endResetModel()

    def set_filter(self, value: Kind | str | None) -> None:
        """``None`` shows everything, ``PROBLEMS`` or ``INFORMATION`` one severity, a Kind one
        category."""
        self.beginResetModel()
        # Combo boxes hand a StrEnum back as its plain string value.
        self._filter = value if value in (None, PROBLEMS, INFORMATION) else Kind(value)
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Finding]:
        if self._filter is None:
            return list(self._all)
        if self._filter in (PROBLEMS, INFORMATION):
            wanted = Severity.PROBLEM if self._filter == PROBLEMS else Severity.INFO
            return [f for f in self._all if f.severity is wanted]
        return [f for f in self._all if f.kind is self._filter]

    def finding(self, row: int) -> Finding | None:
        return self.item(row)

    @property
    def shown(self) -> list[Finding]:
        return list(self.rows)

    # ---------------------------------------------------------------- model
    def cell(self, finding: Finding, column: int, role: int) -> Any:
        col = Col(column)
        if role == FINDING_ROLE:
            return finding
        if role == VALUE_ROLE and col is Col.CATEGORY:
            return finding.kind.value
        if role == VALUE_ROLE and col is Col.SEVERITY:
            return finding.severity.value
        if role == Qt.ItemDataRole.FontRole and col in (Col.SEVERITY, Col.CATEGORY):
            return badge_font()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.PRODUCT, Col.PAYLOAD):
            return ids_text(finding)
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.EXPLANATION:
            return explain(finding)
        return None

    @staticmethod
    def _display(finding: Finding, col: Col) -> str:
        if col is Col.SEVERITY:
            return translate("SyncReport", SEVERITY_LABELS[finding.severity])
        if col is Col.CATEGORY:
            return category_label(finding.kind)
        if col is Col.PRODUCT:
            return product_label(finding)
        if col is Col.PAYLOAD:
            return ", ".join(finding.payload_ids) or "—"
        return explain(finding)
