"""A new user's first session, one picture per step: docs/tour/NN-*.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/first_session_tour.py [--out DIR]

Runs without a network or a stack: the app's real windows over the in-process fake
servers of the test suite (tests/exchange/fakes.py, tests/services/content_fakes.py),
filled with the demo catalog (stack/stackctl/catalog.py). A stand-in ``stackctl`` plays
the demo set-up, as tests/services/test_demo.py does. The profiles, stores and run
history go to a temporary directory and secrets to memory, so a user's real profiles
and keyring are never touched.

01 fresh start: no profile, the demo shop is being set up
02 the demo shop in the main window
03 a search with no result
04 the commerce editor
05 the content editor with a description and its preview
06 offline: Medusa unreachable, an edit waiting in the pending view
07 Medusa back: the queued edit went by itself; the sync verification report
08 bulk edit preview
09 settings with a connection test
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import runpy
import shutil
import sys
import tempfile
import textwrap
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def scratch(prefix: str) -> Path:
    """A temporary directory for the app's profiles, stores and run history, from now on.

    The app reads these variables whenever it opens a file; set before it stores anything,
    nothing lands in the user's dirs. The docs' other picture scripts call it too."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["DESKTOP_APP_CONFIG_DIR"] = str(path / "config")
    os.environ["DESKTOP_APP_DATA_DIR"] = str(path / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    return path


# Before the app is imported: no store, profile or run history may land in the user's dirs.
SCRATCH = scratch("first-session-tour-")

import qasync  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app import money  # noqa: E402
from desktop_app.config import ProfileStore  # noqa: E402
from desktop_app.richtext import markdown_to_lexical  # noqa: E402
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind  # noqa: E402
from desktop_app.secrets.store import SecretStoreStatus  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.services.transports import Transports  # noqa: E402
from desktop_app.store import SearchRow  # noqa: E402
from desktop_app.ui.admin.findings_model import Col  # noqa: E402
from desktop_app.ui.content_editor import hook as content_hook  # noqa: E402
from desktop_app.ui.gc_guard import GuiThreadGc  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.offline.catalog_page import CatalogPage  # noqa: E402
from desktop_app.ui.pyside_refs import keep_singletons_alive  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402
from tests.exchange.fakes import Clock, FakeMedusa, _json  # noqa: E402
from tests.services.content_fakes import MediaPayload  # noqa: E402

WINDOW = (1320, 820)  # the main window; dialogs keep the size the app gives them
EDITOR = (1360, 940)  # the content editor: form, SEO and preview side by side
HOODIE = "Heavyweight Hoodie"
MUG = "Stoneware Coffee Mug"
NO_MATCH = "linen kimono"


class TourKeyring(InMemorySecretStore):
    """Secrets in memory that answer like the OS keyring, so the windows show what a user
    with a working keyring sees (no "kept for this session only" notes)."""

    @property
    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(persistent=True, backend="keyring")

    def set(self, profile: str, kind: SecretKind, secret: Secret) -> bool:
        super().set(profile, kind, secret)
        return True


# ------------------------------------------------------------------ the servers
@dataclass
class TourPayload(MediaPayload):
    """MediaPayload whose API key belongs to a named editor (the Settings test shows it)."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/users/me" and not self.down:
            self.requests.append(request)
            return _json(200, {"user": {"id": 3, "email": "editor@northwind.example",
                                        "collection": "users"}, "message": "Account"})
        return super().handle(request)


def demo_catalog() -> list[dict[str, Any]]:
    """The products stack/up seeds (stackctl/catalog.py), as the stack would create them."""
    return runpy.run_path(str(REPO / "stack" / "stackctl" / "catalog.py"))["demo_products"]()


def seeded_at(n: int, minutes: int = 0) -> str:
    """When product ``n`` was last saved: spread over the weeks before the fakes' clock
    starts (27 Nov 2026, 05:00), so every later change is newer, as on a real shop."""
    day, hour, minute = 1 + (n * 7) % 26, 8 + n % 10, (n * 13 + minutes) % 60
    return f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:{n % 60:02d}.000Z"


def medusa_product(n: int, seed: dict[str, Any], stamp: str) -> dict[str, Any]:
    pid = f"prod_01JDXK{n:04d}"
    options = [{"id": f"opt_{n:04d}_{i}", "title": o["title"],
                "values": [{"id": f"optval_{n:04d}_{i}_{j}", "value": v}
                           for j, v in enumerate(o["values"])]}
               for i, o in enumerate(seed["options"])]
    variants = [{"id": f"variant_01JDXK{n:04d}{i:02d}", "title": v["title"], "sku": v["sku"],
                 "manage_inventory": False,
                 "prices": [{"id": f"price_{n:04d}_{i}_{p['currency_code']}", **p}
                            for p in v["prices"]]}
                for i, v in enumerate(seed["variants"])]
    return {"id": pid, "title": seed["title"], "subtitle": seed["subtitle"],
            "handle": seed["handle"], "status": seed["status"],
            "description": seed["description"], "deleted_at": None, "updated_at": stamp,
            "metadata": {"seed": "demo", "material": seed["material"], "payload_id": str(n)},
            "options": options, "variants": variants}


def payload_doc(product: dict[str, Any], n: int, stamp: str) -> dict[str, Any]:
    """The doc the integration creates: text, and option/variant rows naming Medusa's ids."""
    return {"id": n, "medusa_id": product["id"], "title": product["title"],
            "subtitle": product["subtitle"],
            "description": markdown_to_lexical(product["description"]),
            "seo": {"meta_title": None, "meta_description": None, "meta_keywords": None},
            "options": [{"id": f"{n:012x}{i:012x}", "title": o["title"],
                         "medusa_id": o["id"]} for i, o in enumerate(product["options"])],
            "variants": [{"id": f"{n:012x}{i + 50:012x}", "title": v["title"],
                          "medusa_id": v["id"], "option_values": []}
                         for i, v in enumerate(product["variants"])],
            "updatedAt": stamp, "createdAt": stamp}


def demo_servers(images: list[Path]) -> tuple[FakeMedusa, TourPayload]:
    """The seeded demo shop, with the drift a shop collects in its first weeks.

    The sync report of step 07 needs something to say: one product the sync never
    reached, a stale payload_id, a doc whose product was deleted, a variant row lost
    in Payload, and two texts edited in Payload (information only: Payload owns them).
    """
    clock = Clock()
    medusa, payload = FakeMedusa(clock=clock), TourPayload(clock=clock)
    by_title: dict[str, dict[str, Any]] = {}
    for n, seed in enumerate(demo_catalog(), 1):
        product = medusa_product(n, seed, seeded_at(n))
        medusa.products[product["id"]] = product
        by_title[product["title"]] = product
        if seed["title"] != "End-Grain Cutting Board":  # the sync never reached this one
            payload.docs[n] = payload_doc(product, n, seeded_at(n, 1))
        else:
            del product["metadata"]["payload_id"]  # nothing to link to yet
    hoodie = by_title[HOODIE]
    media = [payload.add_media(path.name, alt) for path, alt in
             zip(images, ("Navy hoodie", "Slate hoodie", "Oat hoodie (new season)"),
                 strict=True)]
    for path in images:  # the drawn pictures, not content_fakes' 8×8 placeholder
        payload.files[path.name] = path.read_bytes()
    payload.touch(hoodie["id"], thumbnail=media[0]["id"],
                  images=[{"id": f"row-{m['id']}", "image": m["id"]} for m in media],
                  seo={"meta_title": "Heavyweight Hoodie – brushed fleece | Northwind",
                       "meta_description": "A 400 gsm brushed fleece hoodie with a "
                       "double-lined hood. Free shipping and 60-day returns.",
                       "meta_keywords": "hoodie, fleece, oversized"})
    by_title["Wool Scarf"]["metadata"]["payload_id"] = "97"  # no doc 97: stale
    bottle = by_title["Insulated Water Bottle"]
    payload.by_medusa(bottle["id"])["variants"].pop()  # a variant row lost in Payload
    payload.touch(by_title["Linen Apron"]["id"], title="Linen Apron — Chef's Edition")
    payload.touch(by_title["Canvas Tote Bag"]["id"], subtitle="Carries a week of shopping")
    medusa.delete(by_title["Picnic Blanket"]["id"])  # its doc stays: an orphan
    return medusa, payload


# ------------------------------------------------------------- the demo set-up
STACKCTL = '''
import json, pathlib, sys, time
STATE, GATE = {state!r}, {gate!r}
if sys.argv[1] == "up":
    print("[stack] starting PostgreSQL on port 54329…", flush=True)
    print("[stack] installing locked npm dependencies in payload/ (npm ci)…", flush=True)
    print("[stack] building Payload's admin UI (generate:importmap + next build, "
          "1-4 min)…", flush=True)
    for _ in range(1200):  # the tour takes its picture of the set-up, then lets it end
        if pathlib.Path(GATE).exists():
            break
        time.sleep(0.05)
    print("[stack] stack is up", flush=True)
    sys.exit(0)
print(json.dumps({{"state_file": STATE}}))
'''


def fake_stack(root: Path) -> tuple[Path, Path]:
    """A stand-in stack/ whose ``up`` waits for a gate file; returns (stack dir, gate)."""
    stack, gate, state = root / "stack", root / "stack-up", root / "state.json"
    (stack / "stackctl").mkdir(parents=True)
    state.write_text(json.dumps({
        "medusa": {"url": "http://localhost:9000", "secret_key": "sk_demo_0123456789"},
        "payload": {"url": "http://localhost:8000",
                    "users": {"editor": {"api_key": "0b5e7c1e-demo-editor-key"}}},
    }))
    (stack / "stackctl" / "__main__.py").write_text(
        textwrap.dedent(STACKCTL.format(state=str(state), gate=str(gate))))
    return stack, gate


def product_images(root: Path) -> list[Path]:
    """Studio-style shots drawn by docs/content_editor_screenshot.py (no image files)."""
    draw = runpy.run_path(str(REPO / "docs" / "content_editor_screenshot.py"))["product_png"]
    paths = []
    for name, hue in (("hoodie-navy", 225), ("hoodie-slate", 200), ("hoodie-oat", 35)):
        path = root / f"{name}.png"
        draw(path, hue)
        paths.append(path)
    return paths


# -------------------------------------------------------------------- the tour
async def until(predicate: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the tour waited in vain for {what}")
        await asyncio.sleep(0.05)


class Tour:
    def __init__(self, window: MainWindow, medusa: FakeMedusa, payload: TourPayload,
                 gate: Path, out: Path) -> None:
        self.window, self.medusa, self.payload = window, medusa, payload
        self.gate, self.out = gate, out
        self.shots: list[Path] = []

    async def shoot(self, widget: QWidget, name: str) -> None:
        for _ in range(5):  # layouts, the debounced search and the preview settle
            QApplication.processEvents()
            await asyncio.sleep(0.08)
        widget.repaint()
        path = self.out / f"{len(self.shots) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.shots.append(path)
        print("wrote", path.relative_to(REPO) if path.is_relative_to(REPO) else path)

    @property
    def page(self) -> CatalogPage:  # once the demo shop is shown
        assert self.window.page is not None
        return self.window.page

    def row(self, title: str) -> tuple[int, SearchRow]:
        model = self.page.model
        for r in range(model.rowCount()):
            found = model.row_at(r)
            if found is not None and found.title == title:
                return r, found
        raise LookupError(title)

    def select(self, title: str) -> SearchRow:
        r, found = self.row(title)
        self.page.table.selectRow(r)
        self.page.table.scrollTo(self.page.model.index(r, 0))
        return found

    async def run(self) -> None:
        for step in (self.fresh_start, self.demo_loaded, self.no_result, self.commerce_editor,
                     self.content_editor, self.offline, self.sync_report, self.bulk_edit,
                     self.settings):
            await step()

    # 01 ------------------------------------------------------------------------
    async def fresh_start(self) -> None:
        window = self.window
        window.resize(*WINDOW)
        window.show()
        window.start()  # no profile: the welcome page; its "Try the demo shop" sets it up
        window.welcome.demo_button.click()
        await until(lambda: "admin UI" in window.welcome.step_label.text(), "the stack's output")
        await self.shoot(window, "fresh-start")
        self.gate.touch()

    # 02 ------------------------------------------------------------------------
    async def demo_loaded(self) -> None:
        window = self.window
        await until(lambda: window.page is not None and not window.pulling
                    and window.page.model.rowCount() > 30, "the demo catalog")
        self.select(HOODIE)
        await self.shoot(window, "demo-shop")

    # 03 ------------------------------------------------------------------------
    async def no_result(self) -> None:
        page = self.page
        page.search_edit.setText(NO_MATCH)
        page.apply_filter()
        await self.shoot(self.window, "search-no-result")
        page.clear_filters()

    # 04 ------------------------------------------------------------------------
    async def commerce_editor(self) -> None:
        row = self.select(HOODIE)
        editor = self.page.open_editor(row.product_id)
        await until(lambda: editor.isVisible(), "the commerce editor")
        editor.subtitle_edit.setText("Brushed fleece, oversized fit, now in Navy")
        editor.subtitle_edit.setFocus()  # the caret where the merchant types
        await self.shoot(editor, "commerce-editor")
        editor.discard_and_close()

    # 05 ------------------------------------------------------------------------
    async def content_editor(self) -> None:
        row = self.select(HOODIE)
        editor = content_hook.open_for_row(self.window, row)
        assert editor is not None
        editor.resize(*EDITOR)
        await until(lambda: editor.content is not None, "the product's content")
        await until(lambda: len(editor.images.findChildren(QWidget)) > 0, "the images")
        source = editor.editor
        cursor = source.textCursor()  # the merchant is mid-way through the features list
        start = source.toPlainText().find("Double-lined hood")
        cursor.setPosition(start + len("Double-lined hood"))
        source.setTextCursor(cursor)
        source.insertPlainText(" with flat cotton drawcords")
        source.setFocus()
        await until(lambda: not editor.renderer.pending, "the preview")
        await asyncio.sleep(0.5)  # the preview's images arrive from the fake Payload
        await self.shoot(editor, "content-editor")
        editor._close_confirmed = True  # the tour discards its typing
        editor.close()

    # 06 ------------------------------------------------------------------------
    async def offline(self) -> None:
        window, page = self.window, self.page
        self.medusa.down = True  # e.g. the laptop left the office network
        row = self.select(MUG)
        editor = page.open_editor(row.product_id)
        await until(lambda: editor.isVisible(), "the commerce editor")
        editor.status_combo.setCurrentIndex(editor.status_combo.findData("draft"))
        editor.save()  # kept in the local store; the push finds Medusa unreachable
        await until(lambda: not page.busy and page.waiting_and_attention()[0] == 1,
                    "the edit queued")
        window.reload()
        await until(lambda: not window.pulling, "the failed pull")
        window.pending_action.setChecked(True)
        window.resizeDocks([window.pending_dock], [190], Qt.Orientation.Vertical)
        self.select(MUG)
        await self.shoot(window, "offline")

    # 07 ------------------------------------------------------------------------
    async def sync_report(self) -> None:
        window, page = self.window, self.page
        self.medusa.down = False
        window.reload()  # Medusa answers again: the queued edit goes by itself
        await until(lambda: not page.busy and page.waiting_and_attention() == (0, 0),
                    "the queued edit sent", 60)
        window.pending_action.setChecked(False)
        panel = window.open_sync_panel()
        assert panel is not None
        await until(lambda: panel.verify_button.isEnabled(), "Verify enabled")
        panel.verify_button.click()
        await until(lambda: not panel.busy and panel.report is not None, "the report")
        model = panel.report_view.model  # "Fix payload_id of selected" applies to this one
        panel.report_view.table.selectRow(next(
            r for r in range(model.rowCount())
            if model.index(r, Col.PRODUCT).data() == "Wool Scarf"))
        await self.shoot(panel, "sync-report")
        panel.close()

    # 08 ------------------------------------------------------------------------
    async def bulk_edit(self) -> None:
        page = self.page  # the drafts, all published at once
        page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
        page.apply_filter()
        page.table.clearSelection()
        dialog = self.window.open_bulk_editor()
        assert dialog is not None
        dialog.form.select("status")
        dialog.form.set_status("published")
        dialog.preview_button.click()
        await until(lambda: dialog.model.rowCount() > 0, "the bulk preview")
        await self.shoot(dialog, "bulk-edit")
        dialog.close()
        page.clear_filters()

    # 09 ------------------------------------------------------------------------
    async def settings(self) -> None:
        window = self.window
        window.open_settings()
        dialog = window._settings
        assert dialog is not None
        dialog.test_button.click()
        await until(lambda: all(r.ok is not None for r in dialog.results.values()),
                    "the connection test")
        await self.shoot(dialog, "settings")
        dialog.close()


# ------------------------------------------------------------------------- main
def out_dir(doc: str, default: str) -> Path:
    """The folder ``--out`` names (``default``, below the repo, when not given), made."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / default,
                        help=f"where the pictures go (default: {default})")
    out: Path = parser.parse_args().out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    return out


def start_app(locale: str = "en_US") -> tuple[QApplication, GuiThreadGc]:
    """The application as app.py starts it, numbers in ``locale``, and its collector
    running (stop it after ``shoot_in``)."""
    keep_singletons_alive()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Shop Admin")
    app.setQuitOnLastWindowClosed(False)  # the loop ends with the pictures, not the window
    apply_style(app)
    money.set_locale(locale)
    collector = GuiThreadGc(app)
    collector.start()
    return app, collector


def shoot_in(window: MainWindow, pictures: Callable[[], Awaitable[None]],
             collector: GuiThreadGc) -> None:
    """Runs ``pictures`` in a Qt event loop, then closes and deletes ``window`` and stops
    ``collector``. The window is built outside the loop's task, as app.py does: a window
    collected inside the last task crashed PySide at exit."""

    async def run() -> None:
        try:
            await pictures()
        finally:
            window.close()
            if window.closing is not None:
                await asyncio.wait({window.closing}, timeout=5)

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(run())
    shiboken6.delete(window)
    collector.stop()


def main() -> int:
    out = out_dir(__doc__, "docs/tour")
    _app, collector = start_app("en_US")  # the same pictures on every machine

    medusa, payload = demo_servers(product_images(SCRATCH))
    stack, gate = fake_stack(SCRATCH)
    services = AppServices(
        ProfileService(ProfileStore(SCRATCH / "config"), TourKeyring()),
        transports=Transports(medusa=medusa.transport, payload=payload.transport),
        stack_dir=stack)
    window = MainWindow(services)
    tour = Tour(window, medusa, payload, gate, out)
    shoot_in(window, tour.run, collector)
    shutil.rmtree(SCRATCH, ignore_errors=True)  # profiles, stores and history of the tour
    print(f"{len(tour.shots)} pictures in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
