"""Light or dark: the theme setting (System, Light, Dark) applied to the running app.

"system" follows Qt's style hints (QStyleHints.colorScheme) and their changes while the
app runs. Applying a theme picks the palette's variant (desktop_app/ui/palette.py), gives
the application a QPalette built from it (so Fusion's own drawing matches), fills the
app's stylesheet again and every widget stylesheet set through :func:`style`; painted
colours are looked up at paint time and follow on the repaint that the palette causes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui import palette

THEMES = ("system", "light", "dark")
TEMPLATE = "paletteTemplate"  # the property holding a widget's stylesheet template


class _Theme(QObject):
    changed = Signal(bool)  # dark


class _State:
    setting = "system"
    following = False


theme_changes = _Theme()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wants_dark(setting: str) -> bool:
    return setting == "dark" or (setting == "system" and system_is_dark())


def apply_theme(setting: str, app: QApplication | None = None) -> bool:
    """Use ``setting``'s colours from now on; whether they are the dark ones."""
    if setting not in THEMES:
        setting = "system"  # an unknown value in a hand-edited file: as the default
    app = app or QApplication.instance()
    _State.setting = setting
    _follow_system()
    dark = wants_dark(setting)
    changed = dark != palette.is_dark()
    palette.set_dark(dark)
    if isinstance(app, QApplication):
        _restyle(app)
    if changed:
        theme_changes.changed.emit(dark)
    return dark


def current_setting() -> str:
    return _State.setting


def style(widget: QWidget, template: str) -> None:
    """Give ``widget`` the stylesheet ``template`` (``@name@`` colours), kept in step with
    the theme."""
    widget.setProperty(TEMPLATE, template)
    widget.setStyleSheet(palette.qss(template))


def qpalette() -> QPalette:
    """Fusion's colour roles from the palette's current variant."""
    c = palette.qcolor
    result = QPalette()
    roles = QPalette.ColorRole
    for role, name in (
        (roles.Window, "window"),
        (roles.WindowText, "ink"),
        (roles.Base, "surface"),
        (roles.AlternateBase, "surface_alt"),
        (roles.Text, "ink"),
        (roles.Button, "surface"),
        (roles.ButtonText, "ink"),
        (roles.BrightText, "on_accent"),
        (roles.Highlight, "accent_fill"),
        (roles.HighlightedText, "on_accent"),
        (roles.ToolTipBase, "surface"),
        (roles.ToolTipText, "ink"),
        (roles.PlaceholderText, "faint"),
        (roles.Link, "accent"),
        (roles.LinkVisited, "accent"),
        (roles.Light, "surface"),
        (roles.Midlight, "line"),
        (roles.Mid, "field_border"),
        (roles.Dark, "field_border"),
        (roles.Shadow, "ink"),
    ):
        result.setColor(role, c(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(disabled, role, c("disabled"))
    result.setColor(disabled, roles.Base, c("surface_sunk"))
    return result


def _restyle(app: QApplication) -> None:
    from desktop_app.ui.style import stylesheet

    app.setPalette(qpalette())
    app.setStyleSheet(stylesheet())
    for widget in app.allWidgets():
        template = widget.property(TEMPLATE)
        if isinstance(template, str):
            widget.setStyleSheet(palette.qss(template))


def _follow_system() -> None:
    if _State.following:
        return
    _State.following = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)


def _system_changed(_scheme: Qt.ColorScheme) -> None:
    if _State.setting == "system":
        apply_theme("system")


def saved_setting() -> str:
    """The theme settings.json names ("system" when it cannot be read)."""
    from desktop_app.config import AppSettingsStore

    settings, _problem = AppSettingsStore().load_or_default()
    return settings.theme
