"""The verification report's findings as a table, filtered by category in the model.

Findings are few enough (one per faulty product) to filter in Python; the
order groups them by category, in the report's category order, then by product.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.admin.verify import Finding, Kind, Severity, VerifyReport
from desktop_app.ui.admin.badges import badge_font
from desktop_app.ui.admin.explanations import CATEGORY_LABELS, explain, product_label
from desktop_app.ui.admin.tables import ListTableModel
from desktop_app.ui.badges import VALUE_ROLE

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10

PROBLEMS = "problems"  # the filter value for "every problem, no information rows"
KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


class Col(enum.IntEnum):
    CATEGORY = 0
    PRODUCT = 1
    PAYLOAD = 2
    EXPLANATION = 3


HEADERS = {Col.CATEGORY: "Category", Col.PRODUCT: "Product", Col.PAYLOAD: "Payload doc",
           Col.EXPLANATION: "What it means"}


def _sort_key(finding: Finding) -> tuple[int, str]:
    return KIND_ORDER[finding.kind], finding.medusa_id or ""


class FindingsModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)
        self._all: list[Finding] = []
        self._filter: Kind | str | None = None

    # ------------------------------------------------------------- content
    def set_report(self, report: VerifyReport | None) -> None:
        self.beginResetModel()
        self._all = sorted(report.findings, key=_sort_key) if report else []
        self.rows = self._filtered()
        self.endResetModel()

    def set_filter(self, value: Kind | str | None) -> None:
        """``None`` shows everything, ``PROBLEMS`` hides information rows, a Kind one category."""
        self.beginResetModel()
        # Combo boxes hand a StrEnum back as its plain string value.
        self._filter = value if value in (None, PROBLEMS) else Kind(value)
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Finding]:
        if self._filter is None:
            return list(self._all)
        if self._filter == PROBLEMS:
            return [f for f in self._all if f.severity is Severity.PROBLEM]
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
        if role == Qt.ItemDataRole.FontRole and col is Col.CATEGORY:
            return badge_font()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, col)
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.EXPLANATION:
            return explain(finding)
        return None

    @staticmethod
    def _display(finding: Finding, col: Col) -> str:
        if col is Col.CATEGORY:
            return CATEGORY_LABELS[finding.kind]
        if col is Col.PRODUCT:
            return product_label(finding)
        if col is Col.PAYLOAD:
            return ", ".join(finding.payload_ids) or "—"
        return explain(finding)
