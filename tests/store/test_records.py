"""Server records for the store: a malformed Payload doc raises one clear exception."""

from __future__ import annotations

import copy

import pytest

from desktop_app.models.medusa import MedusaProduct
from desktop_app.store import records
from desktop_app.store.records import MalformedRecord, medusa_record, payload_record
from tests.api import fakes


def _doc(**changes: object) -> dict:
    doc = copy.deepcopy(fakes.PAYLOAD_PRODUCT_FULL)  # as recorded on Payload 3.90.2
    doc.update(changes)
    return doc


def test_recorded_docs_are_read_at_depth_0_and_1():
    assert payload_record(_doc())["thumbnail"] == 1
    populated = _doc(thumbnail={"id": 1, "url": "/api/media/file/a.png"},
                     images=[{"id": "6b09", "image": {"id": 2, "url": "/api/media/file/b.png"}}])
    rec = payload_record(populated)
    assert (rec["thumbnail"], rec["images"]) == (1, [{"id": "6b09", "image": 2}])
    assert payload_record(copy.deepcopy(fakes.PAYLOAD_PRODUCT))["description"] is None


@pytest.mark.parametrize(("changes", "reason"), [
    ({"description": "## Markdown, not Lexical"},
     "description is text, not a Lexical rich-text object"),
    ({"description": {"root": {"type": "root"}}},
     "description is an object, not a Lexical rich-text object"),
    ({"description": ["paragraph"]}, "description is a list, not a Lexical rich-text object"),
    ({"medusa_id": 42}, "medusa_id is a number, not text"),
    ({"medusa_id": None}, "medusa_id is missing"),
    ({"medusa_id": ""}, "medusa_id is missing"),
    ({"title": 7}, "title is a number, not text"),
    ({"subtitle": ["a"]}, "subtitle is a list, not text"),
    ({"updatedAt": 1795756452}, "updatedAt is a number, not text"),
    ({"seo": "cheap shirts"}, "seo is text, not a group of fields"),
    ({"seo": {"meta_title": {"en": "T"}}}, "seo.meta_title is an object, not text"),
    ({"thumbnail": True}, "thumbnail is not a media reference"),
    ({"images": "2"}, "images is text, not a list"),
    ({"images": [{"id": "r1", "image": [2]}]},
     "images holds something that is not a media reference"),
])
def test_malformed_doc_raises_malformed_record_naming_the_field(changes, reason):
    with pytest.raises(MalformedRecord) as info:
        payload_record(_doc(**changes))
    assert info.value.record_id == "1"
    assert info.value.reason == reason
    assert str(info.value) == reason  # what the push engine shows next to the product
    assert isinstance(info.value, ValueError)


def test_a_missing_medusa_id_is_malformed():
    doc = _doc()
    del doc["medusa_id"]
    with pytest.raises(MalformedRecord, match="medusa_id is missing"):
        payload_record(doc)


@pytest.mark.parametrize("doc_id", ["missing", None, "", True, 1.5])
def test_a_doc_without_a_usable_id_is_malformed_with_id_unknown(doc_id):
    doc = _doc()
    if doc_id == "missing":
        del doc["id"]
    else:
        doc["id"] = doc_id
    with pytest.raises(MalformedRecord) as info:
        payload_record(doc)
    assert (info.value.record_id, info.value.reason) == ("?", "the document has no id")


def test_a_doc_that_is_not_an_object_is_malformed():
    with pytest.raises(MalformedRecord, match="the document is text, not an object"):
        payload_record("prod_1")  # type: ignore[arg-type]


def test_a_select_that_leaves_fields_out_is_not_malformed():
    rec = payload_record({"id": 3, "medusa_id": "prod_3", "updatedAt": "2026-11-27T05:12:23.728Z"})
    assert (rec["id"], rec["title"], rec["images"]) == ("3", None, [])


def test_a_medusa_product_with_an_empty_id_is_malformed():
    with pytest.raises(MalformedRecord, match="empty id"):
        medusa_record(MedusaProduct.model_validate(fakes.medusa_product(id="")))


