"""The pictures docs/issue14_screens.py takes, in one process per look."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

from docs import first_session_tour as tour
from docs.first_session_tour import HOODIE, TourKeyring, until

SCRATCH = tour.scratch("issue14-screens-")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.config import MedusaAuth, Profile, ProfileStore  # noqa: E402
from desktop_app.secrets import Secret  # noqa: E402
from desktop_app.services.app_services import AppServices  # noqa: E402
from desktop_app.services.profiles import ProfileService  # noqa: E402
from desktop_app.services.transports import Transports  # noqa: E402
from desktop_app.ui.content_editor import hook as content_hook  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from tests.exchange.fakes import API_KEY, SECRET  # noqa: E402

EDITOR = (1240, 860)


def demo_window(medusa: object, payload: object) -> MainWindow:
    services = AppServices(
        ProfileService(ProfileStore(SCRATCH / "config"), TourKeyring()),
        transports=Transports(medusa=medusa.transport, payload=payload.transport),
        stack_dir=SCRATCH / "no-stack",
    )
    services.profiles.save(
        Profile(
            name="Northwind",
            medusa_url="http://medusa.test:9000",
            medusa_auth=MedusaAuth.SECRET_KEY,
            payload_url="http://payload.test:3000",
        ),
        medusa_secret=Secret(SECRET),
        payload_secret=Secret(API_KEY),
    )
    return MainWindow(services)


async def save(widget: QWidget, path: Path) -> None:
    for _ in range(6):
        QApplication.processEvents()
        await asyncio.sleep(0.08)
    widget.repaint()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print("wrote", path)


async def hoodie_selected(window: MainWindow) -> Any:
    """Shows and starts ``window``; once the demo catalog is pulled, selects the hoodie's row
    (returned)."""
    window.show()
    window.start()
    await until(
        lambda: (
            window.page is not None and not window.pulling and window.page.model.rowCount() > 30
        ),
        "the demo catalog",
    )
    page = window.page
    row = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if page.model.row_at(r).title == HOODIE
    )
    page.select_product(row.product_id)
    return row


def shoot(look: str, out: Path, width: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    _app, collector = tour.start_app("en_US")
    if look == "dark":
        from desktop_app.ui import theme

        theme.apply_theme("dark")
    medusa, payload = tour.demo_servers(tour.product_images(SCRATCH))
    window = demo_window(medusa, payload)

    async def pictures() -> None:
        window.resize(width, 760)
        row = await hoodie_selected(window)
        await save(window, out / f"issue14-{look}-main.png")
        editor = content_hook.open_for_row(window, row)
        assert editor is not None
        editor.resize(*EDITOR)
        await until(lambda: editor.content is not None, "the product's content")
        await until(lambda: not editor.renderer.pending, "the preview")
        await asyncio.sleep(0.5)
        editor.editor.setFocus()
        await save(editor, out / f"issue14-{look}-editor.png")
        editor._close_confirmed = True
        editor.close()

    tour.shoot_in(window, pictures, collector)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    return 0
