"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

That PySide build returns these singletons from void and bool methods without
taking a reference (harmless from Python 3.12, where they are immortal). On 3.11
every such call drops one reference, and a long session (a sync watch, typing in
the editor, ~10^5 Qt calls) aborts the interpreter with "none_dealloc" or
"bool_dealloc". Adding references up front keeps them alive for any realistic
session; the real fix is a PySide release that increfs, or Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA = 1 << 40
_done = False


def keep_singletons_alive(extra: int = EXTRA) -> None:
    """Once per process; a no-op where the singletons are immortal."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += extra
    _done = True
