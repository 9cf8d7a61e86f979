"""The theme setting applied to the running app: Dark recolours the palette, the app's
stylesheet and widget stylesheets at once; System follows the style hints' scheme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.config import AppSettingsStore
from desktop_app.ui import palette, theme
from desktop_app.ui.appearance import AppearanceBox


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    # Windows earlier tests closed but left alive would be restyled too, over stores
    # already closed (an editor's text change asks its catalog): gone first.
    for widget in qapp.allWidgets():
        if widget.isWindow() and not widget.isVisible():
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sheet, colours = qapp.styleSheet(), qapp.palette()
    yield qapp
    theme.apply_theme("light")
    theme._State.setting = "system"
    qapp.setStyleSheet(sheet)
    qapp.setPalette(colours)


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_dark_recolours_everything_at_once(qtbot, restored: QApplication) -> None:
    theme.apply_theme("light")
    label = QLabel("Out of stock")
    qtbot.addWidget(label)
    theme.style(label, "color: @danger@;")
    constant = palette.live("ink")
    assert label.styleSheet() == "color: #a3261c;"
    assert window_colour(restored) == "#f6f7f9"

    seen = []
    theme.theme_changes.changed.connect(seen.append)
    try:
        assert theme.apply_theme("dark") is True
    finally:
        theme.theme_changes.changed.disconnect(seen.append)
    assert seen == [True]
    assert label.styleSheet() == f"color: {palette.COLOURS['danger'].dark};"
    assert window_colour(restored) == palette.COLOURS["window"].dark
    assert palette.COLOURS["window"].dark in restored.styleSheet()  # the app's QSS
    assert constant.name() == palette.COLOURS["ink"].dark  # changed in place

    theme.apply_theme("light")
    assert label.styleSheet() == "color: #a3261c;" and constant.name() == "#1f2633"


def test_system_follows_the_style_hints(restored: QApplication, monkeypatch) -> None:
    system = {"dark": False}
    monkeypatch.setattr(theme, "system_is_dark", lambda: system["dark"])
    assert theme.apply_theme("system") is False
    system["dark"] = True  # the desktop switched: Qt emits colorSchemeChanged
    theme._system_changed(None)
    assert palette.is_dark()
    theme.apply_theme("light")  # an explicit choice ignores the desktop
    theme._system_changed(None)
    assert not palette.is_dark()
    assert theme.apply_theme("nonsense") is True  # an unknown value: as System (dark now)


def test_settings_choice_is_saved_and_applied(qtbot, restored, app_dirs) -> None:
    theme.apply_theme("system")
    box = AppearanceBox()
    qtbot.addWidget(box)
    assert box.combo.currentData() == "system"
    box.combo.setCurrentIndex(box.combo.findData("dark"))
    box.combo.activated.emit(box.combo.currentIndex())
    assert palette.is_dark() and theme.current_setting() == "dark"
    assert AppSettingsStore().load().theme == "dark"
    assert theme.saved_setting() == "dark"


def test_icons_take_the_theme_ink_and_stay_sharp(restored: QApplication) -> None:
    from desktop_app.ui.style import icon

    def ink(dark: bool, scale: float = 1.0):
        theme.apply_theme("dark" if dark else "light")
        picture = icon("refresh").pixmap(QSize(24, 24), scale)
        image = picture.toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        return picture, max(c.lightness() for c in inked)

    _light, light_ink = ink(False)
    _dark, dark_ink = ink(True)
    assert light_ink < 100 < dark_ink  # dark strokes on light, light strokes on dark
    sharp, _ = ink(False, 2.0)  # 200 %: drawn at twice the pixels, not scaled up
    assert sharp.width() == 48 and sharp.devicePixelRatio() == 2.0


def test_the_toolbar_menu_arrow_takes_the_theme_ink(restored: QApplication) -> None:
    # Edit product's drop-down arrow stayed dark grey on the dark toolbar.
    def arrow_image() -> str:
        sheet = restored.styleSheet()
        rule = sheet[sheet.index("QToolBar#mainToolbar QToolButton::menu-arrow") :]
        return rule[rule.index("url(") + 4 : rule.index(")")]

    theme.apply_theme("light")
    light_svg = open(arrow_image()).read()
    stroke = light_svg.split('stroke="')[1].split('"')[0]
    theme.apply_theme("dark")
    dark_svg = open(arrow_image()).read()
    assert f'stroke="{palette.hex_of(palette.ICON_INKS[stroke], True)}"' in dark_svg
    assert stroke not in dark_svg
