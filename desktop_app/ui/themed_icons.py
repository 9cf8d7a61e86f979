"""The SVG icons in the theme's colours, drawn as vectors at whatever size and scale.

The files in resources/icons are drawn for the light theme; their ink colours are the
palette's ``ICON_INKS``. A themed icon swaps them for the variant in use each time it is
painted, so an icon on a toolbar follows a theme change and stays crisp at 200 %.
Stylesheets get the same through ``icon_dir()``: a folder of recoloured copies.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop_app.ui import palette


@cache
def _svg(path: Path, dark: bool) -> bytes:
    text = path.read_text(encoding="utf-8")
    for ink, name in palette.ICON_INKS.items():
        text = text.replace(ink, palette.hex_of(name, dark))
    return text.encode("utf-8")


class ThemedIconEngine(QIconEngine):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(QByteArray(_svg(self.path, palette.is_dark())))
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        renderer.render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        picture = QPixmap(size)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return picture

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the screen's pixels (200 %: twice the size), not scaled up after.
        picture = self.pixmap(size * scale, mode, state)
        picture.setDevicePixelRatio(scale)
        return picture

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.path)


def themed_icon(path: Path) -> QIcon:
    return QIcon(ThemedIconEngine(path)) if path.is_file() else QIcon()


def icon_dir(icons: Path) -> Path:
    """``icons``, or for the dark theme a folder of copies in its colours (for QSS)."""
    if not palette.is_dark():
        return icons
    out = Path(tempfile.gettempdir()) / "desktop-app-icons-dark"
    out.mkdir(exist_ok=True)
    for svg in icons.glob("*.svg"):
        (out / svg.name).write_bytes(_svg(svg, True))
    return out
