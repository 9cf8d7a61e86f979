#!/usr/bin/env python3
"""Translation catalogs: ``update`` the .ts sources from the code, ``build`` the .qm files.

    .venv/bin/python scripts/i18n.py update   # after adding or changing a marked string
    .venv/bin/python scripts/i18n.py build    # resources/i18n/*.qm (gitignored), setup.sh runs it

See docs/i18n.md. The .ts files are committed; the .qm files are build output that the
checkout, the wheel (pyproject data-files) and the bundle (build.spec) pick up from
resources/i18n/.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "desktop_app"
CATALOGS = REPO / "resources" / "i18n"
LANGUAGES = ("de", "fr")
CATALOG = "desktop_app"


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, directory: Path = CATALOGS) -> Path:
    return directory / f"{CATALOG}_{language}.ts"


def lupdate(targets: Sequence[Path], root: Path = SOURCES) -> None:
    files = [str(p) for p in source_files(root)]
    command = [
        tool("pyside6-lupdate"),
        *files,
        "-no-obsolete",
        "-locations",
        "relative",
        "-ts",
        *map(str, targets),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def update() -> None:
    CATALOGS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language) for language in LANGUAGES])


def build(out: Path = CATALOGS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        qm = out / f"{CATALOG}_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        built.append(qm)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build"))
    parser.add_argument("--out", type=Path, default=CATALOGS, help="where build writes .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for qm in build(args.out):
            print(f"[i18n] {qm.relative_to(REPO) if qm.is_relative_to(REPO) else qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
