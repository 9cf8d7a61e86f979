"""``desktop-app install-desktop``: the entry, icon set and metainfo land under XDG_DATA_HOME."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import desktop_entry
from desktop_app.cli.main import main
from desktop_app.desktop_entry import APP_ID, ICON_SIZES


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_writes_entry_icons_and_metainfo(data_home: Path, capsys) -> None:
    assert main(["install-desktop"]) == 0
    assert str(data_home) in capsys.readouterr().out
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text()
    (exec_line,) = [line for line in text.splitlines() if line.startswith("Exec=")]
    program = exec_line.removeprefix("Exec=").split(" ")[0]
    assert Path(program).is_absolute() and Path(program).exists(), exec_line
    assert f"Icon={APP_ID}\n" in text
    icons = data_home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_text().startswith("<svg")
    for size in ICON_SIZES:
        assert png_size(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_icons_are_drawn_not_blank(data_home: Path) -> None:
    from PySide6.QtGui import QImage

    assert main(["install-desktop"]) == 0
    png = data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    image = QImage(str(png))
    tile, corner = image.pixelColor(6, 24), image.pixelColor(0, 0)
    assert corner.alpha() == 0  # the rounded square's corner is transparent
    assert tile.alpha() == 255 and tile.blue() > 2 * tile.red()  # the blue tile


def test_uninstall_removes_what_install_wrote(data_home: Path) -> None:
    assert main(["install-desktop", "--json"]) == 0
    written = desktop_entry.targets(data_home).values()
    assert all(path.exists() for path in written)
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not any(path.exists() for path in written)


def test_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


def test_the_bundle_names_itself_and_paths_with_spaces_are_quoted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Shop Admin/desktop-app")
    assert desktop_entry.launcher() == ["/opt/Shop Admin/desktop-app"]
    text = desktop_entry.entry_text("[Desktop Entry]\nExec=desktop-app\n", desktop_entry.launcher())
    assert 'Exec="/opt/Shop Admin/desktop-app"\n' in text


def test_a_missing_icon_is_an_error_not_a_traceback(data_home: Path, monkeypatch, capsys) -> None:
    missing = dict(desktop_entry.source_files(), icon=data_home / "nope.svg")
    monkeypatch.setattr(desktop_entry, "source_files", lambda: missing)
    assert main(["install-desktop"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
