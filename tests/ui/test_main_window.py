"""Main window over the profile's local store, pulling from fake servers (offscreen)."""

from __future__ import annotations

import asyncio
import json

import pytest

from desktop_app.diagnostics.scrub import Scrubber
from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from desktop_app.ui.diagnostics import help_menu as help_menu_module
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline.catalog_page import SEARCH_DEBOUNCE_MS
from desktop_app.ui.offline.list_model import Col
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, shop_profile
from tests.services.test_demo import fake_stack
from tests.ui.qt_support import wait_until


def add_profile(services: AppServices, name: str = "Shop") -> None:
    services.profiles.save(
        shop_profile(name=name),
        medusa_secret=Secret(SECRET_KEY),
        payload_secret=Secret(PAYLOAD_KEY),
    )


def shop_window(qtbot, services: AppServices) -> MainWindow:
    """The main window, shown, over a shop profile on the fake servers (not started)."""
    add_profile(services)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    return shop_window(qtbot, services)


async def pulled(win: MainWindow, rows: int, timeout: float = 10.0) -> None:
    await wait_until(
        lambda: win.page is not None and not win.pulling and win.page.model.rowCount() == rows,
        timeout,
        f"{rows} rows pulled",
    )


def titles(win: MainWindow) -> list[str]:
    model = win.page.model
    return [model.index(r, Col.TITLE).data() for r in range(model.rowCount())]


async def test_first_start_pulls_into_the_store_and_lists_it(window: MainWindow) -> None:
    window.start()
    assert window.progress.isVisible()  # pulling
    assert window.stack.currentWidget() is window.empty_label  # nothing stored yet
    assert "Loading the catalog" in window.empty_label.text()
    await pulled(window, 12)

    assert not window.progress.isVisible()
    assert window.windowTitle().startswith("Shop")
    assert window.stack.currentWidget() is window.page
    assert "Payload title prod_0000" in titles(window)  # Payload owns the title
    assert window.counts_label.text() == "12 products in the local store"
    assert not any(b.isVisible() for b in window.banners.values())
    assert window.profile_combo.currentText() == "Shop"
    sync = {window.page.model.index(r, Col.SYNC).data() for r in range(12)}
    assert sync == {"Linked", "No content"}  # 10 linked, 2 without a Payload document


async def test_reopening_lists_the_local_copy_even_when_a_server_is_down(
    qtbot, window: MainWindow, services: AppServices, shop: FakeShop
) -> None:
    window.start()
    await pulled(window, 12)
    window.close()

    shop.medusa.down = True  # connection refused
    shop.payload.find_status = 500  # answers, with an error
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    again.start()
    assert again.page is not None and again.page.model.rowCount() == 12  # at once, from SQLite
    assert again.stack.currentWidget() is again.page
    banner = again.banners["Medusa"]
    await wait_until(banner.isVisible, 10, "Medusa banner")
    assert banner.title_label.text() == "Medusa is not available."
    assert "Showing the local copy." in banner.message_label.text()
    assert banner.action_button.text() == "Retry"
    payload_banner = again.banners["Payload"]
    await wait_until(payload_banner.isVisible, 10, "Payload banner")
    # Payload is reachable (the status bar says online), so the banner must not say otherwise.
    assert payload_banner.title_label.text() == "Payload answered with an error."
    assert "HTTP 500" in payload_banner.message_label.text()
    assert again.page.model.rowCount() == 12

    shop.medusa.down = False  # the servers recover; Retry pulls again
    shop.payload.find_status = None
    banner.action_button.click()
    await wait_until(
        lambda: not banner.isVisible() and not payload_banner.isVisible(),
        10,
        "banners hidden after retry",
    )
    again.close()


async def test_search_is_debounced_and_status_filter_immediate(window: MainWindow) -> None:
    window.start()
    await pulled(window, 12)
    page = window.page

    page.search_edit.setText("medusa title 1")
    assert page.model.rowCount() == 12  # not yet: typing is debounced
    page.search_edit.setText("medusa title 11")
    await asyncio.sleep(SEARCH_DEBOUNCE_MS / 2000)
    assert page.model.rowCount() == 12
    await wait_until(lambda: page.model.rowCount() == 1, 2, "search applied")
    assert titles(window) == ["Medusa title 11"]
    assert page.summary_label.text() == "Showing 1 of 12"

    page.search_edit.clear()
    page.apply_filter()
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert page.model.rowCount() == 4  # statuses cycle published/draft/published
    assert {page.model.index(r, Col.STATUS).data() for r in range(4)} == {"Draft"}


async def test_edit_product_and_content_need_a_selection(window: MainWindow) -> None:
    window.start()
    await pulled(window, 12)
    window.edit_action.trigger()
    assert window.statusBar().currentMessage() == "Select a product first."
    window.content_action.trigger()
    assert window.statusBar().currentMessage() == "Select a product first."

    page = window.page
    page.table.selectRow(0)
    window.edit_action.trigger()
    row = page.model.row_at(0)
    assert set(page.editors) == {row.product_id}
    page.editors[row.product_id].reject()


async def test_an_edit_shows_as_waiting(window: MainWindow) -> None:
    window.start()
    await pulled(window, 12)
    row = window.page.model.row_at(0)
    window.page.catalog.edit(row.product_id, {"status": "draft"})
    assert "1 change waiting" in window.counts_label.text()
    assert window.pending_action.text() == "Pending changes (1)"
    window.pending_action.trigger()
    assert window.pending_dock.isVisible()
    assert window.pending_dock.widget() is window.page.pending
    assert window.page.pending.table.rowCount() == 1


