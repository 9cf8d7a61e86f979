"""Stylesheet and icons from ``resources/`` (SVG icons, one QSS file).

The QSS names its colours ``@name@`` from desktop_app/ui/palette.py, filled in for the
theme in use (desktop_app/ui/theme.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.resource_files import resources_dir
from desktop_app.ui import palette
from desktop_app.ui.themed_icons import icon_dir, themed_icon

RESOURCES = resources_dir()  # beside the package, or a wheel install's share/


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` in the theme's colours (desktop_app/ui/themed_icons.py)."""
    return themed_icon(RESOURCES / "icons" / f"{name}.svg")


def stylesheet() -> str:
    """The app's stylesheet (resources/style.qss) in the theme's colours, or "" when it
    is missing."""
    qss = RESOURCES / "style.qss"
    if not qss.is_file():
        return ""
    # QSS url()s resolve against the working directory, so make them absolute.
    icons = icon_dir(RESOURCES / "icons").as_posix()
    return palette.qss(qss.read_text(encoding="utf-8").replace("@ICONS@", icons))


def apply_style(app: QApplication, theme_setting: str | None = None) -> None:
    """Fusion as a consistent base on every OS, then our modest stylesheet on top, in the
    theme the settings name (System, Light or Dark) unless ``theme_setting`` is given."""
    from desktop_app.ui import theme

    app.setStyle("Fusion")
    theme.apply_theme(theme_setting or theme.saved_setting(), app)
    app.setWindowIcon(icon("app"))
