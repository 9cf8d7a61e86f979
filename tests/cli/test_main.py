from __future__ import annotations

import subprocess
import sys
import types

import pytest

from desktop_app import __version__
from desktop_app.cli import main as main_mod
from desktop_app.cli.main import main


def test_no_arguments_launches_the_gui(monkeypatch: pytest.MonkeyPatch):
    calls = []
    fake_app = types.ModuleType("desktop_app.app")
    fake_app.main = lambda argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.app", fake_app)
    assert main([]) == 0
    assert len(calls) == 1


def test_missing_gui_module_prints_a_message(monkeypatch: pytest.MonkeyPatch, capsys):
    def missing(name: str):
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(main_mod.importlib, "import_module", missing)
    assert main([]) == 1
    assert "The GUI is not available" in capsys.readouterr().err


def test_broken_dependency_inside_gui_is_not_hidden(monkeypatch: pytest.MonkeyPatch):
    def broken(name: str):
        raise ModuleNotFoundError("No module named 'PySide6'", name="PySide6")

    monkeypatch.setattr(main_mod.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="PySide6"):
        main([])


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["profiles", "--help"])
    out = capsys.readouterr().out
    for command in ("add", "list", "remove", "test"):
        assert command in out


def test_python_dash_m_runs_the_cli_without_loading_qt(app_dirs):
    code = (
        "import runpy, sys; sys.argv = ['desktop_app', 'profiles', 'list'];\n"
        "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DESKTOP_APP_CONFIG_DIR": str(app_dirs.config),
        "DESKTOP_APP_DATA_DIR": str(app_dirs.data),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "No profiles yet" in proc.stdout
