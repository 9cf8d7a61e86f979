"""Sync and Doctor windows: Escape and Ctrl+W close them; the sync buttons are off,
saying why, while a server is offline."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktop_app.api.errors import TransportError
from desktop_app.services.offline import OfflineCatalog
from desktop_app.store import CatalogStore
from desktop_app.store.fields import MEDUSA, PAYLOAD
from desktop_app.ui.admin.doctor_panel import DoctorPanel
from desktop_app.ui.admin.sync_panel import SyncPanel
from tests.admin.fakes import synced_shop
from tests.services.admin_support import admin_for
from tests.ui.qt_support import wait_until

KEYS = [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)]


@pytest.fixture
def catalog(tmp_path):
    store = CatalogStore.open(tmp_path / "c.sqlite3")
    yield OfflineCatalog(store)
    store.close()


async def window(qtbot, widget):
    """``widget`` shown and active (shortcuts act in the active window only)."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as ToolWindows opens them
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    await wait_until(widget.isActiveWindow, 5, "the window active")
    return widget


@pytest.mark.parametrize(("key", "modifiers"), KEYS)
async def test_keys_close_the_sync_window(qtbot, key, modifiers) -> None:
    panel = await window(qtbot, SyncPanel(admin_for(synced_shop(1))))
    panel.history_table.setFocus()
    qtbot.keyClick(panel.history_table, key, modifiers)
    await wait_until(lambda: not shiboken6.isValid(panel), 5, "the window closed and went")


@pytest.mark.parametrize(("key", "modifiers"), KEYS)
async def test_keys_close_the_doctor_window(qtbot, key, modifiers) -> None:
    panel = await window(qtbot, DoctorPanel(admin_for(synced_shop(1))))
    await wait_until(lambda: panel.report is not None and not panel.busy, 10, "the doctor")
    qtbot.keyClick(panel.rerun_button, key, modifiers)
    await wait_until(lambda: not shiboken6.isValid(panel), 5, "the window closed and went")


async def test_closing_the_sync_window_while_it_works_cancels_the_work(qtbot) -> None:
    panel = await window(qtbot, SyncPanel(admin_for(synced_shop(3))))
    panel.verify_button.click()
    assert panel.busy
    task = panel._work.task
    qtbot.keyClick(panel, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    await wait_until(lambda: task.done(), 5, "the verification cancelled")
    assert task.cancelled()


async def test_sync_buttons_are_off_while_a_server_is_offline(qtbot, catalog) -> None:
    panel = await window(qtbot, SyncPanel(admin_for(synced_shop(1)), catalog=catalog))
    buttons = (panel.verify_button, panel.trigger_button)
    assert all(b.isEnabled() for b in buttons)
    catalog.connectivity.failed(MEDUSA, TransportError("refused", server="Medusa"))
    assert not any(b.isEnabled() for b in buttons)
    assert panel.trigger_button.toolTip() == (
        "Medusa is offline: this is possible again when it is back.")
    catalog.connectivity.succeeded(MEDUSA)
    assert all(b.isEnabled() for b in buttons)
    assert panel.verify_button.toolTip().startswith("Compare both servers")
    panel.verify_button.click()  # busy: off whatever the servers do
    catalog.connectivity.succeeded(PAYLOAD)
    assert not panel.verify_button.isEnabled()
    await wait_until(lambda: not panel.busy, 10, "the verification")
    assert panel.verify_button.isEnabled()
