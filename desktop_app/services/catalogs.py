"""One catalog per open shop in this process: every window of a shop gets the same one.

The main window, its content and commerce editors, bulk editing and the admin panels
of a profile all write through this one catalog, so there is one push lock, one
observer list and one change-notification path per shop. A closed catalog is
forgotten; the next ``open`` of that profile opens a fresh one.
"""

from __future__ import annotations

from desktop_app.config import Profile
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import SecretLookup
from desktop_app.services.transports import Transports


class Catalogs:
    def __init__(self, secrets: SecretLookup, transports: Transports) -> None:
        self._secrets = secrets
        self._transports = transports
        self._open: dict[str, OfflineCatalog] = {}

    def open(self, profile: Profile) -> OfflineCatalog:
        """The profile's catalog: the one already open, else a new one (with clients)."""
        catalog = self._open.get(profile.name)
        if catalog is None or catalog.closed:
            catalog = OfflineCatalog.open(profile, self._secrets, self._transports)
            self._open[profile.name] = catalog
        return catalog

    def get(self, name: str) -> OfflineCatalog | None:
        catalog = self._open.get(name)
        return None if catalog is None or catalog.closed else catalog
