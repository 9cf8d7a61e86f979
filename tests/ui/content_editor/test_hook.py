"""Double-clicking a product row in the main window opens its content editor."""

from __future__ import annotations

import asyncio

from desktop_app.services.catalog import CatalogRow
from desktop_app.ui.content_editor import hook
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.product_model import Column
from tests.services.content_fakes import PROFILE, content_env
from tests.ui.qt_support import wait_until


def row(medusa_id: str, linked: bool) -> CatalogRow:
    return CatalogRow(medusa_id=medusa_id, title=f"Title {medusa_id}", handle="h",
                      status="published", variants=1, updated_at=None, linked=linked,
                      payload_id="1" if linked else None)


async def test_double_click_opens_one_editor_per_product(qtbot, services, tmp_path,
                                                         monkeypatch) -> None:
    service, _medusa, _payload, pid = content_env(tmp_path)
    opened = []
    monkeypatch.setattr(hook, "open_content_service",
                        lambda *args: opened.append(args) or service)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.profile = PROFILE
    window.model.set_rows([row(pid, True), row("prod_unlinked", False)])
    rows = {window.model.row_at(r).medusa_id: r for r in range(window.model.rowCount())}

    window.table.doubleClicked.emit(window.model.index(rows[pid], Column.TITLE))
    editor = window._content_editors[pid]
    await wait_until(lambda: editor.content is not None, 5, "editor loaded")
    assert editor.title_edit.text() == "Payload title 1"
    window.table.doubleClicked.emit(window.model.index(rows[pid], Column.TITLE))
    assert len(opened) == 1  # the second double-click raised the same editor

    window.table.doubleClicked.emit(window.model.index(rows["prod_unlinked"], Column.TITLE))
    assert "no Payload document" in window.statusBar().currentMessage()
    assert set(window._content_editors) == {pid}

    editor.close()
    assert window._content_editors == {}
    await asyncio.sleep(0.1)  # the service closes in a task of its own
