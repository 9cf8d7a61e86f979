"""The German and French catalogs are complete and match the code.

``lupdate`` is run over desktop_app/ into copies of the committed .ts files: a new
``translate(...)`` string shows up there as unfinished, a removed one as vanished, so
either fails here until ``scripts/i18n.py update`` was run and the string translated
(docs/i18n.md). The translations keep every placeholder of their source.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_script", REPO / "scripts" / "i18n.py")
assert _spec is not None and _spec.loader is not None
catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogs)

LANGUAGES = catalogs.LANGUAGES
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")

Message = tuple[str, str, str | None]  # context, source, disambiguation


def messages(path: Path) -> dict[Message, ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            out[key] = message
    return out


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed catalogs after lupdate read the code as it is now."""
    out = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copies[language] = shutil.copy(catalogs.ts_path(language), out / f"{language}.ts")
    subprocess.run(
        [
            catalogs.tool("pyside6-lupdate"),
            *map(str, catalogs.source_files()),
            "-locations",
            "none",
            "-ts",
            *map(str, copies.values()),
        ],
        check=True,
        capture_output=True,
    )
    return {language: Path(path) for language, path in copies.items()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_holds_exactly_the_strings_of_the_code(
    language: str, updated: dict[str, Path]
) -> None:
    committed = set(messages(catalogs.ts_path(language)))
    now = messages(updated[language])
    new = sorted(k for k, m in now.items() if k not in committed)
    gone = sorted(
        k for k, m in now.items() if m.find("translation").get("type") in ("vanished", "obsolete")
    )
    assert not new, f"run scripts/i18n.py update and translate: {new}"
    assert not gone, f"run scripts/i18n.py update (strings no longer in the code): {gone}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for (context, source, _), message in messages(catalogs.ts_path(language)).items():
        kind = message.find("translation").get("type")
        texts = translations(message)
        if kind is not None or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source.replace("|", " "))))
        numerus = message.get("numerus") == "yes"
        for text in texts:
            found = sorted(set(PLACEHOLDER.findall(text)))
            if numerus:  # a form may leave the count out ("Remove variant"), never a name
                found = [p for p in found if p.startswith("{")]
                want = [p for p in wanted if p.startswith("{")]
            else:
                want = wanted
            if found != want:
                problems.append(f"{context}: {text!r} does not keep {want}")
            if numerus and ("|" in text or "(s)" in text):
                problems.append(f"{context}: {text!r} holds English plural notation")
        if numerus and re.search(r"%L?n", source) and not re.search(r"%L?n", texts[-1]):
            problems.append(f"{context}: {texts[-1]!r} (the plural) does not show the count")
    assert not problems, "\n".join(problems)


def test_unfinished_lists_what_fill_then_writes(tmp_path: Path) -> None:
    for language in LANGUAGES:
        catalogs.ts_path(language, tmp_path).write_text(
            f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context><name>Grid</name>
<message><source>Paste</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%Ln cell(s)</source>
<translation type="unfinished"><numerusform></numerusform></translation></message>
</context></TS>""",
            encoding="utf-8",
        )
    todo = catalogs.unfinished(tmp_path)
    assert [(e["source"], e.get("numerus", False)) for e in todo] == [
        ("Paste", False),
        ("%Ln cell(s)", True),
    ]
    todo[0].update(de="Einfügen", fr="Coller")
    todo[1].update(de=["%Ln Zelle", "%Ln Zellen"], fr=["%Ln cellule", "%Ln cellules"])
    unknown = {"context": "Grid", "source": "Nowhere", "de": "Nirgends"}
    assert catalogs.fill([*todo, unknown], tmp_path) == ["de: ('Grid', 'Nowhere', None)"]
    assert catalogs.unfinished(tmp_path) == []
    german = messages(catalogs.ts_path("de", tmp_path))
    assert translations(german[("Grid", "Paste", None)]) == ["Einfügen"]
    assert translations(german[("Grid", "%Ln cell(s)", None)]) == ["%Ln Zelle", "%Ln Zellen"]


def test_build_compiles_every_language(tmp_path: Path) -> None:
    built = catalogs.build(tmp_path)
    assert sorted(p.name for p in built) == [f"desktop_app_{lang}.qm" for lang in LANGUAGES]
    assert all(p.stat().st_size > 1000 for p in built)


def test_the_wheel_and_the_checkout_find_the_compiled_catalogs() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"share/desktop-app/resources/i18n" = ["resources/i18n/*"]' in pyproject
    assert "resources/i18n/*.qm" in (REPO / ".gitignore").read_text(encoding="utf-8")
