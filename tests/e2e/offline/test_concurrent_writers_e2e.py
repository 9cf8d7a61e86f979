"""No edit is ever lost: every writer of one shop at once, on the real stack.

Fifty fresh products. The real main window (its page's catalog, and the commerce
editor), two content editors (typed into, Save pressed) and ``desktop-app push`` as a
second process on the same profile and store make and send 200 edits of title and
subtitle (Payload), status, handle and metadata (Medusa); many are typed while a push
is on the wire, in this process or in the other one. Meanwhile colleagues change some
of the products directly on the servers, on fields the app also edits (these must
become conflicts) and on other fields (these must survive).

Both servers sit behind recording proxies, which log every write they accepted from
the GUI and the CLI alike. Afterwards the servers are read directly (plain httpx) and
three figures computed, each of which must be 0:

* lost: a user's last edit of a field that is neither on the server nor a visible
  conflict or failed row;
* applied twice: a write of a field that is not the next user edit of that field in
  edit order (the same value sent again, or an older value after a newer one);
* silent overwrites: a colleague's change that is no longer on the server.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.app_services import AppServices
from desktop_app.services.content import SaveStatus
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.profiles import ProfileService
from desktop_app.store import OutboxEntry
from desktop_app.store.fields import extract, same
from desktop_app.ui.content_editor import hook as content_hook
from desktop_app.ui.content_editor.editor_window import ContentEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.list_model import Col
from tests.e2e.offline.helpers import RecordingProxy, payload_patch
from tests.support.stack import REPO, StackHttp, StackInfo, unique, wait_for
from tests.ui.qt_harness import (  # noqa: F401  (autouse: Qt warnings fail, GC on GUI thread)
    _closing_a_window_keeps_the_loop,
    _gc_on_the_gui_thread,
    _no_qt_warnings,
)
from tests.ui.qt_support import qasync_loop, wait_until

PRODUCTS = 50
EDITS = 200
NAME = "Concurrent-e2e"
NOUNS = ("Linen shirt", "Wool scarf", "Denim jacket", "Leather belt", "Silk tie",
         "Cotton tee", "Rain coat", "Knit beanie", "Canvas bag", "Suede boots")
SCREENSHOT = "list-after-content-save.png"


# ------------------------------------------------------------------ seeding
def payload_docs(http: StackHttp, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Payload docs of these Medusa products by medusa_id (POST + method override: the
    ``in`` list is too long for a query string)."""
    resp = http.payload.post(
        "/products", headers={**http.payload_headers("integration"),
                              "X-Payload-HTTP-Method-Override": "GET",
                              "Content-Type": "application/x-www-form-urlencoded"},
        content=f"where[medusa_id][in]={','.join(ids)}&limit=0&depth=0".encode())
    resp.raise_for_status()
    return {d["medusa_id"]: d for d in resp.json()["docs"]}


def medusa_products(http: StackHttp, ids: list[str]) -> dict[str, dict[str, Any]]:
    resp = http.medusa.get("/admin/products", params=[
        *(("id[]", pid) for pid in ids), ("fields", "id,status,handle,metadata"),
        ("limit", str(len(ids)))])
    resp.raise_for_status()
    return {p["id"]: p for p in resp.json()["products"]}


@pytest.fixture
def seeded(stack_http: StackHttp) -> Iterator[tuple[str, list[str]]]:
    """(prefix, ids): 50 new products mirrored into Payload; all deleted afterwards, so
    the demo shop a user opens is not littered with them."""
    prefix = unique("cw")
    ids: list[str] = []
    try:
        # Small batches, each waited for: a burst of product.created events (one Payload
        # doc each, by Medusa's subscriber) can exhaust Payload's database pool.
        for start in range(0, PRODUCTS, 10):
            body = {"create": [
                {"title": f"{NOUNS[n % len(NOUNS)]} {n:02d}", "handle": f"{prefix}-{n:02d}",
                 "options": [{"title": "Size", "values": ["M"]}],
                 "variants": [{"title": "M", "sku": f"{prefix}-{n:02d}-M".upper(),
                               "options": {"Size": "M"},
                               "prices": [{"currency_code": "eur", "amount": 20}],
                               "manage_inventory": False}]}
                for n in range(start, min(PRODUCTS, start + 10))]}
            resp = stack_http.medusa.post("/admin/products/batch", json=body,
                                          params={"fields": "id"})
            resp.raise_for_status()
            new = [p["id"] for p in resp.json()["created"]]
            ids += new
            wait_for(lambda new=new: len(payload_docs(stack_http, new)) == len(new), 60,
                     what="the Payload docs of a batch")
        yield prefix, ids
    finally:
        if ids:
            stack_http.medusa.post("/admin/products/batch",
                                   json={"delete": ids}).raise_for_status()
            # Medusa's subscriber deletes the Payload docs; wait, so none is left behind.
            wait_for(lambda: not payload_docs(stack_http, ids), 60,
                     what="the Payload docs of the deleted products")


