"""The deployment doctor over fakes: each planted fault is found, nothing is written."""

from __future__ import annotations

import pytest

from desktop_app.admin.doctor import Status, run_doctor
from desktop_app.config import MedusaAuth, Profile
from desktop_app.secrets import InMemorySecretStore, Secret, SecretKind
from tests.admin.fakes import PAYLOAD_KEY, SECRET_KEY, FakeShop, synced_shop

PROFILE = Profile(name="shop", medusa_url="http://medusa.test",
                  medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")


def secrets(medusa: str | None = SECRET_KEY, payload: str | None = PAYLOAD_KEY):
    store = InMemorySecretStore()
    if medusa:
        store.set("shop", SecretKind.MEDUSA_SECRET_KEY, Secret(medusa))
    if payload:
        store.set("shop", SecretKind.PAYLOAD_API_KEY, Secret(payload))
    return store


async def doctor(shop: FakeShop, store=None):
    return await run_doctor(PROFILE, store or secrets(), shop.transports)


def statuses(report) -> dict[str, str]:
    return {c.id: c.status.value for c in report.checks}


async def test_healthy_deployment_passes_every_check() -> None:
    shop = synced_shop(2)
    report = await doctor(shop)
    assert statuses(report) == {
        "medusa_reachable": "ok", "payload_reachable": "ok", "medusa_credentials": "ok",
        "payload_credentials": "ok", "sync_route": "ok", "products_fields": "ok",
        "anonymous_create": "ok", "new_products_linked": "ok", "clock_skew": "ok",
    }
    assert report.ok
    # Nothing triggered, nothing written (the one anonymous POST is the refused probe).
    assert [r.method for r in shop.medusa.requests if r.url.path.startswith("/admin/payload")] \
        == ["OPTIONS"]
    (probe,) = shop.payload.writes()
    assert "authorization" not in probe.headers and probe.content == b"{}"


async def test_wrong_payload_key_fails_with_a_fix() -> None:
    report = await doctor(synced_shop(1), secrets(payload="not-the-key"))
    check = report.get("payload_credentials")
    assert check.status is Status.FAIL and "not recognised" in check.detail
    assert "Enable API Key" in check.fix
    assert report.get("products_fields").status is Status.SKIPPED
    assert not report.ok


async def test_missing_secret_is_a_failed_check_not_a_crash() -> None:
    report = await doctor(synced_shop(1), secrets(medusa=None))
    assert report.get("medusa_credentials").status is Status.FAIL
    assert report.get("sync_route").status is Status.SKIPPED


async def test_missing_sync_route_is_found_without_posting() -> None:
    shop = synced_shop(1)
    shop.medusa.has_sync_route = False
    report = await doctor(shop)
    check = report.get("sync_route")
    assert check.status is Status.FAIL and "route.ts" in check.fix
    assert not any(r.method == "POST" for r in shop.medusa.requests)


async def test_open_anonymous_create_hole_is_a_failure() -> None:
    shop = synced_shop(1)
    shop.payload.anonymous_create_open = True
    report = await doctor(shop)
    check = report.get("anonymous_create")
    assert check.status is Status.FAIL and "validation (400)" in check.detail
    assert len(shop.payload.docs) == 1


async def test_products_collection_without_the_integration_fields() -> None:
    shop = synced_shop(1)
    shop.payload.fields_missing = ("medusa_id",)
    check = (await doctor(shop)).get("products_fields")
    assert check.status is Status.FAIL and "medusa_id" in check.detail
    shop.payload.has_products = False
    check = (await doctor(shop)).get("products_fields")
    assert check.status is Status.FAIL and "no 'products' collection" in check.detail


@pytest.mark.parametrize(("offset", "expected"), [(2, "ok"), (-20, "warn"), (600, "fail")])
async def test_clock_skew_from_date_headers(offset: float, expected: str) -> None:
    shop = synced_shop(1)
    shop.payload.date_offset = offset
    check = (await doctor(shop)).get("clock_skew")
    assert check.status.value == expected
    assert "Payload" in check.detail


async def test_unreachable_medusa_skips_what_depends_on_it() -> None:
    shop = synced_shop(1)
    shop.medusa.down = True
    report = await doctor(shop)
    assert statuses(report)["medusa_reachable"] == "fail"
    assert statuses(report)["medusa_credentials"] == "skipped"
    assert statuses(report)["payload_credentials"] == "ok"
    assert "Start Medusa" in report.get("medusa_reachable").fix


async def test_a_new_product_whose_payload_document_never_came_is_explained() -> None:
    shop = synced_shop(3)
    lost = shop.payload.docs.pop(1)
    report = await doctor(shop)
    check = report.get("new_products_linked")
    assert check.status is Status.WARN
    assert lost["medusa_id"] in check.detail and "1 of the 3" in check.detail
    assert "Sync products" in check.fix and "worker" in check.fix
    assert report.ok  # a warning: the shop works, its new products wait
