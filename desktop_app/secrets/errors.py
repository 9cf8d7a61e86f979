"""What went wrong with secret storage, phrased for the user (never with a secret)."""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP

# Shown as ``translate("Secrets", NO_KEYRING_HELP)`` (secrets/store.py).
NO_KEYRING_HELP = QT_TRANSLATE_NOOP(
    "Secrets",
    "No OS keyring is available: install and unlock a Secret Service provider such as "
    "gnome-keyring or KWallet (on Debian/Ubuntu: apt install gnome-keyring; on a headless "
    "machine start it with scripts/keyring-session.sh). On macOS and Windows the system "
    "keychain / Credential Manager is used automatically.",
)
MEMORY_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "Secrets",
    "Secrets are kept in memory for this run only and will be asked for again next time.",
)


class SecretStoreUnavailable(Exception):
    """The OS keyring cannot be used; ``str(exc)`` says what is missing and how to fix it."""
