"""The PyInstaller bundle against the test stack: its CLI answers, its window lists rows.

scripts/test.sh builds ``dist/desktop-app`` (scripts/build-bundle.sh) while the stack comes
up; in CI a missing bundle fails. The profile's secrets go into the real Secret Service
(the suite runs under scripts/keyring-session.sh), where the bundled program reads them:
never on a command line or in its environment. Under Xvfb the bundled GUI starts, reports
(desktop_app/ui/startup_report.py) when its list painted rows, a screenshot of the screen
is taken and its list area checked for rows of text; then it starts again on the filled
store: that is the cold start printed with the bundle's size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.config import ProfileStore
from desktop_app.secrets import SERVICE, KeyringSecretStore, Secret
from desktop_app.services.profiles import ProfileService
from tests.e2e.app.helpers import stack_profile
from tests.support.stack import StackInfo

pytestmark = pytest.mark.keyring_real

REPO = Path(__file__).resolve().parents[3]
BUNDLE_DIR = Path(os.environ.get("DESKTOP_APP_BUNDLE", REPO / "dist" / "desktop-app"))
PROGRAM = BUNDLE_DIR / "desktop-app"
REPORT_ENV = "DESKTOP_APP_STARTUP_REPORT"
ROW_PX = 34  # the list's fixed row height (catalog_page.py)


def need(condition: bool, message: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def program() -> Path:
    need(PROGRAM.is_file(), f"no bundle at {PROGRAM}: scripts/build-bundle.sh builds it")
    return PROGRAM


@pytest.fixture
def keyring_store() -> Iterator[KeyringSecretStore]:
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.get_preferred_collection()  # raises without an unlocked Secret Service
    except Exception as exc:
        reason = (
            f"no Secret Service ({type(exc).__name__}: {exc}); run under scripts/keyring-session.sh"
        )
        if os.environ.get("REQUIRE_REAL_KEYRING") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    yield KeyringSecretStore(backend, SERVICE)


@pytest.fixture
def shop(stack: StackInfo, keyring_store: KeyringSecretStore, app_dirs) -> Iterator[str]:
    """A profile on the test stack, its secrets in the keyring only; yields its name."""
    name = f"bundle-{uuid.uuid4().hex[:8]}"
    services = ProfileService(ProfileStore(app_dirs.config), keyring_store)
    services.save(
        stack_profile(stack, name),
        medusa_secret=Secret(stack.medusa_secret_key),
        payload_secret=Secret(stack.editor_key),
        activate=True,
    )
    yield name
    keyring_store.delete_all_for_profile(name)


def start_window(program: Path, report: Path) -> tuple[subprocess.Popen[str], float, dict]:
    """Start the bundled GUI; returns it, seconds to its report, and the report."""
    report.unlink(missing_ok=True)
    started = time.time()
    proc = subprocess.Popen(
        [str(program)],
        env={**os.environ, REPORT_ENV: str(report)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    while not report.exists():
        if proc.poll() is not None:
            pytest.fail(f"the bundled app exited {proc.returncode}: {proc.stderr.read()[-3000:]}")
        if time.time() - started > 90:
            proc.kill()
            pytest.fail(f"no rows painted within 90 s: {proc.communicate()[1][-3000:]}")
        time.sleep(0.01)
    facts = json.loads(report.read_text())
    return proc, facts["interactive_at"] - started, facts


def close_window(proc: subprocess.Popen[str], report: Path) -> None:
    report.unlink()  # the app closes its window like a user would
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 0, err[-3000:]


def dark_row_bands(shot: Path, rect: list[int]) -> int:
    """How many of the list's row bands hold dark (text) pixels in the screenshot."""
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull(), shot
    x, y, w, h = rect
    bands = 0
    for top in range(y, min(y + h, image.height()) - ROW_PX + 1, ROW_PX):
        dark = sum(
            1
            for yy in range(top, top + ROW_PX, 2)
            for xx in range(x, min(x + w, image.width()), 3)
            if image.pixelColor(xx, yy).lightness() < 110
        )
        bands += dark >= 20
    return bands


def test_the_bundle_carries_german_and_french(program: Path) -> None:
    """Our catalogs and Qt's own (standard buttons: "Schließen") where the frozen app looks:
    resource_files.resources_dir() is _internal/resources, and PySide6's embedded qt.conf puts
    QLibraryInfo's TranslationsPath at _internal/PySide6/Qt/translations (PyInstaller's
    PySide6 hooks collect qtbase_*.qm there with QtCore)."""
    internal = program.parent / "_internal"
    for language in ("de", "fr"):
        ours = internal / "resources" / "i18n" / f"desktop_app_{language}.qm"
        qt = internal / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm"
        for catalog in (ours, qt):
            assert catalog.is_file() and catalog.stat().st_size > 1000, catalog


@pytest.mark.timeout(300)  # the first window pulls the whole test stack
def test_bundle_cli_and_window_against_the_stack(
    program: Path, shop: str, tmp_path: Path, capsys
) -> None:
    size = sum(
        f.stat().st_size for f in BUNDLE_DIR.rglob("*") if f.is_file() and not f.is_symlink()
    )
    started = time.perf_counter()
    listed = subprocess.run(
        [str(program), "products", "list", "--json"], capture_output=True, text=True, timeout=120
    )
    cli_s = time.perf_counter() - started
    assert listed.returncode == 0, listed.stderr[-3000:]
    rows = json.loads(listed.stdout)
    assert len([r for r in rows if r["handle"].startswith("demo-")]) >= 40
    assert {"Classic Crew T-Shirt", "Picnic Blanket"} <= {r["title"] for r in rows}

    report = tmp_path / "started.json"
    proc, first_s, facts = start_window(program, report)  # empty store: pulls first
    shot = tmp_path / "bundle-window.png"
    try:
        assert shop in facts["title"] and facts["rows"] > 0 and facts["total"] > 0, facts
        assert shutil.which("import"), "ImageMagick's import (scripts/setup.sh --test)"
        subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=60)
        bands = dark_row_bands(shot, facts["rows_rect"])
    finally:
        close_window(proc, report)
    visible = min(facts["rows"], facts["rows_rect"][3] // ROW_PX)
    assert bands >= min(visible, 10) - 1, (bands, facts)

    proc, cold_s, again = start_window(program, report)  # the store is filled now
    close_window(proc, report)
    assert again["rows"] >= facts["rows"]
    with capsys.disabled():
        print(
            f"\n[bundle] {BUNDLE_DIR}: {size / 2**20:.0f} MB; CLI products list --json: "
            f"{len(rows)} products in {cli_s:.2f} s; window: {facts['rows']} rows painted "
            f"{first_s:.2f} s after start (empty store, pulled from the stack), "
            f"screenshot {shot} shows {bands} row bands; cold start on the filled store: "
            f"{cold_s:.2f} s to a painted, interactive window"
        )
