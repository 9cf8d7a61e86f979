"""Profiles plus their secrets and local stores, edited together (Settings and CLI).

Non-secret settings go to ``profiles.json`` through :class:`ProfileStore`;
passwords and keys go only to the :class:`SecretStore`; each profile's local store
(cache and outbox of unsent edits) follows it through renames and is retired, never
deleted or handed to another server (``desktop_app.store.files``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop_app.config import ConfigError, DuplicateProfileError, Profile, ProfileStore
from desktop_app.config.profiles import ProfilesFile
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.secrets import Secret, SecretKind, SecretStore, SecretStoreStatus
from desktop_app.store import files
from desktop_app.store.files import backups_dir


class PendingEditsError(ConfigError):
    """The profile's local store holds edits not sent yet; the caller must confirm.

    Raised before anything changed. On confirmation the store is retired (moved to
    ``backups_dir()``): the edits are kept there and never sent.
    """

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count
        self.backups = backups_dir()


class HostChangeWithPendingEdits(PendingEditsError):
    """A server URL changed while edits made against the old server are queued."""

    def __init__(self, count: int, old: str, new: str) -> None:
        super().__init__(
            translate(
                "Profiles",
                "%Ln edit made against {old} has not been sent. They will not be sent to {new}; "
                "they are kept in a backup in {folder}.|"
                "%Ln edits made against {old} have not been sent. They will not be sent to "
                "{new}; they are kept in a backup in {folder}.",
                None,
                count,
            ).format(old=old, new=new, folder=backups_dir()),
            count,
        )
        self.old = old
        self.new = new


class RemoveWithPendingEdits(PendingEditsError):
    """The profile to remove has edits that were not sent."""

    def __init__(self, count: int, name: str) -> None:
        super().__init__(
            translate(
                "Profiles",
                "%Ln edit of profile {name} has not been sent. They will not be sent; they are "
                "kept in a backup in {folder}.|"
                "%Ln edits of profile {name} have not been sent. They will not be sent; they are "
                "kept in a backup in {folder}.",
                None,
                count,
            ).format(name=repr(name), folder=backups_dir()),
            count,
        )
        self.name = name


def origin(url: str) -> str:
    """``scheme://host:port`` with the default port made explicit, for comparing servers."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host  # IPv6
    return f"{parts.scheme.lower()}://{host}:{port}"


def changed_servers(old: Profile, new: Profile) -> list[tuple[str, str]]:
    """``(old URL, new URL)`` of each server whose origin differs between the two profiles."""
    pairs = [(old.medusa_url, new.medusa_url), (old.payload_url, new.payload_url)]
    return [(a, b) for a, b in pairs if origin(a) != origin(b)]


@dataclass(frozen=True)
class SaveResult:
    profile: Profile
    persisted: bool  # False: the secrets live in memory for this run only
    backup: Path | None = None  # where a retired store went (host change, unclaimed store)


@dataclass(frozen=True)
class RemoveResult:
    secrets_removed: int
    backup: Path | None  # the retired store, None if the profile had none


def _both(origins: list[str]) -> str:
    """One origin, or two ("http://a:9000 and http://b:3000")."""
    if len(origins) == 1:
        return origins[0]
    return translate("Profiles", "{first} and {second}").format(
        first=origins[0], second=origins[1]
    )


_MEDUSA_KEY, _PASSWORD = SecretKind.MEDUSA_SECRET_KEY, SecretKind.MEDUSA_PASSWORD
_PAYLOAD_KEY = SecretKind.PAYLOAD_API_KEY
# The secrets a save still needs, in the form's order (Medusa's, then Payload's).
_ENTER = {
    (_PASSWORD,): QT_TRANSLATE_NOOP("Profiles", "Enter the Medusa admin password."),
    (_MEDUSA_KEY,): QT_TRANSLATE_NOOP("Profiles", "Enter the Medusa secret API key."),
    (_PAYLOAD_KEY,): QT_TRANSLATE_NOOP("Profiles", "Enter the Payload API key."),
    (_PASSWORD, _PAYLOAD_KEY): QT_TRANSLATE_NOOP(
        "Profiles", "Enter the Medusa admin password and the Payload API key."
    ),
    (_MEDUSA_KEY, _PAYLOAD_KEY): QT_TRANSLATE_NOOP(
        "Profiles", "Enter the Medusa secret API key and the Payload API key."
    ),
}


