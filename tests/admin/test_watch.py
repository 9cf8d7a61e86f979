"""trigger_and_watch: progress, agreement, stalls (fake clock), cancellation, failures."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.admin.history import JsonlRunHistory, recorded
from desktop_app.admin.verify import Kind
from desktop_app.admin.watch import (
    Outcome,
    Progress,
    WatchOptions,
    compare_ids,
    trigger_and_watch,
)
from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from tests.admin.fakes import (
    PAYLOAD_KEY,
    SECRET_KEY,
    FakeClock,
    FakeShop,
    FakeSync,
    product,
    synced_shop,
)
from tests.admin.test_verify import d, m


def clients(shop: FakeShop) -> tuple[MedusaClient, PayloadClient]:
    return (MedusaClient("http://medusa.test", SecretKey(SECRET_KEY),
                         transport=shop.medusa.transport),
            PayloadClient("http://payload.test", PAYLOAD_KEY, transport=shop.payload.transport))


def unsynced_shop(synced: int, unsynced: int, **sync_kw) -> tuple[FakeShop, FakeSync]:
    shop = synced_shop(synced)
    for n in range(synced, synced + unsynced):
        shop.medusa.add(product(n))
    fake_sync = FakeSync(shop.medusa, shop.payload, **sync_kw)
    shop.medusa.on_sync = fake_sync.start
    return shop, fake_sync


def test_compare_ids_uses_strings_and_counts_unlinked() -> None:
    agreement = compare_ids(
        [m("prod_a", "1"), m("prod_b", "9"), m("prod_c"), m("prod_d")],
        [d(1, "prod_a"), d(2, "prod_b"), d(3, "prod_c"), d(4, "prod_zz")],
    )
    assert agreement.missing == {"prod_d"}
    assert agreement.unlinked == {"prod_b", "prod_c"}
    assert agreement.done == 1 and not agreement.agreed
    assert agreement.as_counts()["payload"] == 4


async def test_watch_reports_progress_rate_and_eta_until_agreement() -> None:
    shop, fake_sync = unsynced_shop(10, 30, per_step=10)
    clock = FakeClock(fake_sync)
    seen: list[Progress] = []
    medusa, payload = clients(shop)
    async with medusa, payload:
        result = await trigger_and_watch(
            medusa, payload, options=WatchOptions(poll_interval=2.0, stall_after=10),
            on_progress=seen.append, clock=clock, sleep=clock.sleep)

    assert result.outcome is Outcome.AGREED
    assert result.trigger_message == "Syncing products with Payload"
    assert result.before is not None and len(result.before.missing) == 30
    assert [p.done for p in seen] == [20, 30, 40]
    assert all(p.total == 40 for p in seen)
    assert seen[0].rate == pytest.approx(5.0)  # 10 products per 2 s
    assert seen[0].eta == pytest.approx(4.0)  # 20 left at 5/s
    assert seen[-1].eta == 0.0
    assert "40/40 products in agreement" in seen[-1].line()
    assert result.report is not None and result.report.ok
    assert result.missing_ids == []
    assert clock.sleeps == [2.0, 2.0, 2.0]


async def test_stall_names_the_products_the_sync_skipped() -> None:
    skipped = {"prod_0036", "prod_0038"}
    shop, fake_sync = unsynced_shop(5, 35, per_step=20, skip=skipped)
    clock = FakeClock(fake_sync)
    seen: list[Progress] = []
    medusa, payload = clients(shop)
    async with medusa, payload:
        result = await trigger_and_watch(
            medusa, payload, options=WatchOptions(poll_interval=1.0, stall_after=5),
            on_progress=seen.append, clock=clock, sleep=clock.sleep)

    assert result.outcome is Outcome.STALLED
    assert result.missing_ids == sorted(skipped)
    # Progress for two polls, then 5 s without any change.
    assert [p.idle_for for p in seen] == [0, 0, 1, 2, 3, 4, 5]
    assert seen[1].eta is not None  # still moving
    assert seen[-1].rate is None and seen[-1].eta is None  # no promise during a stall
    assert result.report is not None
    assert result.report.ids(Kind.MISSING_IN_PAYLOAD) == sorted(skipped)
    assert "2 products still missing" in result.summary()


async def test_a_sync_that_never_starts_stalls_after_the_grace_period() -> None:
    shop, fake_sync = unsynced_shop(3, 2)
    shop.medusa.on_sync = None  # the 200 came, nothing happens (events lost)
    clock = FakeClock(fake_sync)
    medusa, payload = clients(shop)
    async with medusa, payload:
        result = await trigger_and_watch(
            medusa, payload, options=WatchOptions(poll_interval=3, stall_after=9,
                                                  final_report=False),
            clock=clock, sleep=clock.sleep)
    assert result.outcome is Outcome.STALLED
    assert clock.now - 1000.0 == 9
    assert result.report is None and result.missing_ids == ["prod_0003", "prod_0004"]


async def test_timeout_ends_a_slow_sync() -> None:
    shop, fake_sync = unsynced_shop(0, 50, per_step=1)
    clock = FakeClock(fake_sync)
    medusa, payload = clients(shop)
    async with medusa, payload:
        result = await trigger_and_watch(
            medusa, payload, options=WatchOptions(poll_interval=1, stall_after=60, timeout=4,
                                                  final_report=False),
            clock=clock, sleep=clock.sleep)
    assert result.outcome is Outcome.TIMED_OUT
    assert result.after is not None and result.after.done == 4


async def test_trigger_failure_is_reported_not_raised() -> None:
    shop, _ = unsynced_shop(2, 1)
    shop.medusa.has_sync_route = False
    clock = FakeClock()
    medusa, payload = clients(shop)
    async with medusa, payload:
        result = await trigger_and_watch(medusa, payload, clock=clock, sleep=clock.sleep)
    assert result.outcome is Outcome.FAILED
    assert result.error and result.error.startswith("Medusa")
    assert "failed" in result.summary()


async def test_cancelling_the_task_stops_watching_and_records_it(tmp_path) -> None:
    shop, _ = unsynced_shop(2, 10, per_step=0)
    history = JsonlRunHistory(tmp_path / "runs.jsonl")
    polled = asyncio.Event()

    def progress(_: Progress) -> None:
        polled.set()

    medusa, payload = clients(shop)
    async with medusa, payload:
        task = asyncio.create_task(recorded(history, "products", lambda: trigger_and_watch(
            medusa, payload, options=WatchOptions(poll_interval=0.01, stall_after=3600),
            on_progress=progress)))
        await asyncio.wait_for(polled.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    (run,) = history.recent()
    assert run.outcome == "cancelled" and run.finished_at is not None


async def test_non_product_collections_cannot_be_watched() -> None:
    medusa, payload = clients(FakeShop())
    async with medusa, payload:
        with pytest.raises(ValueError):
            await trigger_and_watch(medusa, payload, "collections")
