"""MedusaClient against the real Medusa of stack/ (both auth kinds, errors, round trips)."""

from __future__ import annotations

import pytest

from desktop_app.api import (
    BadCredentials,
    EmailPassword,
    MedusaClient,
    NotFound,
    RouteMissing,
    SecretKey,
    Validation,
)
from tests.support.stack import StackHttp, StackInfo, unique, wait_for

pytestmark = pytest.mark.e2e


def _clients(stack: StackInfo) -> list[MedusaClient]:
    return [
        MedusaClient(stack.medusa_url, EmailPassword(stack.medusa_email, stack.medusa_password)),
        MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)),
    ]


@pytest.mark.parametrize("kind", [0, 1], ids=["email_password", "secret_key"])
async def test_both_auth_kinds_list_the_seeded_catalog(stack: StackInfo, kind: int) -> None:
    async with _clients(stack)[kind] as client:
        await client.health()
        page = await client.list_products(fields="id,handle,status", q="Merino", limit=10)
    handles = {p.handle for p in page.products}
    assert "demo-merino-beanie" in handles
    assert page.count >= 1


async def test_wrong_password_is_bad_credentials(stack: StackInfo) -> None:
    client = MedusaClient(stack.medusa_url, EmailPassword(stack.medusa_email, "wrong-password"))
    async with client:
        with pytest.raises(BadCredentials) as err:
            await client.list_products(limit=1)
    assert "wrong-password" not in str(err.value)


async def test_wrong_secret_key_is_bad_credentials(stack: StackInfo) -> None:
    bogus = "sk_" + "0" * 64
    async with MedusaClient(stack.medusa_url, SecretKey(bogus)) as client:
        with pytest.raises(BadCredentials) as err:
            await client.list_products(limit=1)
    assert bogus not in str(err.value)


async def test_unknown_product_is_not_found(stack: StackInfo) -> None:
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:
        with pytest.raises(NotFound):
            await client.get_product("prod_doesnotexist")


async def test_wrong_base_path_is_route_missing(stack: StackInfo) -> None:
    async with MedusaClient(
        f"{stack.medusa_url}/not-medusa", SecretKey(stack.medusa_secret_key)
    ) as c:
        with pytest.raises(RouteMissing):
            await c.list_products(limit=1)


async def test_validation_errors_map_to_fields(stack_http: StackHttp, stack: StackInfo) -> None:
    product = stack_http.create_product(unique("valid"))
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:
        with pytest.raises(Validation) as bad_status:
            await client.update_product(product["id"], {"status": "weird"})
        with pytest.raises(Validation) as bad_handle:
            await client.update_product(product["id"], {"handle": "Bad Handle"})
    assert "status" in bad_status.value.field_errors
    assert "handle" in bad_handle.value.field_errors


async def test_update_round_trip(stack_http: StackHttp, stack: StackInfo) -> None:
    product = stack_http.create_product(unique("round"))
    async with MedusaClient(
        stack.medusa_url, EmailPassword(stack.medusa_email, stack.medusa_password)
    ) as client:
        await client.update_product(product["id"], {"subtitle": "Round trip", "status": "proposed"})
        fetched = await client.get_product(product["id"], fields="id,subtitle,status,updated_at")
        changed = await client.list_products(
            fields="id,updated_at", updated_after=fetched.updated_at, limit=50
        )
    assert fetched.subtitle == "Round trip"
    assert (
        str(fetched.status.value if hasattr(fetched.status, "value") else fetched.status)
        == "proposed"
    )
    assert product["id"] in {p.id for p in changed.products}


async def test_batch_update(stack_http: StackHttp, stack: StackInfo) -> None:
    ids = [stack_http.create_product(unique("batch"))["id"] for _ in range(3)]
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:
        await client.batch_update([{"id": pid, "subtitle": f"batched {pid}"} for pid in ids])
        for pid in ids:
            assert (
                await client.get_product(pid, fields="id,subtitle")
            ).subtitle == f"batched {pid}"


async def test_full_catalog_iterator_returns_every_product_once(stack: StackInfo) -> None:
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:
        total = await client.count_products()
        seen = [p.id async for p in client.iter_all_products(fields="id", page_size=100)]
    assert len(seen) == len(set(seen))
    assert len(seen) >= total  # products created meanwhile may add to it, none may be missing


async def test_sync_trigger(stack: StackInfo) -> None:
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:
        message = await client.trigger_sync("products")
    assert "Syncing products" in message


async def test_created_product_shows_its_payload_link(
    stack_http: StackHttp, stack: StackInfo
) -> None:
    product = stack_http.create_product(unique("link"))
    async with MedusaClient(stack.medusa_url, SecretKey(stack.medusa_secret_key)) as client:

        async def linked():
            return (await client.get_product(product["id"], fields="id,metadata")).payload_id

        import asyncio

        for _ in range(50):
            if await linked():
                break
            await asyncio.sleep(0.1)
        assert await linked()
    assert wait_for(lambda: stack_http.payload_docs_for(product["id"]), 5, what="doc")