@pytest.fixture
def proxies(stack: StackInfo) -> Iterator[tuple[RecordingProxy, RecordingProxy]]:
    medusa, payload = RecordingProxy(stack.medusa_url), RecordingProxy(stack.payload_url)
    yield medusa, payload
    medusa.close()
    payload.close()


@pytest.fixture
def services(stack: StackInfo, proxies, app_dirs) -> AppServices:
    """The GUI's services; the profile (saved to the config dir the CLI reads too)
    reaches both servers through the recording proxies."""
    medusa, payload = proxies
    services = AppServices(ProfileService(ProfileStore(app_dirs.config), InMemorySecretStore()))
    profile = Profile(name=NAME, medusa_url=medusa.url, medusa_auth=MedusaAuth.SECRET_KEY,
                      payload_url=payload.url)
    services.profiles.save(profile, medusa_secret=Secret(stack.medusa_secret_key),
                           payload_secret=Secret(stack.editor_key), activate=True)
    return services


# ------------------------------------------------------------------ bookkeeping
@dataclass(frozen=True)
class Edit:
    n: int
    who: str
    product_id: str
    field: str
    value: Any
    during: str  # whose push held the store's lease when it was recorded ("" none)
    on_the_wire: bool = False  # its field's previous value was being sent right then


@dataclass(frozen=True)
class Colleague:
    product_id: str
    field: str
    value: Any
    same_field: bool  # the app edits this field too (from an older value): a conflict


class Ledger:
    """Every user edit in the order it was recorded (one actor per product field)."""

    def __init__(self, lease_user: Callable[[], str]) -> None:
        self.edits: list[Edit] = []
        self._lease_user = lease_user

    def next(self) -> int:
        return len(self.edits) + 1

    def add(self, who: str, product_id: str, field: str, value: Any,
            on_the_wire: bool = False) -> None:
        self.edits.append(Edit(len(self.edits) + 1, who, product_id, field, value,
                               self._lease_user(), on_the_wire))

    def edited(self, catalog: OfflineCatalog, product_id: str, changes: dict[str, Any],
               on_the_wire: bool = False) -> None:
        """An edit through the window's page catalog (as the main window's actions do)."""
        catalog.edit(product_id, changes)
        for name, value in changes.items():
            self.add("main", product_id, name, value, on_the_wire)

    def sequences(self) -> dict[tuple[str, str], list[Any]]:
        out: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for e in self.edits:
            out[(e.product_id, e.field)].append(e.value)
        return out


