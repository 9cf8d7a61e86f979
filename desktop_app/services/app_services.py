"""The one object the UI holds: every operation it may ask of the core.

app.py builds it from the real stores; tests build it with fake transports,
an in-memory SecretStore and a temporary profile directory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.api.capabilities import ShopCapabilities
from desktop_app.config import Profile
from desktop_app.secrets import Secret
from desktop_app.services import demo
from desktop_app.services.catalogs import Catalogs
from desktop_app.services.connection_check import CheckResult, check_connection
from desktop_app.services.live_listing import Listing, ProgressCallback, RowsCallback, load_listing
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.profiles import ProfileService, SaveResult
from desktop_app.services.shop import open_shop
from desktop_app.services.transports import Transports


@dataclass
class AppServices:
    profiles: ProfileService
    transports: Transports = field(default_factory=Transports)
    stack_dir: Path = demo.STACK_DIR
    catalogs: Catalogs = field(init=False)

    def __post_init__(self) -> None:
        self.catalogs = Catalogs(self.profiles.secrets, self.transports)

    async def load_listing(
        self,
        profile: Profile,
        progress: ProgressCallback | None = None,
        on_medusa_rows: RowsCallback | None = None,
    ) -> Listing:
        """The profile's catalog; clients live for one load (cancel-safe: always closed)."""
        async with open_shop(profile, self.profiles.secrets, self.transports) as shop:
            return await load_listing(shop, progress=progress, on_medusa_rows=on_medusa_rows)

    async def check_connection(
        self, profile: Profile, medusa_secret: Secret | None, payload_secret: Secret | None
    ) -> list[CheckResult]:
        return await check_connection(
            profile, medusa_secret, payload_secret, transports=self.transports
        )

    async def set_up_demo(self, on_line: Callable[[str], None] | None = None) -> SaveResult:
        return await demo.set_up_demo(self.profiles, on_line, stack_dir=self.stack_dir)

    def open_offline_catalog(self, profile: Profile) -> OfflineCatalog:
        """The profile's one catalog (store + clients), shared by every window of it."""
        return self.catalogs.open(profile)

    async def capabilities(self, profile: Profile, *, refresh: bool = False) -> ShopCapabilities:
        """What the profile's shop offers editors (versions, drafts, localised content, Medusa
        translations), detected once per session; through its open catalog's clients if any."""
        catalog = self.catalogs.get(profile.name)
        if catalog is not None and catalog.shop is not None:
            return await catalog.shop.capabilities(refresh=refresh)
        async with open_shop(profile, self.profiles.secrets, self.transports) as shop:
            return await shop.capabilities(refresh=refresh)
