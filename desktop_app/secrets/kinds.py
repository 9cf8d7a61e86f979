"""The secrets a profile can own (declared once; keyring usernames derive from these)."""

from __future__ import annotations

from enum import StrEnum


class SecretKind(StrEnum):
    MEDUSA_PASSWORD = "medusa_password"
    MEDUSA_SECRET_KEY = "medusa_secret_key"
    PAYLOAD_API_KEY = "payload_api_key"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def env_var(self) -> str:
        """Env var scripts may use instead of a prompt (never a CLI argument)."""
        return f"DESKTOP_APP_{self.value.upper()}"


_LABELS = {
    SecretKind.MEDUSA_PASSWORD: "Medusa admin password",
    SecretKind.MEDUSA_SECRET_KEY: "Medusa secret API key",
    SecretKind.PAYLOAD_API_KEY: "Payload API key",
}
