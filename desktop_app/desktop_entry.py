"""The Linux desktop entry: the launcher, its icon set and AppStream metainfo, for the user.

``desktop-app install-desktop`` copies them into ``$XDG_DATA_HOME`` (``~/.local/share``):
``applications/<id>.desktop`` (its Exec line naming the program that ran the command:
the bundle, the pipx/venv script or ``python -m desktop_app``), ``icons/hicolor/`` (the
SVG as ``scalable`` and PNGs from 16 to 512 px rendered from it, so one drawing is the
source of every size) and ``metainfo/<id>.metainfo.xml``. Qt-free: the PNGs come from the
``render`` function the caller passes (desktop_app/ui/icon_render.py).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.resource_files import resources_dir

APP_ID = "io.github.shopadmin.ShopAdmin"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SCRIPT = "desktop-app"

Render = Callable[[Path, int, Path], None]  # (svg, size, png to write)


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    # The spec: a relative XDG_DATA_HOME is invalid and must be ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def source_files() -> dict[str, Path]:
    linux = resources_dir() / "linux"
    return {
        "desktop": linux / f"{APP_ID}.desktop",
        "metainfo": linux / f"{APP_ID}.metainfo.xml",
        "icon": resources_dir() / "icons" / "app.svg",
    }


def launcher() -> list[str]:
    """The command a click on the entry runs: this very program, by absolute path."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable]
    script = Path(sys.executable).with_name(SCRIPT)
    if script.is_file():  # a venv or pipx install
        return [str(script)]
    found = shutil.which(SCRIPT)
    return [found] if found else [sys.executable, "-m", "desktop_app"]


def exec_line(command: list[str]) -> str:
    # The desktop entry spec's quoting: arguments with spaces or specials in double quotes.
    return " ".join(shlex.quote(part).replace("'", '"') for part in command)


def entry_text(template: str, command: list[str]) -> str:
    lines = [
        f"Exec={exec_line(command)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def targets(home: Path) -> dict[str, Path]:
    icons = home / "icons" / "hicolor"
    found = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "scalable": icons / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        found[f"png{size}"] = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return found


def install(
    render: Render, home: Path | None = None, command: list[str] | None = None
) -> list[Path]:
    """Write the entry, icons and metainfo under ``home``; returns the files written."""
    home = home or data_home()
    sources, where = source_files(), targets(home)
    for path in where.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    template = sources["desktop"].read_text(encoding="utf-8")
    where["desktop"].write_text(entry_text(template, command or launcher()), encoding="utf-8")
    shutil.copyfile(sources["metainfo"], where["metainfo"])
    shutil.copyfile(sources["icon"], where["scalable"])
    for size in ICON_SIZES:
        render(sources["icon"], size, where[f"png{size}"])
    refresh_caches(home)
    return list(where.values())


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = [path for path in targets(home).values() if path.exists()]
    for path in removed:
        path.unlink()
    refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> None:
    """Tell menus and icon themes, where their tools exist (not needed by most desktops)."""
    for tool, target in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool) and target.is_dir():
            args = [tool, "-q", str(target)]
            if tool == "gtk-update-icon-cache":
                args.insert(1, "-f")
                args.insert(2, "-t")
            subprocess.run(args, capture_output=True, check=False, timeout=30)
