"""Secret storage: the OS keyring, with an in-memory fallback for this run only.

Secrets are never written to disk by this module (the keyring daemon encrypts
its own storage), never logged and never put into exception messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from desktop_app.i18n import translate
from desktop_app.secrets.errors import MEMORY_ONLY_NOTE, NO_KEYRING_HELP, SecretStoreUnavailable
from desktop_app.secrets.foreign_backends import skip_foreign_backends
from desktop_app.secrets.kinds import SecretKind
from desktop_app.secrets.secret import REDACTED, Secret

log = logging.getLogger(__name__)

SERVICE = "desktop-app"
_PROBE_USER = "__desktop_app_probe__"


def keyring_username(profile: str, kind: SecretKind) -> str:
    """``<profile>:<kind>``; profile names cannot contain ':' so this is unambiguous."""
    if not profile or ":" in profile:
        raise ValueError(f"invalid profile name for the keyring: {profile!r}")
    return f"{profile}:{SecretKind(kind).value}"


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


@dataclass(frozen=True)
class SecretStoreStatus:
    """What the UI/CLI tells the user about where secrets go."""

    persistent: bool
    backend: str
    message: str | None = None


class SecretStore(Protocol):
    @property
    def status(self) -> SecretStoreStatus: ...

    def set(self, profile: str, kind: SecretKind, secret: Secret) -> bool: ...

    def get(self, profile: str, kind: SecretKind) -> Secret | None: ...

    def delete(self, profile: str, kind: SecretKind) -> bool: ...

    def delete_all_for_profile(self, profile: str) -> int: ...


def unusable_backend_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot store secrets at all, or None if it might work."""
    if isinstance(backend, fail.Keyring):
        return translate("Secrets", NO_KEYRING_HELP)
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return translate("Secrets", NO_KEYRING_HELP)
    if isinstance(backend, null.Keyring):
        return translate(
            "Secrets",
            "The keyring is disabled (keyring.backends.null.Keyring is configured, e.g. via "
            "PYTHON_KEYRING_BACKEND or keyringrc.cfg), so secrets cannot be saved. Remove that "
            "setting to use the OS keyring.",
        )
    return None


def _explain(exc: Exception, backend: KeyringBackend, secret: Secret | None = None) -> str:
    if isinstance(exc, keyring.errors.KeyringLocked):
        text = translate(
            "Secrets",
            "The OS keyring is locked: unlock it (log in to the desktop session, or run "
            "'gnome-keyring-daemon --unlock') and try again.",
        )
    else:
        text = translate(
            "Secrets",
            "The OS keyring ({backend}) failed: {error}. "
            "Make sure a Secret Service provider such as gnome-keyring or KWallet is running "
            "and unlocked (on Debian/Ubuntu: apt install gnome-keyring).",
        ).format(backend=backend_name(backend), error=f"{type(exc).__name__}: {exc}")
    # Belt and braces: a backend error message must never carry the value onward.
    if secret is not None:
        text = text.replace(secret.reveal(), REDACTED)
    return text


