"""build.spec names files and modules that exist (checked without running PyInstaller)."""

from __future__ import annotations

import importlib
import types
from pathlib import Path
from typing import ClassVar

REPO = Path(__file__).resolve().parents[1]


class _Recorder:
    calls: ClassVar[dict[str, tuple[tuple, dict]]] = {}

    def __init__(self, *args, **kwargs) -> None:
        _Recorder.calls[type(self).__name__] = (args, kwargs)
        self.pure, self.scripts, self.binaries, self.datas = [], [], [], []


def _run_spec() -> dict[str, tuple[tuple, dict]]:
    _Recorder.calls = {}
    kinds = {name: type(name, (_Recorder,), {}) for name in
             ("Analysis", "PYZ", "EXE", "COLLECT")}
    hooks = types.SimpleNamespace(collect_submodules=lambda pkg: [f"{pkg}.fake_backend"])
    namespace = {"SPECPATH": str(REPO), **kinds}
    source = (REPO / "build.spec").read_text().replace(
        "from PyInstaller.utils.hooks import collect_submodules",
        "collect_submodules = hooks.collect_submodules")
    exec(compile(source, "build.spec", "exec"), {**namespace, "hooks": hooks})
    return _Recorder.calls


def test_entry_script_data_and_hidden_imports_exist() -> None:
    calls = _run_spec()
    args, kwargs = calls["Analysis"]
    (script,) = args[0]
    assert Path(script) == REPO / "desktop_app" / "__main__.py"
    for source, target in kwargs["datas"]:
        assert Path(source).is_dir() and any(Path(source).iterdir()), source
        assert target == "resources"  # where desktop_app/ui/style.py looks for it
    real = [m for m in kwargs["hiddenimports"] if not m.endswith("fake_backend")]
    for module in real:
        importlib.import_module(module)
    assert calls["EXE"][1]["name"] == calls["COLLECT"][1]["name"] == "desktop-app"


def test_resources_sit_where_the_style_module_expects_them() -> None:
    from desktop_app.ui import style

    assert style.RESOURCES == REPO / "resources"
    assert (style.RESOURCES / "style.qss").is_file()
