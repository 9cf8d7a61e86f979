"""``pipx install .`` gives a working ``desktop-app``: the wheel holds the entry point, every
module and resources/, and installed into a fresh environment it runs from there.

pipx is ``python -m venv`` + ``pip install``; this does the same with the wheel built
from the checkout, taking the dependencies from the project's .venv (a .pth line) instead
of downloading them again.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("desktop_app-*.whl")
    return built


def test_wheel_holds_entry_point_modules_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "desktop-app = desktop_app.cli.main:main" in text
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "desktop_app").rglob("*.py")}
    assert modules <= names, sorted(modules - names)[:10]
    data = {n.split("/data/", 1)[1] for n in names if ".data/data/" in n}
    for resource in (REPO / "resources").rglob("*"):
        if resource.is_file():
            assert f"share/desktop-app/{resource.relative_to(REPO).as_posix()}" in data, resource


def test_installed_wheel_runs_with_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "pipx-like"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies from the project's venv, after the new environment's own packages.
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    script = env_dir / "bin" / "desktop-app"
    version = subprocess.run([script, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0 and "desktop-app" in version.stdout, version.stderr
    where = subprocess.run(
        [
            python,
            "-c",
            "import desktop_app.resource_files as r, desktop_app as d; "
            "print(d.__file__); print(r.resources_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.split()
    assert where[0].startswith(site)  # the installed copy, not the checkout
    assert Path(where[1]) == env_dir / "share" / "desktop-app" / "resources"
    assert (Path(where[1]) / "style.qss").is_file()
