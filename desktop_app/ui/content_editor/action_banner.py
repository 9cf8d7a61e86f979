"""A message strip with up to two actions (Retry / Override, Keep mine / Take theirs).

It reuses the main window's banner look (``QFrame#banner[kind=…]`` in style.qss).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.i18n import translate


class ActionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(8)
        self.title = QLabel(objectName="bannerTitle")
        self.text = QLabel(objectName="bannerText")
        self.text.setWordWrap(True)
        self.first = QPushButton(objectName="bannerAction")
        self.second = QPushButton(objectName="bannerSecondary")
        self.close_button = QToolButton(objectName="bannerClose", text="✕")
        self.close_button.setToolTip(translate("ContentEditor", "Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.close_button)
        self._callbacks: list[Callable[[], None] | None] = [None, None]
        self.first.clicked.connect(lambda: self._run(0))
        self.second.clicked.connect(lambda: self._run(1))
        self.hide()

    def show_message(
        self,
        title: str,
        text: str,
        kind: str = "info",
        actions: tuple[tuple[str, Callable[[], None]], ...] = (),
    ) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.title.setText(title)
        self.text.setText(text)
        for i, button in enumerate((self.first, self.second)):
            if i < len(actions):
                button.setText(actions[i][0])
                self._callbacks[i] = actions[i][1]
                button.show()
            else:
                self._callbacks[i] = None
                button.hide()
        self.show()

    def _run(self, index: int) -> None:
        callback = self._callbacks[index]
        self.hide()
        if callback is not None:
            callback()
