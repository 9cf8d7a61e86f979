"""Editable fields: the upload relations ``thumbnail`` and ``images`` compare by media id.

Shapes as Payload returns them (payload-rest-api.md §10, §12): at depth 0 an upload is
its media id and a gallery row ``{"id": <24-hex row id>, "image": <media id>}``; at
depth ≥ 1 both carry the populated media doc instead of the id.
"""

from __future__ import annotations

import pytest

from desktop_app.store.fields import apply, canonical, extract, owner, request_body, same
from desktop_app.store.records import PAYLOAD_STORE_FIELDS, payload_record

ROW_A = "6b091137fd801d71523e1c78"
ROW_B = "6b091137fd801d71523e1c79"
RED = {"id": 1, "alt": "red square", "filename": "red.png", "url": "/api/media/file/red.png"}
BLUE = {"id": 2, "alt": "blue", "filename": "blue.png", "url": "/api/media/file/blue.png"}
DEPTH0 = {"id": 7, "medusa_id": "prod_1", "thumbnail": 1,
          "images": [{"id": ROW_A, "image": 1}, {"id": ROW_B, "image": 2}],
          "updatedAt": "2026-11-27T05:00:00.000Z"}
DEPTH1 = {**DEPTH0, "thumbnail": RED,
          "images": [{"id": ROW_A, "image": RED}, {"id": ROW_B, "image": BLUE}]}


def test_media_fields_belong_to_payload() -> None:
    assert owner("thumbnail") == "payload" and owner("images") == "payload"
    with pytest.raises(ValueError):
        owner("images.0")


def test_an_upload_compares_by_media_id_at_any_depth() -> None:
    assert same("thumbnail", DEPTH0["thumbnail"], DEPTH1["thumbnail"])
    assert same("thumbnail", 1, "1")  # SQLite ids are numbers, the outbox keeps JSON
    assert not same("thumbnail", 1, 2)
    assert same("thumbnail", None, "") and not same("thumbnail", None, 1)
    assert canonical("images", DEPTH1["images"]) == ["1", "2"]
    assert same("images", DEPTH0["images"], DEPTH1["images"])
    assert same("images", DEPTH0["images"], [1, 2])  # the merchant's edit: ids in order
    assert not same("images", DEPTH0["images"], [2, 1])  # order matters
    assert not same("images", DEPTH0["images"], [1, 2, 3])


def test_a_gallery_request_keeps_the_row_ids_of_kept_images() -> None:
    body = request_body("payload", DEPTH1, {"images": [2, 1, 3]})
    # Existing rows keep their ids whatever the depth they were read at (§12) …
    assert body == {"images": [{"id": ROW_B, "image": 2}, {"id": ROW_A, "image": 1},
                               {"image": 3}]}  # … a new image gets a new row from Payload
    assert request_body("payload", DEPTH1, {"thumbnail": BLUE}) == {"thumbnail": 2}
    assert request_body("payload", DEPTH0, {"thumbnail": None}) == {"thumbnail": None}


def test_the_same_image_twice_reuses_one_row_id_only() -> None:
    record = {"images": [{"id": ROW_A, "image": 1}]}
    assert request_body("payload", record, {"images": [1, 1]}) == {
        "images": [{"id": ROW_A, "image": 1}, {"image": 1}]}


def test_apply_gives_the_merged_view_the_records_shape() -> None:
    merged = apply(DEPTH0, "images", [1, 2, 5])
    assert merged["images"] == [{"id": ROW_A, "image": 1}, {"id": ROW_B, "image": 2},
                                {"image": 5}]
    assert extract(apply(DEPTH1, "thumbnail", BLUE), "thumbnail") == 2
    assert DEPTH0["images"][-1] == {"id": ROW_B, "image": 2}  # the record is not changed


def test_the_store_keeps_media_as_ids_whatever_the_depth() -> None:
    assert {"thumbnail", "images"} <= set(PAYLOAD_STORE_FIELDS)
    assert payload_record(DEPTH1)["thumbnail"] == 1
    assert payload_record(DEPTH1)["images"] == DEPTH0["images"]
    assert payload_record(DEPTH1) == payload_record(DEPTH0)
    bare = payload_record({"id": 3, "medusa_id": "p"})  # a doc without images
    assert bare["thumbnail"] is None and bare["images"] == []


# ------------------------------------------------------- Medusa organise, images, variants
def _recorded(name: str) -> dict:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "fixtures" / "medusa" / f"{name}.json"
    return json.loads(path.read_text())


def _stored(name: str) -> dict:
    from desktop_app.models.medusa import MedusaProduct
    from desktop_app.store.records import medusa_record

    product = _recorded(name)["response"]["json"]["product"]
    return medusa_record(MedusaProduct.model_validate(product))


ORGANISE = ("categories", "tags", "sales_channels", "collection_id", "type_id",
            "medusa_thumbnail", "medusa_images")
