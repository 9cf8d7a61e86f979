"""Non-modal message strip above the table (server failures, demo progress, keyring)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.i18n import translate


class Banner(QFrame):
    """A coloured strip: bold title, message, optional action button, close cross.

    ``kind`` ("error", "warning", "info") becomes a dynamic property the
    stylesheet keys its colours on.
    """

    actionTriggered = Signal()
    dismissed = Signal()

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", kind)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        self.title_label = QLabel(objectName="bannerTitle")
        self.message_label = QLabel(objectName="bannerMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(objectName="bannerAction")
        self.action_button.clicked.connect(self.actionTriggered)
        self.action_button.hide()
        close = QToolButton(objectName="bannerClose", text="✕")
        close.setToolTip(translate("Banner", "Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self._dismiss)
        self.close_button = close
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def show_message(
        self,
        title: str,
        message: str,
        *,
        kind: str | None = None,
        action: str | None = None,
        closable: bool = True,
    ) -> None:
        if kind is not None and kind != self.kind:
            self.setProperty("kind", kind)
            # Re-polish so the stylesheet picks up the new property value.
            self.style().unpolish(self)
            self.style().polish(self)
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.message_label.setText(message)
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(action)
        self.close_button.setVisible(closable)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
