"""Repairs: payload_id corrected or cleared in Medusa, sync re-run, orphans left to admins."""

from __future__ import annotations

from desktop_app.admin.repairs import Action, apply_repairs, plan_repairs
from desktop_app.admin.verify import classify, verify
from desktop_app.api import MedusaClient, PayloadClient, SecretKey
from tests.admin.fakes import PAYLOAD_KEY, SECRET_KEY, FakeShop, doc_for, product, synced_shop
from tests.admin.test_verify import d, m


def test_plan_covers_each_kind_within_each_sides_rules() -> None:
    report = classify(
        [m("prod_a"), m("prod_b", "4"), m("prod_c", "99"), m("prod_d"), m("prod_e", "7"),
         m("prod_f", "8", option_ids=("o1",), variant_ids=())],
        [d(3, "prod_a"), d(5, "prod_b"), d(6, "prod_e"), d(7, "prod_e"),
         d(8, "prod_f", options=[], variants=[]), d(9, "prod_gone"), d(10, "prod_gone")],
    )
    plan = plan_repairs(report)
    assert {(r.action, r.medusa_id, r.value, r.expected) for r in plan.metadata} == {
        (Action.SET_PAYLOAD_ID, "prod_a", "3", None),
        (Action.SET_PAYLOAD_ID, "prod_b", "5", "4"),
        (Action.CLEAR_PAYLOAD_ID, "prod_c", "", "99"),
    }
    assert {r.medusa_id for r in plan.sync_needed} == {"prod_c", "prod_d", "prod_f"}
    # The duplicate keeps the doc Medusa links to (7); orphans listed once each.
    assert {(r.value, r.action) for r in plan.for_admin} == {
        ("6", Action.DELETE_IN_PAYLOAD), ("9", Action.DELETE_IN_PAYLOAD),
        ("10", Action.DELETE_IN_PAYLOAD)}
    assert plan.trigger and not plan.empty
    assert "delete in Payload admin" in plan.for_admin[0].describe()


def clients(shop: FakeShop) -> tuple[MedusaClient, PayloadClient]:
    return (MedusaClient("http://medusa.test", SecretKey(SECRET_KEY),
                         transport=shop.medusa.transport),
            PayloadClient("http://payload.test", PAYLOAD_KEY, transport=shop.payload.transport))


async def test_apply_sets_clears_and_triggers_but_never_writes_to_payload() -> None:
    shop = synced_shop(4)
    shop.medusa.products["prod_0000"]["metadata"]["payload_id"] = "42"  # wrong doc
    del shop.medusa.products["prod_0001"]["metadata"]["payload_id"]  # absent
    shop.payload.docs = [doc for doc in shop.payload.docs if doc["medusa_id"] != "prod_0002"]
    orphan = product(50)
    shop.payload.docs.append(doc_for(orphan, 50))
    triggered: list[bool] = []
    shop.medusa.on_sync = lambda: triggered.append(True)
    medusa, payload = clients(shop)
    async with medusa, payload:
        plan = plan_repairs(await verify(medusa, payload))
        outcome = await apply_repairs(medusa, plan)

    products = shop.medusa.products
    assert products["prod_0000"]["metadata"]["payload_id"] == "1"
    assert products["prod_0001"]["metadata"]["payload_id"] == "2"
    assert "payload_id" not in products["prod_0002"]["metadata"]  # cleared with ""
    assert products["prod_0002"]["metadata"]["seed"] == "test"  # other keys kept
    assert len(outcome.applied) == 3 and not outcome.failed
    assert triggered == [True] and outcome.sync_message == "Syncing products with Payload"
    assert [r.value for r in outcome.for_admin] == ["50"]
    assert shop.payload.writes() == []
    assert not any("is_from_medusa" in str(r.url) for r in shop.payload.requests)


async def test_a_payload_id_changed_since_the_check_is_left_alone() -> None:
    shop = synced_shop(2)
    shop.medusa.products["prod_0000"]["metadata"]["payload_id"] = "9"
    medusa, payload = clients(shop)
    async with medusa, payload:
        plan = plan_repairs(await verify(medusa, payload))
        shop.medusa.products["prod_0000"]["metadata"]["payload_id"] = "1"  # the sync fixed it
        shop.medusa.add({**product(1), "id": "prod_0001"})  # unchanged product stays fine
        outcome = await apply_repairs(medusa, plan, trigger=False)
    assert outcome.applied == []
    ((repair, why),) = outcome.skipped
    assert repair.medusa_id == "prod_0000" and "changed since the check" in why
    posts = [r for r in shop.medusa.requests if r.method == "POST"]
    assert posts == []


async def test_a_deleted_product_is_skipped() -> None:
    shop = synced_shop(1)
    shop.medusa.products["prod_0000"]["metadata"]["payload_id"] = "5"
    medusa, payload = clients(shop)
    async with medusa, payload:
        plan = plan_repairs(await verify(medusa, payload))
        shop.medusa.products["prod_0000"]["deleted_at"] = "2026-11-27T00:00:00Z"
        outcome = await apply_repairs(medusa, plan, trigger=False)
    assert outcome.skipped[0][1] == "the product no longer exists"
