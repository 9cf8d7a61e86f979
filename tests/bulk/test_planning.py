"""Planning reads the local store only and lists what would change, per product."""

from __future__ import annotations

from desktop_app import bulk
from desktop_app.store import SearchQuery

IDS = [f"prod_0000{n}" for n in range(1, 7)]


async def test_plan_shows_before_and_after_and_skips_unchanged(env):
    catalog, medusa, payload = env
    op = bulk.SetSeo(meta_title="Old SEO 2", meta_description="About {title}")
    plan = bulk.plan(catalog, op, IDS[:3])
    by_id = {d.product_id: d for d in plan.diffs}
    assert [(c.field, c.before, c.after) for c in by_id["prod_00002"].changes] == [
        ("seo.meta_description", None, "About Payload title 2")]
    assert [(c.field, c.before, c.after) for c in by_id["prod_00001"].changes] == [
        ("seo.meta_title", None, "Old SEO 2"),
        ("seo.meta_description", None, "About Payload title 1")]
    assert by_id["prod_00001"].title == "Payload title 1"
    assert plan.field_count == 5 and plan.ok
    assert medusa.writes() == [] and payload.writes() == []
    assert catalog.outbox() == []  # a plan writes nothing


async def test_products_already_set_are_counted_not_listed(env):
    catalog, *_ = env
    plan = bulk.plan(catalog, bulk.SetStatus("published"), IDS[:5])
    assert plan.diffs == () and plan.unchanged == 5
    assert "0 products change" in plan.summary() and "5 need no change" in plan.summary()


async def test_plan_sees_pending_edits(env):
    catalog, *_ = env
    catalog.edit("prod_00003", {"title": "Local cotton title"})
    plan = bulk.plan(catalog, bulk.FindReplace("cotton", "linen", fields=("title",)), IDS)
    [diff] = plan.diffs
    assert diff.product_id == "prod_00003"
    assert (diff.changes[0].before, diff.changes[0].after) == (
        "Local cotton title", "Local linen title")


async def test_products_without_the_owning_record_are_skipped_with_a_reason(env):
    catalog, *_ = env
    plan = bulk.plan(catalog, bulk.SetSeo(meta_title="x"), [*IDS, "prod_missing"])
    assert len(plan.diffs) == 5
    assert {(s.product_id, s.message) for s in plan.skipped} == {
        ("prod_00006", "no Payload document is stored; pull first"),
        ("prod_missing", "not in the local catalog")}
    assert plan.ok  # skipped products do not block the others


async def test_select_ids_is_the_whole_search_result(env):
    catalog, *_ = env
    catalog.edit("prod_00004", {"status": "draft"})
    assert bulk.select_ids(catalog, SearchQuery(statuses=("draft",))) == ["prod_00004"]
    assert sorted(bulk.select_ids(catalog, SearchQuery())) == IDS
    assert bulk.select_ids(catalog, SearchQuery("nothing-matches-this")) == []