DETAILS = ("title", "barcode", "ean", "upc", "weight", "length", "height", "width",
           "manage_inventory", "allow_backorder")


def test_organise_images_and_variant_details_belong_to_medusa() -> None:
    for name in ORGANISE:
        assert owner(name) == "medusa"
    for key in (*DETAILS, "sku", "prices"):
        assert owner(f"variants.variant_1.{key}") == "medusa"
    for bad in ("variants.variant_1.inventory_item_id", "variants.variant_1.levels",
                "options", "collection"):
        with pytest.raises(ValueError):
            owner(bad)


def test_organise_lists_compare_as_sets_of_ids() -> None:
    assert same("categories", ["pcat_b", "pcat_a"], ["pcat_a", "pcat_b"])
    assert same("tags", [{"id": "ptag_1"}], ["ptag_1"])  # Medusa's [{id}] or plain ids
    assert same("sales_channels", None, [])  # a record pulled before: empty
    assert same("categories", ["pcat_a", "pcat_a"], ["pcat_a"])
    assert not same("categories", ["pcat_a"], ["pcat_a", "pcat_b"])
    assert same("collection_id", None, "") and not same("type_id", None, "ptyp_1")
    assert same("medusa_thumbnail", "", None)
    assert same("medusa_images", [{"url": "a"}, {"url": "b"}], ["a", "b"])
    assert not same("medusa_images", ["a", "b"], ["b", "a"])  # order is the merchant's


def test_variant_details_compare_canonically() -> None:
    assert same("variants.v.weight", 250, 250.0) and same("variants.v.weight", "250.00", 250)
    assert not same("variants.v.weight", 250, 251) and same("variants.v.width", None, "")
    assert not same("variants.v.height", None, 0)  # no height is not a height of 0
    assert same("variants.v.barcode", None, "") and not same("variants.v.ean", "1", "01")
    assert same("variants.v.manage_inventory", None, False)  # a record pulled before
    assert not same("variants.v.allow_backorder", True, False)
    assert same("variants.v.title", None, "")


def test_organise_and_images_requests_are_medusas_recorded_shape() -> None:
    recorded = _recorded("product_update_organise_store_fields")
    sent = recorded["request"]["json"]
    answer = recorded["response"]["json"]["product"]
    edits = {
        "categories": [c["id"] for c in sent["categories"]],
        "tags": [], "collection_id": None, "type_id": None,
        "sales_channels": [c["id"] for c in sent["sales_channels"]],
        "medusa_thumbnail": None,
        "medusa_images": [i["url"] for i in sent["images"]],
    }
    assert request_body("medusa", {"id": answer["id"]}, edits) == sent
    stored = _stored("product_update_organise_store_fields")
    for name, value in edits.items():  # the answer holds what was sent: the edit is done
        assert same(name, extract(stored, name), value), name


def test_variant_detail_requests_are_medusas_recorded_shape() -> None:
    recorded = _recorded("product_update_variant_details")
    sent = recorded["request"]["json"]
    before = _stored("product_read_store_fields")  # the same product, read before the write
    small, medium = (r["id"] for r in sent["variants"])
    edits = {f"variants.{small}.{k}": v for k, v in sent["variants"][0].items() if k != "id"}
    edits[f"variants.{medium}.manage_inventory"] = True
    body = request_body("medusa", before, edits)
    assert body == sent
    after = _stored("product_update_variant_details")
    for name, value in edits.items():
        assert same(name, extract(after, name), value), name


def test_an_empty_code_is_sent_as_null_since_medusa_keeps_codes_unique() -> None:
    refused = _recorded("product_update_empty_barcodes_error")["response"]
    assert refused["status"] == 400 and "already exists" in refused["json"]["message"]
    record = {"variants": [{"id": "v1"}, {"id": "v2"}]}
    body = request_body("medusa", record, {"variants.v1.barcode": "", "variants.v2.sku": "",
                                           "variants.v1.weight": "12.50",
                                           "variants.v2.allow_backorder": None})
    assert body == {"variants": [{"id": "v1", "barcode": None, "weight": 12.5},
                                 {"id": "v2", "sku": None, "allow_backorder": False}]}


def test_apply_keeps_the_stored_shape_of_organise_lists() -> None:
    merged = apply({"categories": ["pcat_a"]}, "categories", [{"id": "pcat_c"}, "pcat_b"])
    assert merged["categories"] == ["pcat_b", "pcat_c"]
    assert apply({}, "medusa_images", [{"url": "u"}])["medusa_images"] == ["u"]
    assert apply({}, "collection_id", None)["collection_id"] is None
    rec = {"variants": [{"id": "v1", "weight": 1}, {"id": "v2"}]}
    assert extract(apply(rec, "variants.v1.weight", 2), "variants.v1.weight") == 2
