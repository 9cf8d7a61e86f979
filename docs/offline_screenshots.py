"""Render the offline catalog's screens into docs/ (no network, a temporary store).

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/offline_screenshots.py

Writes offline-window.png (the main window working offline: list + pending dock +
status bar), offline-editor.png,
offline-pending.png and offline-conflict.png. The store is filled with the demo
catalog's titles, then a few edits are queued, one conflicted and one rejected,
exactly as a push would leave them.
"""

from __future__ import annotations

import itertools
import runpy
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.config import MedusaAuth, Profile, ProfileStore  # noqa: E402
from desktop_app.exchange.connectivity import Connectivity  # noqa: E402
from desktop_app.secrets import InMemorySecretStore, Secret  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.offline import Changes, OfflineCatalog  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.offline.commerce_editor import CommerceEditor  # noqa: E402
from desktop_app.ui.offline.conflict_dialog import ConflictDialog  # noqa: E402
from desktop_app.ui.offline.pending_view import PendingView  # noqa: E402
from desktop_app.ui.offline.validation import suggest_handle  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402

DOCS = REPO / "docs"


def fill(store: CatalogStore) -> None:
    demo = runpy.run_path(str(REPO / "stack" / "stackctl" / "catalog.py"))["DEMO"]
    statuses = itertools.cycle(["published"] * 5 + ["draft", "published", "proposed"])
    medusa, payload = [], []
    for n, (title, subtitle, options, price, material, _features) in enumerate(demo, 1):
        pid = f"prod_01M8DPGV{n:04d}"
        combos = list(itertools.product(*options.values()))[:4]
        medusa.append({
            "id": pid, "title": title, "subtitle": None, "handle": suggest_handle(title),
            "status": next(statuses), "description": "", "deleted_at": None,
            "metadata": {"payload_id": str(n), "material": material},
            "updated_at": f"2026-11-{27 - n % 9:02d}T{8 + n % 10:02d}:{n % 60:02d}:24.797Z",
            "variants": [{"id": f"variant_01M8{n:03d}{i}", "title": " / ".join(c),
                          "sku": suggest_handle(f"{title[:14]} {' '.join(c)}").upper(),
                          "prices": [{"currency_code": "eur", "amount": price},
                                     {"currency_code": "usd", "amount": price + 3}]}
                         for i, c in enumerate(combos)],
        })
        if n <= 37:  # a few products never reached Payload
            payload.append({"id": str(n), "medusa_id": pid, "title": title,
                            "subtitle": subtitle, "description": None, "seo": None,
                            "updated_at": "2026-11-27T06:00:00.000Z"})
    store.save_medusa(medusa)
    store.save_payload(payload)


def stage(catalog: OfflineCatalog) -> tuple[str, str]:
    """Queued, conflicted and rejected edits; returns the conflicted and rejected ids."""
    ids = [r.product_id for r in catalog.search(limit=40).rows]
    catalog.edit(ids[2], {"status": "draft", "metadata.season": "winter"})
    catalog.edit(ids[5], {"subtitle": "Now in recycled fibre"})
    conflicted = ids[0]
    detail = catalog.product(conflicted)
    vid = detail.medusa["variants"][0]["id"]
    catalog.edit(conflicted, {"title": detail.value("title") + " — Organic",
                              f"variants.{vid}.prices": [
                                  {"currency_code": "eur", "amount": "27"}]})
    seqs = {e.field: e.seq for e in catalog.outbox() if e.product_id == conflicted}
    out = catalog._store.outbox  # staging a scene: the screenshot needs set states
    out.set_state([seqs["title"]], "conflict", theirs=detail.value("title") + " (2026)",
                  message="Changed on the server since you edited it.")
    out.set_state([seqs[f"variants.{vid}.prices"]], "conflict",
                  theirs=[{"currency_code": "eur", "amount": 29},
                          {"currency_code": "usd", "amount": 32}],
                  message="Changed on the server since you edited it.")
    catalog.edit(ids[7], {"handle": "summer-sale"})
    failed = next(e for e in catalog.outbox() if e.product_id == ids[7])
    out.set_state([failed.seq], "failed", message="Product with handle: summer-sale, "
                  "already exists.")
    catalog._store.refresh_rows(ids)
    catalog.connectivity.succeeded("payload")
    catalog.connectivity.failed("medusa", _unreachable())
    catalog._notify(Changes(rows_reset=True, outbox=True, connectivity=True))
    return conflicted, ids[7]


def _unreachable() -> Exception:
    from desktop_app.api.errors import Unreachable

    return Unreachable("Could not connect to Medusa at http://localhost:9000", server="Medusa")


def shoot(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    tmp = Path(tempfile.mkdtemp())
    store = CatalogStore.open(tmp / "catalog.sqlite3")
    fill(store)
    catalog = OfflineCatalog(store, connectivity=Connectivity())
    conflicted, failed = stage(catalog)

    services = AppServices(ProfileService(ProfileStore(tmp / "config"), InMemorySecretStore()))
    services.profiles.save(Profile(name="Demo", medusa_url="http://localhost:9000",
                                   medusa_auth=MedusaAuth.SECRET_KEY,
                                   payload_url="http://localhost:8000"),
                           medusa_secret=Secret("sk_demo"), payload_secret=Secret("demo"))
    services.open_offline_catalog = lambda _profile: catalog  # the staged store, no servers
    window = MainWindow(services)
    window.resize(1400, 920)
    window.show()
    window.start()
    window.pending_action.setChecked(True)
    window.resizeDocks([window.pending_dock], [300], Qt.Orientation.Vertical)
    shoot(window, "offline-window.png")

    editor = CommerceEditor(catalog, failed, parent=window)
    editor.show()
    editor.handle_edit.setText("Summer Sale")
    editor.collect()
    editor.show_server_errors()
    editor.errors["handle"].setText("Use lowercase letters only.  ·  Server said: "
                                    + editor.errors["handle"].text().removeprefix("Server: "))
    editor.errors["handle"].show()
    shoot(editor, "offline-editor.png")
    editor.close()

    pending = PendingView(catalog, push_now=lambda: None)
    pending.resize(1100, 360)
    pending.show()
    shoot(pending, "offline-pending.png")
    pending.close()

    dialog = ConflictDialog(catalog, conflicted, parent=window)
    dialog.show()
    row = next(iter(dialog.rows.values()))
    row.edit.click()
    shoot(dialog, "offline-conflict.png")
    dialog.close()
    window.page._close_catalog = False  # closed below, synchronously (no event loop here)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
