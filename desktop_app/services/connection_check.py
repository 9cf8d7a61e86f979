""""Test connection": check each server of a (possibly unsaved) profile on its own."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass

from desktop_app.api.errors import ApiError
from desktop_app.config import Profile
from desktop_app.i18n import translate
from desktop_app.secrets import REDACTED, Secret, SecretKind
from desktop_app.services.shop import (
    MEDUSA,
    PAYLOAD,
    build_medusa,
    build_payload,
    missing_secret_message,
)
from desktop_app.services.transports import Transports


@dataclass(frozen=True)
class CheckResult:
    server: str
    url: str
    ok: bool
    detail: str


async def _check_medusa(profile: Profile, secret: Secret, transports: Transports) -> str:
    async with build_medusa(profile, secret, transports) as client:
        # /health needs no credentials; listing one product proves them.
        await client.health()
        page = await client.list_products(fields="id", limit=1)
    return translate("Profiles", "Connected. The shop has %Ln product(s).", None, page.count)


async def _check_payload(profile: Profile, secret: Secret, transports: Transports) -> str:
    async with build_payload(profile, secret, transports) as client:
        # Payload answers a bad key with user: null, not 401; verify_key turns that
        # into "API key not recognised".
        user = await client.verify_key()
    if user.email:
        return translate("Profiles", "Connected as {email}.").format(email=user.email)
    return translate("Profiles", "Connected as user {id}.").format(id=user.id)


async def _run(
    server: str, url: str, check: Awaitable[str], secret: Secret, timeout: float
) -> CheckResult:
    try:
        detail = await asyncio.wait_for(check, timeout)
    except TimeoutError:
        return CheckResult(
            server,
            url,
            False,
            translate("Profiles", "No answer within {seconds} s.").format(seconds=f"{timeout:g}"),
        )
    except ApiError as exc:
        return CheckResult(server, url, False, exc.message.replace(secret.reveal(), REDACTED))
    except ValueError as exc:  # malformed secret key etc.; messages never echo the value
        return CheckResult(server, url, False, str(exc))
    return CheckResult(server, url, True, detail)


async def check_connection(
    profile: Profile,
    medusa_secret: Secret | None,
    payload_secret: Secret | None,
    *,
    transports: Transports = Transports(),
    timeout: float = 15.0,
) -> list[CheckResult]:
    """Medusa and Payload checked concurrently; one result per server, never raises."""

    async def missing(server: str, url: str, kind: SecretKind) -> CheckResult:
        return CheckResult(server, url, False, missing_secret_message(kind))

    medusa = (
        _run(MEDUSA, profile.medusa_url, _check_medusa(profile, medusa_secret, transports),
             medusa_secret, timeout)
        if medusa_secret is not None
        else missing(MEDUSA, profile.medusa_url, profile.medusa_secret)
    )
    payload = (
        _run(PAYLOAD, profile.payload_url, _check_payload(profile, payload_secret, transports),
             payload_secret, timeout)
        if payload_secret is not None
        else missing(PAYLOAD, profile.payload_url, SecretKind.PAYLOAD_API_KEY)
    )
    return list(await asyncio.gather(medusa, payload))
