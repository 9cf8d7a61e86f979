"""The Qt side of the versions in a report (the core cannot import Qt)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication


def qt_versions() -> list[str]:
    platform = QGuiApplication.platformName() if QGuiApplication.instance() else "?"
    return [f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform plugin {platform}"]
