"""An ``AdminService`` wired to the recorded-shape fakes of tests/admin/fakes.py."""

from __future__ import annotations

import httpx

from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from desktop_app.services.admin import AdminService
from desktop_app.services.transports import Transports
from tests.admin.fakes import PAYLOAD_KEY, SECRET_KEY, FakeShop, FakeSync, product, synced_shop


def admin_profile(name: str = "shop") -> Profile:
    return Profile(name=name, medusa_url="http://medusa.test", medusa_auth=MedusaAuth.SECRET_KEY,
                   payload_url="http://payload.test")


def admin_for(shop: FakeShop, *, name: str = "shop", payload_key: bool = True,
              transports: Transports | None = None) -> AdminService:
    secrets = InMemorySecretStore()
    secrets.set(name, SecretKind.MEDUSA_SECRET_KEY, Secret(SECRET_KEY))
    if payload_key:
        secrets.set(name, SecretKind.PAYLOAD_API_KEY, Secret(PAYLOAD_KEY))
    return AdminService(admin_profile(name), secrets, transports or shop.transports)


def drifted_shop() -> FakeShop:
    """Four synced products plus one of each Medusa-side fault and one orphan doc.

    prod_0001 names a doc that belongs to nobody (stale), prod_0002 lost its
    payload_id (missing id), prod_0010 was never synced, doc 99 has no product.
    """
    shop = synced_shop(4)
    shop.medusa.products["prod_0001"]["metadata"]["payload_id"] = "77"
    del shop.medusa.products["prod_0002"]["metadata"]["payload_id"]
    shop.medusa.add(product(10))
    shop.payload.docs.append({"id": 99, "medusa_id": "prod_gone", "title": "Gone",
                              "subtitle": None, "options": [], "variants": []})
    return shop


def syncing_shop(synced: int, unsynced: int, **sync_kw) -> tuple[FakeShop, FakeSync]:
    """``unsynced`` products the fake sync creates docs for once the route is pressed."""
    shop = synced_shop(synced)
    for n in range(synced, synced + unsynced):
        shop.medusa.add(product(n))
    fake_sync = FakeSync(shop.medusa, shop.payload, **sync_kw)
    shop.medusa.on_sync = fake_sync.start
    return shop, fake_sync


def stepping_transports(shop: FakeShop, fake_sync: FakeSync) -> Transports:
    """The fake sync advances one step whenever Payload's products are listed.

    For tests that watch in real time (the UI): each poll sees the sync further on.
    """

    def payload(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == "/api/products":
            fake_sync.step()
        return shop.payload.handle(request)

    return Transports(medusa=shop.medusa.transport, payload=httpx.MockTransport(payload))
