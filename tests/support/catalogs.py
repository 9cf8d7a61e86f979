"""Fixtures that install the interface in German or French, from the committed catalogs.

The .ts files are compiled into a temporary folder once per run (as scripts/i18n.py build
does for the app) and installed as app.main does at start (ui/translator.py); each
fixture uninstalls afterwards, so the next tests read English again. tests/conftest.py
loads this module as a plugin: every test can ask for ``catalogs``, ``german`` or
``french``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui import translator

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("i18n_script", REPO / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path_factory.mktemp("qm")
    script.build(out)
    return out


def installed(language: str, catalogs: Path) -> Iterator[translator.Installed]:
    done = translator.install(language, catalogs, system=QLocale("en_US"))
    yield done
    done.uninstall()


@pytest.fixture
def german(qapp, catalogs: Path) -> Iterator[translator.Installed]:
    yield from installed("de", catalogs)


@pytest.fixture
def french(qapp, catalogs: Path) -> Iterator[translator.Installed]:
    yield from installed("fr", catalogs)
