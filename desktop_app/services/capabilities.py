"""What each profile's shop offers editors, detected once per session (issue 16).

``Shop.capabilities()`` (desktop_app.services.shop) asks through the session's cache: the
first call for a profile asks the servers (``desktop_app.api.capabilities.detect``, a few
reads, ~0.1-0.5 s), later calls answer from memory, in the GUI and the CLI alike. A detection
that could not check everything (a server down, a secret missing) is not kept, so the next
call asks again; ``refresh=True`` always asks. A profile whose server addresses changed is
asked afresh; after a secret changed, call ``forget(profile)``.

Usage::

    caps = await shop.capabilities()          # or catalog.shop.capabilities()
    if not caps.drafts.available:
        show(caps.drafts.reason)              # "Payload's products collection has no versions…"
    caps.locales, caps.default_locale         # ("en", "de", "fr"), "en"
    SESSION.peek(profile.name)                # what is known without a request, or None
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.api.capabilities import ShopCapabilities, detect

if TYPE_CHECKING:
    from desktop_app.services.shop import Shop

_Key = tuple[str, str, str]


def _key(shop: Shop) -> _Key:
    profile = shop.profile
    return (profile.medusa_url, profile.payload_url, profile.payload_auth_collection)


class CapabilityCache:
    def __init__(self) -> None:
        self._found: dict[str, tuple[_Key, ShopCapabilities]] = {}
        self.detections = 0  # how many times the servers were asked (tests, diagnostics)

    async def get(
        self, shop: Shop, *, refresh: bool = False, extra_locales: Iterable[str] = ()
    ) -> ShopCapabilities:
        name = shop.profile.name
        kept = self._found.get(name)
        if not refresh and kept is not None and kept[0] == _key(shop):
            return kept[1]
        self.detections += 1
        found = await detect(
            shop.medusa, shop.payload, problems=shop.problems, extra_locales=extra_locales
        )
        if found.complete:
            self._found[name] = (_key(shop), found)
        else:
            self._found.pop(name, None)
        return found

    def peek(self, profile_name: str) -> ShopCapabilities | None:
        kept = self._found.get(profile_name)
        return kept[1] if kept is not None else None

    def forget(self, profile_name: str | None = None) -> None:
        """Forget one profile's capabilities (all with None): asked again on the next call."""
        if profile_name is None:
            self._found.clear()
        else:
            self._found.pop(profile_name, None)


# The process's session: every Shop of a profile shares what was found.
SESSION = CapabilityCache()
