"""The benchmarks use the app's guard against PySide6 6.12's lost references on 3.11."""

from __future__ import annotations

from desktop_app.ui.pyside_refs import keep_singletons_alive


def keep_none_alive() -> None:
    keep_singletons_alive()
