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
