"""A log call whose arguments do not format never raises into the app's code (logging's
own promise), and the record is still written, scrubbed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.diagnostics import logs


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("sk_FAKE_for_tests_only is not printable")


@pytest.fixture
def log_file(tmp_path: Path):
    logs.setup_logging("INFO", tmp_path, console=False)
    yield tmp_path / logs.LOG_FILE
    logs.teardown_logging()


@pytest.mark.parametrize(
    "args", [("pushed %s of %s", 3), ("value %s", Unprintable())], ids=["count", "str"]
)
def test_a_bad_log_call_does_not_raise_and_is_written(log_file: Path, args) -> None:
    logging.getLogger("test.bad_call").warning(*args)  # must not raise
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert args[0] in text and "could not be formatted" in text
    assert "sk_FAKE_for_tests_only" not in text
    assert any(args[0] in line for line in logs.RECENT_ERRORS.lines)
