"""The strip that shows a running job: progress bar (done/total), rate, ETA and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from desktop_app.admin.watch import Progress
from desktop_app.i18n import translate
from desktop_app.money import format_number


def format_duration(seconds: float) -> str:
    """``45 s``, ``3 min 05 s``, ``1 h 20 min``: precise enough for an ETA."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return translate("ProgressBox", "{seconds} s").format(seconds=seconds)
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return translate("ProgressBox", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}"
        )
    hours, minutes = divmod(minutes, 60)
    return translate("ProgressBox", "{hours} h {minutes} min").format(
        hours=format_number(hours), minutes=f"{minutes:02d}"
    )


def progress_details(progress: Progress) -> str:
    """Everything but the bar: rate, ETA, both counts, and a stall warning."""
    parts = [
        # A rate: "products" whatever the number.
        translate("ProgressBox", "{rate} products/s").format(
            rate=format_number(progress.rate, decimals=1)
        )
        if progress.rate
        else translate("ProgressBox", "rate —"),
        translate("ProgressBox", "ETA {time}").format(time=format_duration(progress.eta))
        if progress.eta is not None
        else translate("ProgressBox", "ETA —"),
        translate("ProgressBox", "%Ln Payload doc(s)", None, progress.payload_count),
        translate("ProgressBox", "%Ln missing", None, progress.missing),
        translate("ProgressBox", "%Ln with a wrong payload_id", None, progress.unlinked),
    ]
    if progress.idle_for >= 5:
        parts.append(
            translate("ProgressBox", "no change for {time}").format(
                time=format_duration(progress.idle_for)
            )
        )
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
        self.cancel_button = QPushButton(
            translate("ProgressBox", "Cancel"), objectName="cancelButton"
        )
        self.cancel_button.setToolTip(
            translate(
                "ProgressBox", "Stop watching (a sync already started in Medusa keeps running)"
            )
        )
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
        self.title.setText(translate("ProgressBox", "Syncing"))
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(min(progress.done, max(progress.total, 1)))
        self.bar.setFormat(
            translate(
                "ProgressBox", "{done} / %Ln product(s) in agreement", None, progress.total
            ).format(done=format_number(progress.done))
        )
        self.details.setText(progress_details(progress))

    def finish(self) -> None:
        self.cancel_button.setEnabled(False)
        self.hide()
