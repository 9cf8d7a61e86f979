"""``desktop-app timeline PRODUCT [--json]``, ``--diff A B`` and ``--restore POINT``: through the
profile's catalog, as the other catalog commands."""

from __future__ import annotations

import json

import pytest

from desktop_app.richtext import markdown_to_lexical
from desktop_app.store import CatalogStore
from tests.cli.catalog_shop import MUG, PROFILE, Shop

DOC = {"id": "7", "medusa_id": "prod_mug", "title": "Mug", "subtitle": "Porcelain",
       "description": markdown_to_lexical("A mug.\n\n- Dishwasher safe\n- 300 ml"),
       "seo": {"meta_title": "Mug"}, "thumbnail": None, "images": [],
       "updated_at": "2026-01-02T00:00:00.000Z"}


@pytest.fixture
def shop(cli: Shop) -> Shop:
    """The Mug pulled twice from Payload: its title and one list item changed in between."""
    store = CatalogStore.for_profile(PROFILE.name)
    try:
        store.save_payload([DOC])
        store.save_payload([{**DOC, "title": "Big mug", "updated_at": "2026-01-03T00:00:00.000Z",
                             "description": markdown_to_lexical(
                                 "A mug.\n\n- Dishwasher safe\n- 450 ml")}])
    finally:
        store.close()
    return cli


def test_the_points_newest_first_with_ids_and_kinds(shop: Shop) -> None:
    result = shop.json("timeline", "prod_mug", "--offline")
    assert result.code == 0, result.err
    body = result.json
    assert body["ok"] and body["product_id"] == "prod_mug"
    points = body["points"]
    assert [(p["kind"], p["server"]) for p in points] == [
        ("now", None), ("pulled", "payload"), ("pulled", "payload"), ("pulled", "medusa")]
    assert [p["at"] for p in points[1:]] == ["2026-01-03T00:00:00.000Z",
                                             "2026-01-02T00:00:00.000Z", MUG["updated_at"]]
    assert body["versions"]["state"] == "not_asked"

    text = shop.run("timeline", "prod_mug", "--offline")
    assert text.code == 0
    lines = text.out.splitlines()
    assert lines[0].split() == ["#", "Point", "When", "Server", "What", "Who", "Note"]
    assert lines[2].split()[:2] == ["1", "now"]
    assert "Pulled from Payload" in lines[3] and lines[3].split()[1] == points[1]["id"]


def test_a_diff_per_field_and_the_description_by_block(shop: Shop) -> None:
    result = shop.run("timeline", "prod_mug", "--offline", "--diff", "3", "2")
    assert result.code == 0, result.err
    assert "\nTitle (Payload)\n  A: Mug\n  B: Big mug" in result.out
    assert "Description (Payload), by block\n  ~ List item: - 300 ml  →  - 450 ml" in result.out
    assert "Subtitle" not in result.out  # unchanged fields only with --all

    body = shop.json("timeline", "prod_mug", "--offline", "--diff", "3", "now").json
    assert [f["field"] for f in body["fields"]] == ["title", "description"]
    [block] = body["fields"][1]["blocks"]
    assert block == {"change": "changed", "before": {"kind": "List item", "text": "- 300 ml"},
                     "after": {"kind": "List item", "text": "- 450 ml"}}
    everything = shop.json("timeline", "prod_mug", "--offline", "--diff", "3", "2", "--all")
    assert "subtitle" in [f["field"] for f in everything.json["fields"]]


def test_a_restore_is_an_edit_waiting_in_the_outbox(shop: Shop) -> None:
    first = shop.json("timeline", "prod_mug", "--offline").json["points"][2]["id"]
    result = shop.json("timeline", "prod_mug", "--offline", "--restore", first,
                       "--field", "title")
    assert result.code == 0, result.err
    assert result.json["restored"] == ["title"]
    detail = shop.detail("prod_mug")
    assert detail is not None
    [edit] = detail.edits
    assert (edit.field, edit.base, edit.mine, edit.state) == ("title", "Big mug", "Mug", "queued")
    assert detail.payload["title"] == "Mug"

    again = shop.json("timeline", "prod_mug", "--offline", "--restore", first,
                      "--field", "title")
    assert again.code == 1 and again.json["error"]["message"] == (
        "Nothing to restore: title: it holds that value now")


def test_refusals_name_what_is_wrong(shop: Shop) -> None:
    unknown_point = shop.json("timeline", "prod_mug", "--offline", "--diff", "p999", "now")
    assert unknown_point.code == 2 and unknown_point.json["error"]["code"] == "usage"
    assert "No point 'p999'" in unknown_point.json["error"]["message"]
    unknown_product = shop.json("timeline", "prod_nope", "--offline")
    assert unknown_product.code == 1
    assert unknown_product.json["error"]["code"] == "unknown_product"
    field_alone = shop.json("timeline", "prod_mug", "--field", "title")
    assert field_alone.code == 2 and field_alone.json["error"]["field"] == "field"


def test_online_without_a_key_the_versions_say_why(shop: Shop) -> None:
    result = shop.json("timeline", "prod_mug")
    assert result.code == 0, result.err
    versions = result.json["versions"]
    assert versions["state"] == "unavailable" and versions["reason"].startswith("Not checked")
    assert json.dumps(result.json["notes"]).count("Payload versions are not available") == 1
