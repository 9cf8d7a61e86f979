"""Keep keyring from importing another OS's backend module while it picks the backend.

keyring loads every backend it ships to choose one. On Linux, its macOS backend's ``api``
module looks for the Security framework with ``ctypes.util.find_library`` at import, which
runs ``ldconfig`` and ``gcc``: ~0.1 s of every start (bench/cold_start.py), for a backend
that can never be used here. The backend's package already treats a failing ``api``
import as "not available"; marking the module missing makes it fail at once.
"""

from __future__ import annotations

import sys

MACOS_API = "keyring.backends.macOS.api"


def skip_foreign_backends() -> None:
    if sys.platform != "darwin":
        sys.modules.setdefault(MACOS_API, None)  # type: ignore[arg-type]  # import fails
