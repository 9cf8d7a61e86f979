from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from desktop_app.secrets import (
    NO_KEYRING_HELP,
    SERVICE,
    InMemorySecretStore,
    KeyringSecretStore,
    Secret,
    SecretKind,
    SecretStoreUnavailable,
    keyring_username,
    open_secret_store,
)
from desktop_app.secrets.testing import MemoryKeyring

PW = "medusa-pw-61a2"
KEY = "payload-key-9c4d"


class FlakyKeyring(MemoryKeyring):
    """A keyring whose operations start failing on demand, like a daemon that went away."""

    def __init__(self, exc: Exception | None = None, fail_reads: bool = True) -> None:
        super().__init__()
        self.exc = exc
        self.fail_reads = fail_reads
        self.calls = 0

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.exc is not None:
            raise self.exc

    def get_password(self, service, username):
        if self.fail_reads:
            self._maybe_fail()
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._maybe_fail()
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._maybe_fail()
        super().delete_password(service, username)


# --- KeyringSecretStore over the keyring API ------------------------------------------


def test_usernames_are_profile_colon_kind():
    assert keyring_username("shop", SecretKind.MEDUSA_PASSWORD) == "shop:medusa_password"
    assert keyring_username("shop", SecretKind.PAYLOAD_API_KEY) == "shop:payload_api_key"
    with pytest.raises(ValueError):
        keyring_username("a:b", SecretKind.PAYLOAD_API_KEY)
    with pytest.raises(ValueError):
        keyring_username("", SecretKind.PAYLOAD_API_KEY)


def test_set_get_delete_through_default_keyring(memory_keyring: MemoryKeyring):
    store = KeyringSecretStore()  # picks up the global keyring
    assert store.set("shop", SecretKind.MEDUSA_PASSWORD, Secret(PW)) is True
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert memory_keyring.entries == {
        (SERVICE, "shop:medusa_password"): PW,
        (SERVICE, "shop:payload_api_key"): KEY,
    }
    assert store.get("shop", SecretKind.MEDUSA_PASSWORD) == Secret(PW)
    assert store.get("shop", SecretKind.MEDUSA_SECRET_KEY) is None
    assert store.get("other", SecretKind.MEDUSA_PASSWORD) is None
    assert store.delete("shop", SecretKind.MEDUSA_PASSWORD) is True
    assert store.delete("shop", SecretKind.MEDUSA_PASSWORD) is False
    assert store.get("shop", SecretKind.MEDUSA_PASSWORD) is None


def test_delete_all_only_touches_that_profile(memory_keyring: MemoryKeyring):
    store = KeyringSecretStore()
    for profile in ("a", "b"):
        store.set(profile, SecretKind.MEDUSA_SECRET_KEY, Secret(PW))
        store.set(profile, SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert store.delete_all_for_profile("a") == 2
    assert store.delete_all_for_profile("a") == 0
    assert sorted(u for _, u in memory_keyring.entries) == [
        "b:medusa_secret_key",
        "b:payload_api_key",
    ]


def test_custom_service_name(memory_keyring: MemoryKeyring):
    KeyringSecretStore(memory_keyring, service="other-app").set(
        "shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY)
    )
    assert list(memory_keyring.entries) == [("other-app", "shop:payload_api_key")]


def test_plain_strings_are_refused(memory_keyring: MemoryKeyring):
    for store in (KeyringSecretStore(), InMemorySecretStore()):
        with pytest.raises(TypeError, match="not a plain string"):
            store.set("shop", SecretKind.PAYLOAD_API_KEY, KEY)  # type: ignore[arg-type]
    assert memory_keyring.entries == {}


def test_backend_errors_become_clear_errors_without_the_secret():
    # A worst-case backend that puts the value into its own error message.
    backend = FlakyKeyring(RuntimeError(f"D-Bus said no while storing {PW}"))
    store = KeyringSecretStore(backend)
    with pytest.raises(SecretStoreUnavailable) as info:
        store.set("shop", SecretKind.MEDUSA_PASSWORD, Secret(PW))
    message = str(info.value)
    assert PW not in message
    assert "The OS keyring (" in message and "gnome-keyring" in message
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert PW not in repr(info.value)


def test_locked_keyring_message():
    store = KeyringSecretStore(FlakyKeyring(keyring.errors.KeyringLocked("nope")))
    with pytest.raises(SecretStoreUnavailable, match="The OS keyring is locked: unlock it"):
        store.get("shop", SecretKind.PAYLOAD_API_KEY)


# --- open_secret_store / SessionSecretStore -----------------------------------------


def test_open_with_working_keyring_is_persistent(memory_keyring: MemoryKeyring):
    store = open_secret_store()
    assert store.status.persistent
    assert store.status.message is None
    assert store.status.backend.endswith("MemoryKeyring")
    assert store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY)) is True
    assert memory_keyring.entries[(SERVICE, "shop:payload_api_key")] == KEY
    assert open_secret_store().get("shop", SecretKind.PAYLOAD_API_KEY) == Secret(KEY)


