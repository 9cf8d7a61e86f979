"""Profiles plus their secrets, edited together (what the Settings dialog calls).

Non-secret settings go to ``profiles.json`` through :class:`ProfileStore`;
passwords and keys go only to the :class:`SecretStore`.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.config import ConfigError, DuplicateProfileError, Profile, ProfileStore
from desktop_app.config.profiles import ProfilesFile
from desktop_app.secrets import Secret, SecretKind, SecretStore, SecretStoreStatus


@dataclass(frozen=True)
class SaveResult:
    profile: Profile
    persisted: bool  # False: the secrets live in memory for this run only


class ProfileService:
    def __init__(self, store: ProfileStore, secrets: SecretStore) -> None:
        self.store = store
        self.secrets = secrets

    @property
    def secret_status(self) -> SecretStoreStatus:
        return self.secrets.status

    def load(self) -> ProfilesFile:
        return self.store.load()

    def active(self) -> Profile | None:
        return self.store.active()

    def set_active(self, name: str) -> None:
        self.store.set_active(name)

    def secret(self, profile: Profile, kind: SecretKind) -> Secret | None:
        return self.secrets.get(profile.name, kind)

    def save(
        self,
        profile: Profile,
        *,
        medusa_secret: Secret | None,
        payload_secret: Secret | None,
        original_name: str | None = None,
        activate: bool = False,
    ) -> SaveResult:
        """Add (``original_name`` None) or replace a profile and store its secrets.

        A ``None`` secret keeps the stored one (the dialog leaves password fields
        blank when editing). Renaming moves the stored secrets to the new name.
        """
        data = self.store.load()
        others = [p for p in data.profiles if p.name != original_name]
        if any(p.name.casefold() == profile.name.casefold() for p in others):
            raise DuplicateProfileError(f"a profile named {profile.name!r} already exists")
        if original_name is not None and data.find(original_name) is None:
            raise ConfigError(f"no profile named {original_name!r}")

        wanted = {profile.medusa_secret: medusa_secret, SecretKind.PAYLOAD_API_KEY: payload_secret}
        for kind, given in list(wanted.items()):
            if given is None and original_name is not None:
                wanted[kind] = self.secrets.get(original_name, kind)
        missing = [kind.label for kind, value in wanted.items() if value is None]
        if missing:
            raise ConfigError(f"Enter the {' and the '.join(missing)}.")

        # Secrets first: a profile without its secrets is useless, the reverse is harmless.
        persisted = True
        for kind, value in wanted.items():
            assert value is not None
            persisted = self.secrets.set(profile.name, kind, value) and persisted
        if original_name is not None:
            # Drop secrets the profile no longer uses (auth kind changed, or renamed).
            for kind in SecretKind:
                if original_name != profile.name or kind not in wanted:
                    self.secrets.delete(original_name, kind)

        index = next((i for i, p in enumerate(data.profiles) if p.name == original_name), None)
        if index is None:
            data.profiles.append(profile)
        else:
            data.profiles[index] = profile
        if activate or data.active is None or data.active == original_name:
            data.active = profile.name
        self.store.save(data)
        return SaveResult(profile, persisted)

    def remove(self, name: str) -> None:
        """Delete the profile and its secrets (secrets first, so none are orphaned)."""
        self.store.get(name)  # raises ProfileNotFoundError
        self.secrets.delete_all_for_profile(name)
        self.store.remove(name)
