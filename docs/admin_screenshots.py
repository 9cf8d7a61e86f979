"""Render the Sync and Doctor panels into docs/ (no network: recorded-shape fakes).

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/admin_screenshots.py

sync-panel-watching.png: the watch in progress (done/total, rate, ETA);
sync-panel.png: a sync that stalled (the official loop skipped products), then
the verification report with one of each kind of finding and a row selected;
sync-panel-history.png: the run history tab;
doctor-panel.png: a deployment with the anonymous-create hole and clock skew.
The fakes answer with the shapes recorded from the real servers (tests/admin/fakes.py).
"""

from __future__ import annotations

import asyncio
import os
import runpy
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DESKTOP_APP_DATA_DIR", tempfile.mkdtemp(prefix="admin-shots-"))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.admin.watch import WatchOptions  # noqa: E402
from desktop_app.config import MedusaAuth, Profile  # noqa: E402
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind  # noqa: E402
from desktop_app.services.admin import AdminService  # noqa: E402
from desktop_app.ui.admin.doctor_panel import DoctorPanel  # noqa: E402
from desktop_app.ui.admin.sync_panel import SyncPanel  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402
from tests.admin.fakes import (  # noqa: E402
    PAYLOAD_KEY,
    SECRET_KEY,
    FakeShop,
    FakeSync,
    doc_for,
    product,
)
from tests.services.admin_support import stepping_transports  # noqa: E402

DOCS = REPO / "docs"
PROFILE = Profile(name="Production", medusa_url="https://shop.example.com",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="https://cms.example.com")


def admin(transports) -> AdminService:
    secrets = InMemorySecretStore()
    secrets.set(PROFILE.name, SecretKind.MEDUSA_SECRET_KEY, Secret(SECRET_KEY))
    secrets.set(PROFILE.name, SecretKind.PAYLOAD_API_KEY, Secret(PAYLOAD_KEY))
    return AdminService(PROFILE, secrets, transports)


def drifted_catalog() -> tuple[FakeShop, FakeSync]:
    """The demo titles; most products synced, a few of each fault, the rest unsynced."""
    demo = runpy.run_path(str(REPO / "stack" / "stackctl" / "catalog.py"))["DEMO"]
    shop = FakeShop()
    docs = shop.payload.docs
    for n, (title, subtitle, *_rest) in enumerate(demo * 3):
        p = product(n, title=title if n < len(demo) else f"{title} ({n // len(demo) + 1})",
                    subtitle=subtitle)
        p["id"] = f"prod_01JDXK{n:04d}"
        shop.medusa.add(p)
        if n < 100:
            docs.append(doc_for(p, n + 1))
            p["metadata"]["payload_id"] = str(n + 1)
    products = list(shop.medusa.products.values())
    products[3]["metadata"]["payload_id"] = "311"  # names a doc that is gone
    del products[7]["metadata"]["payload_id"]  # the write-back never happened
    docs[12]["title"] = "Classic Crew Tee — organic"  # edited in Payload: expected
    docs[15]["subtitle"] = "Now in recycled fibre"
    docs[21]["variants"] = docs[21]["variants"][:1]  # a variant row lost in Payload
    docs.append(dict(docs[30], id=140))  # a second doc claims a product
    docs.append({**docs[5], "id": 141, "medusa_id": "prod_01JDXK9001"})  # deleted product
    fake_sync = FakeSync(shop.medusa, shop.payload, per_step=4,
                         skip={products[n]["id"] for n in (104, 111, 117)})
    shop.medusa.on_sync = fake_sync.start
    return shop, fake_sync


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


async def until(predicate, timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the panel did not finish")


async def sync_panel() -> None:
    shop, fake_sync = drifted_catalog()
    panel = SyncPanel(admin(stepping_transports(shop, fake_sync)),
                      watch_options=WatchOptions(poll_interval=0.25, stall_after=1.0))
    panel.show()
    panel.trigger_sync()
    await until(lambda: panel.last_progress is not None and panel.last_progress.done >= 106)
    save(panel, "sync-panel-watching.png")
    await until(lambda: not panel.busy)
    panel.trigger_sync()  # a second run for the history tab
    await until(lambda: not panel.busy)
    panel.report_view.table.selectRow(5)  # the stale payload_id: "Fix selected" applies
    await asyncio.sleep(0.2)
    save(panel, "sync-panel.png")
    panel.tabs.setCurrentIndex(1)
    save(panel, "sync-panel-history.png")
    panel.close()


async def doctor_panel() -> None:
    shop = FakeShop()
    shop.payload.anonymous_create_open = True
    shop.medusa.date_offset = 12
    panel = DoctorPanel(admin(shop.transports))
    panel.show()
    await until(lambda: panel.report is not None and not panel.busy)
    save(panel, "doctor-panel.png")
    panel.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)

    async def run() -> None:
        await sync_panel()
        await doctor_panel()

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
