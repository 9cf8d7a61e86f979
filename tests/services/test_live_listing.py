"""The live listing (load_listing / filter_rows) against fake Medusa and Payload servers."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.services.live_listing import ListingRow, filter_rows, load_listing
from desktop_app.services.shop import open_shop
from tests.services.fake_servers import (
    FakeShop,
    fake_shop,
    secrets_for,
    shop_profile,
)


async def _load(shop: FakeShop, **kwargs):
    profile = shop_profile()
    async with open_shop(profile, secrets_for(profile), shop.transports) as conn:
        return await load_listing(conn, **kwargs)


async def test_rows_join_payload_title_and_link_flag() -> None:
    shop = fake_shop(count=4, linked=3)
    catalog = await _load(shop)

    assert catalog.failures == ()
    assert len(catalog.rows) == 4
    by_id = {r.medusa_id: r for r in catalog.rows}
    linked = by_id["prod_0000"]
    assert linked.title == "Payload title prod_0000"  # Payload's title wins when linked
    assert linked.linked is True and linked.payload_id == "1"
    assert linked.handle == "demo-product-0"
    assert linked.status == "published"
    assert linked.variants == 1
    assert linked.updated_at is not None and linked.updated_at.year == 2026
    missing = by_id["prod_0003"]
    assert missing.title == "Medusa title 3"  # no Payload doc: Medusa's title
    assert missing.linked is False and missing.payload_id is None
    assert catalog.linked_count == 3 and catalog.missing_count == 1


async def test_medusa_is_asked_for_narrow_fields_and_pages_concurrently() -> None:
    shop = fake_shop(count=45, linked=45)
    catalog = await _load(shop, page_size=10, chunk=7)

    assert len(catalog.rows) == 45
    assert len({r.medusa_id for r in catalog.rows}) == 45
    lists = shop.medusa.list_requests()
    assert len(lists) == 5  # 45 products in pages of 10
    fields = lists[0].url.params["fields"].split(",")
    assert "variants.id" in fields and "title" in fields
    assert not any(f.startswith("*") for f in fields)  # never whole relations
    # Payload lookups went by medusa_id, in chunks, and never with is_from_medusa.
    finds = [r for r in shop.payload.requests if r.url.path == "/api/products"]
    assert len(finds) == 7  # ceil(45 / 7)
    assert all("is_from_medusa" not in str(r.url) for r in finds)


async def test_payload_down_keeps_medusa_rows_and_reports_payload() -> None:
    shop = fake_shop(count=3)
    shop.payload.down = True
    catalog = await _load(shop)

    assert [f.server for f in catalog.failures] == ["Payload"]
    assert "Could not connect to Payload" in catalog.failures[0].message
    assert len(catalog.rows) == 3
    assert all(r.linked is None for r in catalog.rows)  # unknown, not "missing"
    assert all(r.title.startswith("Medusa title") for r in catalog.rows)
    assert catalog.servers_ok == {"Medusa"}


async def test_medusa_failure_still_shows_payload_docs() -> None:
    shop = fake_shop(count=3, linked=2)
    shop.medusa.list_status = 500
    catalog = await _load(shop)

    assert [f.server for f in catalog.failures] == ["Medusa"]
    assert catalog.failures[0].message.startswith("Medusa had an internal error, HTTP 500")
    assert not catalog.failures[0].needs_settings  # a retry may help
    assert {r.title for r in catalog.rows} == {"Payload title prod_0000", "Payload title prod_0001"}
    assert all(r.linked is True and r.handle == "" for r in catalog.rows)
    assert catalog.servers_ok == {"Payload"}


async def test_both_down_reports_both_and_no_rows() -> None:
    shop = fake_shop(count=2)
    shop.medusa.down = True
    shop.payload.down = True
    catalog = await _load(shop)
    assert {f.server for f in catalog.failures} == {"Medusa", "Payload"}
    assert catalog.rows == ()


async def test_missing_secret_is_a_per_server_failure() -> None:
    shop = fake_shop(count=2)
    profile = shop_profile()
    async with open_shop(profile, secrets_for(profile, payload=None), shop.transports) as conn:
        catalog = await load_listing(conn)
    failure = catalog.failure("Payload")
    assert failure is not None and "No Payload API key is stored" in failure.message
    assert failure.needs_settings  # retrying cannot help
    assert len(catalog.rows) == 2 and catalog.failure("Medusa") is None
    assert shop.payload.requests == []  # no key, no request


async def test_wrong_medusa_key_reported_as_credentials_problem() -> None:
    shop = fake_shop(count=2)
    profile = shop_profile()
    async with open_shop(profile, secrets_for(profile, medusa="sk_wrong"), shop.transports) as conn:
        catalog = await load_listing(conn)
    failure = catalog.failure("Medusa")
    assert failure is not None and "secret API key" in failure.message
    assert "sk_wrong" not in failure.message
    assert failure.needs_settings


async def test_progress_reports_loaded_counts() -> None:
    shop = fake_shop(count=25)
    seen = []
    await _load(shop, page_size=10, progress=seen.append)
    assert [p.loaded for p in seen][:2] == [10, 20]
    assert seen[-1].loaded == 25


async def test_cancelling_a_load_cancels_it() -> None:
    shop = fake_shop(count=5)
    gate = asyncio.Event()
    original = shop.medusa.handle

    profile = shop_profile()
    import httpx

    async def slow(request: httpx.Request) -> httpx.Response:
        await gate.wait()  # never set: the load hangs until cancelled
        return original(request)

    from desktop_app.services.transports import Transports

    transports = Transports(medusa=httpx.MockTransport(slow), payload=shop.payload.transport)
    async with open_shop(profile, secrets_for(profile), transports) as conn:
        task = asyncio.create_task(load_listing(conn))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def _row(title: str, handle: str, status: str) -> ListingRow:
    return ListingRow(f"prod_{handle}", title, handle, status, 1, None, True, None)


def test_filter_rows_by_words_and_status() -> None:
    rows = [
        _row("Classic Crew T-Shirt", "demo-classic-crew-t-shirt", "published"),
        _row("Heavyweight Hoodie", "demo-heavyweight-hoodie", "draft"),
        _row("Merino Beanie", "demo-merino-beanie", "published"),
    ]
    assert [r.title for r in filter_rows(rows, "hoodie")] == ["Heavyweight Hoodie"]
    assert [r.title for r in filter_rows(rows, "CREW shirt")] == ["Classic Crew T-Shirt"]
    assert [r.title for r in filter_rows(rows, "merino-beanie")] == ["Merino Beanie"]  # handle
    assert [r.title for r in filter_rows(rows, "", "draft")] == ["Heavyweight Hoodie"]
    assert filter_rows(rows, "hoodie", "published") == []
    assert len(filter_rows(rows)) == 3


async def test_medusa_rows_are_handed_over_before_payload_answers() -> None:
    import httpx

    from desktop_app.services.transports import Transports

    shop = fake_shop(count=3)
    gate = asyncio.Event()

    async def slow_payload(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        return shop.payload.handle(request)

    early: list[tuple[ListingRow, ...]] = []

    def on_rows(rows: tuple[ListingRow, ...]) -> None:
        early.append(rows)
        gate.set()  # Payload answers only after the early rows were delivered

    profile = shop_profile()
    transports = Transports(medusa=shop.medusa.transport,
                            payload=httpx.MockTransport(slow_payload))
    async with open_shop(profile, secrets_for(profile), transports) as conn:
        catalog = await load_listing(conn, on_medusa_rows=on_rows)

    assert len(early) == 1
    assert [r.title for r in early[0]] == ["Medusa title 0", "Medusa title 1", "Medusa title 2"]
    assert all(r.linked is None for r in early[0])  # not known yet
    assert catalog.linked_count == 2 and catalog.failures == ()
