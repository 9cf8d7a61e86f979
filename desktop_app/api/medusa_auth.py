"""Medusa credential types. Their reprs never show the secret."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass


@dataclass(frozen=True, repr=False)
class EmailPassword:
    """Admin user login; exchanged for a JWT at ``POST /auth/user/emailpass``."""

    email: str
    password: str

    def __repr__(self) -> str:
        return f"EmailPassword(email={self.email!r}, password=<redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class SecretKey:
    """Secret API key (``sk_…``), sent with HTTP Basic auth."""

    key: str

    def __post_init__(self) -> None:
        if not self.key.startswith("sk_"):
            # The message must not echo the value: it may be a mistyped real secret.
            raise ValueError("A Medusa secret API key starts with 'sk_'.")

    def __repr__(self) -> str:
        return "SecretKey(key=<redacted>)"

    __str__ = __repr__

    def basic_header(self) -> str:
        # Username form "sk_…:" (empty password), accepted by Medusa 2.21.
        return "Basic " + base64.b64encode(f"{self.key}:".encode()).decode("ascii")


MedusaAuth = EmailPassword | SecretKey


def jwt_expiry(token: str) -> float | None:
    """``exp`` claim of a JWT (unverified), or None if it cannot be read."""
    try:
        payload = token.split(".")[1]
        payload += "=" * (-len(payload) % 4)
        exp = json.loads(base64.urlsafe_b64decode(payload)).get("exp")
    except (IndexError, ValueError, AttributeError):
        return None
    return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None
