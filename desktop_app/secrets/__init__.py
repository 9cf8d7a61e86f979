"""Secrets (passwords, API keys) live in the OS keyring, never in our files."""

from desktop_app.secrets.errors import NO_KEYRING_HELP, SecretStoreUnavailable
from desktop_app.secrets.kinds import SecretKind
from desktop_app.secrets.secret import REDACTED, Secret
from desktop_app.secrets.store import (
    SERVICE,
    InMemorySecretStore,
    KeyringSecretStore,
    SecretStore,
    SecretStoreStatus,
    SessionSecretStore,
    clear_run_memory,
    keyring_username,
    open_secret_store,
    unusable_backend_reason,
)

__all__ = [
    "NO_KEYRING_HELP",
    "REDACTED",
    "SERVICE",
    "InMemorySecretStore",
    "KeyringSecretStore",
    "Secret",
    "SecretKind",
    "SecretStore",
    "SecretStoreStatus",
    "SecretStoreUnavailable",
    "SessionSecretStore",
    "clear_run_memory",
    "keyring_username",
    "open_secret_store",
    "unusable_backend_reason",
]
