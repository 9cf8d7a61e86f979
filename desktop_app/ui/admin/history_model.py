"""The profile's sync runs (newest first) as a table."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.admin.history import SyncRun
from desktop_app.admin.watch import Outcome, outcome_summary
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number
from desktop_app.ui.admin.badges import badge_font
from desktop_app.ui.admin.progress_box import format_duration
from desktop_app.ui.admin.tables import ListTableModel
from desktop_app.ui.badges import VALUE_ROLE
from desktop_app.ui.formatting import format_timestamp

OUTCOME_LABELS = {
    "agreed": QT_TRANSLATE_NOOP("SyncPanel", "Agreed"),
    "stalled": QT_TRANSLATE_NOOP("SyncPanel", "Stalled"),
    "timed_out": QT_TRANSLATE_NOOP("SyncPanel", "Timed out"),
    "cancelled": QT_TRANSLATE_NOOP("SyncPanel", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("SyncPanel", "Failed"),
    "running": QT_TRANSLATE_NOOP("SyncPanel", "Running"),
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
    Col.STARTED: QT_TRANSLATE_NOOP("SyncPanel", "Started"),
    Col.TOOK: QT_TRANSLATE_NOOP("SyncPanel", "Took"),
    Col.COLLECTION: QT_TRANSLATE_NOOP("SyncPanel", "Collection"),
    Col.OUTCOME: QT_TRANSLATE_NOOP("SyncPanel", "Outcome"),
    Col.BEFORE: QT_TRANSLATE_NOOP("SyncPanel", "Before"),
    Col.AFTER: QT_TRANSLATE_NOOP("SyncPanel", "After"),
    Col.MESSAGE: QT_TRANSLATE_NOOP("SyncPanel", "Result"),
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
        return translate("SyncPanel", "running")
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
    text = translate("SyncPanel", "{agree} / {total} agree").format(
        agree=format_number(counts.get("in_agreement", 0)),
        total=format_number(counts.get("medusa", 0)),
    )
    if counts.get("missing"):
        text += " · " + translate("SyncPanel", "%Ln missing", None, counts["missing"])
    return text


def run_message(run: SyncRun) -> str:
    """What came of a run in the interface's language, from its counts; a failed run's
    message as recorded (it quotes the server)."""
    after = run.after
    if run.outcome == Outcome.CANCELLED:
        return outcome_summary(Outcome.CANCELLED, 0, 0, 0)
    if run.outcome in (Outcome.AGREED, Outcome.STALLED, Outcome.TIMED_OUT) and after:
        return outcome_summary(
            Outcome(run.outcome),
            after.get("medusa", 0),
            after.get("missing", 0),
            after.get("unlinked", 0),
        )
    return run.message


class HistoryModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            {col: translate("SyncPanel", text) for col, text in HEADERS.items()}, parent
        )

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
            return run_message(run)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.STARTED: lambda: _when(run.started_at),
            Col.TOOK: lambda: took(run),
            Col.COLLECTION: lambda: run.collection,
            Col.OUTCOME: lambda: (
                translate("SyncPanel", OUTCOME_LABELS[run.outcome])
                if run.outcome in OUTCOME_LABELS
                else run.outcome
            ),
            Col.BEFORE: lambda: agreement_text(run.before),
            Col.AFTER: lambda: agreement_text(run.after),
            Col.MESSAGE: lambda: run_message(run),
        }[col]()
