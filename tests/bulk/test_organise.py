"""Bulk organise: add to / remove from categories, tags and sales channels; set
collection and type. Recorded like every bulk edit (one undo), pushed as Medusa's
``[{id}]`` lists."""

from __future__ import annotations

import json

import pytest

from desktop_app import bulk
from desktop_app.store import SearchQuery

IDS = [f"prod_0000{n}" for n in range(1, 6)]


@pytest.fixture
async def shop(env):
    catalog, medusa, payload = env
    medusa.touch("prod_00001", categories=[{"id": "pcat_a"}], tags=[{"id": "ptag_sale"}])
    medusa.touch("prod_00002", categories=[{"id": "pcat_a"}, {"id": "pcat_b"}],
                 tags=[{"id": "ptag_sale"}, {"id": "ptag_new"}], collection_id="pcol_old")
    await catalog.pull()
    return catalog, medusa, payload


def categories_of(medusa, pid) -> list[str]:
    return sorted(c["id"] for c in medusa.products[pid].get("categories") or [])


async def test_add_to_a_category_plans_applies_pushes_and_undoes(shop):
    catalog, medusa, _payload = shop
    op = bulk.AddTerms("categories", ("pcat_b",), names=("Shirts",))
    assert op.describe() == "Add to category Shirts"
    plan = bulk.plan(catalog, op, IDS[:3])
    assert plan.unchanged == 1  # prod_00002 is in it already
    assert [(d.product_id, c.before, c.after) for d in plan.diffs for c in d.changes] == [
        ("prod_00001", ["pcat_a"], ["pcat_a", "pcat_b"]),
        ("prod_00003", [], ["pcat_b"])]
    result = bulk.apply(catalog, plan)
    assert (result.op.kind, result.op.fields) == ("organise", 2)
    found = catalog.rows(SearchQuery(categories=("pcat_b",)), 0, 10)
    assert [r.product_id for r in found] == ["prod_00001", "prod_00002", "prod_00003"]

    report = await catalog.push()
    assert report.sent == 2
    bodies = [json.loads(w.content) for w in medusa.writes()]
    assert {"categories": [{"id": "pcat_a"}, {"id": "pcat_b"}]} in bodies
    assert categories_of(medusa, "prod_00001") == ["pcat_a", "pcat_b"]
    assert categories_of(medusa, "prod_00003") == ["pcat_b"]

    undo = bulk.undo(catalog, result.op.id)
    assert undo.reverted == 2
    await catalog.push()
    assert categories_of(medusa, "prod_00001") == ["pcat_a"]
    assert categories_of(medusa, "prod_00003") == []
    assert categories_of(medusa, "prod_00002") == ["pcat_a", "pcat_b"]  # never touched


async def test_remove_from_tags_and_sales_channels(shop):
    catalog, medusa, _payload = shop
    plan = bulk.plan(catalog, bulk.RemoveTerms("tags", ("ptag_sale", "ptag_sale")), IDS)
    assert plan.description == "Remove from tag ptag_sale"
    assert [(d.product_id, d.changes[0].after) for d in plan.diffs] == [
        ("prod_00001", []), ("prod_00002", ["ptag_new"])]
    assert plan.unchanged == 3
    bulk.apply(catalog, plan)
    await catalog.push()
    assert medusa.products["prod_00002"]["tags"] == [{"id": "ptag_new"}]
    channels = bulk.AddTerms("sales_channels", ("sc_web", "sc_pos"))
    assert channels.describe() == "Add to sales channels sc_web, sc_pos"
    bulk.apply(catalog, bulk.plan(catalog, channels, IDS[:1]))
    assert catalog.product("prod_00001").value("sales_channels") == ["sc_pos", "sc_web"]


async def test_set_and_clear_collection_and_type(shop):
    catalog, medusa, _payload = shop
    plan = bulk.plan(catalog, bulk.SetCollection("pcol_summer", name="Summer"), IDS[:2])
    assert plan.description == "Set collection to Summer" and len(plan.diffs) == 2
    bulk.apply(catalog, plan)
    assert catalog.count(SearchQuery(collections=("pcol_summer",))) == 2
    clear = bulk.plan(catalog, bulk.SetType(None), IDS)
    assert clear.description == "Clear the type" and clear.diffs == ()  # none has one
    bulk.apply(catalog, bulk.plan(catalog, bulk.SetType("ptyp_shirt"), IDS[:1]))
    await catalog.push()
    assert medusa.products["prod_00002"]["collection_id"] == "pcol_summer"
    assert medusa.products["prod_00001"]["type_id"] == "ptyp_shirt"
    undo_clear = bulk.plan(catalog, bulk.SetCollection(None), IDS[:2])
    assert [c.after for d in undo_clear.diffs for c in d.changes] == [None, None]


async def test_a_record_stored_before_organise_fields_is_skipped_not_stripped(shop):
    catalog, _medusa, _payload = shop
    old = catalog._store.medusa("prod_00004")
    del old["categories"]
    catalog._store.conn.execute("UPDATE medusa_products SET raw=? WHERE id=?",
                                (json.dumps(old), "prod_00004"))
    plan = bulk.plan(catalog, bulk.AddTerms("categories", ("pcat_b",)), ["prod_00004"])
    assert plan.diffs == ()
    assert [str(s) for s in plan.skipped] == [
        "prod_00004: its categories are not in the local store yet; pull first"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: bulk.AddTerms("brands", ("b",)), "Cannot organise by 'brands'"),
    (lambda: bulk.AddTerms("tags", ()), "Choose at least one tag"),
    (lambda: bulk.RemoveTerms("categories", ("",)), "Every category needs an id"),
    (lambda: bulk.SetType(""), "Choose a type, or none to clear it"),
])
def test_bad_organise_input_is_refused_before_anything_is_written(make, message):
    with pytest.raises(bulk.BulkError, match=message):
        make()
