"""Against a real Secret Service (gnome-keyring), not a mock.

Run headless with::

    scripts/keyring-session.sh .venv/bin/python -m pytest tests/secrets -m keyring_real

Without a Secret Service on the session bus these tests skip, unless
REQUIRE_REAL_KEYRING=1 (set in CI), where a missing service is a failure.
"""

from __future__ import annotations

import io
import os
import uuid
from contextlib import closing

import keyring
import pytest

from desktop_app.cli.main import main
from desktop_app.secrets import (
    SERVICE,
    KeyringSecretStore,
    Secret,
    SecretKind,
    open_secret_store,
)

pytestmark = pytest.mark.keyring_real

TEST_SERVICE = "desktop-app-tests"


@pytest.fixture
def secret_service():
    """The real ``keyring.backends.SecretService.Keyring``, or skip/fail with the reason."""
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.priority  # noqa: B018 - raises if no daemon is on / activatable via the bus
        backend.get_preferred_collection()  # raises if the collection is missing or locked
    except Exception as exc:
        reason = (
            f"no usable Secret Service on the D-Bus session bus ({type(exc).__name__}: {exc}); "
            "run under scripts/keyring-session.sh"
        )
        if os.environ.get("REQUIRE_REAL_KEYRING") == "1":
            pytest.fail(f"REQUIRE_REAL_KEYRING=1 but {reason}")
        pytest.skip(reason)
    return backend


def _items(service: str, username: str) -> list[str]:
    """Look the entry up with secretstorage directly, bypassing keyring and our code."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        found = collection.search_items({"service": service, "username": username})
        return [item.get_secret().decode() for item in found]


@pytest.fixture
def profile_name(secret_service):
    name = f"kr-{uuid.uuid4().hex[:12]}"
    yield name
    # Leave the user's keyring clean even if an assertion failed half-way.
    for service in (SERVICE, TEST_SERVICE):
        KeyringSecretStore(secret_service, service).delete_all_for_profile(name)


def test_store_read_delete_profile_secrets(secret_service, profile_name):
    pw, key = f"pw-{uuid.uuid4().hex}", f"key-{uuid.uuid4().hex}"
    store = KeyringSecretStore(secret_service, service=TEST_SERVICE)
    store.set(profile_name, SecretKind.MEDUSA_PASSWORD, Secret(pw))
    store.set(profile_name, SecretKind.PAYLOAD_API_KEY, Secret(key))

    # Really in the Secret Service, under the documented service/username.
    assert _items(TEST_SERVICE, f"{profile_name}:medusa_password") == [pw]
    assert _items(TEST_SERVICE, f"{profile_name}:payload_api_key") == [key]

    # Read back through a fresh backend instance (new D-Bus connection).
    from keyring.backends import SecretService

    fresh = KeyringSecretStore(SecretService.Keyring(), service=TEST_SERVICE)
    assert fresh.get(profile_name, SecretKind.MEDUSA_PASSWORD) == Secret(pw)
    assert fresh.get(profile_name, SecretKind.PAYLOAD_API_KEY) == Secret(key)
    assert fresh.get(profile_name, SecretKind.MEDUSA_SECRET_KEY) is None

    # Overwrite keeps a single item.
    store.set(profile_name, SecretKind.PAYLOAD_API_KEY, Secret(key + "-2"))
    assert _items(TEST_SERVICE, f"{profile_name}:payload_api_key") == [key + "-2"]

    assert fresh.delete_all_for_profile(profile_name) == 2
    assert _items(TEST_SERVICE, f"{profile_name}:medusa_password") == []
    assert _items(TEST_SERVICE, f"{profile_name}:payload_api_key") == []
    assert store.get(profile_name, SecretKind.MEDUSA_PASSWORD) is None


def test_open_secret_store_reports_persistent(secret_service):
    store = open_secret_store(secret_service, service=TEST_SERVICE)
    assert store.status.persistent, store.status.message
    assert "SecretService" in store.status.backend


def test_cli_add_and_remove_use_the_real_keyring(
    secret_service, profile_name, app_dirs, monkeypatch: pytest.MonkeyPatch, capsys
):
    keyring.set_keyring(secret_service)
    pw, key = f"pw-{uuid.uuid4().hex}", f"key-{uuid.uuid4().hex}"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{pw}\n{key}\n"))
    rc = main(
        [
            "profiles",
            "add",
            "--name",
            profile_name,
            "--medusa-url",
            "http://localhost:9000",
            "--medusa-email",
            "admin@example.com",
            "--payload-url",
            "http://localhost:3000",
        ]
    )
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Secrets saved in the OS keyring" in out
    assert _items(SERVICE, f"{profile_name}:medusa_password") == [pw]
    assert _items(SERVICE, f"{profile_name}:payload_api_key") == [key]
    for path in app_dirs.config.rglob("*"):
        if path.is_file():
            assert pw not in path.read_text() and key not in path.read_text()

    assert main(["profiles", "remove", profile_name]) == 0
    assert "2 keyring entries" in capsys.readouterr().out
    assert _items(SERVICE, f"{profile_name}:medusa_password") == []
    assert _items(SERVICE, f"{profile_name}:payload_api_key") == []