class ProfileService:
    """Profiles, their secrets and their local stores, changed together.

    A store is keyed by profile name, so renaming moves it, and it belongs to the
    servers it was filled from, so pointing a profile elsewhere (or removing it)
    retires it to a backup. Both need the store closed: the caller closes it in this
    process first (the GUI closes its catalog page); open anywhere else, the change
    fails with ``StoreBusyError`` before anything changed (``desktop_app.store.files``).
    """

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

    def pending_edits(self, name: str) -> int:
        """Edits of profile ``name`` not sent yet (raises ``StoreError`` if unreadable)."""
        return files.pending_edits(name)

    def ensure_name_free(self, name: str, data: ProfilesFile | None = None,
                         original_name: str | None = None) -> None:
        """Raise :class:`DuplicateProfileError` if ``name`` clashes with another profile.

        Also when only their store directories would clash ("shop" and "shop."):
        two profiles must never share a store, or one's edits go to the other's servers.
        """
        data = data if data is not None else self.store.load()
        for other in data.profiles:
            if other.name == original_name:
                continue
            if other.name.casefold() == name.casefold():
                raise DuplicateProfileError(
                    translate("Profiles", "a profile named {name} already exists").format(
                        name=repr(other.name)
                    )
                )
            if files.same_store(other.name, name):
                raise DuplicateProfileError(
                    translate(
                        "Profiles",
                        "the name {name} is too similar to the profile {other} "
                        "(they would share a local store); choose another",
                    ).format(name=repr(name), other=repr(other.name))
                )

    def save(
        self,
        profile: Profile,
        *,
        medusa_secret: Secret | None,
        payload_secret: Secret | None,
        original_name: str | None = None,
        activate: bool = False,
        confirm_host_change: bool = False,
    ) -> SaveResult:
        """Add (``original_name`` None) or replace a profile and store its secrets.

        A ``None`` secret keeps the stored one (the dialog leaves password fields
        blank when editing). Renaming moves the stored secrets and the local store to
        the new name. A changed server URL retires the store (its cache and edits
        belong to the old server); with edits pending that needs
        ``confirm_host_change``, else :class:`HostChangeWithPendingEdits` is raised
        before anything changes. The store must not be open (``StoreBusyError``).
        """
        data = self.store.load()
        if original_name is not None and data.find(original_name) is None:
            raise ConfigError(
                translate("Profiles", "no profile named {name}").format(name=repr(original_name))
            )
        self.ensure_name_free(profile.name, data, original_name)
        old = data.find(original_name) if original_name is not None else None
        retire = old is None or bool(changed_servers(old, profile))
        if old is not None and retire and not confirm_host_change:
            self.check_host_change(old, profile)
        wanted = self._wanted_secrets(profile, medusa_secret, payload_secret, original_name)

        backup, undo = self._move_store(old, profile, retire)
        try:
            persisted = self._store_secrets(profile, wanted, original_name)
            self._write(data, profile, original_name, activate)
        except BaseException:
            undo()  # the store goes back with the profile it belongs to
            raise
        return SaveResult(profile, persisted, backup)

    def check_host_change(self, old: Profile, new: Profile) -> None:
        """Raise :class:`HostChangeWithPendingEdits` if saving ``new`` over ``old`` needs a yes.

        That is: a server's origin changed and ``old``'s store has edits not sent.
        ``StoreError`` if the store cannot be read (it may hold some: ask too).
        """
        changes = changed_servers(old, new)
        count = files.pending_edits(old.name) if changes else 0
        if count:
            raise HostChangeWithPendingEdits(
                count, _both([a for a, _ in changes]), _both([b for _, b in changes])
            )

    def check_remove(self, name: str) -> None:
        """Raise :class:`RemoveWithPendingEdits` if removing ``name`` needs a yes."""
        count = files.pending_edits(name)
        if count:
            raise RemoveWithPendingEdits(count, name)

    def _wanted_secrets(
        self, profile: Profile, medusa: Secret | None, payload: Secret | None,
        original_name: str | None,
    ) -> dict[SecretKind, Secret]:
        wanted = {profile.medusa_secret: medusa, SecretKind.PAYLOAD_API_KEY: payload}
        for kind, given in list(wanted.items()):
            if given is None and original_name is not None:
                wanted[kind] = self.secrets.get(original_name, kind)
        missing = tuple(kind for kind, value in wanted.items() if value is None)
        if missing:
            raise ConfigError(translate("Profiles", _ENTER[missing]))
        return {kind: value for kind, value in wanted.items() if value is not None}

    def _move_store(
        self, old: Profile | None, profile: Profile, retire: bool
    ) -> tuple[Path | None, Callable[[], object]]:
        """Retire or rename the store before the profile changes; return (backup, undo)."""
        unclaimed = self._retire_unclaimed(old, profile.name)
        if old is None:
            return unclaimed, _nothing
        if retire:
            backup = files.retire_store(old.name, "host-changed")
            if backup is None:
                return None, _nothing
            return backup, lambda: files.restore_store(backup, old.name)
        files.rename_store(old.name, profile.name)
        return None, lambda: files.rename_store(profile.name, old.name)

    @staticmethod
    def _retire_unclaimed(old: Profile | None, name: str) -> Path | None:
        """Move aside what lies under ``name``'s store directory if no profile owns it.

        The name is free (checked before), so such a store was left by a profile removed
        before stores were retired, or by a lost profiles.json: it may hold edits for
        another shop, and must not be adopted by this profile.
        """
        directory = files.store_dir(name)
        if not directory.exists():
            return None
        if old is not None:
            mine = files.store_dir(old.name)
            if mine.exists() and os.path.samefile(mine, directory):
                return None  # the profile's own store (same directory name)
        return files.retire_store(name, "unclaimed")

    def _store_secrets(
        self, profile: Profile, wanted: dict[SecretKind, Secret], original_name: str | None
    ) -> bool:
        # Secrets first: a profile without its secrets is useless, the reverse is harmless.
        persisted = True
        for kind, value in wanted.items():
            persisted = self.secrets.set(profile.name, kind, value) and persisted
        if original_name is not None:
            # Drop secrets the profile no longer uses (auth kind changed, or renamed).
            for kind in SecretKind:
                if original_name != profile.name or kind not in wanted:
                    self.secrets.delete(original_name, kind)
        return persisted

    def _write(
        self, data: ProfilesFile, profile: Profile, original_name: str | None, activate: bool
    ) -> None:
        index = next((i for i, p in enumerate(data.profiles) if p.name == original_name), None)
        if index is None:
            data.profiles.append(profile)
        else:
            data.profiles[index] = profile
        if activate or data.active is None or data.active == original_name:
            data.active = profile.name
        self.store.save(data)

    def remove(self, name: str, *, confirm_pending_edits: bool = False) -> RemoveResult:
        """Delete the profile and its secrets; retire (never delete) its local store.

        With edits not sent, needs ``confirm_pending_edits`` or raises
        :class:`RemoveWithPendingEdits` before anything changes. The store must not be
        open (``StoreBusyError``, also raised before anything changes).
        """
        self.store.get(name)  # raises ProfileNotFoundError
        if not confirm_pending_edits:
            self.check_remove(name)
        files.ensure_closed(name)  # fail now rather than after the secrets are gone
        removed = self.secrets.delete_all_for_profile(name)  # first: none are orphaned
        backup = files.retire_store(name, "removed")
        try:
            self.store.remove(name)
        except BaseException:
            if backup is not None:
                files.restore_store(backup, name)
            raise
        return RemoveResult(removed, backup)


def _nothing() -> None:
    return None