@pytest.mark.parametrize(
    ("make_backend", "expected"),
    [
        (fail.Keyring, "No OS keyring is available: install and unlock a Secret Service"),
        (null.Keyring, "The keyring is disabled"),
        (lambda: FlakyKeyring(keyring.errors.KeyringLocked("x")), "The OS keyring is locked"),
        (lambda: FlakyKeyring(OSError("no bus")), "OSError: no bus"),
    ],
)
def test_unusable_backend_falls_back_to_memory_with_message(make_backend, expected):
    store = open_secret_store(make_backend())
    status = store.status
    assert not status.persistent
    assert expected in status.message
    assert "kept in memory for this run only" in status.message
    assert store.set("shop", SecretKind.MEDUSA_PASSWORD, Secret(PW)) is False
    assert store.get("shop", SecretKind.MEDUSA_PASSWORD) == Secret(PW)
    # "this run" is the process: a store opened later sees it too.
    assert open_secret_store(fail.Keyring()).get("shop", SecretKind.MEDUSA_PASSWORD) == Secret(PW)


def test_chainer_without_backends_counts_as_no_keyring(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    store = open_secret_store(chainer.ChainerBackend())
    assert not store.status.persistent
    assert NO_KEYRING_HELP in store.status.message


def test_global_fail_keyring_is_detected():
    keyring.set_keyring(fail.Keyring())
    store = open_secret_store()
    assert "No OS keyring is available" in store.status.message
    assert "apt install gnome-keyring" in store.status.message


def test_get_keyring_crash_is_survived(monkeypatch: pytest.MonkeyPatch):
    def broken():
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = open_secret_store()
    assert not store.status.persistent
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) == Secret(KEY)


def test_runtime_failure_degrades_once_and_tells_the_app():
    backend = FlakyKeyring(fail_reads=False)
    seen = []
    store = open_secret_store(backend, on_degraded=seen.append)
    assert store.status.persistent and seen == []

    backend.exc = keyring.errors.PasswordSetError("daemon vanished")
    assert store.set("shop", SecretKind.MEDUSA_PASSWORD, Secret(PW)) is False
    assert len(seen) == 1 and not seen[0].persistent
    assert "daemon vanished" in seen[0].message
    assert store.get("shop", SecretKind.MEDUSA_PASSWORD) == Secret(PW)

    calls = backend.calls
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    store.get("shop", SecretKind.PAYLOAD_API_KEY)
    assert backend.calls == calls  # no more keyring round trips after degrading
    assert len(seen) == 1
    assert backend.entries == {}


def test_read_failure_degrades_and_returns_none():
    backend = FlakyKeyring()
    store = open_secret_store(backend)
    backend.entries[(SERVICE, "shop:payload_api_key")] = KEY
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) == Secret(KEY)
    backend.exc = OSError("gone")
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) is None
    assert not store.status.persistent


def test_delete_reaches_keyring_and_memory_and_reports_failure(memory_keyring: MemoryKeyring):
    store = open_secret_store()
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert store.delete_all_for_profile("shop") == 1
    assert memory_keyring.entries == {}

    backend = FlakyKeyring(fail_reads=False)
    store = open_secret_store(backend)
    backend.exc = OSError("locked")
    with pytest.raises(SecretStoreUnavailable, match="OSError: locked"):
        store.delete_all_for_profile("shop")


def test_memory_only_store_deletes_without_a_keyring():
    store = open_secret_store(fail.Keyring())
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert store.delete_all_for_profile("shop") == 1
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) is None


def test_keyring_write_replaces_a_memory_copy(memory_keyring: MemoryKeyring):
    # Value entered while degraded in another store, then saved once the keyring works.
    open_secret_store(fail.Keyring()).set("shop", SecretKind.PAYLOAD_API_KEY, Secret("old"))
    store = open_secret_store()
    store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(KEY))
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) == Secret(KEY)
    assert open_secret_store(fail.Keyring()).get("shop", SecretKind.PAYLOAD_API_KEY) is None


def test_memory_keyring_is_never_auto_selected():
    assert not MemoryKeyring.viable
