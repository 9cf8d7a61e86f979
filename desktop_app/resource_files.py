"""Where ``resources/`` (stylesheet, icons, the Linux desktop entry) is found.

Beside the package in a checkout and in the PyInstaller bundle (build.spec copies it to
``_internal/resources``); a wheel install (``pipx install .``) puts it under the
environment's ``share/desktop-app/resources`` (pyproject.toml's data-files).
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

SHARE_SUBDIR = Path("share") / "desktop-app" / "resources"


def resources_dir() -> Path:
    beside = Path(__file__).resolve().parents[1] / "resources"
    if beside.is_dir():
        return beside
    for prefix in (sys.prefix, site.getuserbase(), sys.base_prefix):
        installed = Path(prefix) / SHARE_SUBDIR
        if installed.is_dir():
            return installed
    return beside  # missing: callers fall back (no stylesheet, blank icons)
