"""AdminService: the one façade the Sync/Doctor panels and the CLI share."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.admin.verify import Kind
from desktop_app.admin.watch import Outcome, Progress, WatchOptions
from desktop_app.config import ProfileStore
from desktop_app.secrets import InMemorySecretStore, Secret
from desktop_app.services.admin import (
    AdminService,
    HistoryUnavailable,
    ShopUnavailable,
    orphan_list,
    payload_id_plan,
)
from desktop_app.services.app_services import AppServices
from desktop_app.services.profiles import ProfileService
from tests.admin.fakes import PAYLOAD_KEY, SECRET_KEY, FakeClock, product, synced_shop
from tests.services.admin_support import admin_for, admin_profile, drifted_shop, syncing_shop


def sync_posts(shop) -> list[str]:
    return [r.url.path for r in shop.medusa.requests
            if r.method == "POST" and r.url.path.startswith("/admin/payload/sync/")]


async def test_verify_classifies_every_fault() -> None:
    report = await admin_for(drifted_shop()).verify()

    assert report.ids(Kind.STALE_PAYLOAD_ID) == ["prod_0001"]
    assert report.ids(Kind.MISSING_PAYLOAD_ID) == ["prod_0002"]
    assert report.ids(Kind.MISSING_IN_PAYLOAD) == ["prod_0010"]
    assert report.ids(Kind.ORPHAN_IN_PAYLOAD) == ["prod_gone"]
    assert report.medusa_count == 5 and report.payload_count == 5


async def test_missing_secret_is_named_and_nothing_is_sent() -> None:
    shop = synced_shop(1)
    admin = admin_for(shop, payload_key=False)

    with pytest.raises(ShopUnavailable) as caught:
        await admin.verify()

    assert set(caught.value.problems) == {"Payload"}
    assert "Payload API key" in str(caught.value)
    assert shop.medusa.requests == [] and shop.payload.requests == []


async def test_unsupported_collection_is_refused_before_any_request() -> None:
    shop = synced_shop(1)
    with pytest.raises(ValueError, match="Only products"):
        await admin_for(shop).watch("collections")
    assert shop.medusa.requests == []


async def test_watch_reports_progress_and_records_the_run() -> None:
    shop, fake_sync = syncing_shop(2, 6, per_step=3)
    clock = FakeClock(fake_sync)
    seen: list[Progress] = []
    admin = admin_for(shop)

    result = await admin.watch(options=WatchOptions(poll_interval=1, stall_after=5),
                               on_progress=seen.append, clock=clock, sleep=clock.sleep)

    assert result.outcome is Outcome.AGREED
    assert [p.done for p in seen] == [5, 8]
    assert result.report is not None and result.report.ok
    (run,) = admin.history()
    assert run.outcome == "agreed"
    assert run.before["missing"] == 6 and run.after["missing"] == 0
    assert sync_posts(shop) == ["/admin/payload/sync/products"]


async def test_cancelled_watch_is_recorded_as_cancelled() -> None:
    shop, _ = syncing_shop(1, 3)
    admin = admin_for(shop)
    never = asyncio.Event()

    async def sleep_forever(_seconds: float) -> None:
        await never.wait()

    task = asyncio.ensure_future(admin.watch(sleep=sleep_forever))
    while not sync_posts(shop):
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    (run,) = admin.history()
    assert run.outcome == "cancelled"
    assert run.finished_at is not None


async def test_fix_payload_ids_touches_only_the_chosen_products() -> None:
    shop = drifted_shop()
    admin = admin_for(shop)
    report = await admin.verify()

    outcome = await admin.fix_payload_ids(report, {"prod_0001"})

    assert [r.medusa_id for r in outcome.applied] == ["prod_0001"]
    assert shop.medusa.products["prod_0001"]["metadata"]["payload_id"] == "2"
    assert "payload_id" not in shop.medusa.products["prod_0002"]["metadata"]
    assert outcome.sync_message is None  # pointing at an existing doc needs no sync
    assert shop.payload.writes() == []  # Payload docs are never created or deleted


async def test_fix_all_payload_ids_then_verify_leaves_only_what_the_app_may_not_fix() -> None:
    shop = drifted_shop()
    admin = admin_for(shop)
    outcome = await admin.fix_payload_ids(await admin.verify())

    assert sorted(r.medusa_id for r in outcome.applied) == ["prod_0001", "prod_0002"]
    after = await admin.verify()
    assert after.ids(Kind.STALE_PAYLOAD_ID) == after.ids(Kind.MISSING_PAYLOAD_ID) == []
    assert after.ids(Kind.MISSING_IN_PAYLOAD) == ["prod_0010"]
    assert after.ids(Kind.ORPHAN_IN_PAYLOAD) == ["prod_gone"]


async def test_clearing_an_id_whose_doc_is_gone_presses_the_sync() -> None:
    shop = synced_shop(2)
    shop.medusa.add(product(5, payload_id="55"))  # its doc was deleted in Payload
    admin = admin_for(shop)
    report = await admin.verify()

    outcome = await admin.fix_payload_ids(report)

    assert "payload_id" not in shop.medusa.products["prod_0005"]["metadata"]
    assert outcome.sync_message == "Syncing products with Payload"
    assert sync_posts(shop) == ["/admin/payload/sync/products"]
    sent = [str(r.url) for r in shop.medusa.requests + shop.payload.requests]
    assert not any("is_from_medusa" in url for url in sent)


async def test_a_product_changed_since_the_check_is_skipped() -> None:
    shop = drifted_shop()
    admin = admin_for(shop)
    report = await admin.verify()
    shop.medusa.products["prod_0001"]["metadata"]["payload_id"] = "2"  # the sync fixed it

    outcome = await admin.fix_payload_ids(report, ["prod_0001"])

    assert outcome.applied == []
    assert "changed since the check" in outcome.skipped[0][1]


async def test_orphans_and_duplicates_are_listed_for_a_payload_admin() -> None:
    shop = drifted_shop()
    extra = dict(shop.payload.docs[0], id=50)  # a second doc for prod_0000
    shop.payload.docs.append(extra)
    report = await admin_for(shop).verify()

    lines = orphan_list(report)

    assert lines == [
        "Payload doc 50: delete in Payload admin (duplicate of doc 1 for prod_0000)",
        "Payload doc 99: delete in Payload admin (orphan: no Medusa product has this id)",
    ]
    assert payload_id_plan(report, {"prod_0000"}).metadata == []


async def test_trigger_only_presses_the_route() -> None:
    shop = synced_shop(1)
    assert await admin_for(shop).trigger() == "Syncing products with Payload"
    assert sync_posts(shop) == ["/admin/payload/sync/products"]


async def test_doctor_through_the_facade() -> None:
    shop = synced_shop(1)
    assert (await admin_for(shop).doctor()).ok
    shop.payload.anonymous_create_open = True
    report = await admin_for(shop).doctor()
    assert not report.ok and report.get("anonymous_create").status.value == "fail"


async def test_for_profile_takes_what_the_composition_root_has(tmp_path) -> None:
    shop = synced_shop(2)
    services = AppServices(ProfileService(ProfileStore(tmp_path / "config"),
                                          InMemorySecretStore()), transports=shop.transports)
    profile = admin_profile("root")
    services.profiles.save(profile, medusa_secret=Secret(SECRET_KEY),
                           payload_secret=Secret(PAYLOAD_KEY))

    admin = AdminService.for_profile(services, profile)

    assert (await admin.verify()).ok
    assert admin.history() == []


class BrokenHistory:
    def recent(self, limit: int = 20):
        raise OSError("disk I/O error")


def test_an_unreadable_history_is_a_clear_error() -> None:
    admin = AdminService(admin_profile(), InMemorySecretStore(), history=lambda _p: BrokenHistory())
    with pytest.raises(HistoryUnavailable, match="could not be read: disk I/O error"):
        admin.history()
