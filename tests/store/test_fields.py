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
