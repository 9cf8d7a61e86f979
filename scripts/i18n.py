#!/usr/bin/env python3
"""Translation catalogs: ``update`` the .ts sources from the code, ``build`` the .qm files.

    .venv/bin/python scripts/i18n.py update   # after adding or changing a marked string
    .venv/bin/python scripts/i18n.py build    # resources/i18n/*.qm (gitignored), setup.sh runs it
    .venv/bin/python scripts/i18n.py unfinished > todo.json   # what still wants a translation
    .venv/bin/python scripts/i18n.py fill done.json           # write translations back

See docs/i18n.md. The .ts files are committed; the .qm files are build output that the
checkout, the wheel (pyproject data-files) and the bundle (build.spec) pick up from
resources/i18n/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def _catalog(language: str, directory: Path) -> ET.ElementTree:
    return ET.parse(ts_path(language, directory))


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str | None]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment"),
    )


def unfinished(directory: Path = CATALOGS) -> list[dict[str, Any]]:
    """Messages some language still lacks, one entry each with every language's text."""
    entries: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for language in LANGUAGES:
        for context in _catalog(language, directory).getroot().iter("context"):
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") != "unfinished":
                    continue
                context_name, source, comment = key = _key(context, message)
                entry = entries.setdefault(key, {"context": context_name, "source": source})
                if comment:
                    entry["comment"] = comment
                if message.get("numerus") == "yes":
                    entry["numerus"] = True
                entry[language] = ["", ""] if message.get("numerus") == "yes" else ""
    return list(entries.values())


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    node = message.find("translation")
    assert node is not None
    for child in list(node):
        node.remove(child)
    node.attrib.pop("type", None)
    if isinstance(text, list):
        node.text = None
        for form in text:
            ET.SubElement(node, "numerusform").text = form
    else:
        node.text = text


def fill(entries: list[dict[str, Any]], directory: Path = CATALOGS) -> list[str]:
    """Writes each entry's translations into the catalogs; returns what was not found."""
    missing = []
    for language in LANGUAGES:
        tree = _catalog(language, directory)
        wanted = {
            (e["context"], e["source"], e.get("comment")): e[language]
            for e in entries
            if e.get(language)
        }
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                if (text := wanted.pop(_key(context, message), None)) is not None:
                    _set_translation(message, text)
        missing += [f"{language}: {k}" for k in wanted]
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path(language, directory).write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "unfinished", "fill"))
    parser.add_argument("file", nargs="?", type=Path, help="fill: the translations (JSON)")
    parser.add_argument("--out", type=Path, default=CATALOGS, help="where build writes .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "unfinished":
        json.dump(unfinished(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        if args.file is None:
            parser.error("fill wants the JSON file the translations are in")
        missing = fill(json.loads(args.file.read_text(encoding="utf-8")))
        for line in missing:
            print(f"[i18n] not in the catalog (run update first?): {line}", file=sys.stderr)
        return 1 if missing else 0
    else:
        for qm in build(args.out):
            print(f"[i18n] {qm.relative_to(REPO) if qm.is_relative_to(REPO) else qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
