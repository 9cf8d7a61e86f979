"""Stylesheet and icons from ``resources/`` (SVG icons, one QSS file)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.resource_files import resources_dir

RESOURCES = resources_dir()  # beside the package, or a wheel install's share/


def icon(name: str) -> QIcon:
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def stylesheet() -> str:
    """The app's stylesheet (resources/style.qss), or "" when it is missing."""
    qss = RESOURCES / "style.qss"
    if not qss.is_file():
        return ""
    # QSS url()s resolve against the working directory, so make them absolute.
    icons = (RESOURCES / "icons").as_posix()
    return qss.read_text(encoding="utf-8").replace("@ICONS@", icons)


def apply_style(app: QApplication) -> None:
    """Fusion as a consistent base on every OS, then our modest stylesheet on top."""
    app.setStyle("Fusion")
    if qss := stylesheet():
        app.setStyleSheet(qss)
    app.setWindowIcon(icon("app"))
