"""One connected shop: the API clients of a profile, built from its stored secrets.

A missing secret does not stop the other server: that server's client is
``None`` and ``problems`` says, in merchant words, what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.api.capabilities import ShopCapabilities
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.medusa_auth import EmailPassword, MedusaAuth, SecretKey
from desktop_app.api.payload import PayloadClient
from desktop_app.config import MedusaAuth as AuthKind
from desktop_app.config import Profile
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.secrets import Secret, SecretKind
from desktop_app.servers import Server
from desktop_app.services.capabilities import SESSION, CapabilityCache
from desktop_app.services.transports import Transports

# Display labels: shop problems and load failures are keyed by what the user reads.
MEDUSA = Server.MEDUSA.label
PAYLOAD = Server.PAYLOAD.label


def medusa_credentials(profile: Profile, secret: Secret) -> MedusaAuth:
    """The client-side auth object for ``profile``; raises ValueError for a malformed key."""
    if profile.medusa_auth is AuthKind.EMAIL_PASSWORD:
        return EmailPassword(profile.medusa_email or "", secret.reveal())
    return SecretKey(secret.reveal())


def missing_secret_message(kind: SecretKind) -> str:
    return translate("Secrets", _MISSING_SECRET[kind])


_MISSING_SECRET = {
    SecretKind.MEDUSA_PASSWORD: QT_TRANSLATE_NOOP(
        "Secrets", "No Medusa admin password is stored for this profile. Enter it in Settings."
    ),
    SecretKind.MEDUSA_SECRET_KEY: QT_TRANSLATE_NOOP(
        "Secrets", "No Medusa secret API key is stored for this profile. Enter it in Settings."
    ),
    SecretKind.PAYLOAD_API_KEY: QT_TRANSLATE_NOOP(
        "Secrets", "No Payload API key is stored for this profile. Enter it in Settings."
    ),
}


def build_medusa(
    profile: Profile, secret: Secret, transports: Transports = Transports()
) -> MedusaClient:
    return MedusaClient(
        profile.medusa_url, medusa_credentials(profile, secret), transport=transports.medusa
    )


def build_payload(
    profile: Profile, secret: Secret, transports: Transports = Transports()
) -> PayloadClient:
    return PayloadClient(
        profile.payload_url,
        secret.reveal(),
        auth_collection=profile.payload_auth_collection,
        transport=transports.payload,
    )


@dataclass
class Shop:
    """The clients of one profile; either may be ``None`` (see ``problems``)."""

    profile: Profile
    medusa: MedusaClient | None
    payload: PayloadClient | None
    problems: dict[str, str] = field(default_factory=dict)
    # What the deployment offers editors, found once per profile and session (issue 16).
    capability_cache: CapabilityCache = field(default=SESSION, repr=False, compare=False)

    async def capabilities(self, *, refresh: bool = False) -> ShopCapabilities:
        """Versions, drafts, localised content and Medusa translations of this shop, each
        available or with the reason it is not (``desktop_app.api.capabilities``)."""
        return await self.capability_cache.get(self, refresh=refresh)

    async def aclose(self) -> None:
        for client in (self.medusa, self.payload):
            if client is not None:
                await client.aclose()

    async def __aenter__(self) -> Shop:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class SecretLookup(Protocol):
    """All a shop needs from a SecretStore (the CLI adds an env-variable fallback)."""

    def get(self, profile: str, kind: SecretKind) -> Secret | None: ...


def open_shop(
    profile: Profile, secrets: SecretLookup, transports: Transports = Transports()
) -> Shop:
    """Build both clients from ``secrets``; never raises for a missing or bad secret."""
    problems: dict[str, str] = {}
    medusa: MedusaClient | None = None
    payload: PayloadClient | None = None

    medusa_secret = secrets.get(profile.name, profile.medusa_secret)
    if medusa_secret is None:
        problems[MEDUSA] = missing_secret_message(profile.medusa_secret)
    else:
        try:
            medusa = build_medusa(profile, medusa_secret, transports)
        except ValueError as exc:  # e.g. a secret key that does not start with sk_
            problems[MEDUSA] = str(exc)

    payload_secret = secrets.get(profile.name, SecretKind.PAYLOAD_API_KEY)
    if payload_secret is None:
        problems[PAYLOAD] = missing_secret_message(SecretKind.PAYLOAD_API_KEY)
    else:
        payload = build_payload(profile, payload_secret, transports)
    return Shop(profile, medusa, payload, problems)
