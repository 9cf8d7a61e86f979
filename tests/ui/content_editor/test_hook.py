"""The main window's "Edit content" opens one content editor per product."""

from __future__ import annotations

import asyncio

from desktop_app.store import SearchRow
from desktop_app.ui.content_editor import hook
from desktop_app.ui.main_window import MainWindow
from tests.services.content_fakes import PROFILE, content_env
from tests.ui.qt_support import wait_until


def row(product_id: str, linked: bool) -> SearchRow:
    return SearchRow(product_id=product_id, payload_id="1" if linked else None,
                     title=f"Title {product_id}", handle="h", subtitle="", status="published",
                     skus="", variants=1, updated_at="",
                     sync_state="linked" if linked else "missing")


async def test_edit_content_opens_one_editor_per_product(qtbot, services, tmp_path,
                                                          monkeypatch) -> None:
    service, _medusa, _payload, pid = content_env(tmp_path)
    opened = []
    monkeypatch.setattr(hook, "open_content_service",
                        lambda *args: opened.append(args) or service)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.profile = PROFILE

    editor = hook.open_for_row(window, row(pid, True))
    assert editor is not None and window.tools.get(hook.key_for(pid)) is editor
    await wait_until(lambda: editor.content is not None, 5, "editor loaded")
    assert editor.title_edit.text() == "Payload title 1"
    assert hook.open_for_row(window, row(pid, True)) is editor
    assert len(opened) == 1  # the second request raised the same editor

    assert hook.open_for_row(window, row("prod_unlinked", False)) is None
    assert "no Payload document" in window.statusBar().currentMessage()
    assert window.tools.get(hook.key_for("prod_unlinked")) is None

    editor.close()
    assert window.tools.get(hook.key_for(pid)) is None
    await asyncio.sleep(0.1)  # the service closes in a task of its own


async def test_a_content_save_updates_the_list_and_pending_view_at_once(qtbot, tmp_path) -> None:
    """The editor writes through the main window's own catalog: one notification path."""
    from desktop_app.config import ProfileStore
    from desktop_app.secrets import InMemorySecretStore, Secret
    from desktop_app.services.app_services import AppServices
    from desktop_app.services.profiles import ProfileService
    from desktop_app.services.transports import Transports
    from desktop_app.ui.offline.list_model import Col
    from tests.exchange.fakes import API_KEY, SECRET, FakeMedusa
    from tests.services.content_fakes import MediaPayload

    medusa, payload = FakeMedusa(), MediaPayload()
    for n in (1, 2):
        payload.add(medusa.add(n)["id"], f"Payload title {n}")
    services = AppServices(
        ProfileService(ProfileStore(tmp_path / "config"), InMemorySecretStore()),
        transports=Transports(medusa.transport, payload.transport),
        stack_dir=tmp_path / "no-stack")
    services.profiles.save(PROFILE, medusa_secret=Secret(SECRET), payload_secret=Secret(API_KEY))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start()
    await wait_until(lambda: window.page is not None and not window.pulling
                     and window.page.model.rowCount() == 2, 10, "pulled")
    editor = hook.open_editor(window, "prod_00001")
    await wait_until(lambda: editor.content is not None, 5, "editor loaded")
    assert editor.service.catalog is window.page.catalog  # no second catalog

    payload.down = True  # the save stays queued: the list must show it all the same
    editor.title_edit.setText("Saved in the editor")
    editor.save()
    model = window.page.model
    await wait_until(lambda: "Saved in the editor" in {
        model.index(r, Col.TITLE).data() for r in range(model.rowCount())}, 5, "list row")
    assert window.page.pending.table.rowCount() == 1  # the pending view too
    editor.close()
    window.close()
    await asyncio.sleep(0.1)
