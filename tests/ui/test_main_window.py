"""Main window against fake servers (offscreen), driven through the qasync loop."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.ui.main_window import SEARCH_DEBOUNCE_MS, MainWindow
from desktop_app.ui.product_model import Column
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, shop_profile
from tests.services.test_demo import fake_stack
from tests.ui.qt_support import wait_until


def add_profile(services: AppServices, name: str = "Shop") -> None:
    services.profiles.save(
        shop_profile(name=name), medusa_secret=Secret(SECRET_KEY),
        payload_secret=Secret(PAYLOAD_KEY),
    )


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    add_profile(services)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


async def loaded(win: MainWindow, rows: int, timeout: float = 10.0) -> None:
    await wait_until(lambda: win.load_task is None and win.model.total_count == rows,
                     timeout, f"{rows} rows loaded")


async def test_lists_rows_with_counts_and_title(window: MainWindow) -> None:
    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    window.start()
    assert window.progress.isVisible()  # loading indicator while the task runs
    await loaded(window, 12)

    assert not window.progress.isVisible()
    assert window.windowTitle().startswith("Shop")
    assert window.model.rowCount() == 12
    titles = {window.model.index(r, Column.TITLE).data() for r in range(12)}
    assert "Payload title prod_0000" in titles and "Medusa title 11" in titles
    assert window.counts_label.text() == (
        "12 products  ·  10 linked to Payload  ·  2 missing in Payload")
    assert not any(b.isVisible() for b in window.banners.values())
    assert window.stack.currentWidget() is window.table
    assert window.profile_combo.currentText() == "Shop"


async def test_payload_failure_shows_banner_and_medusa_rows(
    window: MainWindow, shop: FakeShop
) -> None:
    shop.payload.find_status = 500
    window.start()
    await loaded(window, 12)

    banner = window.banners["Payload"]
    assert banner.isVisible() and not window.banners["Medusa"].isVisible()
    assert banner.title_label.text() == "Payload is not available."
    assert "Payload had an internal error, HTTP 500" in banner.message_label.text()
    assert "Showing what Medusa has." in banner.message_label.text()
    assert banner.action_button.text() == "Retry"
    # Medusa's rows are still listed, with the link state unknown.
    assert window.model.index(0, Column.PAYLOAD).data() == "Unknown"
    assert window.counts_label.text() == "12 products"

    shop.payload.find_status = None  # the server recovers; Retry reloads
    banner.action_button.click()
    await wait_until(lambda: not banner.isVisible(), 10, "banner hidden after retry")
    await loaded(window, 12)
    assert "10 linked" in window.counts_label.text()


async def test_medusa_failure_still_shows_payload_docs(window: MainWindow, shop: FakeShop) -> None:
    shop.medusa.list_status = 500
    window.start()
    await loaded(window, 10)
    assert window.banners["Medusa"].isVisible()
    assert "Showing what Payload has." in window.banners["Medusa"].message_label.text()
    assert window.model.index(0, Column.TITLE).data().startswith("Payload title")
    assert window.model.index(0, Column.HANDLE).data() == "—"


async def test_search_is_debounced_and_status_filter_immediate(window: MainWindow) -> None:
    window.start()
    await loaded(window, 12)

    window.search_edit.setText("medusa title 1")
    assert window.model.rowCount() == 12  # not yet: typing is debounced
    window.search_edit.setText("medusa title 11")
    await asyncio.sleep(SEARCH_DEBOUNCE_MS / 2000)
    assert window.model.rowCount() == 12
    await wait_until(lambda: window.model.rowCount() == 1, 2, "search applied")
    assert window.model.index(0, Column.TITLE).data() == "Medusa title 11"
    assert window.summary_label.text() == "Showing 1 of 12"

    window.search_edit.clear()
    window.status_combo.setCurrentIndex(window.status_combo.findData("draft"))
    assert window.model.rowCount() == 4  # statuses cycle published/draft/published
    assert {window.model.index(r, Column.STATUS).data() for r in range(4)} == {"Draft"}

    window.search_edit.setText("no such product")
    await wait_until(lambda: window.stack.currentWidget() is window.empty_label, 2)
    assert window.empty_label.text() == "No products match the search."


async def test_new_load_cancels_previous(window: MainWindow) -> None:
    window.start()
    first = window.load_task
    window.reload()
    second = window.load_task
    assert first is not None and second is not None and first is not second
    await loaded(window, 12)
    assert first.cancelled()
    assert window.model.total_count == 12


async def test_without_profile_the_demo_is_set_up_then_loaded(
    qtbot, services: AppServices, tmp_path
) -> None:
    # A stand-in stackctl whose state file points at the fake servers' credentials.
    stack = fake_stack(tmp_path)
    import json

    state_file = tmp_path / "state.json"
    state = json.loads(state_file.read_text())
    state["medusa"]["secret_key"] = SECRET_KEY
    state["payload"]["users"]["editor"]["api_key"] = PAYLOAD_KEY
    state_file.write_text(json.dumps(state))
    services.stack_dir = stack

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.start()
    assert win.info_banner.isVisible()
    assert win.info_banner.title_label.text() in (
        "No shop configured", "Starting the local demo shop")
    await loaded(win, 12)
    assert win.info_banner.title_label.text() == "Demo shop ready"
    assert win.windowTitle().startswith("Local-demo")
    assert win.profile_combo.currentText() == "Local-demo"


async def test_demo_failure_is_explained(qtbot, services: AppServices) -> None:
    win = MainWindow(services)  # services.stack_dir does not exist
    qtbot.addWidget(win)
    win.show()
    win.start()
    await wait_until(lambda: win.info_banner.title_label.text() == "Demo shop unavailable", 5)
    assert "Add a shop profile in Settings" in win.info_banner.message_label.text()
    assert not win.progress.isVisible()
    assert win.stack.currentWidget() is win.empty_label


async def test_switching_profile_reloads(window: MainWindow, services: AppServices,
                                         shop: FakeShop) -> None:
    window.start()
    await loaded(window, 12)
    add_profile(services, "Other")
    window._refresh_profiles()
    before = len(shop.medusa.list_requests())
    index = window.profile_combo.findData("Other")
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    await loaded(window, 12)
    assert window.windowTitle().startswith("Other")
    assert services.profiles.load().active == "Other"
    assert len(shop.medusa.list_requests()) > before


def test_table_sorts_on_header_click(qtbot, window: MainWindow) -> None:
    window.model.set_rows(())
    header = window.table.horizontalHeader()
    window.table.sortByColumn(Column.VARIANTS, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == Column.VARIANTS


async def test_settings_changes_reach_the_window(window: MainWindow, qtbot) -> None:
    window.start()
    await loaded(window, 12)
    window.settings_action.trigger()
    dialog = window._settings
    assert dialog is not None and dialog.isVisible()
    dialog.new_profile()
    dialog.name_edit.setText("second")
    dialog.medusa_url_edit.setText("http://m.test")
    dialog.medusa_secret_edit.setText(SECRET_KEY)
    dialog.payload_url_edit.setText("http://p.test")
    dialog.payload_key_edit.setText(PAYLOAD_KEY)
    dialog.save_button.click()
    assert window.profile_combo.findData("second") >= 0
    assert window.profile_combo.currentText() == "Shop"  # the active profile is unchanged
    dialog.close()


async def test_credentials_problem_offers_settings_not_retry(
    qtbot, services: AppServices
) -> None:
    services.profiles.save(shop_profile(), medusa_secret=Secret("sk_wrong"),
                           payload_secret=Secret(PAYLOAD_KEY))
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.start()
    banner = win.banners["Medusa"]
    await wait_until(lambda: banner.isVisible(), 10, "Medusa banner")
    assert "secret API key" in banner.message_label.text()
    assert banner.action_button.text() == "Open Settings"
    banner.action_button.click()
    assert win._settings is not None and win._settings.isVisible()
    win._settings.close()


async def test_medusa_rows_show_while_payload_is_slow(
    qtbot, services: AppServices, shop: FakeShop
) -> None:
    import httpx

    from desktop_app.services.transports import Transports

    gate = asyncio.Event()

    async def hung_payload(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        return shop.payload.handle(request)

    services.transports = Transports(medusa=shop.medusa.transport,
                                     payload=httpx.MockTransport(hung_payload))
    add_profile(services)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.start()
    await wait_until(lambda: win.model.total_count == 12, 5, "Medusa rows shown")
    assert win.load_task is not None  # Payload has not answered yet
    assert win.progress.isVisible()
    assert win.counts_label.text() == "12 products  ·  checking Payload…"
    assert win.model.index(0, Column.PAYLOAD).data() == "Unknown"

    gate.set()
    await loaded(win, 12)
    assert "10 linked to Payload" in win.counts_label.text()
