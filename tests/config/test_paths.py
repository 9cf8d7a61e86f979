from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.config import paths


def test_env_overrides_are_read_at_call_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, str(tmp_path / "c1"))
    assert paths.config_dir() == tmp_path / "c1"
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, str(tmp_path / "c2"))
    assert paths.config_dir() == tmp_path / "c2"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "d"))
    assert paths.data_dir() == tmp_path / "d"


def test_defaults_come_from_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv(paths.CONFIG_DIR_ENV)
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert paths.config_dir() == tmp_path / "xdg-config" / paths.APP_NAME
    assert paths.data_dir() == tmp_path / "xdg-data" / paths.APP_NAME


def test_blank_env_falls_back_to_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, "  ")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "x"))
    assert paths.config_dir() == tmp_path / "x" / paths.APP_NAME


def test_ensure_dir_is_owner_only(tmp_path: Path):
    d = paths.ensure_dir(tmp_path / "a" / "b")
    assert d.is_dir()
    assert d.stat().st_mode & 0o077 == 0
