"""Crash-safe file replacement.

A reader (or the next start of the app) sees either the old file or the complete
new one, never a truncated mix, even if we crash or the disk fills mid-write.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    """Write ``text`` to ``path`` via temp file + fsync + ``os.replace``."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # The temp file must live in the same directory: os.replace is only atomic
    # within one filesystem.
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp already uses 0600, but be explicit: the permission must be
        # right before any byte is written, not fixed up afterwards.
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fd = -1  # now owned by fh
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # Persist the rename itself; without this a power cut can lose the new
    # directory entry on some filesystems. Not supported everywhere (Windows).
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
