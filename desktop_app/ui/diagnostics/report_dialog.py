"""A read-only report with Copy: Help › Copy diagnostics, and the unhandled-error dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

COPY = QT_TRANSLATE_NOOP("Diagnostics", "Copy to clipboard")
COPIED = QT_TRANSLATE_NOOP(
    "Diagnostics", "Copied to the clipboard. Secrets (keys, passwords, tokens) were removed."
)
CLOSE = QT_TRANSLATE_NOOP("Diagnostics", "Close")


class ReportDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(title)
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        self.intro_label = QLabel(intro, objectName="reportIntro")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.text = QPlainTextEdit(objectName="reportText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        self.status_label = QLabel(objectName="reportStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.buttons = QHBoxLayout()
        self.copy_button = QPushButton(translate("Diagnostics", COPY), objectName="reportCopy")
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.close_button = QPushButton(translate("Diagnostics", CLOSE), objectName="reportClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addWidget(self.copy_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        layout.addLayout(self.buttons)

    def set_report(self, text: str, *, copy: bool = False) -> None:
        self.text.setPlainText(text)
        self.copy_button.setEnabled(True)
        if copy:
            self.copy()

    def report(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.status_label.setText(translate("Diagnostics", COPIED))

    def busy(self, text: str) -> None:
        self.status_label.setText(text)
        self.text.setPlaceholderText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape closes; Enter must not (the text has the focus while reading).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)