class KeyringSecretStore:
    """Direct keyring access; every failure becomes :class:`SecretStoreUnavailable`."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._service = service

    @property
    def backend(self) -> KeyringBackend:
        return self._backend

    @property
    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(persistent=True, backend=backend_name(self._backend))

    def _fail(self, exc: Exception, secret: Secret | None = None) -> SecretStoreUnavailable:
        log.warning("keyring operation failed: %s", type(exc).__name__)
        return SecretStoreUnavailable(_explain(exc, self._backend, secret))

    def probe(self) -> None:
        """Raise :class:`SecretStoreUnavailable` unless the backend answers a lookup."""
        reason = unusable_backend_reason(self._backend)
        if reason:
            raise SecretStoreUnavailable(reason)
        try:
            self._backend.get_password(self._service, _PROBE_USER)
        except Exception as exc:
            raise self._fail(exc) from None

    def set(self, profile: str, kind: SecretKind, secret: Secret) -> bool:
        if not isinstance(secret, Secret):
            raise TypeError("pass a Secret, not a plain string")
        user = keyring_username(profile, kind)
        try:
            self._backend.set_password(self._service, user, secret.reveal())
        except Exception as exc:
            # "from None": the original exception's args could include the value.
            raise self._fail(exc, secret) from None
        return True

    def get(self, profile: str, kind: SecretKind) -> Secret | None:
        user = keyring_username(profile, kind)
        try:
            value = self._backend.get_password(self._service, user)
        except Exception as exc:
            raise self._fail(exc) from None
        return Secret(value) if value else None

    def delete(self, profile: str, kind: SecretKind) -> bool:
        user = keyring_username(profile, kind)
        try:
            self._backend.delete_password(self._service, user)
        except keyring.errors.PasswordDeleteError:
            # keyring reports "not found" this way; for us that is success.
            return False
        except Exception as exc:
            raise self._fail(exc) from None
        return True

    def delete_all_for_profile(self, profile: str) -> int:
        return sum(self.delete(profile, kind) for kind in SecretKind)


class InMemorySecretStore:
    """Secrets in a dict for this process only: unit tests and the no-keyring fallback."""

    def __init__(self, message: str | None = None) -> None:
        self._values: dict[tuple[str, SecretKind], Secret] = {}
        self._message = message

    @property
    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(persistent=False, backend="memory", message=self._message)

    def set(self, profile: str, kind: SecretKind, secret: Secret) -> bool:
        if not isinstance(secret, Secret):
            raise TypeError("pass a Secret, not a plain string")
        keyring_username(profile, kind)  # same validation as the real store
        self._values[(profile, SecretKind(kind))] = secret
        return False  # never persisted

    def get(self, profile: str, kind: SecretKind) -> Secret | None:
        return self._values.get((profile, SecretKind(kind)))

    def delete(self, profile: str, kind: SecretKind) -> bool:
        return self._values.pop((profile, SecretKind(kind)), None) is not None

    def delete_all_for_profile(self, profile: str) -> int:
        return sum(self.delete(profile, kind) for kind in SecretKind)

    def clear(self) -> None:
        self._values.clear()


# "Memory for this run" means the process: every SessionSecretStore shares it,
# so a secret entered in one dialog is still there when a client is built later.
_RUN_MEMORY = InMemorySecretStore()


def clear_run_memory() -> None:
    """Forget all secrets held in memory for this run (tests; "log out" in the UI)."""
    _RUN_MEMORY.clear()


class SessionSecretStore:
    """The store the app uses: the OS keyring, or memory for this run if it fails.

    When the keyring is missing or breaks (locked, daemon gone), values are
    kept in memory, ``status.persistent`` turns False with a message saying
    what to fix, and ``on_degraded`` is called once so the UI can show it
    (a store that starts out degraded does not call it: check ``status``).
    After that we stop calling the keyring for reads and writes (no repeated
    unlock prompts or D-Bus timeouts), but still try it for deletes, since the
    user asked for the secret to be gone.
    """

    def __init__(
        self,
        keyring_store: KeyringSecretStore | None,
        *,
        problem: str | None = None,
        on_degraded: Callable[[SecretStoreStatus], None] | None = None,
        memory: InMemorySecretStore | None = None,
    ) -> None:
        self._keyring = keyring_store
        self._memory = memory if memory is not None else _RUN_MEMORY
        self._on_degraded = on_degraded
        self._problem = (
            problem
            if keyring_store is not None
            else (problem or translate("Secrets", NO_KEYRING_HELP))
        )

    @property
    def status(self) -> SecretStoreStatus:
        if self._problem is None and self._keyring is not None:
            return self._keyring.status
        backend = backend_name(self._keyring.backend) if self._keyring else "memory"
        return SecretStoreStatus(
            persistent=False,
            backend=backend,
            message=f"{self._problem} {translate('Secrets', MEMORY_ONLY_NOTE)}",
        )

    def _degrade(self, problem: str) -> None:
        if self._problem is not None:
            return
        self._problem = problem
        log.warning("secret storage degraded to memory: %s", problem)
        if self._on_degraded is not None:
            self._on_degraded(self.status)

    def _usable_keyring(self) -> KeyringSecretStore | None:
        return self._keyring if self._problem is None else None

    def set(self, profile: str, kind: SecretKind, secret: Secret) -> bool:
        """Store ``secret``; True if it reached the OS keyring, False if memory only."""
        store = self._usable_keyring()
        if store is not None:
            try:
                store.set(profile, kind, secret)
            except SecretStoreUnavailable as exc:
                self._degrade(str(exc))
            else:
                self._memory.delete(profile, kind)  # keyring is now authoritative
                return True
        self._memory.set(profile, kind, secret)
        return False

    def get(self, profile: str, kind: SecretKind) -> Secret | None:
        value = self._memory.get(profile, kind)
        if value is not None:
            return value
        store = self._usable_keyring()
        if store is None:
            return None
        try:
            return store.get(profile, kind)
        except SecretStoreUnavailable as exc:
            self._degrade(str(exc))
            return None

    def delete(self, profile: str, kind: SecretKind) -> bool:
        """Remove everywhere; raises :class:`SecretStoreUnavailable` if the keyring fails."""
        found = self._memory.delete(profile, kind)
        if self._keyring is not None:
            found = self._keyring.delete(profile, kind) or found
        return found

    def delete_all_for_profile(self, profile: str) -> int:
        return sum(self.delete(profile, kind) for kind in SecretKind)


def open_secret_store(
    backend: KeyringBackend | None = None,
    *,
    service: str = SERVICE,
    on_degraded: Callable[[SecretStoreStatus], None] | None = None,
) -> SessionSecretStore:
    """Open the OS keyring (default backend unless given) with a memory fallback.

    Check ``.status`` afterwards: when ``persistent`` is False its ``message``
    says what is missing and how to fix it, and should be shown to the user.
    """
    if backend is None:
        skip_foreign_backends()  # before keyring loads its backends to choose one
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyringrc.cfg can make this raise
            log.warning("no keyring backend: %s", type(exc).__name__)
            return SessionSecretStore(
                None, problem=translate("Secrets", NO_KEYRING_HELP), on_degraded=on_degraded
            )
    reason = unusable_backend_reason(backend)
    if reason is not None:
        if isinstance(backend, fail.Keyring | chainer.ChainerBackend):
            # Nothing can ever have been stored, so there is nothing to delete either.
            return SessionSecretStore(None, problem=reason, on_degraded=on_degraded)
        return SessionSecretStore(
            KeyringSecretStore(backend, service), problem=reason, on_degraded=on_degraded
        )
    store = KeyringSecretStore(backend, service)
    problem = None
    try:
        store.probe()
    except SecretStoreUnavailable as exc:
        problem = str(exc)
    return SessionSecretStore(store, problem=problem, on_degraded=on_degraded)
