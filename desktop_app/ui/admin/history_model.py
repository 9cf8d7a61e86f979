"""The profile's sync runs (newest first) as a table."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.admin.history import SyncRun
from desktop_app.ui.admin.badges import badge_font
from desktop_app.ui.admin.progress_box import format_duration
from desktop_app.ui.admin.tables import ListTableModel
from desktop_app.ui.badges import VALUE_ROLE
from desktop_app.ui.formatting import format_timestamp

OUTCOME_LABELS = {
    "agreed": "Agreed", "stalled": "Stalled", "timed_out": "Timed out",
    "cancelled": "Cancelled", "failed": "Failed", "running": "Running",
}


class Col(enum.IntEnum):
    STARTED = 0
    TOOK = 1
    COLLECTION = 2
    OUTCOME = 3
    BEFORE = 4
    AFTER = 5
    MESSAGE = 6


HEADERS = {
    Col.STARTED: "Started", Col.TOOK: "Took", Col.COLLECTION: "Collection",
    Col.OUTCOME: "Outcome", Col.BEFORE: "Before", Col.AFTER: "After", Col.MESSAGE: "Result",
}


def _when(value: str | None) -> str:
    if not value:
        return "—"
    try:
        return format_timestamp(datetime.fromisoformat(value))
    except ValueError:
        return value


def took(run: SyncRun) -> str:
    """How long the run took, or "running" while it has not finished."""
    if not run.finished_at:
        return "running"
    try:
        start = datetime.fromisoformat(run.started_at)
        end = datetime.fromisoformat(run.finished_at)
    except (TypeError, ValueError):
        return "—"
    return format_duration((end - start).total_seconds())


def agreement_text(counts: dict[str, int]) -> str:
    """``3,790 / 3,800 agree · 10 missing`` from a run's before/after counts."""
    if not counts:
        return "—"
    text = f"{counts.get('in_agreement', 0):,} / {counts.get('medusa', 0):,} agree"
    if counts.get("missing"):
        text += f" · {counts['missing']:,} missing"
    return text


class HistoryModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)

    def set_runs(self, runs: list[SyncRun]) -> None:
        self.beginResetModel()
        self.rows = list(runs)
        self.endResetModel()

    def run(self, row: int) -> SyncRun:
        return self.rows[row]

    def cell(self, run: SyncRun, column: int, role: int) -> Any:
        col = Col(column)
        if role == VALUE_ROLE and col is Col.OUTCOME:
            return run.outcome
        if role == Qt.ItemDataRole.FontRole and col is Col.OUTCOME:
            return badge_font()
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.MESSAGE:
            return run.message
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.STARTED: lambda: _when(run.started_at),
            Col.TOOK: lambda: took(run),
            Col.COLLECTION: lambda: run.collection,
            Col.OUTCOME: lambda: OUTCOME_LABELS.get(run.outcome, run.outcome),
            Col.BEFORE: lambda: agreement_text(run.before),
            Col.AFTER: lambda: agreement_text(run.after),
            Col.MESSAGE: lambda: run.message,
        }[col]()
