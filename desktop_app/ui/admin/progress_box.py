"""The strip that shows a running job: progress bar (done/total), rate, ETA and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from desktop_app.admin.watch import Progress
from desktop_app.text import plural


def format_duration(seconds: float) -> str:
    """``45 s``, ``3 min 05 s``, ``1 h 20 min``: precise enough for an ETA."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def progress_details(progress: Progress) -> str:
    """Everything but the bar: rate, ETA, both counts, and a stall warning."""
    parts = [
        f"{progress.rate:.1f} products/s" if progress.rate else "rate —",  # a rate: plural
        f"ETA {format_duration(progress.eta)}" if progress.eta is not None else "ETA —",
        plural(progress.payload_count, "{n} Payload doc", "{n} Payload docs"),
        f"{progress.missing:,} missing",
        f"{progress.unlinked:,} with a wrong payload_id",
    ]
    if progress.idle_for >= 5:
        parts.append(f"no change for {format_duration(progress.idle_for)}")
    return "  ·  ".join(parts)


class ProgressBox(QFrame):
    cancelRequested = Signal()

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel(objectName="progressTitle")
        self.bar = QProgressBar(objectName="watchBar")
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel", objectName="cancelButton")
        self.cancel_button.setToolTip("Stop watching (a sync already started in Medusa "
                                      "keeps running)")
        self.cancel_button.clicked.connect(self.cancelRequested)
        top.addWidget(self.title)
        top.addWidget(self.bar, 1)
        top.addWidget(self.cancel_button)
        self.details = QLabel(objectName="progressDetails")
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()

    def busy(self, title: str, details: str = "") -> None:
        """Indeterminate: the work has no measurable progress (yet)."""
        self.title.setText(title)
        self.bar.setRange(0, 0)
        self.details.setText(details)
        self.cancel_button.setEnabled(True)
        self.show()

    def show_progress(self, progress: Progress) -> None:
        self.title.setText("Syncing")
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(min(progress.done, max(progress.total, 1)))
        self.bar.setFormat(plural(progress.total, "{done} / {n} product in agreement",
                                  "{done} / {n} products in agreement", done=progress.done))
        self.details.setText(progress_details(progress))

    def finish(self) -> None:
        self.cancel_button.setEnabled(False)
        self.hide()
