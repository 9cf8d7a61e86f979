"""The log file: in the platform's log directory, rotated, at the settings' level."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from desktop_app.diagnostics import logs


@pytest.fixture
def logged(tmp_path, monkeypatch) -> Iterator[Path]:
    monkeypatch.delenv(logs.LEVEL_ENV, raising=False)
    yield tmp_path / "log"
    logs.teardown_logging()
    logs.RECENT_ERRORS.lines.clear()


def test_the_default_directory_is_the_platforms_log_directory(monkeypatch) -> None:
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("desktop-app", appauthor=False))
    monkeypatch.setenv(logs.LOG_DIR_ENV, "/tmp/elsewhere")
    assert logs.log_file() == Path("/tmp/elsewhere/desktop-app.log")


def test_the_file_is_rotated_and_old_files_are_dropped(logged: Path, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging("INFO", logged, console=False)
    log = logging.getLogger("desktop_app.rotation")
    for i in range(400):
        log.info("line %04d %s", i, "x" * 60)
    logs.teardown_logging()
    files = sorted(p.name for p in logged.iterdir())
    assert files == ["desktop-app.log", *(f"desktop-app.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_000 for p in logged.iterdir())
    assert "line 0399" in path.read_text()  # the newest in the current file
    assert "line 0000" not in "".join(p.read_text() for p in logged.iterdir())  # dropped


def test_the_level_from_the_settings_applies_at_once(logged: Path) -> None:
    path = logs.setup_logging("ERROR", logged, console=False)
    log = logging.getLogger("desktop_app.level")
    log.warning("a warning at ERROR")
    log.error("an error at ERROR")
    logs.set_level("DEBUG")  # the settings changed
    log.debug("a debug line at DEBUG")
    logs.teardown_logging()
    text = path.read_text()
    assert "an error at ERROR" in text and "a debug line at DEBUG" in text
    assert "a warning at ERROR" not in text
    # The report's buffer keeps warnings whatever the file's level.
    assert any("a warning at ERROR" in line for line in logs.RECENT_ERRORS.lines)
    assert not any("debug line" in line for line in logs.RECENT_ERRORS.lines)


def test_the_environment_overrides_the_settings(logged: Path, monkeypatch) -> None:
    monkeypatch.setenv(logs.LEVEL_ENV, "debug")
    path = logs.setup_logging("ERROR", logged, console=False)
    logging.getLogger("desktop_app.env").debug("debugging")
    logs.teardown_logging()
    assert "debugging" in path.read_text()


def test_an_unwritable_directory_does_not_stop_the_app(tmp_path, logged: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert logs.setup_logging("INFO", blocker / "log", console=False) is None
    logging.getLogger("desktop_app.x").error("still recorded")
    assert any("still recorded" in line for line in logs.RECENT_ERRORS.lines)
