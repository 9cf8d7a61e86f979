"""The catalog service and the connection test against the real stack."""

from __future__ import annotations

from desktop_app.secrets import Secret
from desktop_app.services.app_services import AppServices
from tests.e2e.app.helpers import stack_profile
from tests.support.stack import StackInfo

DEMO_TITLES = {"Classic Crew T-Shirt", "Heavyweight Hoodie", "Picnic Blanket"}


async def test_catalog_lists_seeded_products_linked_to_payload(
    stack_services: AppServices,
) -> None:
    profile = stack_services.profiles.active()
    catalog = await stack_services.load_listing(profile)

    assert catalog.failures == ()
    demo = [r for r in catalog.rows if r.handle.startswith("demo-")]
    assert len(demo) >= 40
    assert DEMO_TITLES <= {r.title for r in demo}
    for row in demo:
        assert row.status in {"published", "draft", "proposed", "rejected"}
        assert row.variants is not None and row.variants >= 1
        assert row.updated_at is not None
        assert row.linked is not None  # Payload answered for every row
    # The seed syncs products to Payload; a linked row carries Payload's doc id.
    assert all(r.payload_id for r in demo if r.linked)
    assert sum(1 for r in demo if r.linked) >= 1


async def test_connection_check_accepts_stack_keys_and_rejects_a_wrong_one(
    stack: StackInfo, stack_services: AppServices
) -> None:
    profile = stack_profile(stack)
    ok = await stack_services.check_connection(
        profile, Secret(stack.medusa_secret_key), Secret(stack.editor_key))
    assert [(r.server, r.ok) for r in ok] == [("Medusa", True), ("Payload", True)], ok

    bad = await stack_services.check_connection(
        profile, Secret("sk_not_a_real_key"), Secret("not-a-real-key"))
    medusa, payload = bad
    assert not medusa.ok and "secret API key" in medusa.detail
    assert not payload.ok and "API key not recognised" in payload.detail
