"""Where the app keeps its (non-secret) files.

Paths are resolved on every call rather than at import time so tests (and users)
can redirect them with environment variables at any point.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "desktop-app"
CONFIG_DIR_ENV = "DESKTOP_APP_CONFIG_DIR"
DATA_DIR_ENV = "DESKTOP_APP_DATA_DIR"


def _from_env(var: str) -> Path | None:
    value = os.environ.get(var, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """Directory for settings such as ``profiles.json`` (not created here)."""
    return _from_env(CONFIG_DIR_ENV) or Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False)
    )


def data_dir() -> Path:
    """Directory for caches and other app data (not created here)."""
    return _from_env(DATA_DIR_ENV) or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (owner-only, since it holds shop URLs and e-mail addresses)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path
