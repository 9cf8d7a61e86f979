"""Settings dialog: profiles and secrets, Test connection per server, keyring status."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from desktop_app.config import MedusaAuth, ProfileStore
from desktop_app.secrets import SERVICE, Secret, open_secret_store
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from desktop_app.store import CatalogStore, store_path
from desktop_app.store.files import backups_dir
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop, shop_profile
from tests.ui.qt_support import wait_until

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def keyring_services(shop: FakeShop, tmp_path) -> AppServices:
    """Secrets through the real keyring code path, on the in-memory keyring backend."""
    return AppServices(
        ProfileService(ProfileStore(tmp_path / "config"), open_secret_store()),
        transports=shop.transports,
    )


@pytest.fixture
def dialog(qtbot, keyring_services: AppServices) -> SettingsDialog:
    dlg = SettingsDialog(keyring_services)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill(dlg: SettingsDialog, *, name="my-shop", medusa_key=SECRET_KEY, payload_key=PAYLOAD_KEY):
    dlg.name_edit.setText(name)
    dlg.medusa_url_edit.setText("http://medusa.test:9000/")
    dlg.auth_combo.setCurrentIndex(dlg.auth_combo.findData(MedusaAuth.SECRET_KEY))
    dlg.medusa_secret_edit.setText(medusa_key)
    dlg.payload_url_edit.setText("http://payload.test:3000")
    dlg.payload_key_edit.setText(payload_key)


def test_add_profile_stores_secrets_in_keyring_only(
    dialog: SettingsDialog, keyring_services: AppServices, memory_keyring, qtbot
) -> None:
    assert not dialog.keyring_label.isVisible()
    fill(dialog)
    with qtbot.waitSignal(dialog.profilesChanged):
        dialog.save_button.click()

    assert dialog.saved_label.text() == "Saved."
    assert memory_keyring.entries[(SERVICE, "my-shop:medusa_secret_key")] == SECRET_KEY
    assert memory_keyring.entries[(SERVICE, "my-shop:payload_api_key")] == PAYLOAD_KEY
    text = keyring_services.profiles.store.path.read_text()
    assert SECRET_KEY not in text and PAYLOAD_KEY not in text
    saved = json.loads(text)
    assert saved["active"] == "my-shop"
    assert saved["profiles"][0]["medusa_url"] == "http://medusa.test:9000"  # normalised
    assert saved["profiles"][0]["payload_auth_collection"] == "users"
    # The list shows it, the secret fields are cleared and say the secret is stored.
    assert dialog.profile_list.count() == 1
    assert dialog.profile_list.item(0).text() == "my-shop  (active)"
    assert dialog.medusa_secret_edit.text() == ""
    assert "leave blank to keep" in dialog.payload_key_edit.placeholderText()


def test_invalid_form_shows_error_and_saves_nothing(
    dialog: SettingsDialog, keyring_services: AppServices, memory_keyring
) -> None:
    fill(dialog)
    dialog.medusa_url_edit.setText("ftp://nope")
    dialog.save_button.click()
    assert dialog.error_label.isVisible()
    assert "Medusa URL must start with http://" in dialog.error_label.text()
    assert keyring_services.profiles.load().profiles == []
    assert memory_keyring.entries == {}


def test_email_auth_shows_email_field(dialog: SettingsDialog) -> None:
    dialog.auth_combo.setCurrentIndex(dialog.auth_combo.findData(MedusaAuth.EMAIL_PASSWORD))
    assert dialog.email_edit.isVisible()
    assert dialog.medusa_secret_label.text() == "Password"
    dialog.auth_combo.setCurrentIndex(dialog.auth_combo.findData(MedusaAuth.SECRET_KEY))
    assert not dialog.email_edit.isVisible()


async def test_test_connection_reports_each_server(dialog: SettingsDialog) -> None:
    fill(dialog, payload_key="wrong-key")
    dialog.test_button.click()
    assert dialog.results["Medusa"].text_label.text() == "Testing…"
    assert not dialog.test_button.isEnabled()
    await wait_until(lambda: dialog.test_button.isEnabled(), 10, "test finished")

    medusa, payload = dialog.results["Medusa"], dialog.results["Payload"]
    assert medusa.ok is True
    assert medusa.text_label.text() == "✓  Connected. The shop has 12 products."
    assert payload.ok is False
    assert "API key not recognised" in payload.text_label.text()
    assert payload.text_label.property("state") == "failed"


async def test_test_connection_of_saved_profile_uses_stored_secrets(
    dialog: SettingsDialog,
) -> None:
    fill(dialog)
    dialog.save_button.click()
    assert dialog.payload_key_edit.text() == ""  # blank: the stored key is used
    dialog.test_button.click()
    await wait_until(lambda: dialog.results["Payload"].ok is not None, 10)
    assert dialog.results["Medusa"].ok and dialog.results["Payload"].ok
    assert "editor@example.com" in dialog.results["Payload"].text_label.text()


def test_edit_and_remove_profile(
    dialog: SettingsDialog, keyring_services: AppServices, memory_keyring, qtbot
) -> None:
    fill(dialog)
    dialog.save_button.click()
    dialog.payload_url_edit.setText("http://cms.test")
    dialog.save_button.click()  # secrets left blank: kept
    profile = keyring_services.profiles.load().find("my-shop")
    assert profile.payload_url == "http://cms.test"
    assert memory_keyring.entries[(SERVICE, "my-shop:payload_api_key")] == PAYLOAD_KEY

    dialog.remove_button.click()
    box = dialog.findChild(QMessageBox, "confirmRemove")
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(dialog.profilesChanged):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert keyring_services.profiles.load().profiles == []
    assert memory_keyring.entries == {}


def test_unavailable_keyring_message_is_shown(qtbot, shop: FakeShop, tmp_path) -> None:
    secrets = open_secret_store(fail.Keyring())
    services = AppServices(ProfileService(ProfileStore(tmp_path), secrets),
                           transports=shop.transports)
    dlg = SettingsDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.keyring_label.isVisible()
    assert "No OS keyring is available" in dlg.keyring_label.text()
    fill(dlg)
    dlg.save_button.click()
    assert dlg.saved_label.text() == "Saved (secrets kept for this session only)."


# --- the local store and its unsent edits ------------------------------------------


def queue_edits(profile: str, count: int = 3) -> None:
    store = CatalogStore.for_profile(profile)
    for n in range(count):
        # A base the server never had: if a push runs, it ends in conflict, still waiting.
        store.outbox.record(f"prod_{n:04d}", {"title": f"Mine {n}"}, {"title": "stale"})
    store.close()


def outbox_titles(path) -> list[str]:
    store = CatalogStore.open(path)
    try:
        return [e.mine for e in store.outbox.entries()]
    finally:
        store.close()


def box(dlg: SettingsDialog, name: str) -> QMessageBox:
    shown = [b for b in dlg.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(shown) == 1, f"no {name} question"
    return shown[0]


def answer(found: QMessageBox, button: QMessageBox.StandardButton) -> None:
    found.button(button).click()


@pytest.fixture
def saved_shop(dialog: SettingsDialog) -> SettingsDialog:
    fill(dialog)
    dialog.save_button.click()
    queue_edits("my-shop")
    return dialog


def test_host_change_with_unsent_edits_asks_first(
    saved_shop: SettingsDialog, keyring_services: AppServices
) -> None:
    dialog = saved_shop
    dialog.medusa_url_edit.setText("https://medusa.elsewhere.example")
    assert dialog.save() is False  # not yet: it asks
    question = box(dialog, "confirmHostChange")
    assert question.text() == (
        "3 edits made against http://medusa.test:9000 have not been sent. They will not be "
        "sent to https://medusa.elsewhere.example; they are kept in a backup in "
        f"{backups_dir()}.\n\nChange the server anyway?")
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)

    answer(question, QMessageBox.StandardButton.Cancel)
    profile = keyring_services.profiles.load().find("my-shop")
    assert profile.medusa_url == "http://medusa.test:9000"
    assert outbox_titles(store_path("my-shop")) == ["Mine 0", "Mine 1", "Mine 2"]

    dialog.save_button.click()
    answer(box(dialog, "confirmHostChange"), QMessageBox.StandardButton.Yes)
    profile = keyring_services.profiles.load().find("my-shop")
    assert profile.medusa_url == "https://medusa.elsewhere.example"
    assert keyring_services.profiles.pending_edits("my-shop") == 0
    assert dialog.note_label.isVisible() and str(backups_dir()) in dialog.note_label.text()
    backup = dialog.note_label.text().split(": ", 1)[1]
    assert outbox_titles(backup) == ["Mine 0", "Mine 1", "Mine 2"]


def test_rename_keeps_the_queued_edits(
    saved_shop: SettingsDialog, keyring_services: AppServices
) -> None:
    saved_shop.name_edit.setText("renamed-shop")
    assert saved_shop.save() is True  # same servers: nothing to ask
    assert outbox_titles(store_path("renamed-shop")) == ["Mine 0", "Mine 1", "Mine 2"]
    assert not store_path("my-shop").exists()


def test_remove_with_unsent_edits_says_so_and_keeps_a_backup(
    saved_shop: SettingsDialog, keyring_services: AppServices, qtbot
) -> None:
    saved_shop.remove_button.click()
    question = box(saved_shop, "confirmRemove")
    assert "3 edits of profile 'my-shop' have not been sent" in question.text()
    assert "kept in a backup" in question.text()
    with qtbot.waitSignal(saved_shop.profilesChanged):
        answer(question, QMessageBox.StandardButton.Yes)
    assert keyring_services.profiles.load().profiles == []
    backup = saved_shop.note_label.text().split(": ", 1)[1]
    assert outbox_titles(backup) == ["Mine 0", "Mine 1", "Mine 2"]


async def test_save_keeps_the_test_result_and_asks_when_it_failed(
    dialog: SettingsDialog, keyring_services: AppServices
) -> None:
    fill(dialog, payload_key="wrong-key")
    dialog.test_button.click()
    await wait_until(lambda: dialog.test_button.isEnabled(), 10, "test finished")
    assert dialog.save() is False
    question = box(dialog, "confirmFailedTest")
    assert "• Payload: " in question.text() and "API key not recognised" in question.text()
    answer(question, QMessageBox.StandardButton.Cancel)
    assert keyring_services.profiles.load().profiles == []

    dialog.save_button.click()
    answer(box(dialog, "confirmFailedTest"), QMessageBox.StandardButton.Yes)
    assert dialog.saved_label.text() == "Saved."
    # Save no longer wipes what the test found.
    assert dialog.results["Payload"].ok is False
    assert "API key not recognised" in dialog.results["Payload"].text_label.text()
    assert dialog.results["Medusa"].ok is True

    # A result of other settings than those saved is not asked about.
    dialog.payload_key_edit.setText(PAYLOAD_KEY)
    assert dialog.save() is True


# --- with the main window: its open store is closed first, then shown again --------


@pytest.fixture
def window(qtbot, services: AppServices) -> MainWindow:
    from desktop_app.ui.main_window import MainWindow

    services.profiles.save(shop_profile(), medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))
    queue_edits("Shop", count=1)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


async def settings_of(win: MainWindow) -> SettingsDialog:
    win.start()
    await wait_until(lambda: win.page is not None and not win.pulling, 10, "first pull")
    win.settings_action.trigger()
    assert win._settings is not None
    return win._settings


async def test_renaming_the_shown_profile_reopens_it_with_its_edits(
    window: MainWindow, services: AppServices
) -> None:
    dialog = await settings_of(window)
    first = window.page
    dialog.name_edit.setText("Renamed")
    dialog.save_button.click()
    await wait_until(lambda: window.page is not None and window.page is not first
                     and window.profile.name == "Renamed", 10, "the renamed profile shown")
    assert [e.mine for e in window.page.catalog.outbox()] == ["Mine 0"]
    assert not store_path("Shop").exists()
    dialog.close()
    window.close()


async def test_new_server_for_the_shown_profile_starts_an_empty_store(
    window: MainWindow, services: AppServices
) -> None:
    dialog = await settings_of(window)
    first = window.page
    dialog.payload_url_edit.setText("http://payload.test:3000/")  # same origin: no question
    dialog.medusa_url_edit.setText("http://medusa.test:9000")
    assert dialog.save() is True and window.page is first
    dialog.medusa_url_edit.setText("http://127.0.0.1:9000")
    dialog.save_button.click()
    answer(box(dialog, "confirmHostChange"), QMessageBox.StandardButton.Yes)
    await wait_until(lambda: window.page is not None and window.page is not first,
                     10, "the page on a fresh store")
    assert window.page.catalog.outbox() == []
    backup = dialog.note_label.text().split(": ", 1)[1]
    assert outbox_titles(backup) == ["Mine 0"]
    dialog.close()
    window.close()
