"""Render the commerce editor after a rebase with inline conflicts: docs/editor-conflict.png.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/editor_conflict_screenshot.py

No network: the in-process fake Medusa and Payload of the sync tests. The merchant
opens a product and types a new title and a new price for one size; meanwhile a
colleague changes that title and that price, and sets the status to draft. A pull
lands while the editor is open: the status (untouched) follows the server, the two
typed fields show Keep mine / Take theirs under them.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.config import MedusaAuth, Profile  # noqa: E402
from desktop_app.services.offline import OfflineCatalog  # noqa: E402
from desktop_app.services.shop import Shop  # noqa: E402
from desktop_app.store import CatalogStore  # noqa: E402
from desktop_app.ui.offline.commerce_editor import CommerceEditor  # noqa: E402
from desktop_app.ui.style import apply_style  # noqa: E402
from tests.exchange.fakes import FakeMedusa, FakePayload  # noqa: E402

OUT = REPO / "docs" / "editor-conflict.png"
PROFILE = Profile(name="Demo", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")
TITLE = "Organic Cotton Hoodie"


def servers() -> tuple[FakeMedusa, FakePayload, str]:
    medusa, payload = FakeMedusa(), FakePayload()
    medusa.clock = payload.clock
    product = medusa.add(
        1, title=TITLE, handle="organic-cotton-hoodie",
        metadata={"payload_id": "1", "material": "Organic cotton, 400 g/m²", "fit": "Relaxed"},
        variants=[{"id": f"variant_hoodie_{size.lower()}", "title": f"{size} / Oat",
                   "sku": f"HOODIE-OAT-{size}",
                   "prices": [{"id": f"price_{size}_eur", "currency_code": "eur", "amount": 59},
                              {"id": f"price_{size}_usd", "currency_code": "usd", "amount": 65}]}
                  for size in ("S", "M", "L")])
    payload.add(product["id"], TITLE, subtitle="Heavyweight fleece, garment-dyed")
    return medusa, payload, product["id"]


def colleague(medusa: FakeMedusa, payload: FakePayload, pid: str) -> None:
    """What someone else saves in Medusa and Payload admin while the editor is open."""
    payload.touch(pid, title="Organic Cotton Hoodie — Oat")
    variant = next(v for v in medusa.products[pid]["variants"] if v["title"] == "M / Oat")
    variant["prices"] = [{"id": "price_m_eur_2", "currency_code": "eur", "amount": 55},
                         {"id": "price_m_usd_2", "currency_code": "usd", "amount": 60}]
    medusa.touch(pid, status="draft")


def cell(editor: CommerceEditor, title: str, column: int):
    table = editor.variants
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == title)
    return table.item(row, column)


async def settle(widget: QWidget) -> None:
    for _ in range(10):
        QApplication.processEvents()
        await asyncio.sleep(0.02)
    widget.repaint()


async def shoot() -> None:
    medusa, payload, pid = servers()
    store = CatalogStore.open(Path(tempfile.mkdtemp()) / "catalog.sqlite3")
    catalog = OfflineCatalog(store, Shop(PROFILE, medusa.client(), payload.client()))
    await catalog.pull()
    editor = CommerceEditor(catalog, pid)
    editor.show()
    editor.title_edit.setText("Organic Cotton Hoodie — Winter Edition")  # the merchant
    cell(editor, "M / Oat", 2).setText("EUR 62, USD 68")
    colleague(medusa, payload, pid)
    await catalog.pull()  # lands while the editor is open
    editor.save()  # blocked until each conflict is settled: the notes say why
    await settle(editor)
    editor.grab().save(str(OUT))
    print("wrote", OUT)
    editor.discard_and_close()
    await catalog.aclose()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    app.setQuitOnLastWindowClosed(False)  # the catalog closes after the editor
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
