from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.config import atomic
from desktop_app.config.atomic import atomic_write_text


def test_writes_content_with_mode_0600(tmp_path: Path):
    target = tmp_path / "sub" / "f.json"
    atomic_write_text(target, "hello")
    assert target.read_text() == "hello"
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["f.json"]


def test_replaces_existing_file_and_tightens_mode(tmp_path: Path):
    target = tmp_path / "f.json"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("fail_in", ["fsync", "replace"])
def test_failure_keeps_old_file_and_leaves_no_temp(tmp_path: Path, fail_in: str):
    target = tmp_path / "f.json"
    target.write_text("old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic.os, fail_in, boom)
        with pytest.raises(OSError, match="No space"):
            atomic_write_text(target, "new content that never lands")
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_failure_on_first_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "f.json"
    calls = []

    def boom(src, dst):
        calls.append((src, dst))
        raise OSError("simulated crash")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "x")
    assert calls and Path(calls[0][0]).parent == tmp_path  # temp lives next to target
    assert list(tmp_path.iterdir()) == []
