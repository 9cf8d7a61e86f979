"""Shop profiles: the non-secret connection settings, declared and validated once.

Everything in here ends up in ``profiles.json`` in plain text, so it must never
hold a password or key; those live in :mod:`desktop_app.secrets`.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from desktop_app.config.errors import (
    ConfigError,
    DuplicateProfileError,
    ProfileNotFoundError,
    format_validation_error,
)
from desktop_app.config.json_file import load_model, save_model
from desktop_app.config.paths import config_dir
from desktop_app.i18n import translate
from desktop_app.quality.rules import QualityRules
from desktop_app.secrets.kinds import SecretKind

PROFILES_FILE = "profiles.json"

# The name is part of the keyring username ("<name>:<secret>"), so ":" and
# whitespace are excluded to keep that mapping unambiguous.
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class MedusaAuth(StrEnum):
    EMAIL_PASSWORD = "email_password"
    SECRET_KEY = "secret_key"


def _http_url(value: str, what: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{what} must start with http:// or https:// (got {value!r})")
    if parts.username is not None or parts.password is not None:
        # Not echoed: it may contain a password, and this file is plain text.
        raise ValueError(f"{what} must not contain a user name or password")
    if not parts.hostname:
        raise ValueError(f"{what} has no host name (got {value!r})")
    if parts.query or parts.fragment:
        raise ValueError(f"{what} must not have a ?query or #fragment (got {value!r})")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"{what} has an invalid port (got {value!r})") from None
    # Normalised without trailing slash so clients can append "/admin/...".
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path.rstrip("/"), "", ""))


class Profile(BaseModel):
    """One shop: where Medusa and Payload live and how we log in (minus secrets)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    medusa_url: str
    medusa_auth: MedusaAuth
    medusa_email: str | None = None
    payload_url: str
    payload_auth_collection: str = "users"
    # Content-quality rules (issue 16): thresholds and which rules count. Not secret.
    quality: QualityRules = QualityRules()

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("profile name must not be empty")
        if not _NAME_RE.match(v):
            raise ValueError(
                f"profile name {v!r} may only contain letters, digits, '.', '_' and '-' "
                "(at most 64, starting with a letter or digit)"
            )
        return v

    @field_validator("medusa_url")
    @classmethod
    def _medusa_url(cls, v: str) -> str:
        return _http_url(v, "Medusa URL")

    @field_validator("payload_url")
    @classmethod
    def _payload_url(cls, v: str) -> str:
        return _http_url(v, "Payload URL")

    @field_validator("medusa_email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip()
        if not _EMAIL_RE.match(v):
            raise ValueError(f"Medusa e-mail {v!r} is not an e-mail address")
        return v

    @field_validator("payload_auth_collection")
    @classmethod
    def _collection(cls, v: str) -> str:
        v = v.strip()
        if not _SLUG_RE.match(v):
            raise ValueError(
                f"Payload auth collection {v!r} must be a collection slug such as 'users'"
            )
        return v

    @model_validator(mode="after")
    def _auth_consistent(self) -> Self:
        if self.medusa_auth is MedusaAuth.EMAIL_PASSWORD and not self.medusa_email:
            raise ValueError("medusa_email is required when medusa_auth is 'email_password'")
        if self.medusa_auth is MedusaAuth.SECRET_KEY and self.medusa_email is not None:
            raise ValueError("medusa_email must not be set when medusa_auth is 'secret_key'")
        return self

    @property
    def medusa_secret(self) -> SecretKind:
        """Which secret logs us in to Medusa for this profile."""
        if self.medusa_auth is MedusaAuth.EMAIL_PASSWORD:
            return SecretKind.MEDUSA_PASSWORD
        return SecretKind.MEDUSA_SECRET_KEY

    def required_secrets(self) -> tuple[SecretKind, ...]:
        return (self.medusa_secret, SecretKind.PAYLOAD_API_KEY)

    @classmethod
    def parse(cls, data: dict[str, Any], source: str = "profile") -> Profile:
        """Like ``Profile(**data)`` but raises :class:`ConfigError` with readable text."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, source)) from None


class ProfilesFile(BaseModel):
    """The whole of ``profiles.json``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    active: str | None = None
    profiles: list[Profile] = []

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        seen: dict[str, str] = {}
        for p in self.profiles:
            # Case-insensitive so "Shop" and "shop" cannot be confused in the UI.
            key = p.name.casefold()
            if key in seen:
                raise ValueError(f"profile name {p.name!r} is used more than once")
            seen[key] = p.name
        if self.active is not None and self.active not in seen.values():
            raise ValueError(f"active profile {self.active!r} is not one of the profiles")
        return self

    def find(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)


class ProfileStore:
    """Reads and atomically rewrites ``profiles.json`` (mode 0600).

    Every method re-reads the file so several windows or a CLI run in parallel
    see each other's changes; the file is tiny.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @property
    def path(self) -> Path:
        return (self._directory or config_dir()) / PROFILES_FILE

    def load(self) -> ProfilesFile:
        return load_model(self.path, ProfilesFile, ProfilesFile)

    def save(self, data: ProfilesFile) -> None:
        save_model(self.path, data)

    def profiles(self) -> list[Profile]:
        return list(self.load().profiles)

    def get(self, name: str) -> Profile:
        profile = self.load().find(name)
        if profile is None:
            raise ProfileNotFoundError(
                translate("Profiles", "no profile named {name}").format(name=repr(name))
            )
        return profile

    def ensure_name_free(self, name: str, data: ProfilesFile | None = None) -> None:
        """Raise :class:`DuplicateProfileError` if ``name`` clashes (case-insensitively)."""
        data = data if data is not None else self.load()
        clash = next((p for p in data.profiles if p.name.casefold() == name.casefold()), None)
        if clash is not None:
            raise DuplicateProfileError(
                translate("Profiles", "a profile named {name} already exists").format(
                    name=repr(clash.name)
                )
            )

    def add(self, profile: Profile, *, activate: bool = False) -> None:
        """Add a new profile; the first one (or ``activate=True``) becomes active."""
        data = self.load()
        self.ensure_name_free(profile.name, data)
        data.profiles.append(profile)
        if activate or data.active is None:
            data.active = profile.name
        self.save(data)

    def remove(self, name: str) -> Profile:
        data = self.load()
        profile = data.find(name)
        if profile is None:
            raise ProfileNotFoundError(
                translate("Profiles", "no profile named {name}").format(name=repr(name))
            )
        data.profiles.remove(profile)
        if data.active == name:
            data.active = data.profiles[0].name if data.profiles else None
        self.save(data)
        return profile

    def active(self) -> Profile | None:
        data = self.load()
        return data.find(data.active) if data.active else None

    def set_active(self, name: str) -> None:
        data = self.load()
        if data.find(name) is None:
            raise ProfileNotFoundError(
                translate("Profiles", "no profile named {name}").format(name=repr(name))
            )
        data.active = name
        self.save(data)
