"""Settings dialog: profiles and secrets, Test connection per server, keyring status."""

from __future__ import annotations

import json

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from desktop_app.config import MedusaAuth, ProfileStore
from desktop_app.secrets import SERVICE, open_secret_store
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, FakeShop
from tests.ui.qt_support import wait_until


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
