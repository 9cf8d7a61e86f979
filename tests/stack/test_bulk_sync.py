"""The admin sync route repairs a 1,200+ product catalog; the legacy switch shows the defect."""

from __future__ import annotations

import pytest

from tests.stack import sync_support as sync
from tests.support.stack import StackHttp, ensure_stack, unique, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1800)]

BULK = 1250


@pytest.fixture(scope="module")
def bulk_ids(stack_http: StackHttp):
    ids = sync.create_bulk(stack_http, unique("sync"), BULK)
    wait_for(
        lambda: not sync.audit(stack_http).missing,
        600,
        interval=2,
        what="Payload docs for the bulk products",
    )
    yield ids
    sync.delete_bulk(stack_http, ids)


def test_legacy_paging_switch_leaves_products_out(bulk_ids: list[str]) -> None:
    info = ensure_stack("--legacy-paging", "--no-seed")
    http = StackHttp(info)
    try:
        assert sync.audit(http).total > 1000
        newest_missing = bulk_ids[-5:]
        stale = bulk_ids[-10:-5]
        sync.plant_missing(http, bulk_ids[:3] + newest_missing)
        sync.plant_stale(http, stale)

        sync.trigger_sync(http)
        result = sync.settle(http, timeout=90)

        # The official loop skips the last page and never repairs a stale payload_id.
        assert set(newest_missing) <= result.missing
        assert set(stale) <= result.missing
        assert not result.duplicated
    finally:
        http.close()
        ensure_stack("--no-seed")


def test_sync_leaves_every_product_present_exactly_once(
    stack_http: StackHttp, bulk_ids: list[str]
) -> None:
    ensure_stack("--no-seed")
    sync.plant_missing(stack_http, bulk_ids[10:13] + bulk_ids[600:603] + bulk_ids[-3:])
    sync.plant_stale(stack_http, bulk_ids[20:22] + bulk_ids[-20:-18])
    sync.set_payload_id(stack_http, bulk_ids[30], "999999999")  # points at no doc
    before = sync.audit(stack_http)
    assert len(before.missing) >= 13 and bulk_ids[30] in before.stale

    sync.trigger_sync(stack_http)
    after = sync.settle(stack_http, timeout=180)

    assert after.clean, (
        f"missing={sorted(after.missing)[:10]} stale={sorted(after.stale)[:10]} "
        f"duplicated={sorted(after.duplicated)[:10]}"
    )
    assert after.total >= before.total