def test_an_older_server_copy_never_replaces_a_newer_one() -> None:
    """A pull's read that left before a push's write may be stored after its answer."""
    from desktop_app.store import CatalogStore

    store = CatalogStore.open(":memory:")
    newer = {"id": "prod_1", "title": "After the push", "updated_at": "2026-12-06T10:00:02.000Z"}
    older = {"id": "prod_1", "title": "Before the push", "updated_at": "2026-12-06T10:00:01.000Z"}
    store.save_medusa([newer])
    store.save_medusa([older])
    assert store.medusa("prod_1")["title"] == "After the push"
    doc = {"id": "7", "medusa_id": "prod_1", "title": "Pushed",
           "updated_at": "2026-12-06T10:00:02Z"}
    store.save_payload([doc])
    store.save_payload([{**doc, "title": "Stale", "updated_at": "2026-12-06T10:00:01Z"}])
    assert store.payload("prod_1")["title"] == "Pushed"
    store.save_payload([{**doc, "title": "Later", "updated_at": "2026-12-06T10:00:03Z"}])
    assert store.payload("prod_1")["title"] == "Later"
    store.close()


# ------------------------------------------------- the organise / variant / stock shape
def _raw(name: str) -> dict:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "fixtures" / "medusa" / f"{name}.json"
    return json.loads(path.read_text())["response"]["json"]["product"]


def _fixture_record(name: str) -> tuple[dict, dict]:
    raw = _raw(name)
    return raw, medusa_record(MedusaProduct.model_validate(raw))


RECORD_KEYS = {"id", "handle", "title", "subtitle", "status", "description", "metadata",
               "options", "variants", "categories", "tags", "sales_channels", "collection_id",
               "type_id", "medusa_thumbnail", "medusa_images", "updated_at", "deleted_at"}
VARIANT_KEYS = {"id", "title", "sku", "prices", "options", "barcode", "ean", "upc", "weight",
                "length", "height", "width", "manage_inventory", "allow_backorder",
                "inventory_item_id", "levels", "updated_at"}


def _levels(raw_variant: dict) -> dict:
    levels = raw_variant["inventory_items"][0]["inventory"]["location_levels"]
    return {lv["location_id"]: {"stocked": lv["stocked_quantity"],
                                "reserved": lv["reserved_quantity"]} for lv in levels}


def test_the_stores_narrow_read_gives_the_whole_record_shape() -> None:
    """Read as recorded on Medusa 2.21.2 with MEDUSA_STORE_FIELDS (record_store_fields.py)."""
    raw, rec = _fixture_record("product_read_store_fields")
    assert set(rec) == RECORD_KEYS
    for name in ("categories", "tags", "sales_channels"):
        assert rec[name] == [raw[name][0]["id"]] and rec[name][0].startswith(("p", "sc_"))
    assert rec["collection_id"].startswith("pcol_") and rec["type_id"].startswith("ptyp_")
    assert rec["medusa_thumbnail"] == "http://localhost:9000/static/rec-front.png"
    assert rec["medusa_images"] == ["http://localhost:9000/static/rec-front.png",
                                    "http://localhost:9000/static/rec-back.png"]
    [option] = rec["options"]
    assert option["title"] == "Size" and [v["value"] for v in option["values"]] == ["S", "M"]
    assert set(option["values"][0]) == {"id", "value"}
    assert all(set(v) == VARIANT_KEYS for v in rec["variants"])
    assert [v["id"] for v in rec["variants"]] == sorted(v["id"] for v in raw["variants"])
    by_title = {v["title"]: v for v in rec["variants"]}
    raw_small = next(v for v in raw["variants"] if v["title"] == "S")
    small, medium = by_title["S"], by_title["M"]
    assert small["options"] == {"Size": "S"} and medium["options"] == {"Size": "M"}
    assert small["manage_inventory"] is True
    assert small["inventory_item_id"] == raw_small["inventory_items"][0]["inventory_item_id"]
    assert small["levels"] == _levels(raw_small)
    assert sorted(lv["stocked"] for lv in small["levels"].values()) == [3, 7]
    assert (medium["manage_inventory"], medium["inventory_item_id"], medium["levels"]) == (
        False, None, {})
    assert small["barcode"] is None and small["weight"] is None
    assert records.stock_total(rec["variants"]) == 10


def test_the_wide_read_gives_the_same_shape() -> None:
    """``*relation`` fields (product_read_full_after) carry more; the record is the same."""
    raw, rec = _fixture_record("product_read_full_after")
    assert set(rec) == RECORD_KEYS and all(set(v) == VARIANT_KEYS for v in rec["variants"])
    assert rec["sales_channels"] == sorted(c["id"] for c in raw["sales_channels"])
    assert rec["collection_id"] == raw["collection"]["id"]  # from the relation read instead
    assert rec["type_id"] == raw["type"]["id"]
    by_title = {v["title"]: v for v in rec["variants"]}
    assert by_title["XL / Red"]["options"] == {"Size": "XL", "Color": "Red"}
    raw_lb = next(v for v in raw["variants"] if v["title"] == "L / Blue")
    assert by_title["L / Blue"]["levels"] == _levels(raw_lb) and len(_levels(raw_lb)) == 2
    assert records.stock_total(rec["variants"]) == 8 + 4 + 11 + 11