async def test_without_profile_the_demo_is_set_up_then_pulled(
    qtbot, services: AppServices, tmp_path, monkeypatch
) -> None:
    scrubber = Scrubber()  # the log's, fresh: what the demo's set-up teaches it
    monkeypatch.setattr(help_menu_module, "SCRUBBER", scrubber)
    # A stand-in stackctl whose state file points at the fake servers' credentials.
    stack = fake_stack(tmp_path)
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
    assert win.stack.currentWidget() is win.welcome  # nothing starts unasked
    win.welcome.demo_button.click()
    await pulled(win, 12)
    assert win.info_banner.title_label.text() == "Demo shop ready"
    assert win.windowTitle().startswith("Local-demo")
    assert win.profile_combo.currentText() == "Local-demo"
    # The demo's keys are not secret-shaped here: only the keyring's values catch them.
    assert PAYLOAD_KEY not in scrubber(f"sent {PAYLOAD_KEY}")
    win.close()


async def test_demo_failure_is_explained(qtbot, services: AppServices) -> None:
    win = MainWindow(services)  # services.stack_dir does not exist
    qtbot.addWidget(win)
    win.show()
    win.start()
    assert not win.welcome.demo_button.isEnabled()  # the first run does not offer it
    win.start_demo()  # as the "Nothing could be loaded" page's button does
    await wait_until(lambda: win.info_banner.title_label.text() == "Demo shop unavailable", 5)
    assert "Add a shop profile in Settings" in win.info_banner.message_label.text()
    assert not win.progress.isVisible()
    assert win.stack.currentWidget() is win.welcome  # the two ways in again
    assert not win.refresh_action.isEnabled() and not win.edit_action.isEnabled()


async def test_switching_profile_opens_that_profiles_store(
    window: MainWindow, services: AppServices, shop: FakeShop
) -> None:
    window.start()
    await pulled(window, 12)
    first = window.page
    first.catalog.edit(first.model.row_at(0).product_id, {"status": "draft"})
    add_profile(services, "Other")
    window._refresh_profiles()
    before = len(shop.medusa.list_requests())
    index = window.profile_combo.findData("Other")
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    assert window.page is not first
    await pulled(window, 12)
    assert window.windowTitle().startswith("Other")
    assert services.profiles.load().active == "Other"
    assert len(shop.medusa.list_requests()) > before  # its own first pull
    assert window.page.catalog.outbox() == []  # the other profile's edit stays there
    assert window.counts_label.text() == "12 products in the local store"


async def test_settings_changes_reach_the_window(window: MainWindow) -> None:
    window.start()
    await pulled(window, 12)
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


async def test_credentials_problem_offers_settings_not_retry(qtbot, services: AppServices) -> None:
    services.profiles.save(
        shop_profile(), medusa_secret=Secret("sk_wrong"), payload_secret=Secret(PAYLOAD_KEY)
    )
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
    win.close()


async def test_closing_the_window_closes_the_store(window: MainWindow) -> None:
    window.start()
    await pulled(window, 12)
    catalog = window.page.catalog
    window.close()
    await wait_until(lambda: not _open(catalog), 5, "store closed")


def _open(catalog) -> bool:
    try:
        catalog._store.conn.execute("SELECT 1")
    except Exception:
        return False
    return True


async def test_sync_and_doctor_open_once_per_profile(
    window: MainWindow, services: AppServices
) -> None:
    window.start()
    await pulled(window, 12)
    assert window.sync_action.isEnabled() and window.doctor_action.isEnabled()
    window.sync_action.trigger()
    sync = window.tools.get("sync")
    assert sync is not None and sync.windowTitle() == "Payload sync — Shop"
    window.sync_action.trigger()
    assert window.tools.get("sync") is sync  # raised, not a second one
    window.doctor_action.trigger()
    doctor = window.tools.get("doctor")
    assert doctor is not None and doctor is not sync

    add_profile(services, "Other")
    window._refresh_profiles()
    index = window.profile_combo.findData("Other")
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    # They belonged to "Shop": switching closes them.
    assert window.tools.get("sync") is None and window.tools.get("doctor") is None
    await pulled(window, 12)


async def test_bulk_edit_takes_the_selection_or_the_whole_search_result(
    window: MainWindow,
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window.start()
    await pulled(window, 12)
    page = window.page
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    dialog = window.open_bulk_editor()
    drafts = {page.model.row_at(r).product_id for r in range(page.model.rowCount())}
    assert len(drafts) == 4 and set(dialog.product_ids) == drafts  # the search result
    dialog.close()

    page.status_combo.setCurrentIndex(0)
    selection = page.table.selectionModel()
    for row in (1, 3, 5):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog = window.open_bulk_editor()
    assert dialog.product_ids == page.selected_ids() and len(dialog.product_ids) == 3
    assert window.open_bulk_editor() is dialog  # one at a time
    dialog.close()


async def test_a_wrong_payload_key_offers_settings_not_retry(
    qtbot, services: AppServices, shop: FakeShop
) -> None:
    """Payload treats an unknown API key as anonymous and refuses the read with 403, not
    401: the banner said the key may be wrong and offered Retry, which cannot help."""
    services.profiles.save(shop_profile(), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret("not-the-key"))
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.start()
    banner = win.banners["Payload"]
    await wait_until(lambda: not win.pulling and banner.isVisible(), 10, "Payload banner")
    assert "API key may be wrong" in banner.message_label.text()
    assert banner.action_button.text() == "Open Settings"
    win.close()
