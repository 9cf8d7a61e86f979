"""Test connection: each server is reported on its own."""

from __future__ import annotations

from desktop_app.secrets import Secret
from desktop_app.services.connection_check import check_connection
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, fake_shop, shop_profile


async def test_both_servers_ok() -> None:
    shop = fake_shop(count=3)
    results = await check_connection(
        shop_profile(), Secret(SECRET_KEY), Secret(PAYLOAD_KEY), transports=shop.transports
    )
    assert [(r.server, r.ok) for r in results] == [("Medusa", True), ("Payload", True)]
    assert results[0].detail == "Connected. The shop has 3 products."
    assert results[1].detail == "Connected as editor@example.com."
    # Medusa: health first, then an authenticated list of one product.
    paths = [(r.url.path, r.url.params.get("limit")) for r in shop.medusa.requests]
    assert paths == [("/health", None), ("/admin/products", "1")]


async def test_unknown_payload_key_is_reported_although_http_200() -> None:
    shop = fake_shop()
    results = await check_connection(
        shop_profile(), Secret(SECRET_KEY), Secret("not-the-key"), transports=shop.transports
    )
    medusa, payload = results
    assert medusa.ok
    assert not payload.ok
    assert "API key not recognised" in payload.detail
    assert "not-the-key" not in payload.detail


async def test_wrong_medusa_key_and_dead_payload() -> None:
    shop = fake_shop()
    shop.payload.find_status = None
    results = await check_connection(
        shop_profile(payload_url="http://127.0.0.1:1"), Secret("sk_wrong"), Secret(PAYLOAD_KEY),
        transports=shop.transports.__class__(medusa=shop.medusa.transport),
        timeout=10,
    )
    medusa, payload = results
    assert not medusa.ok and "secret API key" in medusa.detail and "sk_wrong" not in medusa.detail
    assert not payload.ok and "Could not connect to Payload" in payload.detail


async def test_malformed_secret_key_and_missing_payload_key() -> None:
    results = await check_connection(shop_profile(), Secret("not-a-key"), None)
    medusa, payload = results
    assert not medusa.ok and "starts with 'sk_'" in medusa.detail
    assert not payload.ok and "No Payload API key" in payload.detail