def test_a_variant_update_answer_shows_the_details_it_set() -> None:
    _, rec = _fixture_record("product_update_variant_details")
    small = next(v for v in rec["variants"] if v["title"] == "Small")
    assert (small["weight"], small["length"], small["height"], small["width"]) == (250, 10.5, 2, 3)
    assert isinstance(small["weight"], int)  # 250, not 250.0
    assert small["allow_backorder"] is True and small["barcode"].startswith("bc-")
    other = next(v for v in rec["variants"] if v["title"] == "M")
    assert other["manage_inventory"] is True and other["inventory_item_id"]  # made at once


def test_stock_total_counts_only_managed_variants_and_subtracts_reservations() -> None:
    managed = {"manage_inventory": True,
               "levels": {"a": {"stocked": 5, "reserved": 2}, "b": {"stocked": 1, "reserved": 0}}}
    unmanaged = {"manage_inventory": False, "levels": {"a": {"stocked": 100, "reserved": 0}}}
    assert records.stock_total([managed, unmanaged]) == 4
    assert records.stock_total([unmanaged]) is None
    assert records.stock_total([{"manage_inventory": True}]) == 0  # managed, never stocked
    assert records.stock_total([{"id": "v", "sku": "A"}]) is None  # a record pulled before
    assert records.stock_total(None) is None


def _stored(conn, pid: str) -> dict:
    import json

    return json.loads(conn.execute("SELECT raw FROM medusa_products WHERE id=?",
                                   (pid,)).fetchone()[0])


def test_a_read_begun_before_a_structure_push_is_not_stored_over_it_unless_newer(tmp_path):
    """Medusa moves no stamp when a variant is added or removed (2.21.2): only the push's
    local mark tells a copy read before it; one whose stamps moved since is newer."""
    from desktop_app.store import CatalogStore

    store = CatalogStore.open(tmp_path / "s.db")
    conn = store.conn
    v = {"id": "variant_1", "updated_at": "2026-12-07T08:00:00.000Z"}
    before = {"id": "prod_1", "updated_at": "2026-12-07T08:00:00.000Z",
              "variants": [v, {"id": "variant_2", "updated_at": "2026-12-07T08:00:00.000Z"}]}
    pushed = {**before, "variants": [v]}  # variant_2 removed: no stamp moved
    records.upsert_medusa(conn, [pushed])
    records.mark_pushed(conn, "prod_1", "2026-12-07T10:00:00.000Z")
    records.upsert_medusa(conn, [before], read_since="2026-12-07T09:59:59.999Z")
    assert len(_stored(conn, "prod_1")["variants"]) == 1
    records.upsert_medusa(conn, [before])  # no read time (a write's answer): as before
    assert len(_stored(conn, "prod_1")["variants"]) == 2
    records.upsert_medusa(conn, [pushed])
    edited = {**before, "variants": [{**v, "updated_at": "2026-12-07T10:00:01.000Z"}]}
    records.upsert_medusa(conn, [edited], read_since="2026-12-07T09:59:59.999Z")
    assert _stored(conn, "prod_1")["variants"][0]["updated_at"].endswith("01.000Z")
    records.upsert_medusa(conn, [before], read_since="2026-12-07T10:00:00.001Z")
    assert len(_stored(conn, "prod_1")["variants"]) == 2  # read after the push: applied
    store.close()


def test_a_product_a_push_created_during_a_full_read_is_not_marked_deleted(tmp_path):
    from desktop_app.store import CatalogStore

    store = CatalogStore.open(tmp_path / "s.db")
    conn = store.conn
    records.upsert_medusa(conn, [{"id": "prod_1", "updated_at": "2026-12-07T10:00:00.000Z"}])
    records.mark_pushed(conn, "prod_1", "2026-12-07T10:00:00.000Z")

    def deleted() -> object:
        return conn.execute("SELECT deleted_at FROM medusa_products").fetchone()[0]

    records.mark_medusa_deleted(conn, ["prod_1"], "2026-12-07T10:00:05.000Z",
                                "2026-12-07T09:59:00.000Z")  # the read missed it
    assert deleted() is None
    records.mark_medusa_deleted(conn, ["prod_1"], "2026-12-07T10:00:05.000Z",
                                "2026-12-07T10:00:01.000Z")  # gone since: deleted
    assert deleted() == "2026-12-07T10:00:05.000Z"
    store.close()
