"""The app's log: a rotated file in the platform's log directory, scrubbed of secrets.

``setup_logging`` is called once by the composition root; ``set_level`` applies a new
level from the settings at once. Every handler it installs carries the ``ScrubFilter``,
so a secret that reaches a log call (in the message, its arguments or a traceback)
is replaced before anything is written. The last warnings and errors are also kept
in memory for the diagnostics report.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections import deque
from pathlib import Path

import platformdirs

from desktop_app.config.paths import APP_NAME
from desktop_app.diagnostics.scrub import Scrubber

LOG_DIR_ENV = "DESKTOP_APP_LOG_DIR"
LEVEL_ENV = "DESKTOP_APP_LOG"  # a developer's override of the settings' level
LOG_FILE = "desktop-app.log"
MAX_BYTES = 1_000_000
BACKUPS = 5  # desktop-app.log.1 … .5: at most ~6 MB
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RECENT = 50

# One scrubber for the process: the app adds the keyring's values to it at start.
SCRUBBER = Scrubber()


def log_dir() -> Path:
    """Where the log files go (``~/.local/state/desktop-app/log`` on Linux)."""
    value = os.environ.get(LOG_DIR_ENV, "").strip()
    if value:
        return Path(value).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE


class ScrubFilter(logging.Filter):
    """Renders the record's message and traceback now, scrubbed, so no handler sees
    the raw text (the arguments are dropped: they may hold a secret's value)."""

    def __init__(self, scrub: Scrubber = SCRUBBER) -> None:
        super().__init__()
        self.scrub = scrub
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_scrubbed", False):
            return True  # another handler's filter did it already
        record.msg = self.scrub(_message(record))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        record._scrubbed = True
        return True


def _message(record: logging.LogRecord) -> str:
    """The record's text; a log call whose arguments do not format (a wrong count, a
    ``__str__`` that raises) is written as its format string with a note: a filter that
    raised would take the app's code down from the log call, where logging never does."""
    try:
        return record.getMessage()
    except Exception as exc:
        return f"{record.msg} (its arguments could not be formatted: {type(exc).__name__})"


class RecentErrors(logging.Handler):
    """The last ``RECENT`` warnings and errors, formatted, for the diagnostics report."""

    def __init__(self, size: int = RECENT) -> None:
        super().__init__(logging.WARNING)
        self.lines: deque[str] = deque(maxlen=size)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:
            self.handleError(record)


RECENT_ERRORS = RecentErrors()
_before: list[int] = []  # the root level before setup_logging, put back by teardown


def parse_level(name: str) -> int:
    level = logging.getLevelName(name.strip().upper())
    return level if isinstance(level, int) else logging.WARNING


def setup_logging(
    level: str, directory: Path | None = None, *, console: bool = True, file: bool = True
) -> Path | None:
    """Log to a rotated file (and stderr) at ``level``; the file's path, or None when the
    directory cannot be written (the app still runs: logging must never stop it).
    ``file=False`` (the command line) logs to stderr only, scrubbed all the same."""
    teardown_logging()
    root = logging.getLogger()
    _before.append(root.level)
    scrub = ScrubFilter()
    handlers: list[logging.Handler] = [RECENT_ERRORS]
    path: Path | None = (directory or log_dir()) / LOG_FILE if file else None
    if path is not None:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handlers.append(
                logging.handlers.RotatingFileHandler(
                    path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
                )
            )
        except OSError as exc:
            print(f"desktop-app: cannot write the log in {path.parent}: {exc}", file=sys.stderr)
            path = None
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._desktop_app = True  # type: ignore[attr-defined]
        for old in list(handler.filters):  # RECENT_ERRORS outlives a set-up
            handler.removeFilter(old)
        handler.addFilter(scrub)
        if handler.formatter is None:
            handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    set_level(level)
    return path


def set_level(level: str) -> None:
    """The settings' level, applied now to the file and the console; the report's
    buffer of recent problems keeps warnings whatever the level."""
    wanted = parse_level(os.environ.get(LEVEL_ENV) or level)
    root = logging.getLogger()
    root.setLevel(min(wanted, logging.WARNING))
    for handler in root.handlers:
        if getattr(handler, "_desktop_app", False) and handler is not RECENT_ERRORS:
            handler.setLevel(wanted)


def teardown_logging() -> None:
    """Remove and close the handlers ``setup_logging`` installed (tests; the app's exit)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_desktop_app", False):
            root.removeHandler(handler)
            if handler is not RECENT_ERRORS:
                handler.close()
    if _before:
        root.setLevel(_before.pop())
