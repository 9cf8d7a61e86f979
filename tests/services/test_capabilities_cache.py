"""A shop's capabilities are detected once per profile and session (issue 16)."""

from __future__ import annotations

import httpx

from desktop_app.config import ProfileStore
from desktop_app.services.app_services import AppServices
from desktop_app.services.capabilities import SESSION, CapabilityCache
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.profiles import ProfileService
from desktop_app.services.shop import open_shop
from desktop_app.services.transports import Transports
from tests.fixtures.capabilities import Replay
from tests.services.fake_servers import secrets_for, shop_profile


def transports(config: str) -> tuple[Transports, Replay]:
    replay = Replay(config)
    mock = replay.transport()
    return Transports(medusa=mock, payload=mock), replay


def fresh_shop(profile, config: str, cache: CapabilityCache, secrets=None):
    chosen, replay = transports(config)
    shop = open_shop(profile, secrets or secrets_for(profile), chosen)
    shop.capability_cache = cache
    return shop, replay


async def test_detected_once_per_profile_and_shared_by_its_shops() -> None:
    cache = CapabilityCache()
    profile = shop_profile("Editorial")
    first, replay = fresh_shop(profile, "editorial", cache)
    found = await first.capabilities()
    asked = len(replay.seen)
    assert found.drafts.available and cache.detections == 1 and asked > 0
    assert await first.capabilities() is found
    second, other = fresh_shop(profile, "editorial", cache)  # another window, same session
    assert await second.capabilities() is found and other.seen == []
    assert cache.peek("Editorial") is found and cache.detections == 1
    refreshed = await second.capabilities(refresh=True)
    assert refreshed == found and cache.detections == 2
    for shop in (first, second):
        await shop.aclose()


async def test_profiles_are_kept_apart_and_a_moved_server_is_asked_again() -> None:
    cache = CapabilityCache()
    seed, _ = fresh_shop(shop_profile("Seed"), "default", cache)
    editorial, _ = fresh_shop(shop_profile("Editorial"), "editorial", cache)
    assert not (await seed.capabilities()).drafts.available
    assert (await editorial.capabilities()).drafts.available
    moved, _ = fresh_shop(
        shop_profile("Seed", payload_url="http://payload.test:3001"), "editorial", cache
    )
    assert (await moved.capabilities()).drafts.available and cache.detections == 3
    cache.forget("Seed")
    assert cache.peek("Seed") is None and cache.peek("Editorial") is not None
    cache.forget()
    assert cache.peek("Editorial") is None
    for shop in (seed, editorial, moved):
        await shop.aclose()


async def test_what_could_not_be_checked_is_asked_again() -> None:
    cache = CapabilityCache()
    profile = shop_profile("NoKey")
    shop, _ = fresh_shop(profile, "editorial", cache, secrets=secrets_for(profile, payload=None))
    found = await shop.capabilities()
    assert not found.complete and found.versions.reason.startswith("Not checked: No Payload")
    assert cache.peek("NoKey") is None
    await shop.capabilities()
    assert cache.detections == 2
    await shop.aclose()


async def test_the_session_cache_is_the_default_and_the_catalog_reaches_it(tmp_path) -> None:
    profile = shop_profile("Catalog")
    chosen, _ = transports("default")
    catalog = OfflineCatalog.open(profile, secrets_for(profile), chosen, path=tmp_path / "s.db")
    offline = OfflineCatalog.open(profile, path=tmp_path / "o.db")  # no secrets: no clients
    try:
        assert catalog.shop is not None and catalog.shop.capability_cache is SESSION
        SESSION.forget("Catalog")
        found = await catalog.capabilities()
        assert found.complete and not found.localised_content.available
        assert SESSION.peek("Catalog") is found
        unknown = await offline.capabilities()
        assert not unknown.complete and "without the shop's secrets" in unknown.drafts.reason
    finally:
        SESSION.forget("Catalog")
        await catalog.aclose()
        await offline.aclose()


async def test_the_app_services_ask_through_the_open_catalog(tmp_path) -> None:
    profile = shop_profile("Services")
    chosen, replay = transports("editorial")
    services = AppServices(
        ProfileService(ProfileStore(tmp_path / "cfg"), secrets_for(profile)), chosen
    )
    SESSION.forget("Services")
    try:
        found = await services.capabilities(profile)  # no catalog open: a shop of its own
        assert found.drafts.available and found.locales == ("en", "de", "fr")
        asked = len(replay.seen)
        catalog = services.open_offline_catalog(profile)
        assert await services.capabilities(profile) is found and len(replay.seen) == asked
        assert await catalog.capabilities() is found
        await catalog.aclose()
    finally:
        SESSION.forget("Services")


async def test_a_server_that_is_down_leaves_nothing_behind() -> None:
    cache = CapabilityCache()
    profile = shop_profile("Down")

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    mock = httpx.MockTransport(down)
    shop = open_shop(profile, secrets_for(profile), Transports(medusa=mock, payload=mock))
    shop.capability_cache = cache
    found = await shop.capabilities()
    assert not found.complete and len(found.missing()) == 4
    assert all(c.reason.startswith("Could not check") for c in found.all())
    assert cache.peek("Down") is None
    await shop.aclose()
