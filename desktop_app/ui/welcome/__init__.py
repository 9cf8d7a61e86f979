"""The first-run welcome page (no shop profile yet)."""

from desktop_app.ui.welcome.page import WelcomePage

__all__ = ["WelcomePage"]