class LeasePeek:
    """Who holds the store's push lease now: "cli" (a child process), "gui" (this one)."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db)
        self.cli_pids: set[int] = set()

    def holder_pid(self) -> int | None:
        row = self.conn.execute(
            "SELECT owner, expires_at FROM leases WHERE name='push'").fetchone()
        if row is None or row[1] <= time.time():
            return None
        parts = row[0].split(":")
        return int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else None

    def user(self) -> str:
        pid = self.holder_pid()
        if pid is None:
            return ""
        return "gui" if pid == os.getpid() else "cli" if pid in self.cli_pids else "other"

    def sending(self) -> list[tuple[str, str]]:
        """(product, field) of the outbox rows a push has claimed and is sending now."""
        return self.conn.execute(
            "SELECT product_id, field FROM outbox WHERE state='sending' ORDER BY seq").fetchall()

    def close(self) -> None:
        self.conn.close()


def written(medusa: RecordingProxy, payload: RecordingProxy,
            doc_to_product: dict[str, str]) -> dict[tuple[str, str], list[Any]]:
    """Per (product, field): the values the servers accepted from the app, in order."""
    out: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for method, path, body in medusa.log:
        found = re.fullmatch(r"/admin/products/(prod_\w+)", path)
        if method != "POST" or found is None:
            continue
        data = json.loads(body)
        for name in ("status", "handle", "title", "subtitle"):
            if name in data:
                out[(found[1], name)].append(data[name])
        for key, value in (data.get("metadata") or {}).items():
            out[(found[1], f"metadata.{key}")].append(value)
    for method, path, body in payload.log:
        found = re.fullmatch(r"/api/products/(\w+)", path)
        if method != "PATCH" or found is None:
            continue
        for name, value in json.loads(body).items():
            out[(doc_to_product.get(found[1], f"doc {found[1]}"), name)].append(value)
    return out


def applied_twice(sent: dict[tuple[str, str], list[Any]],
                  edits: dict[tuple[str, str], list[Any]]) -> list[str]:
    """Writes that are not the next user edit of their field in edit order.

    Edits absorbed locally by a newer one are never sent, so each write must match a
    later edit than the previous write did; one that does not is the same value sent
    again, an older value after a newer one, or a value nobody typed.
    """
    bad = []
    for key, values in sent.items():
        wanted = edits.get(key, [])
        i = 0
        for value in values:
            while i < len(wanted) and not same(key[1], wanted[i], value):
                i += 1
            if i == len(wanted):
                bad.append(f"{key}: {value!r} (writes {values!r}, edits {wanted!r})")
            else:
                i += 1
    return bad


def describe(entry: OutboxEntry, catalog: OfflineCatalog, ledger: Ledger,
             sent: dict[tuple[str, str], list[Any]]) -> str:
    """An outbox row nobody expected, with its field's edits, writes and every row."""
    key = (entry.product_id, entry.field)
    rows = [(r.state, r.outcome, r.base, r.mine) for r in catalog.outbox(None)
            if (r.product_id, r.field) == key]
    return (f"{entry.field} of {entry.product_id}: {entry.state} base={entry.base!r} "
            f"mine={entry.mine!r} theirs={entry.theirs!r} ({entry.message}); edits "
            f"{ledger.sequences().get(key)!r}, writes {sent.get(key)!r}, rows {rows!r}")


# ------------------------------------------------------------------ GUI helpers
def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Type ``text`` over the field's content, key by key, as a merchant would."""
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def click(qtbot, button: QWidget) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cli_push(env: dict[str, str], out: Path) -> subprocess.Popen[bytes]:
    """``desktop-app push`` in its own process; output to files (a full pipe would stall it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "push", "--profile", NAME, "--json"],
        cwd=REPO, env=env, stdout=out.with_suffix(".out").open("wb"),
        stderr=out.with_suffix(".err").open("wb"))


@pytest.mark.timeout(300)
def test_concurrent_writers_lose_nothing_apply_nothing_twice_overwrite_nobody(
    qtbot, stack: StackInfo, stack_http: StackHttp, seeded, proxies, services: AppServices,
    app_dirs, tmp_path: Path,
) -> None:
    # tests/e2e/offline runs on plain asyncio; this test needs Qt events and asyncio
    # tasks together, so it runs its own qasync loop (as tests/e2e/app's harness does).
    with asyncio.Runner(loop_factory=qasync_loop) as runner:
        runner.run(scenario(qtbot, stack, stack_http, seeded, proxies, services, app_dirs,
                            tmp_path))


async def scenario(qtbot, stack: StackInfo, http: StackHttp, seeded, proxies,
                   services: AppServices, app_dirs, tmp_path: Path) -> None:
    started = time.monotonic()
    prefix, ids = seeded
    medusa_proxy, payload_proxy = proxies
    a, b, others = ids[0], ids[1], ids[2:]  # two products get content editors
    docs = payload_docs(http, ids)
    doc_to_product = {str(d["id"]): pid for pid, d in docs.items()}
    env = {**os.environ,
           "DESKTOP_APP_CONFIG_DIR": str(app_dirs.config),
           "DESKTOP_APP_DATA_DIR": str(app_dirs.data),
           # Secrets through the environment, never the command line; and no keyring.
           SecretKind.MEDUSA_SECRET_KEY.env_var: stack.medusa_secret_key,
           SecretKind.PAYLOAD_API_KEY.env_var: stack.editor_key,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    colleagues: list[Colleague] = []
    clis: list[subprocess.Popen[bytes]] = []
    # Fields a colleague changes too: re-editing one after its conflict would settle it.
    contested: set[tuple[str, str]] = set()

    async def colleague(product_id: str, name: str, value: Any, same_field: bool) -> None:
        """A change made in Payload admin / Medusa admin, straight to the server."""
        if name in ("title", "subtitle"):
            await asyncio.to_thread(payload_patch, http, docs[product_id]["id"], {name: value})
        else:
            body = ({"metadata": {name.split(".", 1)[1]: value}} if name.startswith("metadata.")
                    else {name: value})
            resp = await asyncio.to_thread(http.medusa.post, f"/admin/products/{product_id}",
                                           json=body)
            resp.raise_for_status()
        colleagues.append(Colleague(product_id, name, value, same_field))
        contested.add((product_id, name))

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start()
    peek: LeasePeek | None = None
    editors: dict[str, ContentEditor] = {}
    try:
        await wait_until(lambda: window.page is not None and not window.pulling, 120,
                         "the first pull")
        page = window.page
        catalog = page.catalog
        assert catalog is services.catalogs.get(NAME)  # the shop's one catalog
        for pid in ids:
            detail = catalog.product(pid)
            assert detail is not None and detail.payload is not None, pid
        assert catalog.path is not None
        peek = LeasePeek(catalog.path)
        ledger = Ledger(peek.user)
        page.search_edit.setText(prefix)  # the list shows our 50 products
        page.apply_filter()
        assert page.model.rowCount() == PRODUCTS

        saves: dict[str, list[Any]] = {a: [], b: []}
        for pid in (a, b):
            editor = editors[pid] = content_hook.open_editor(window, pid)
            assert editor.service.catalog is catalog  # the window's own catalog
            editor.saved.connect(saves[pid].append)
        await wait_until(lambda: all(e.content is not None for e in editors.values()), 60,
                         "both content editors loaded")

        def save_content(pid: str, name: str, text: str) -> None:
            editor = editors[pid]
            type_into(qtbot, editor.title_edit if name == "title" else editor.subtitle_edit,
                      text)
            click(qtbot, editor.save_button)
            ledger.add(f"editor {'A' if pid == a else 'B'}", pid, name, text)

        async def saved(pid: str, count: int) -> None:
            await wait_until(lambda: len(saves[pid]) >= count, 90, f"content save {count}")

        async def edit_on_the_wire(count: int, pushing: Callable[[], bool],
                                   fill: list[str]) -> None:
            """``count`` edits of fields whose previous value a push is sending right now
            (a newer version of a claimed row); what the push ends too soon for goes to
            the titles of ``fill``."""
            done: set[tuple[str, str]] = set()
            deadline = time.monotonic() + 20
            while len(done) < count and pushing() and time.monotonic() < deadline:
                for pid, name in peek.sending():
                    key = (pid, name)
                    if (len(done) < count and key not in done and key not in contested
                            and pid in others and name in ("title", "metadata.cw")):
                        value = (f"{NOUNS[2]} on the wire e{ledger.next()}" if name == "title"
                                 else f"w{ledger.next()}")
                        ledger.edited(catalog, pid, {name: value}, on_the_wire=True)
                        done.add(key)
                await asyncio.sleep(0.005)
            for pid in fill[: count - len(done)]:
                ledger.edited(catalog, pid, {"title": f"{NOUNS[1]} again e{ledger.next()}"})

        # ---- 1. Queued edits, and a content save the list shows at once.
        new_title = "Organic canvas tote bag"
        save_content(a, "title", new_title)
        await saved(a, 1)
        assert saves[a][-1].status is SaveStatus.SAVED, saves[a][-1]
        row = next(r for r in range(page.model.rowCount())
                   if page.model.row_at(r).product_id == a)
        assert page.model.index(row, Col.TITLE).data() == new_title
        page.table.selectRow(row)
        page.table.scrollTo(page.model.index(row, Col.TITLE),
                            QAbstractItemView.ScrollHint.PositionAtCenter)
        await asyncio.sleep(0.2)  # one paint of the updated row
        shots = Path(os.environ.get("E2E_SCREENSHOT_DIR") or tmp_path)
        assert window.grab().save(str(shots / SCREENSHOT))
        save_content(b, "subtitle", f"Soft-touch finish {ledger.next()}")
        for pid in others[:40]:
            ledger.edited(catalog, pid, {"title": f"{catalog.product(pid).value('title')} "
                                                  f"e{ledger.next()}"})
            ledger.edited(catalog, pid, {"metadata.cw": f"m{ledger.next()}"})
        for pid in (a, b):
            ledger.edited(catalog, pid, {"status": "published"})
        await saved(b, 1)
        # Colleagues, before anything of that was pushed: same fields → conflicts...
        for pid in others[0:4]:
            await colleague(pid, "title", f"Colleague title {pid[-6:]}", True)
        for pid in others[10:12]:
            await colleague(pid, "metadata.cw", f"colleague-{pid[-6:]}", True)
        # ...other fields → merged, kept.
        for pid in others[4:7]:
            await colleague(pid, "subtitle", f"Colleague subtitle {pid[-6:]}", False)
        for pid in others[7:10]:
            await colleague(pid, "metadata.colleague", f"kept-{pid[-6:]}", False)

        # ---- 2. `desktop-app push` in a second process; everybody edits meanwhile.
        clis.append(cli_push(env, tmp_path / "cli-1"))
        peek.cli_pids.add(clis[0].pid)
        await wait_until(lambda: peek.user() == "cli" or clis[0].poll() is not None, 60,
                         "the CLI's push to take the lease")
        assert clis[0].poll() is None, "the CLI push ended before anything was edited"
        for pid in others[0:20]:
            ledger.edited(catalog, pid, {"status": "published"})
            await asyncio.sleep(0)
        await edit_on_the_wire(20, lambda: clis[0].poll() is None, others[20:40])
        save_content(a, "title", f"Canvas tote bag - edit {ledger.next()}")  # waits its turn
        save_content(b, "title", f"Merino wrap - edit {ledger.next()}")
        for pid in others[30:32]:  # the commerce editor, Save pushes from the GUI
            page.search_edit.setText(pid)
            page.apply_filter()
            page.table.selectRow(0)
            window.open_product_editor()
            dialog = page.editors[pid]
            dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("proposed"))
            handle = f"{prefix}-{pid[-6:].lower()}-h{ledger.next()}"
            type_into(qtbot, dialog.handle_edit, handle)
            click(qtbot, dialog.save_button)
            ledger.add("commerce editor", pid, "status", "proposed")
            ledger.add("commerce editor", pid, "handle", handle)
            assert not dialog.isVisible()
        page.search_edit.setText(prefix)
        page.apply_filter()
        # Colleagues, on products with nothing pending (no push reads them now).
        for pid in others[40:42]:
            await colleague(pid, "title", f"Colleague title {pid[-6:]}", True)
        for pid in others[46:48]:
            await colleague(pid, "status", "rejected", True)
        for pid in others[42:44]:
            await colleague(pid, "subtitle", f"Colleague subtitle {pid[-6:]}", False)
        for pid in others[44:46]:
            await colleague(pid, "metadata.colleague", f"kept-{pid[-6:]}", False)
        during_cli = sum(e.during == "cli" for e in ledger.edits)
        await wait_until(lambda: clis[0].poll() is not None, 120, "the CLI push to end")
        await saved(a, 2)
        await saved(b, 2)
        await wait_until(lambda: not page.busy, 120, "the GUI's push after the commerce saves")

        # ---- 3. A GUI push; edits while it runs; a second CLI push waits for it.
        for pid in others[40:48]:  # their stored copies predate the colleagues' changes
            ledger.edited(catalog, pid, {"title": f"{catalog.product(pid).value('title')} "
                                                  f"e{ledger.next()}"})
            ledger.edited(catalog, pid, {"metadata.cw": f"m{ledger.next()}"})
        for pid in others[44:48]:
            ledger.edited(catalog, pid, {"status": "published"})
        page.push()
        await wait_until(lambda: peek.user() == "gui" or not page.busy, 30,
                         "the GUI's push to take the lease")
        clis.append(cli_push(env, tmp_path / "cli-2"))
        peek.cli_pids.add(clis[1].pid)
        await edit_on_the_wire(6, lambda: page.busy, others[42:48])
        for pid in others[20:40]:
            ledger.edited(catalog, pid, {"subtitle": f"Subtitle e{ledger.next()}"})
            ledger.edited(catalog, pid, {"metadata.cw": f"m{ledger.next()}"})
            await asyncio.sleep(0)
        for pid in others[20:22]:
            ledger.edited(catalog, pid, {"status": "proposed"})
        save_content(a, "subtitle", f"Heavy canvas, edit {ledger.next()}")
        save_content(b, "title", f"Merino wrap - edit {ledger.next()}")
        during_gui = sum(e.during == "gui" for e in ledger.edits)
        await wait_until(lambda: clis[1].poll() is not None, 120, "the second CLI push to end")
        await saved(a, 3)
        await saved(b, 3)
        await wait_until(lambda: not page.busy, 120, "the GUI's push")
        final = await catalog.push()  # the last word: the GUI's catalog
        assert len(ledger.edits) == EDITS

        for n, proc in enumerate(clis, 1):
            err = (tmp_path / f"cli-{n}.err").read_text()
            out = (tmp_path / f"cli-{n}.out").read_text()
            assert proc.returncode in (0, 1) and out, err  # not a crash
            report = json.loads(out)
            print(f"cli push {n}: exit {proc.returncode}", json.dumps(report))
            # The exit-code contract (cli/push.py): 1 while anything is left in the outbox,
            # here the colleagues' conflicts, also those a push before it (the GUI's) met.
            assert proc.returncode == 1 and report["left"].get("conflict"), err

        # ---- The verdict: both servers read directly.
        outbox = catalog.outbox()
        server_m = await asyncio.to_thread(medusa_products, http, ids)
        server_p = await asyncio.to_thread(payload_docs, http, ids)

        def on_server(pid: str, name: str) -> Any:
            record = server_p.get(pid) if name in ("title", "subtitle") else server_m.get(pid)
            return extract(record, name)

        lost_edits = []
        for (pid, name), values in ledger.sequences().items():
            last = values[-1]
            if same(name, on_server(pid, name), last):
                continue
            if any(e.product_id == pid and e.field == name and e.state in ("conflict", "failed")
                   and same(name, e.mine, last) for e in outbox):
                continue  # visible: the merchant decides
            lost_edits.append(f"{pid} {name}: {last!r}, server {on_server(pid, name)!r}")
        sent = written(medusa_proxy, payload_proxy, doc_to_product)
        twice = applied_twice(sent, ledger.sequences())
        overwritten = [f"{c.product_id} {c.field}: {c.value!r}, now "
                       f"{on_server(c.product_id, c.field)!r}" for c in colleagues
                       if not same(c.field, on_server(c.product_id, c.field), c.value)]
        lost, silent = len(lost_edits), len(overwritten)
        on_wire = sum(e.on_the_wire for e in ledger.edits)
        # Rows claimed more than once: edited in flight (or conflicting) and sent again.
        reclaimed = sum(e.attempts > 1 for e in catalog.outbox(None))
        print(f"{len(ledger.edits)} edits ({during_cli} while the CLI pushed, {during_gui} "
              f"while the GUI pushed, {on_wire} of a value on the wire; {reclaimed} rows "
              f"claimed again), "
              f"{len(colleagues)} colleague changes, final push "
              f"{final.total} rows, {len(medusa_proxy.log) + len(payload_proxy.log)} writes, "
              f"{time.monotonic() - started:.1f} s")
        print(f"lost={lost} applied_twice={len(twice)} silent_overwrites={silent}")
        assert lost == 0, lost_edits
        assert len(twice) == 0, twice
        assert silent == 0, overwritten
        # Exactly the colleagues' same-field changes are conflicts, shown in the list:
        # nothing of ours was taken for somebody else's, nothing was rejected.
        expected = {(c.product_id, c.field) for c in colleagues if c.same_field}
        unexpected = [describe(e, catalog, ledger, sent) for e in outbox
                      if (e.product_id, e.field) not in expected or e.state != "conflict"]
        assert unexpected == [], "\n".join(unexpected)
        assert {(e.product_id, e.field) for e in outbox} == expected
        listed = catalog.search(prefix, sync_states=("conflict",), limit=PRODUCTS).rows
        assert {r.product_id for r in listed} == {c.product_id for c in colleagues
                                                   if c.same_field}
        assert during_cli > 0 and during_gui > 0, (during_cli, during_gui)
    finally:
        for proc in clis:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        if peek is not None:
            peek.close()
        for editor in editors.values():
            if editor.has_unsaved_changes():  # only after a failure: close without asking
                editor.discard_and_close()
        window.close()
        await wait_until(lambda: window.closing is None or window.closing.done(), 30,
                         "the store closed")
